using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Web.Modules.Access;
using TieredCare.Web.Modules.Demo;

namespace TieredCare.Web.Infrastructure;

public static class DatabaseStartup
{
    /// <summary>
    /// Upgrades the schema in place (never recreates it), loads the demo region on the first
    /// demo start, and makes sure someone can sign in. Returns false when the server must stop.
    /// </summary>
    public static async Task<bool> PrepareAsync(this WebApplication app, CancellationToken ct = default)
    {
        var options = app.Services.GetRequiredService<ServerOptions>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TieredCare.Startup");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TieredCareDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            log.LogInformation("Upgrading the database schema: {Migrations}", string.Join(", ", pending));
        }

        await db.Database.MigrateAsync(ct);
        if (options.Database.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while the importer writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        if (options.DemoMode)
        {
            await scope.ServiceProvider.GetRequiredService<DemoRegion>().EnsureLoadedAsync(ct);
        }

        return await scope.ServiceProvider.GetRequiredService<Accounts>().EnsureAsync(ct);
    }
}
