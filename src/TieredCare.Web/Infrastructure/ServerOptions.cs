using TieredCare.Persistence;

namespace TieredCare.Web.Infrastructure;

/// <summary>
/// How this server runs, from the command line (<c>--database</c>, <c>--demo</c>) and the
/// <c>TIEREDCARE_*</c> environment variables. Demo mode is on by default on the embedded database
/// and off once a PostgreSQL database is given. <c>drg_tables</c> names extra DRG table-set folders
/// (separated by <c>;</c>) besides those under <c>{data}/drg-tables/</c>; <c>drg_default</c> picks the
/// table set uploads are grouped with.
/// </summary>
public sealed record ServerOptions(
    DatabaseOptions Database, bool DemoMode, string DemoPassword, string? AdminPassword, string? JwtKey, string DataDirectory,
    int LoginAttemptsPerMinute, int ApiRequestsPerSecond, IReadOnlyList<string> DrgTableFolders, string? DefaultDrgTableSet)
{
    public const string DefaultDemoPassword = "Demo@2026";
    public const string DefaultUrl = "http://localhost:5080";

    public static ServerOptions From(IConfiguration configuration)
    {
        var database = DatabaseOptions.Parse(configuration["database"]);
        var demoSetting = configuration["demo"];
        var demo = string.IsNullOrWhiteSpace(demoSetting)
            ? database.Provider == DatabaseProvider.Sqlite
            : bool.Parse(demoSetting);
        var dataDirectory = configuration["data"] is { Length: > 0 } data
            ? Path.GetFullPath(data)
            : Path.GetDirectoryName(database.SqliteFilePath) ?? Path.GetFullPath("data");
        return new ServerOptions(
            database,
            demo,
            configuration["demo_password"] is { Length: > 0 } p ? p : DefaultDemoPassword,
            configuration["admin_password"] is { Length: > 0 } a ? a : null,
            configuration["jwt_key"] is { Length: > 0 } k ? k : null,
            dataDirectory,
            int.TryParse(configuration["login_attempts_per_minute"], out var attempts) && attempts > 0 ? attempts : 10,
            int.TryParse(configuration["api_requests_per_second"], out var perSecond) && perSecond > 0 ? perSecond : 20_000,
            (configuration["drg_tables"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Path.GetFullPath).ToList(),
            configuration["drg_default"] is { Length: > 0 } d ? d : null);
    }
}
