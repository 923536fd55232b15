using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TieredCare.Persistence;
using TieredCare.Persistence.Import;
using TieredCare.Persistence.Registry;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Registry;

/// <summary>Create and update networks; add and end memberships. The lead is always a member.</summary>
public static class SaveNetwork
{
    public sealed record SaveNetworkRequest(string? Code, string? Name, string? Type, string? LeadInstitutionCode, string? RegionCode, DateOnly? StartDate, DateOnly? EndDate);

    public sealed record MemberRequest(string? InstitutionCode, DateOnly? JoinedOn, DateOnly? LeftOn);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/networks", CreateAsync).RequireAuthorization(Permissions.RegistryManage);
        api.MapPut("/networks/{code}", UpdateAsync).RequireAuthorization(Permissions.NetworkEdit);
        api.MapPost("/networks/{code}/members", SaveMemberAsync).RequireAuthorization(Permissions.NetworkEdit);
        api.MapPost("/networks/{code}/deactivate", DeactivateAsync).RequireAuthorization(Permissions.RegistryManage);
    }

    private static async Task<Results<Ok<NetworkDto>, ProblemHttpResult>> DeactivateAsync(
        string code, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, RegistryCache cache, IMemoryCache scopeCache, TimeProvider clock, CancellationToken ct)
    {
        var entity = await db.Networks.FirstOrDefaultAsync(n => n.Code == code, ct);
        if (entity is null)
        {
            return Problems.NotFound($"医联体 {code} 不存在 (network {code} does not exist)");
        }

        if (!(await scopes.ResolveAsync(http.User(), ct)).CanManage(entity))
        {
            return Problems.Forbidden($"医联体 {code} 不在您的管辖范围内 (network {code} is outside your scope)");
        }

        // The record and its memberships stay for history; an end date marks when it stopped.
        entity.IsActive = false;
        entity.EndDate ??= clock.Today();
        await db.SaveChangesAsync(ct);
        Changed(cache, scopeCache);
        return TypedResults.Ok((await Networks.ToDtosAsync([entity], db, ct))[0]);
    }

    private static async Task<Results<Created<NetworkDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        SaveNetworkRequest request, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, RegistryCache cache, IMemoryCache scopeCache, CancellationToken ct)
    {
        var (valid, errors) = RegistryRules.Validate(ToDraft(request.Code, request), await RegistryLookup.LoadAsync(db, ct));
        if (valid is null)
        {
            return Problems.Validation(errors);
        }

        var scope = await scopes.ResolveAsync(http.User(), ct);
        if (!scope.ByRegion || !scope.CoversRegion(valid.RegionCode))
        {
            return Problems.Forbidden($"区划 {valid.RegionCode} 不在您的管辖范围内 (region {valid.RegionCode} is outside your scope)");
        }

        if (await db.Networks.AnyAsync(n => n.Code == valid.Code, ct))
        {
            return Problems.Conflict($"医联体代码 {valid.Code} 已存在 (network {valid.Code} already exists)");
        }

        var entity = new Network { Code = valid.Code, Name = valid.Name, LeadInstitutionCode = valid.LeadInstitutionCode, RegionCode = valid.RegionCode };
        NetworkMapping.Apply(valid, entity);
        db.Networks.Add(entity);
        db.NetworkMembers.Add(new NetworkMember { NetworkCode = entity.Code, InstitutionCode = entity.LeadInstitutionCode, JoinedOn = entity.StartDate });
        await db.SaveChangesAsync(ct);
        Changed(cache, scopeCache);
        return TypedResults.Created($"/api/v1/networks/{entity.Code}", (await Networks.ToDtosAsync([entity], db, ct))[0]);
    }

    private static async Task<Results<Ok<NetworkDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string code, SaveNetworkRequest request, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, RegistryCache cache, IMemoryCache scopeCache, CancellationToken ct)
    {
        if (request.Code is { } bodyCode && bodyCode != code)
        {
            return Problems.Validation("code", "医联体代码不能修改 (the code in the body must match the URL)");
        }

        var entity = await db.Networks.FirstOrDefaultAsync(n => n.Code == code, ct);
        if (entity is null)
        {
            return Problems.NotFound($"医联体 {code} 不存在 (network {code} does not exist)");
        }

        if (!(await scopes.ResolveAsync(http.User(), ct)).CanManage(entity))
        {
            return Problems.Forbidden($"医联体 {code} 不在您的管辖范围内 (network {code} is outside your scope)");
        }

        var (valid, errors) = RegistryRules.Validate(ToDraft(code, request), await RegistryLookup.LoadAsync(db, ct));
        if (valid is null)
        {
            return Problems.Validation(errors);
        }

        NetworkMapping.Apply(valid, entity);
        if (!await db.NetworkMembers.AnyAsync(m => m.NetworkCode == code && m.InstitutionCode == valid.LeadInstitutionCode, ct))
        {
            db.NetworkMembers.Add(new NetworkMember { NetworkCode = code, InstitutionCode = valid.LeadInstitutionCode, JoinedOn = valid.StartDate });
        }

        await db.SaveChangesAsync(ct);
        Changed(cache, scopeCache);
        return TypedResults.Ok((await Networks.ToDtosAsync([entity], db, ct))[0]);
    }

    private static async Task<Results<Ok<NetworkMember>, ValidationProblem, ProblemHttpResult>> SaveMemberAsync(
        string code, MemberRequest request, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, RegistryCache cache, IMemoryCache scopeCache, CancellationToken ct)
    {
        var network = await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Code == code, ct);
        if (network is null)
        {
            return Problems.NotFound($"医联体 {code} 不存在 (network {code} does not exist)");
        }

        if (!(await scopes.ResolveAsync(http.User(), ct)).CanManage(network))
        {
            return Problems.Forbidden($"医联体 {code} 不在您的管辖范围内 (network {code} is outside your scope)");
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(request.InstitutionCode) || !await db.Institutions.AnyAsync(i => i.Code == request.InstitutionCode, ct))
        {
            errors.Add(new("institution_code", $"机构不存在 (institution '{request.InstitutionCode}' does not exist)"));
        }

        if (request.JoinedOn is null)
        {
            errors.Add(new("joined_on", "加入日期不能为空 (joined_on is required)"));
        }
        else if (request.LeftOn is { } left && left < request.JoinedOn)
        {
            errors.Add(new("left_on", "退出日期早于加入日期 (left_on is before joined_on)"));
        }

        if (request.LeftOn is not null && request.InstitutionCode == network.LeadInstitutionCode)
        {
            errors.Add(new("left_on", "牵头单位不能退出，请先更换牵头单位 (the lead cannot leave; change the lead first)"));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var member = await db.NetworkMembers.FirstOrDefaultAsync(m => m.NetworkCode == code && m.InstitutionCode == request.InstitutionCode, ct);
        member ??= db.NetworkMembers.Add(new NetworkMember { NetworkCode = code, InstitutionCode = request.InstitutionCode! }).Entity;
        member.JoinedOn = request.JoinedOn!.Value;
        member.LeftOn = request.LeftOn;
        await db.SaveChangesAsync(ct);
        Changed(cache, scopeCache);
        return TypedResults.Ok(member);
    }

    private static NetworkDraft ToDraft(string? code, SaveNetworkRequest r) =>
        new(code, r.Name, r.Type, r.LeadInstitutionCode, r.RegionCode, r.StartDate, r.EndDate);

    private static void Changed(RegistryCache cache, IMemoryCache scopeCache)
    {
        cache.Clear();
        ScopeResolver.Invalidate(scopeCache); // membership decides network and institution scopes
    }
}
