using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Import;
using TieredCare.Persistence.Registry;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Registry;

/// <summary>Create, update and deactivate institutions. Deactivation keeps the record and its history.</summary>
public static class SaveInstitution
{
    public sealed record SaveInstitutionRequest(
        string? Code, string? Name, string? Type, string? Level, string? Grade, string? Ownership, string? Tier,
        string? RegionCode, double? Latitude, double? Longitude, int? OpenBeds, IReadOnlyList<string>? SharedServices,
        IReadOnlyList<StaffDto>? Staff);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/institutions", CreateAsync).RequireAuthorization(Permissions.RegistryManage);
        api.MapPut("/institutions/{code}", UpdateAsync).RequireAuthorization(Permissions.InstitutionEdit);
        api.MapPost("/institutions/{code}/deactivate", DeactivateAsync).RequireAuthorization(Permissions.RegistryManage);
    }

    private static async Task<Results<Created<InstitutionDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        SaveInstitutionRequest request, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, RegistryCache cache, TimeProvider clock, CancellationToken ct)
    {
        var (valid, errors) = RegistryRules.Validate(ToDraft(request.Code, request), await RegistryLookup.LoadAsync(db, ct));
        errors.AddRange(CheckStaff(request.Staff));
        if (valid is null || errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var scope = await scopes.ResolveAsync(http.User(), ct);
        if (!scope.ByRegion || !scope.CoversRegion(valid.RegionCode))
        {
            return Problems.Forbidden($"区划 {valid.RegionCode} 不在您的管辖范围内 (region {valid.RegionCode} is outside your scope)");
        }

        if (await db.Institutions.AnyAsync(i => i.Code == valid.Code, ct))
        {
            return Problems.Conflict($"机构代码 {valid.Code} 已存在 (institution {valid.Code} already exists)");
        }

        var entity = new Institution { Code = valid.Code, Name = valid.Name, RegionCode = valid.RegionCode };
        InstitutionMapping.Apply(valid, entity, clock.GetUtcNow());
        db.Institutions.Add(entity);
        ReplaceStaff(db, entity.Code, request.Staff, []);
        await db.SaveChangesAsync(ct);
        cache.Clear();
        return TypedResults.Created($"/api/v1/institutions/{entity.Code}", InstitutionDto.From(entity, null));
    }

    private static async Task<Results<Ok<InstitutionDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string code, SaveInstitutionRequest request, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, RegistryCache cache, TimeProvider clock, CancellationToken ct)
    {
        if (request.Code is { } bodyCode && bodyCode != code)
        {
            return Problems.Validation("code", "机构代码不能修改 (the code in the body must match the URL)");
        }

        var entity = await db.Institutions.FirstOrDefaultAsync(i => i.Code == code, ct);
        if (entity is null)
        {
            return Problems.NotFound($"机构 {code} 不存在 (institution {code} does not exist)");
        }

        var scope = await scopes.ResolveAsync(http.User(), ct);
        if (!scope.CanManage(entity))
        {
            return Problems.Forbidden($"机构 {code} 不在您的管辖范围内 (institution {code} is outside your scope)");
        }

        var (valid, errors) = RegistryRules.Validate(ToDraft(code, request), await RegistryLookup.LoadAsync(db, ct));
        errors.AddRange(CheckStaff(request.Staff));
        if (valid is null || errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        if (!scope.CanManage(new Institution { Code = code, Name = "", RegionCode = valid.RegionCode }))
        {
            return Problems.Forbidden($"区划 {valid.RegionCode} 不在您的管辖范围内 (region {valid.RegionCode} is outside your scope)");
        }

        InstitutionMapping.Apply(valid, entity, clock.GetUtcNow());
        ReplaceStaff(db, code, request.Staff, await db.InstitutionStaff.Where(s => s.InstitutionCode == code).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        cache.Clear();
        return TypedResults.Ok(InstitutionDto.From(entity, null));
    }

    private static async Task<Results<Ok<InstitutionDto>, ProblemHttpResult>> DeactivateAsync(
        string code, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, RegistryCache cache, TimeProvider clock, CancellationToken ct)
    {
        var entity = await db.Institutions.FirstOrDefaultAsync(i => i.Code == code, ct);
        if (entity is null)
        {
            return Problems.NotFound($"机构 {code} 不存在 (institution {code} does not exist)");
        }

        if (!(await scopes.ResolveAsync(http.User(), ct)).CanManage(entity))
        {
            return Problems.Forbidden($"机构 {code} 不在您的管辖范围内 (institution {code} is outside your scope)");
        }

        if (await db.Networks.AnyAsync(n => n.LeadInstitutionCode == code && n.IsActive, ct))
        {
            return Problems.Conflict($"机构 {code} 是在运行医联体的牵头单位，请先更换牵头单位 (institution {code} leads an active network; change the lead first)");
        }

        entity.IsActive = false;
        entity.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        cache.Clear();
        return TypedResults.Ok(InstitutionDto.From(entity, null));
    }

    private static InstitutionDraft ToDraft(string? code, SaveInstitutionRequest r) =>
        new(code, r.Name, r.Type, r.Level, r.Grade, r.Ownership, r.Tier, r.RegionCode, r.Latitude, r.Longitude, r.OpenBeds, r.SharedServices);

    private static IEnumerable<FieldError> CheckStaff(IReadOnlyList<StaffDto>? staff)
    {
        foreach (var (s, i) in (staff ?? []).Select((s, i) => (s, i)))
        {
            if (s.Count < 0)
            {
                yield return new FieldError($"staff[{i}].count", "人数不能为负 (count cannot be negative)");
            }
        }

        foreach (var duplicate in (staff ?? []).GroupBy(s => (s.Category, s.Title)).Where(g => g.Count() > 1))
        {
            yield return new FieldError("staff", $"人员类别与职称重复 (duplicate category and title: {duplicate.Key})");
        }
    }

    private static void ReplaceStaff(TieredCareDbContext db, string code, IReadOnlyList<StaffDto>? staff, List<InstitutionStaff> existing)
    {
        if (staff is null)
        {
            return; // not sent: keep the current figures
        }

        var wanted = staff.ToDictionary(s => (s.Category, s.Title), s => s.Count);
        foreach (var row in existing)
        {
            if (wanted.Remove((row.Category, row.Title), out var count))
            {
                row.Count = count;
            }
            else
            {
                db.InstitutionStaff.Remove(row);
            }
        }

        db.InstitutionStaff.AddRange(wanted.Select(w => new InstitutionStaff { InstitutionCode = code, Category = w.Key.Category, Title = w.Key.Title, Count = w.Value }));
    }
}
