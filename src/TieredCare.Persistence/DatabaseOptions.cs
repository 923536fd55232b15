using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TieredCare.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// Which database the server and the CLI use, from one <c>--database</c> value: a PostgreSQL
/// connection string (<c>Host=…;Database=…</c> or <c>postgres://…</c>) selects PostgreSQL; anything
/// else is a SQLite file path or SQLite connection string. Empty means the embedded default.
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlitePath = "data/tieredcare.db";

    public static DatabaseOptions Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Sqlite(DefaultSqlitePath);
        }

        value = value.Trim();
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseProvider.PostgreSql, WithServerDefaults(FromUri(new Uri(value))));
        }

        if (value.Contains("Host=", StringComparison.OrdinalIgnoreCase) || value.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseProvider.PostgreSql, WithServerDefaults(value));
        }

        return value.Contains("Data Source=", StringComparison.OrdinalIgnoreCase)
            ? new(DatabaseProvider.Sqlite, value)
            : Sqlite(value);
    }

    private static DatabaseOptions Sqlite(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var builder = new SqliteConnectionStringBuilder { DataSource = full, Cache = SqliteCacheMode.Shared, Pooling = true };
        return new(DatabaseProvider.Sqlite, builder.ToString());
    }

    /// <summary>
    /// Npgsql pools up to 100 connections per process and PostgreSQL accepts 100 by default: a burst of requests on one
    /// server would be refused by the database ("too many clients") instead of waiting for a pooled connection. Unless
    /// the connection string says otherwise, a server keeps to <see cref="DefaultMaxPoolSize"/> connections and lets
    /// Npgsql prepare its most used statements (the booking hot path runs the same two statements again and again).
    /// More backends than a few per core only add context switches: on the 2-core bench machine 12–16 connections kept
    /// the booking p99 under 30 ms where 32 let it reach 280 ms under the same load (bench/README.md, M4).
    /// </summary>
    public const int DefaultMaxPoolSize = 16;

    private static string WithServerDefaults(string connectionString)
    {
        var result = connectionString.TrimEnd(';');
        if (!connectionString.Contains("Pool Size", StringComparison.OrdinalIgnoreCase) && !connectionString.Contains("MaxPoolSize", StringComparison.OrdinalIgnoreCase))
        {
            result += $";Maximum Pool Size={DefaultMaxPoolSize}";
        }

        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase) && !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            result += ";Max Auto Prepare=64";
        }

        return result;
    }

    private static string FromUri(Uri uri)
    {
        var userInfo = uri.UserInfo.Split(':', 2);
        var database = uri.AbsolutePath.Trim('/');
        var port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port;
        var password = userInfo.Length > 1 ? $";Password={Uri.UnescapeDataString(userInfo[1])}" : "";
        return $"Host={uri.Host};Port={port};Database={database};Username={Uri.UnescapeDataString(userInfo[0])}{password}";
    }

    public void Configure(DbContextOptionsBuilder builder)
    {
        switch (Provider)
        {
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(ConnectionString, o => o.MigrationsAssembly("TieredCare.Persistence.Postgres"));
                break;
            default:
                builder.UseSqlite(ConnectionString, o => o.MigrationsAssembly("TieredCare.Persistence.Sqlite"));
                break;
        }
    }

    /// <summary>Where the data folder is for the embedded default (logs, uploads); null on PostgreSQL.</summary>
    public string? SqliteFilePath => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnectionStringBuilder(ConnectionString).DataSource
        : null;

    /// <summary>The value without its password, for logs and the start banner.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.PostgreSql => "PostgreSQL " + string.Join(';', ConnectionString.Split(';')
            .Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase))),
        _ => "SQLite " + SqliteFilePath,
    };
}
