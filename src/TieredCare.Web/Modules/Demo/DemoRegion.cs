using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Web.Infrastructure;

namespace TieredCare.Web.Modules.Demo;

/// <summary>Generates and loads the synthetic demo region the first time a demo server starts.</summary>
public sealed class DemoRegion(TieredCareDbContext db, ServerOptions options, ILogger<DemoRegion> log)
{
    public const string LoadedSetting = "demo.region";

    public async Task EnsureLoadedAsync(CancellationToken ct)
    {
        if (await db.AppSettings.AnyAsync(s => s.Key == LoadedSetting, ct))
        {
            return;
        }

        log.LogWarning("The demo region generator is not part of this build; the registry starts empty ({Data}).", options.DataDirectory);
    }
}

public static class DemoModule
{
    public static IServiceCollection AddDemoModule(this IServiceCollection services) => services.AddScoped<DemoRegion>();
}
