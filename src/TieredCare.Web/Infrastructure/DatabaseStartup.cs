using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Web.Modules.Access;
using TieredCare.Web.Modules.Demo;

namespace TieredCare.Web.Infrastructure;

/// <summary>The server must not run: the message says what to do.</summary>
public sealed class StartupRefusedException(string message) : Exception(message);

/// <summary>
/// Runs before the server accepts requests: upgrades the schema in place (never recreates it),
/// loads the demo region on the first demo start, and makes sure someone can sign in.
/// </summary>
public sealed class DatabaseStartup(IServiceProvider services, ServerOptions options, ILogger<DatabaseStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TieredCareDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            log.LogInformation("Upgrading the database schema: {Migrations}", string.Join(", ", pending));
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (options.Database.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while an import writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (options.DemoMode)
        {
            await scope.ServiceProvider.GetRequiredService<DemoRegion>().EnsureLoadedAsync(cancellationToken);
        }

        if (!await scope.ServiceProvider.GetRequiredService<Accounts>().EnsureAsync(cancellationToken))
        {
            throw new StartupRefusedException(
                "No administrator password is set. Set TIEREDCARE_ADMIN_PASSWORD, or run `tieredcare admin set-password --database …`, then start again.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
