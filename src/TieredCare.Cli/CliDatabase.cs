using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;

namespace TieredCare.Cli;

/// <summary>The <c>--database</c> option shared with the server, and a context built from it.</summary>
internal static class CliDatabase
{
    public static Option<string?> Option() => new("--database")
    {
        Description = "SQLite file or PostgreSQL connection string (default: data/tieredcare.db, or TIEREDCARE_DATABASE)",
    };

    public static DatabaseOptions Resolve(string? value) =>
        DatabaseOptions.Parse(string.IsNullOrWhiteSpace(value) ? Environment.GetEnvironmentVariable("TIEREDCARE_DATABASE") : value);

    public static TieredCareDbContext Open(DatabaseOptions options) => new(Build(options));

    public static IDbContextFactory<TieredCareDbContext> Factory(DatabaseOptions options) =>
        new Microsoft.EntityFrameworkCore.Infrastructure.PooledDbContextFactory<TieredCareDbContext>(Build(options));

    private static DbContextOptions<TieredCareDbContext> Build(DatabaseOptions options)
    {
        var builder = new DbContextOptionsBuilder<TieredCareDbContext>();
        options.Configure(builder);
        return builder.Options;
    }
}
