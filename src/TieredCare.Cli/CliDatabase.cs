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

    public static TieredCareDbContext Open(DatabaseOptions options)
    {
        var builder = new DbContextOptionsBuilder<TieredCareDbContext>();
        options.Configure(builder);
        return new TieredCareDbContext(builder.Options);
    }
}
