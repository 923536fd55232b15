using Npgsql;
using TieredCare.Persistence;

namespace TieredCare.Testing;

public enum TestProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>A fresh database per fixture: a SQLite file in a temp folder, or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? postgresAdmin;
    private readonly string? postgresName;

    private TestDatabase(DatabaseOptions options, string folder, string? postgresAdmin, string? postgresName)
    {
        Options = options;
        Folder = folder;
        this.postgresAdmin = postgresAdmin;
        this.postgresName = postgresName;
    }

    public DatabaseOptions Options { get; }

    /// <summary>A temp folder for the server's data (keys, map pack) and test files.</summary>
    public string Folder { get; }

    /// <summary>The value to pass as <c>--database</c>.</summary>
    public string Setting => Options.Provider == DatabaseProvider.Sqlite ? Options.SqliteFilePath! : Options.ConnectionString;

    /// <summary>
    /// PostgreSQL comes from TIEREDCARE_TEST_POSTGRES. Without it the test is skipped, unless
    /// TIEREDCARE_REQUIRE_POSTGRES is set (as the test script does), where it fails.
    /// </summary>
    public static string? PostgresConnectionOrSkipReason(out string? skipReason)
    {
        var admin = Environment.GetEnvironmentVariable("TIEREDCARE_TEST_POSTGRES");
        skipReason = null;
        if (!string.IsNullOrWhiteSpace(admin))
        {
            return admin;
        }

        if (Environment.GetEnvironmentVariable("TIEREDCARE_REQUIRE_POSTGRES") == "1")
        {
            throw new InvalidOperationException("TIEREDCARE_TEST_POSTGRES is not set; run the suite with scripts/test.sh.");
        }

        skipReason = "PostgreSQL tests need TIEREDCARE_TEST_POSTGRES (scripts/test.sh sets it)";
        return null;
    }

    public static async Task<TestDatabase> CreateAsync(TestProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("tieredcare-test-").FullName;
        if (provider == TestProvider.Sqlite)
        {
            return new TestDatabase(DatabaseOptions.Parse(Path.Combine(folder, "tieredcare.db")), folder, null, null);
        }

        var admin = PostgresConnectionOrSkipReason(out var skip) ?? throw new InvalidOperationException(skip);
        var name = "tc_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(DatabaseOptions.Parse(builder.ConnectionString), folder, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a pooled connection; the temp folder is cleaned by the OS.
        }
    }
}
