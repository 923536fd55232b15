using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Registry;

public static class ListInstitutions
{
    public const int MaxPageSize = 500;

    public static void Map(RouteGroupBuilder api) => api.MapGet("/institutions", HandleAsync);

    private static async Task<Results<Ok<Page<InstitutionDto>>, ValidationProblem>> HandleAsync(
        string? region, string? type, string? tier, string? level, string? ownership,
        string? network, string? q, bool? active, int? page, int? pageSize,
        HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var typeFilter = QueryCodes.Parse<InstitutionType>(type, "type", errors);
        var tierFilter = QueryCodes.Parse<CareTier>(tier, "tier", errors);
        var levelFilter = QueryCodes.Parse<InstitutionLevel>(level, "level", errors);
        var ownershipFilter = QueryCodes.Parse<Ownership>(ownership, "ownership", errors);
        DivisionCode? regionCode = null;
        if (region is not null)
        {
            if (DivisionCode.TryParse(region, out var parsed, out var error))
            {
                regionCode = parsed;
            }
            else
            {
                errors.Add(new("region", error));
            }
        }

        if (page is < 1)
        {
            errors.Add(new("page", "页码从1开始 (page starts at 1)"));
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add(new("page_size", $"每页条数须在1到{MaxPageSize}之间 (page size must be 1-{MaxPageSize})"));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var scope = await scopes.ResolveAsync(http.User(), ct);
        var query = scope.Readable(db.Institutions.AsNoTracking());
        if (regionCode is { } rc)
        {
            var prefix = rc.SignificantPrefix;
            query = query.Where(i => i.RegionCode.StartsWith(prefix));
        }

        if (typeFilter is { } t)
        {
            query = query.Where(i => i.Type == t);
        }

        if (tierFilter is { } tr)
        {
            query = query.Where(i => i.Tier == tr);
        }

        if (levelFilter is { } l)
        {
            query = query.Where(i => i.Level == l);
        }

        if (ownershipFilter is { } o)
        {
            query = query.Where(i => i.Ownership == o);
        }

        if (network is not null)
        {
            query = query.Where(i => db.NetworkMembers.Any(m => m.NetworkCode == network && m.InstitutionCode == i.Code));
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            query = query.Where(i => i.Name.Contains(term) || i.Code.Contains(term));
        }

        query = query.Where(i => i.IsActive == (active ?? true));

        var total = await query.CountAsync(ct);
        var size = pageSize ?? 50;
        var number = page ?? 1;
        // Hospitals first (by level), then by code: the order a health official scans a list in.
        var items = await query
            .OrderBy(i => i.Tier).ThenByDescending(i => i.OpenBeds).ThenBy(i => i.Code)
            .Skip((number - 1) * size).Take(size)
            .Select(i => new { Institution = i, RegionName = db.Regions.Where(r => r.Code == i.RegionCode).Select(r => r.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return TypedResults.Ok(new Page<InstitutionDto>(items.Select(x => InstitutionDto.From(x.Institution, x.RegionName)).ToList(), total, number, size));
    }
}
