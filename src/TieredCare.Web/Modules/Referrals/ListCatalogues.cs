using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Registry;
using static TieredCare.Web.Modules.Referrals.CatalogueStore;

namespace TieredCare.Web.Modules.Referrals;

/// <summary>The catalogue versions of the networks a user can read, newest first, and one version's rows.</summary>
public static class ListCatalogues
{
    public sealed record EntryDto(int Line, string Pattern, string Name, string LowestTier, string UpCriteria, string DownCriteria);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/referrals/catalogues", ListAsync).RequireAuthorization(Permissions.ReferralsRead);
        api.MapGet("/referrals/catalogues/{id:long}/entries", EntriesAsync).RequireAuthorization(Permissions.ReferralsRead);
    }

    private static async Task<Ok<List<CatalogueDto>>> ListAsync(string? network, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(http.User(), ct);
        var readable = scope.Readable(db.Networks.AsNoTracking()).Select(n => n.Code);
        var query = db.DiseaseCatalogueVersions.AsNoTracking().Where(v => readable.Contains(v.NetworkCode));
        if (!string.IsNullOrWhiteSpace(network))
        {
            query = query.Where(v => v.NetworkCode == network.Trim());
        }

        var versions = await query.OrderByDescending(v => v.LoadedAt).ThenByDescending(v => v.Id).ToListAsync(ct);
        return TypedResults.Ok(versions.Select(CatalogueDto.From).ToList());
    }

    private static async Task<Results<Ok<Page<EntryDto>>, ValidationProblem, ProblemHttpResult>> EntriesAsync(
        long id, string? q, int? page, int? pageSize, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        if (number < 1 || size is < 1 or > 500)
        {
            return Problems.Validation("page_size", "每页1-500条，页码从1开始 (page size 1-500, page from 1)");
        }

        var scope = await scopes.ResolveAsync(http.User(), ct);
        var readable = scope.Readable(db.Networks.AsNoTracking()).Select(n => n.Code);
        if (!await db.DiseaseCatalogueVersions.AnyAsync(v => v.Id == id && readable.Contains(v.NetworkCode), ct))
        {
            return Problems.NotFound($"目录 {id} 不存在或不在您的范围内 (catalogue {id} does not exist or is outside your scope)");
        }

        var query = db.DiseaseCatalogueEntries.AsNoTracking().Where(e => e.CatalogueId == id);
        if (!string.IsNullOrWhiteSpace(q))
        {
            // Patterns are stored in upper case; names are Chinese, where case does not arise.
            var text = q.Trim();
            var upper = text.ToUpperInvariant();
            query = query.Where(e => e.Pattern.Contains(upper) || e.Name.Contains(text));
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(e => e.Line).Skip((number - 1) * size).Take(size)
            .Select(e => new EntryDto(e.Line, e.Pattern, e.Name, e.LowestTier, e.UpCriteria, e.DownCriteria)).ToListAsync(ct);
        return TypedResults.Ok(new Page<EntryDto>(items, total, number, size));
    }
}
