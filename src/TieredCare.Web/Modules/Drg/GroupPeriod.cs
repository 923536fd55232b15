using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Drg;
using TieredCare.Persistence;
using TieredCare.Persistence.Abstracts;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Abstracts;

namespace TieredCare.Web.Modules.Drg;

/// <summary>An analyst groups a period's QC-passed abstracts with a chosen table set and stores the result beside the other table sets' results.</summary>
public static class GroupPeriod
{
    public sealed record GroupPeriodRequest(string? TableSet, DateOnly? From, DateOnly? To, string? Institution);

    public sealed record GroupPeriodResult(string TableSet, int Cases, int Success, int Ungroupable, int Ambiguous, int Invalid, int SkippedQcFailed, long ElapsedMs);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/drg/groupings", GroupAsync).RequireAuthorization(Permissions.DrgGroup);

    private static async Task<Results<Ok<GroupPeriodResult>, ValidationProblem, ProblemHttpResult>> GroupAsync(
        GroupPeriodRequest request, HttpContext http, ScopeResolver scopes, DrgTableSets sets, TieredCareDbContext db, GroupingStore store, TimeProvider clock,
        CancellationToken ct)
    {
        var set = sets.Find(request.TableSet);
        if (set is null)
        {
            return Problems.Validation("table_set", $"没有这个分组方案 (no such table set): '{request.TableSet}'");
        }

        if (request.From is not { } from || request.To is not { } to || from > to)
        {
            return Problems.Validation("from", "请给出出院日期范围 from ≤ to (give the discharge period, from ≤ to)");
        }

        var inScope = await AbstractScope.InstitutionsAsync(http, scopes, db, ct);
        if (request.Institution is { } only && !inScope.Contains(only))
        {
            return Problems.Forbidden($"无权处理机构 {only} (institution {only} is outside your scope)");
        }

        var watch = Stopwatch.StartNew();
        var abstracts = await db.DischargeAbstracts.AsNoTracking()
            .Where(a => a.DischargeDate >= from && a.DischargeDate <= to && (request.Institution == null || a.InstitutionCode == request.Institution))
            .Select(a => new { a.Id, a.InstitutionCode, a.QcErrors, a.Sex, a.AgeYears, a.AgeDays, a.NewbornWeightGrams, a.PrincipalDiagnosis, a.OtherDiagnoses })
            .ToListAsync(ct);
        var eligible = abstracts.Where(a => a.QcErrors == 0 && inScope.Contains(a.InstitutionCode)).ToList();
        var procedures = await DrgCases.ProceduresAsync(db, eligible.Select(a => a.Id).ToList(), ct);
        var results = eligible.Select(a => (a.Id, DrgGrouper.GroupFast(new GroupingRecord((int?)a.Sex, a.AgeYears, a.AgeDays, a.NewbornWeightGrams,
            DrgCases.Diagnoses(a.PrincipalDiagnosis, a.OtherDiagnoses), procedures.GetValueOrDefault(a.Id, [])), set.Tables))).ToList();
        await store.ReplaceAsync(set.Name, results, clock.GetUtcNow(), ct);

        int Count(GroupingStatus s) => results.Count(r => r.Item2.Status == s);
        return TypedResults.Ok(new GroupPeriodResult(set.Name, results.Count, Count(GroupingStatus.Success), Count(GroupingStatus.Ungroupable),
            Count(GroupingStatus.AmbiguousQy), Count(GroupingStatus.Invalid), abstracts.Count(a => a.QcErrors > 0 && inScope.Contains(a.InstitutionCode)),
            watch.ElapsedMilliseconds));
    }
}
