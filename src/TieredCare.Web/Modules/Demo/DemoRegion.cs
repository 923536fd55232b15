using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TieredCare.DemoData;
using TieredCare.Persistence;
using TieredCare.Persistence.Audit;
using TieredCare.Persistence.Import;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Modules.Drg;
using TieredCare.Web.Modules.Referrals;
using TieredCare.Web.Modules.Registry;

namespace TieredCare.Web.Modules.Demo;

/// <summary>
/// Generates and loads the synthetic demo region (青川市, seed 42, small scale) the first time a
/// demo server starts, through the same importers a real region goes through.
/// </summary>
public sealed class DemoRegion(
    TieredCareDbContext db, ServerOptions options, TimeProvider clock, AuditLog audit, DrgTableSets tableSets, DemoCatalogues catalogues, ILogger<DemoRegion> log)
{
    public const string LoadedSetting = "demo.region";
    public const int Seed = 42;

    public async Task EnsureLoadedAsync(CancellationToken ct)
    {
        // A demo server always has the demo table set: abstracts are checked against its dictionaries and grouped with it.
        if (!Directory.Exists(Path.Combine(tableSets.Folder, DemoDrgTables.Name)))
        {
            DemoDrgTables.CopyTo(Path.Combine(tableSets.Folder, DemoDrgTables.Name));
        }

        if (await db.AppSettings.AnyAsync(s => s.Key == LoadedSetting, ct))
        {
            // A demo database from before the catalogues existed gets them too; a loaded one is left alone.
            await catalogues.EnsureLoadedAsync(ct);
            return;
        }

        if (await db.Regions.AnyAsync(ct))
        {
            // A database someone filled by hand or by import: keep it as it is.
            log.LogInformation("The database already holds a region; the demo region is not loaded");
            return;
        }

        var watch = Stopwatch.StartNew();
        var folder = Path.Combine(options.DataDirectory, "demo-region");
        log.LogInformation("First start: generating the demo region into {Folder}", folder);
        var manifest = DemoGenerator.Generate(new DemoOptions(folder, Seed, DemoScale.Small));
        log.LogInformation("Generated {Name} in {Seconds:F1} s; loading it", manifest.Name, watch.Elapsed.TotalSeconds);

        var set = tableSets.Find(DemoDrgTables.Name);
        var rules = set is null ? null : new AbstractRules(set.Name, set.Tables, set.Codes);
        var reports = await new RegionFolderLoader(db, clock, rules, audit, "system:demo").LoadAsync(folder, ImportMode.AllOrNothing, null, ct);
        var failed = reports.FirstOrDefault(r => !r.Committed || r.Rejected.Count > 0);
        if (failed is not null)
        {
            var first = failed.Rejected.Take(5).Select(e => $"row {e.Row} {e.Field}: {e.Message}");
            throw new InvalidOperationException($"The demo region did not load ({failed.Table}): {string.Join("; ", first)}");
        }

        InstallMapPack(folder);
        var loaded = await catalogues.EnsureLoadedAsync(ct);
        log.LogInformation("Demo disease catalogue {Version} loaded for {Networks} county medical communities", DemoCatalogues.Version, loaded);
        db.AppSettings.Add(new AppSetting { Key = LoadedSetting, Value = $"{manifest.Name} seed {Seed} {manifest.Scale}" });
        await db.SaveChangesAsync(ct);
        Directory.Delete(folder, recursive: true); // the database holds it now; the map pack was copied
        log.LogInformation("Demo region {Name} loaded in {Seconds:F1} s", manifest.Name, watch.Elapsed.TotalSeconds);
    }

    private void InstallMapPack(string folder)
    {
        var target = MapPack.FolderOf(options);
        Directory.CreateDirectory(target);
        File.Copy(Path.Combine(folder, "map", "regions.geojson"), Path.Combine(target, "regions.geojson"), overwrite: true);
    }
}

public static class DemoModule
{
    public static IServiceCollection AddDemoModule(this IServiceCollection services) => services.AddScoped<DemoRegion>();
}
