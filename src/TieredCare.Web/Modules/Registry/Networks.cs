using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Registry;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Registry;

/// <summary>Reading care networks (医共体, 城市医疗集团, 专科联盟, 远程医疗协作网) and their members.</summary>
public static class Networks
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/networks", ListAsync);
        api.MapGet("/networks/{code}", GetAsync);
    }

    private static async Task<Results<Ok<List<NetworkDto>>, ValidationProblem>> ListAsync(
        string? type, string? region, bool? active, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var typeFilter = QueryCodes.Parse<NetworkType>(type, "type", errors);
        DivisionCode? regionFilter = null;
        if (region is not null)
        {
            if (DivisionCode.TryParse(region, out var rc, out var error))
            {
                regionFilter = rc;
            }
            else
            {
                errors.Add(new("region", error));
            }
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var scope = await scopes.ResolveAsync(http.User(), ct);
        var query = scope.Readable(db.Networks.AsNoTracking());
        if (typeFilter is { } t)
        {
            query = query.Where(n => n.Type == t);
        }

        if (regionFilter is { } code)
        {
            var prefix = code.SignificantPrefix;
            query = query.Where(n => n.RegionCode.StartsWith(prefix));
        }

        query = query.Where(n => n.IsActive == (active ?? true));
        var networks = await query.OrderBy(n => n.Type).ThenBy(n => n.Code).ToListAsync(ct);
        return TypedResults.Ok(await ToDtosAsync(networks, db, ct));
    }

    private static async Task<Results<Ok<NetworkDetailDto>, ProblemHttpResult>> GetAsync(
        string code, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var network = await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Code == code, ct);
        if (network is null)
        {
            return Problems.NotFound($"医联体 {code} 不存在 (network {code} does not exist)");
        }

        if (!(await scopes.ResolveAsync(http.User(), ct)).CanRead(network))
        {
            return Problems.Forbidden($"医联体 {code} 不在您的管辖范围内 (network {code} is outside your scope)");
        }

        var members = await db.NetworkMembers.AsNoTracking().Where(m => m.NetworkCode == code)
            .Join(db.Institutions, m => m.InstitutionCode, i => i.Code, (m, i) => new NetworkMemberDto(
                i.Code, i.Name, i.Type, i.Tier, i.Level, i.Grade, i.Latitude, i.Longitude, m.JoinedOn, m.LeftOn, i.Code == network.LeadInstitutionCode))
            .ToListAsync(ct);
        var ordered = members.OrderByDescending(m => m.IsLead).ThenBy(m => m.Tier).ThenBy(m => m.InstitutionCode, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new NetworkDetailDto((await ToDtosAsync([network], db, ct))[0], ordered));
    }

    internal static async Task<List<NetworkDto>> ToDtosAsync(IReadOnlyList<Network> networks, TieredCareDbContext db, CancellationToken ct)
    {
        var codes = networks.Select(n => n.Code).ToList();
        var counts = await db.NetworkMembers.AsNoTracking().Where(m => codes.Contains(m.NetworkCode) && m.LeftOn == null)
            .GroupBy(m => m.NetworkCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var leads = networks.Select(n => n.LeadInstitutionCode).Distinct().ToList();
        var leadNames = await db.Institutions.AsNoTracking().Where(i => leads.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Name, ct);
        var regionCodes = networks.Select(n => n.RegionCode).Distinct().ToList();
        var regionNames = await db.Regions.AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return networks.Select(n => new NetworkDto(
            n.Code, n.Name, n.Type, n.LeadInstitutionCode, leadNames.GetValueOrDefault(n.LeadInstitutionCode), n.RegionCode,
            regionNames.GetValueOrDefault(n.RegionCode), n.StartDate, n.EndDate, n.IsActive, counts.GetValueOrDefault(n.Code))).ToList();
    }
}
