using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Referrals.Catalogue;
using TieredCare.Registry;

namespace TieredCare.Web.Modules.Referrals;

/// <summary>The engine's demo catalogue, loaded for every county medical community of the demo region that lacks it.</summary>
public sealed class DemoCatalogues(TieredCareDbContext db, CatalogueStore store)
{
    public const string Version = "qingchuan-demo-1.0";

    public async Task<int> EnsureLoadedAsync(CancellationToken ct)
    {
        var missing = await db.Networks.AsNoTracking()
            .Where(n => n.Type == NetworkType.CountyMedicalCommunity && !db.DiseaseCatalogueVersions.Any(v => v.NetworkCode == n.Code && v.Version == Version))
            .OrderBy(n => n.Code).Select(n => new { n.Code, n.Name }).ToListAsync(ct);
        if (missing.Count == 0)
        {
            return 0;
        }

        var catalogue = DiseaseCatalogue.LoadDemo();
        foreach (var network in missing)
        {
            await store.SaveAsync(network.Code, Version, $"{network.Name}疾病诊疗目录（演示）", catalogue, "system:demo", ct);
        }

        return missing.Count;
    }
}
