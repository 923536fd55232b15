using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Import;
using TieredCare.Persistence.Registry;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Registry;

/// <summary>The administrative division tree with population: list, read, create, update.</summary>
public static class Regions
{
    public sealed record RegionDetailDto(RegionDto Region, IReadOnlyList<RegionDto> Children, IReadOnlyList<PopulationDto> PopulationByYear);

    public sealed record PopulationDto(int Year, int Population);

    public sealed record SaveRegionRequest(string? Code, string? Name, string? ParentCode, bool? IsUrban, IReadOnlyList<PopulationDto>? Population);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/regions", ListAsync);
        api.MapGet("/regions/{code}", GetAsync);
        api.MapPost("/regions", (SaveRegionRequest r, TieredCareDbContext db, RegistryCache cache, CancellationToken ct) => SaveAsync(null, r, db, cache, ct))
            .RequireAuthorization(Permissions.RegistryManage);
        api.MapPut("/regions/{code}", (string code, SaveRegionRequest r, TieredCareDbContext db, RegistryCache cache, CancellationToken ct) => SaveAsync(code, r, db, cache, ct))
            .RequireAuthorization(Permissions.RegistryManage);
    }

    private static async Task<Results<Ok<List<RegionDto>>, ValidationProblem>> ListAsync(
        string? parent, string? maxLevel, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, RegistryCache cache, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var levelFilter = QueryCodes.Parse<DivisionLevel>(maxLevel, "max_level", errors);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var scope = await scopes.ResolveAsync(http.User(), ct);
        var query = db.Regions.AsNoTracking();
        if (parent is not null)
        {
            if (!DivisionCode.TryParse(parent, out _, out var error))
            {
                return Problems.Validation("parent", error);
            }

            query = query.Where(r => r.ParentCode == parent);
        }

        if (levelFilter is { } level)
        {
            // Levels are stored by name, so compare against the set of allowed names.
            var allowed = Enum.GetValues<DivisionLevel>().Where(l => l <= level).ToList();
            query = query.Where(r => allowed.Contains(r.Level));
        }

        var regions = await query.OrderBy(r => r.Code).ToListAsync(ct);
        // A scope sees its own subtree and the chain of divisions above it (to draw the tree).
        regions = regions.Where(r => scope.CoversRegion(r.Code) || scope.RegionPrefix.StartsWith(DivisionCode.Parse(r.Code).SignificantPrefix, StringComparison.Ordinal)).ToList();
        var population = await LatestPopulationAsync(db, cache, ct);
        return TypedResults.Ok(regions.Select(r => ToDto(r, population)).ToList());
    }

    private static async Task<Results<Ok<RegionDetailDto>, ProblemHttpResult>> GetAsync(
        string code, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, RegistryCache cache, CancellationToken ct)
    {
        var region = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct);
        if (region is null)
        {
            return Problems.NotFound($"区划 {code} 不存在 (region {code} does not exist)");
        }

        var scope = await scopes.ResolveAsync(http.User(), ct);
        if (!scope.CoversRegion(code) && !scope.RegionPrefix.StartsWith(DivisionCode.Parse(code).SignificantPrefix, StringComparison.Ordinal))
        {
            return Problems.Forbidden($"区划 {code} 不在您的管辖范围内 (region {code} is outside your scope)");
        }

        var children = await db.Regions.AsNoTracking().Where(r => r.ParentCode == code).OrderBy(r => r.Code).ToListAsync(ct);
        var population = await LatestPopulationAsync(db, cache, ct);
        var byYear = await db.RegionPopulations.AsNoTracking().Where(p => p.RegionCode == code).OrderBy(p => p.Year)
            .Select(p => new PopulationDto(p.Year, p.Population)).ToListAsync(ct);
        return TypedResults.Ok(new RegionDetailDto(ToDto(region, population), children.Select(c => ToDto(c, population)).ToList(), byYear));
    }

    private static async Task<Results<Ok<RegionDto>, Created<RegionDto>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        string? code, SaveRegionRequest request, TieredCareDbContext db, RegistryCache cache, CancellationToken ct)
    {
        var isCreate = code is null;
        if (!isCreate && request.Code is { } bodyCode && bodyCode != code)
        {
            return Problems.Validation("code", "区划代码不能修改 (the code in the body must match the URL)");
        }

        var lookup = await RegistryLookup.LoadAsync(db, ct);
        var existing = await db.Regions.FirstOrDefaultAsync(r => r.Code == (code ?? request.Code), ct);
        if (isCreate && existing is not null)
        {
            return Problems.Conflict($"区划 {request.Code} 已存在 (region {request.Code} already exists)");
        }

        if (!isCreate && existing is null)
        {
            return Problems.NotFound($"区划 {code} 不存在 (region {code} does not exist)");
        }

        var (valid, errors) = RegistryRules.Validate(new RegionDraft(code ?? request.Code, request.Name, null, request.ParentCode, request.IsUrban), lookup);
        foreach (var (p, i) in (request.Population ?? []).Select((p, i) => (p, i)))
        {
            if (p.Year is < 1949 or > 2100 || p.Population < 0)
            {
                errors.Add(new($"population[{i}]", $"年份须在1949-2100之间且人口非负 (year 1949-2100 and population ≥ 0): {p.Year} {p.Population}"));
            }
        }

        if (valid is null || errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        existing ??= db.Regions.Add(new Region { Code = valid.Code.Value, Name = valid.Name }).Entity;
        existing.Name = valid.Name;
        existing.Level = valid.Level;
        existing.ParentCode = valid.Parent?.Value;
        existing.IsUrban = valid.IsUrban;
        foreach (var p in request.Population ?? [])
        {
            var row = await db.RegionPopulations.FirstOrDefaultAsync(x => x.RegionCode == existing.Code && x.Year == p.Year, ct);
            if (row is null)
            {
                db.RegionPopulations.Add(new RegionPopulation { RegionCode = existing.Code, Year = p.Year, Population = p.Population });
            }
            else
            {
                row.Population = p.Population;
            }
        }

        await db.SaveChangesAsync(ct);
        cache.Clear();
        var dto = ToDto(existing, await LatestPopulationAsync(db, cache, ct));
        return isCreate ? TypedResults.Created($"/api/v1/regions/{dto.Code}", dto) : TypedResults.Ok(dto);
    }

    private static RegionDto ToDto(Region r, Dictionary<string, (int Year, int Population)> population) =>
        population.TryGetValue(r.Code, out var p)
            ? new RegionDto(r.Code, r.Name, r.Level, r.ParentCode, r.IsUrban, p.Population, p.Year)
            : new RegionDto(r.Code, r.Name, r.Level, r.ParentCode, r.IsUrban, null, null);

    /// <summary>The latest year's population of every division; a division without its own figure sums its children.</summary>
    internal static async Task<Dictionary<string, (int Year, int Population)>> LatestPopulationAsync(TieredCareDbContext db, RegistryCache cache, CancellationToken ct) =>
        (await cache.GetAsync("population", () => ComputeLatestPopulationAsync(db, ct)))!;

    private static async Task<Dictionary<string, (int Year, int Population)>?> ComputeLatestPopulationAsync(TieredCareDbContext db, CancellationToken ct)
    {
        var rows = await db.RegionPopulations.AsNoTracking().ToListAsync(ct);
        var latest = rows.GroupBy(r => r.RegionCode).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Year)!);
        var result = latest.ToDictionary(kv => kv.Key, kv => (kv.Value.Year, kv.Value.Population));
        // Roll leaf figures up to every ancestor that has no figure of its own.
        var rolled = new Dictionary<string, (int Year, int Population)>();
        foreach (var (code, value) in latest)
        {
            // Stop at the first ancestor with a figure of its own: it already counts this one.
            var parent = DivisionCode.Parse(code).Parent;
            while (parent is { } p && !latest.ContainsKey(p.Value))
            {
                rolled[p.Value] = rolled.TryGetValue(p.Value, out var sum) ? (Math.Max(sum.Year, value.Year), sum.Population + value.Population) : (value.Year, value.Population);
                parent = p.Parent;
            }
        }

        foreach (var (code, value) in rolled)
        {
            result[code] = value;
        }

        return result;
    }
}
