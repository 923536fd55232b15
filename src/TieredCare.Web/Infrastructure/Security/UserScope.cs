using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TieredCare.Persistence;
using TieredCare.Persistence.Access;
using TieredCare.Persistence.Registry;
using TieredCare.Registry;

namespace TieredCare.Web.Infrastructure.Security;

/// <summary>
/// The part of the registry a user works in, resolved from their scope:
/// a region scope covers every institution located in the region; a network scope covers the
/// network's members; an institution scope covers the institution itself for changes, and for
/// reading also the members of the networks it belongs to (its referral partners).
/// </summary>
public sealed record UserScope(
    string Label,
    string RegionPrefix,
    bool ByRegion,
    IReadOnlySet<string> ReadableInstitutions,
    IReadOnlySet<string> ManagedInstitutions,
    IReadOnlySet<string> Networks)
{
    public bool CanRead(string institutionCode, string regionCode) =>
        ByRegion ? regionCode.StartsWith(RegionPrefix, StringComparison.Ordinal) : ReadableInstitutions.Contains(institutionCode);

    public bool CanManage(Institution i) => ByRegion ? i.RegionCode.StartsWith(RegionPrefix, StringComparison.Ordinal) : ManagedInstitutions.Contains(i.Code);

    public bool CanRead(Network n) => ByRegion ? n.RegionCode.StartsWith(RegionPrefix, StringComparison.Ordinal) : Networks.Contains(n.Code);

    /// <summary>Only region and network scopes hold network-editing roles, so what they read they manage.</summary>
    public bool CanManage(Network n) => CanRead(n);

    public bool CoversRegion(string regionCode) => regionCode.StartsWith(RegionPrefix, StringComparison.Ordinal);

    public IQueryable<Institution> Readable(IQueryable<Institution> query) => ByRegion
        ? query.Where(i => i.RegionCode.StartsWith(RegionPrefix))
        : query.Where(i => ReadableInstitutions.Contains(i.Code));

    public IQueryable<Network> Readable(IQueryable<Network> query) => ByRegion
        ? query.Where(n => n.RegionCode.StartsWith(RegionPrefix))
        : query.Where(n => Networks.Contains(n.Code));
}

public sealed class ScopeResolver(TieredCareDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    public async Task<UserScope> ResolveAsync(CurrentUser user, CancellationToken ct)
    {
        var key = (user.ScopeKind, user.ScopeCode);
        if (cache.TryGetValue(key, out UserScope? cached) && cached is not null)
        {
            return cached;
        }

        var scope = user.ScopeKind switch
        {
            ScopeKind.Region => await ForRegionAsync(user.ScopeCode, ct),
            ScopeKind.Network => await ForNetworkAsync(user.ScopeCode, ct),
            _ => await ForInstitutionAsync(user.ScopeCode, ct),
        };
        cache.Set(key, scope, CacheFor);
        return scope;
    }

    private async Task<UserScope> ForRegionAsync(string code, CancellationToken ct)
    {
        if (!DivisionCode.TryParse(code, out var division, out _))
        {
            return Empty($"无效范围 {code}");
        }

        var name = await db.Regions.AsNoTracking().Where(r => r.Code == code).Select(r => r.Name).FirstOrDefaultAsync(ct);
        return new UserScope(name ?? code, division.SignificantPrefix, ByRegion: true, None, None, None);
    }

    private async Task<UserScope> ForNetworkAsync(string code, CancellationToken ct)
    {
        var network = await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Code == code, ct);
        if (network is null)
        {
            return Empty($"无效范围 {code}");
        }

        var members = (await CurrentMembers().Where(m => m.NetworkCode == code).Select(m => m.InstitutionCode).ToListAsync(ct)).ToHashSet();
        members.Add(network.LeadInstitutionCode);
        return new UserScope(network.Name, DivisionCode.Parse(network.RegionCode).SignificantPrefix, ByRegion: false, members, members, new HashSet<string> { code });
    }

    private async Task<UserScope> ForInstitutionAsync(string code, CancellationToken ct)
    {
        var institution = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, ct);
        if (institution is null)
        {
            return Empty($"无效范围 {code}");
        }

        var networks = (await CurrentMembers().Where(m => m.InstitutionCode == code).Select(m => m.NetworkCode).ToListAsync(ct)).ToHashSet();
        var partners = (await CurrentMembers().Where(m => networks.Contains(m.NetworkCode)).Select(m => m.InstitutionCode).ToListAsync(ct)).ToHashSet();
        partners.Add(code);
        var region = DivisionCode.Parse(institution.RegionCode);
        var county = region.Level >= DivisionLevel.County ? region.AncestorAt(DivisionLevel.County) : region;
        return new UserScope(institution.Name, county.SignificantPrefix, ByRegion: false, partners, new HashSet<string> { code }, networks);
    }

    /// <summary>Memberships that count today: not ended, in a network that is still active.</summary>
    private IQueryable<NetworkMember> CurrentMembers() =>
        db.NetworkMembers.AsNoTracking()
            .Where(m => m.LeftOn == null && db.Networks.Any(n => n.Code == m.NetworkCode && n.IsActive));

    private static UserScope Empty(string label) => new(label, "\u0000", ByRegion: false, None, None, None);

    /// <summary>Forget cached scopes after the registry changes membership.</summary>
    public static void Invalidate(IMemoryCache cache)
    {
        if (cache is MemoryCache memory)
        {
            memory.Clear();
        }
    }
}
