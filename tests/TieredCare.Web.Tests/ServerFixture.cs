using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Import;
using TieredCare.Testing;

namespace TieredCare.Web.Tests;

/// <summary>
/// The real server (the app's own Program, in-memory transport) over a fresh database with the
/// test region loaded, in demo mode so that one account per role exists.
/// </summary>
public abstract class ServerFixture(TestProvider provider) : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, string> tokens = new();
    private WebApplicationFactory<Program>? factory;
    private TestDatabase? database;

    public TestProvider Provider => provider;

    public TestDatabase Database => database ?? throw new InvalidOperationException("not started");

    public WebApplicationFactory<Program> Factory => factory ?? throw new InvalidOperationException("not started");

    public async ValueTask InitializeAsync()
    {
        if (provider == TestProvider.PostgreSql && TestDatabase.PostgresConnectionOrSkipReason(out _) is null)
        {
            return; // tests skip themselves; see PostgresFact
        }

        database = await TestDatabase.CreateAsync(provider);
        await using (var db = OpenDb())
        {
            await db.Database.MigrateAsync();
            var reports = await new RegionFolderLoader(db, TimeProvider.System)
                .LoadAsync(TestRegion.Write(Path.Combine(database.Folder, "region")), ImportMode.AllOrNothing, null, CancellationToken.None);
            reports.ShouldAllBe(r => r.Committed && r.Rejected.Count == 0);
        }

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("database", database.Setting)
            .UseSetting("data", database.Folder)
            .UseSetting("demo", "true")
            .UseSetting("demo_password", TestRegion.Password)
            .UseSetting("login_attempts_per_minute", "1000"));
        _ = factory.Server; // start now, so a failing start fails the fixture
    }

    public TieredCareDbContext OpenDb()
    {
        var builder = new DbContextOptionsBuilder<TieredCareDbContext>();
        Database.Options.Configure(builder);
        return new TieredCareDbContext(builder.Options);
    }

    public HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>A client with the bearer token of a demo account (admin, wjw, doctor, …).</summary>
    public async Task<HttpClient> ClientFor(string userName)
    {
        if (!tokens.TryGetValue(userName, out var token))
        {
            using var anonymous = Anonymous();
            var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = TestRegion.Password });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<TokenBody>())!.AccessToken;
            tokens[userName] = token;
        }

        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    private sealed record TokenBody(string AccessToken);
}

public sealed class SqliteServer() : ServerFixture(TestProvider.Sqlite);

public sealed class PostgresServer() : ServerFixture(TestProvider.PostgreSql);

/// <summary>Skips a PostgreSQL test when no server is configured (never under scripts/test.sh).</summary>
public static class Require
{
    public static void Database(ServerFixture fixture)
    {
        if (fixture.Provider == TestProvider.PostgreSql && TestDatabase.PostgresConnectionOrSkipReason(out var reason) is null)
        {
            Assert.Skip(reason!);
        }
    }
}
