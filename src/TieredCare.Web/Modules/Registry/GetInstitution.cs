using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Registry;

public static class GetInstitution
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/institutions/{code}", HandleAsync);

    private static async Task<Results<Ok<InstitutionDetailDto>, ProblemHttpResult>> HandleAsync(
        string code, HttpContext http, ScopeResolver scopes, RegistryCache cache, TieredCareDbContext db, CancellationToken ct)
    {
        var detail = await cache.GetAsync("institution:" + code, () => LoadAsync(code, db, ct));
        if (detail is null)
        {
            return Problems.NotFound($"机构 {code} 不存在 (institution {code} does not exist)");
        }

        var scope = await scopes.ResolveAsync(http.User(), ct);
        return scope.CanRead(detail.Institution.Code, detail.Institution.RegionCode)
            ? TypedResults.Ok(detail)
            : Problems.Forbidden($"机构 {code} 不在您的管辖范围内 (institution {code} is outside your scope)");
    }

    internal static async Task<InstitutionDetailDto?> LoadAsync(string code, TieredCareDbContext db, CancellationToken ct)
    {
        var institution = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, ct);
        if (institution is null)
        {
            return null;
        }

        var regionName = await db.Regions.AsNoTracking().Where(r => r.Code == institution.RegionCode).Select(r => r.Name).FirstOrDefaultAsync(ct);
        var staff = await db.InstitutionStaff.AsNoTracking().Where(s => s.InstitutionCode == code)
            .OrderBy(s => s.Category).ThenBy(s => s.Title)
            .Select(s => new StaffDto(s.Category, s.Title, s.Count)).ToListAsync(ct);
        var departments = await db.Departments.AsNoTracking().Where(d => d.InstitutionCode == code)
            .OrderBy(d => d.Code).Select(d => new DepartmentDto(d.Code, d.Name)).ToListAsync(ct);
        var memberships = await db.NetworkMembers.AsNoTracking().Where(m => m.InstitutionCode == code)
            .Join(db.Networks, m => m.NetworkCode, n => n.Code, (m, n) => new { Member = m, Network = n })
            .ToListAsync(ct);
        var networks = memberships
            .OrderBy(x => x.Network.Code, StringComparer.Ordinal)
            .Select(x => new MembershipDto(x.Network.Code, x.Network.Name, x.Network.Type, x.Network.LeadInstitutionCode == code, x.Member.JoinedOn, x.Member.LeftOn))
            .ToList();
        return new InstitutionDetailDto(InstitutionDto.From(institution, regionName), staff, departments, networks);
    }
}
