using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Audit;
using TieredCare.Testing;

namespace TieredCare.Cli.Tests;

/// <summary>The <c>tieredcare</c> command as an operator runs it: a real process, real files, a real database.</summary>
public sealed class CliTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<(int ExitCode, string Output, string Error)> Run(IDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tieredcare.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, await output, await error);
    }

    private static async Task<TestDatabase> DatabaseAsync(TestProvider provider)
    {
        if (provider == TestProvider.PostgreSql && TestDatabase.PostgresConnectionOrSkipReason(out var reason) is null)
        {
            Assert.Skip(reason!);
        }

        return await TestDatabase.CreateAsync(provider);
    }

    private static TieredCareDbContext Open(TestDatabase database)
    {
        var builder = new DbContextOptionsBuilder<TieredCareDbContext>();
        database.Options.Configure(builder);
        return new TieredCareDbContext(builder.Options);
    }

    [Theory]
    [InlineData(TestProvider.Sqlite)]
    [InlineData(TestProvider.PostgreSql)]
    public async Task Import_loads_a_region_folder_and_reports_bad_rows_by_file_row_and_field(TestProvider provider)
    {
        await using var database = await DatabaseAsync(provider);
        var folder = TestRegion.Write(Path.Combine(database.Folder, "region"));
        var (code, output, _) = await Run(null, "import", folder, "--database", database.Setting);
        code.ShouldBe(0);
        output.ShouldContain("institutions.csv: 7 accepted, 0 rejected");

        await using (var first = Open(database))
        {
            (await first.AuditEntries.SingleAsync(e => e.EntityType == "patients", Ct)).EntityKey.ShouldBe("patients.csv: 2 rows", "importing personal data is audited");
        }

        await File.AppendAllTextAsync(Path.Combine(folder, "visits.csv"), "3,T0001,02,2025-13-01,1,1,990102001001,2,10.00,1.00\n", Ct);
        var (again, againOutput, error) = await Run(null, "import", folder, "--database", database.Setting);
        again.ShouldBe(1);
        againOutput.ShouldContain("patients.csv: 0 accepted, 0 rejected, 2 already present", customMessage: "a re-import creates nothing twice");
        error.ShouldContain("visits row 3, visit_date");
        await using var db = Open(database);
        (await db.Visits.CountAsync(Ct)).ShouldBe(2, "a file with a bad row is not written, and the good rows were already there");
    }

    [Theory]
    [InlineData(TestProvider.Sqlite)]
    [InlineData(TestProvider.PostgreSql)]
    public async Task Audit_verify_passes_an_intact_chain_and_names_the_first_altered_entry(TestProvider provider)
    {
        await using var database = await DatabaseAsync(provider);
        (await Run(null, "migrate", "--database", database.Setting)).ExitCode.ShouldBe(0);
        await using (var db = Open(database))
        {
            var previous = AuditChain.GenesisHash;
            for (var i = 1; i <= 3; i++)
            {
                var entry = new AuditEntry
                {
                    Sequence = i, At = DateTimeOffset.UnixEpoch.AddDays(i), UserName = "doctor", Action = "view", EntityType = "patient",
                    EntityKey = "1", PatientId = 1, PreviousHash = previous, Hash = "",
                };
                entry.Hash = AuditChain.ComputeHash(entry);
                previous = entry.Hash;
                db.AuditEntries.Add(entry);
            }

            await db.SaveChangesAsync(Ct);
        }

        var (intact, output, _) = await Run(null, "audit", "verify", "--database", database.Setting);
        intact.ShouldBe(0);
        output.ShouldContain("intact: 3 entries");

        // Someone with file access removes the guard and rewrites a line.
        await using (var db = Open(database))
        {
            await db.Database.ExecuteSqlRawAsync(provider == TestProvider.Sqlite
                ? "DROP TRIGGER audit_entries_no_update"
                : "DROP TRIGGER audit_entries_no_change ON \"AuditEntries\"", Ct);
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = 'nobody' WHERE \"Sequence\" = 2", Ct);
        }

        var (broken, _, error) = await Run(null, "audit", "verify", "--database", database.Setting);
        broken.ShouldBe(2);
        error.ShouldContain("BROKEN at entry 2");
    }

    [Theory]
    [InlineData(TestProvider.Sqlite)]
    [InlineData(TestProvider.PostgreSql)]
    public async Task Admin_set_password_creates_the_administrator_outside_demo_mode(TestProvider provider)
    {
        await using var database = await DatabaseAsync(provider);
        var (weak, _, weakError) = await Run(new Dictionary<string, string> { ["TIEREDCARE_ADMIN_PASSWORD"] = "short" }, "admin", "set-password", "--database", database.Setting);
        weak.ShouldBe(1);
        weakError.ShouldContain("at least 8");

        var (code, output, _) = await Run(new Dictionary<string, string> { ["TIEREDCARE_ADMIN_PASSWORD"] = "A-strong-passw0rd" }, "admin", "set-password", "--database", database.Setting);
        code.ShouldBe(0, output);
        await using var db = Open(database);
        var admin = await db.Users.SingleAsync(u => u.UserName == "admin", Ct);
        admin.IsDemo.ShouldBeFalse();
        admin.PasswordHash.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Demo_generate_writes_the_documented_folder()
    {
        var folder = Directory.CreateTempSubdirectory("tieredcare-demo-").FullName;
        try
        {
            var (code, output, _) = await Run(null, "demo", "generate", "--out", folder, "--seed", "7", "--scale", "small");
            code.ShouldBe(0);
            output.ShouldContain("青川市");
            File.Exists(Path.Combine(folder, "manifest.json")).ShouldBeTrue();
            File.Exists(Path.Combine(folder, "map", "regions.geojson")).ShouldBeTrue();

            (await Run(null, "demo", "generate", "--out", folder, "--scale", "province")).ExitCode.ShouldNotBe(0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
