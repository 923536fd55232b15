using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TieredCare.Persistence;
using TieredCare.Persistence.Registry;
using TieredCare.Testing;

namespace TieredCare.Web.Tests;

/// <summary>An existing database is upgraded in place on start, never recreated.</summary>
public sealed class SchemaTests
{
    [Theory]
    [InlineData(TestProvider.Sqlite)]
    [InlineData(TestProvider.PostgreSql)]
    public void Each_provider_has_a_migration_for_every_model_change(TestProvider provider)
    {
        // No connection is opened: the model is compared with the provider's migration snapshot.
        var builder = new DbContextOptionsBuilder<TieredCareDbContext>();
        DatabaseOptions.Parse(provider == TestProvider.Sqlite
            ? Path.Combine(Path.GetTempPath(), "tieredcare-model-check.db")
            : "Host=localhost;Database=unused;Username=unused").Configure(builder);
        using var db = new TieredCareDbContext(builder.Options);
        db.Database.HasPendingModelChanges().ShouldBeFalse("run `dotnet ef migrations add` for both providers");
    }

    [Theory]
    [InlineData(TestProvider.Sqlite)]
    [InlineData(TestProvider.PostgreSql)]
    public async Task An_older_schema_is_upgraded_and_its_data_kept(TestProvider provider)
    {
        if (provider == TestProvider.PostgreSql && TestDatabase.PostgresConnectionOrSkipReason(out var reason) is null)
        {
            Assert.Skip(reason!);
        }

        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var builder = new DbContextOptionsBuilder<TieredCareDbContext>();
        database.Options.Configure(builder);

        await using (var db = new TieredCareDbContext(builder.Options))
        {
            var migrations = db.Database.GetMigrations().ToList();
            migrations.Count.ShouldBeGreaterThan(1, "the test needs an older version to upgrade from");
            await db.GetService<IMigrator>().MigrateAsync(migrations[0], cancellationToken: ct);
            db.Regions.Add(new Region { Code = "990000000000", Name = "测试省", Level = TieredCare.Registry.DivisionLevel.Province });
            await db.SaveChangesAsync(ct);
        }

        await using (var db = new TieredCareDbContext(builder.Options))
        {
            (await db.Database.GetPendingMigrationsAsync(ct)).ShouldNotBeEmpty();
            await db.Database.MigrateAsync(ct);
            (await db.Database.GetPendingMigrationsAsync(ct)).ShouldBeEmpty();
            (await db.Regions.SingleAsync(ct)).Name.ShouldBe("测试省");
        }
    }
}
