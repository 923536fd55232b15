using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Access;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Registry;

/// <summary>The figures of the overview page for the user's scope.</summary>
public static class RegistrySummary
{
    public sealed record CountDto(string Key, int Count);

    public sealed record SummaryDto(
        string ScopeName, int Institutions, int OpenBeds, int Staff, int Doctors, int Nurses, long? Population, int? PopulationYear,
        IReadOnlyList<CountDto> InstitutionsByType, IReadOnlyList<CountDto> InstitutionsByTier, IReadOnlyList<CountDto> NetworksByType);

    public static void Map(RouteGroupBuilder api) => api.MapGet("/registry/summary", HandleAsync);

    private static async Task<SummaryDto> HandleAsync(HttpContext http, ScopeResolver scopes, RegistryCache cache, TieredCareDbContext db, CancellationToken ct)
    {
        var user = http.User();
        var scope = await scopes.ResolveAsync(user, ct);
        var institutions = await scope.Readable(db.Institutions.AsNoTracking()).Where(i => i.IsActive)
            .Select(i => new { i.Code, i.Type, i.Tier, i.OpenBeds }).ToListAsync(ct);
        var codes = institutions.Select(i => i.Code).ToHashSet();
        var staff = (await db.InstitutionStaff.AsNoTracking().Select(s => new { s.InstitutionCode, s.Category, s.Count }).ToListAsync(ct))
            .Where(s => codes.Contains(s.InstitutionCode)).ToList();
        var networks = await scope.Readable(db.Networks.AsNoTracking()).Where(n => n.IsActive).Select(n => n.Type).ToListAsync(ct);

        var populationRegion = user.ScopeKind == ScopeKind.Region ? user.ScopeCode : null;
        var population = populationRegion is null ? (Year: (int?)null, Population: (long?)null)
            : (await Regions.LatestPopulationAsync(db, cache, ct)).TryGetValue(populationRegion, out var p) ? (p.Year, p.Population) : (null, null);

        return new SummaryDto(
            scope.Label,
            institutions.Count,
            institutions.Sum(i => i.OpenBeds),
            staff.Sum(s => s.Count),
            staff.Where(s => s.Category == StaffCategory.Doctor).Sum(s => s.Count),
            staff.Where(s => s.Category == StaffCategory.Nurse).Sum(s => s.Count),
            population.Population,
            population.Year,
            institutions.GroupBy(i => i.Type).OrderBy(g => g.Key).Select(g => new CountDto(Codes.ToCode(g.Key), g.Count())).ToList(),
            institutions.GroupBy(i => i.Tier).OrderBy(g => g.Key).Select(g => new CountDto(Codes.ToCode(g.Key), g.Count())).ToList(),
            networks.GroupBy(t => t).OrderBy(g => g.Key).Select(g => new CountDto(Codes.ToCode(g.Key), g.Count())).ToList());
    }
}
