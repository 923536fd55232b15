using Microsoft.EntityFrameworkCore;
using TieredCare.Registry;

namespace TieredCare.Persistence.Import;

/// <summary>Codes already in the database plus those accepted earlier in the same batch.</summary>
public sealed class RegistryLookup : IRegistryLookup
{
    private readonly HashSet<string> regions;
    private readonly HashSet<string> institutions;
    private readonly HashSet<string> networks;

    private RegistryLookup(HashSet<string> regions, HashSet<string> institutions, HashSet<string> networks)
    {
        this.regions = regions;
        this.institutions = institutions;
        this.networks = networks;
    }

    public static async Task<RegistryLookup> LoadAsync(TieredCareDbContext db, CancellationToken ct) => new(
        (await db.Regions.AsNoTracking().Select(r => r.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
        (await db.Institutions.AsNoTracking().Select(i => i.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
        (await db.Networks.AsNoTracking().Select(n => n.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal));

    public bool RegionExists(string code) => regions.Contains(code);
    public bool InstitutionExists(string code) => institutions.Contains(code);
    public bool NetworkExists(string code) => networks.Contains(code);

    public void AddRegion(string code) => regions.Add(code);
    public void AddInstitution(string code) => institutions.Add(code);
    public void AddNetwork(string code) => networks.Add(code);
}
