using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Drg.Analytics;
using TieredCare.Payment;
using TieredCare.Persistence;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Abstracts;

namespace TieredCare.Web.Modules.Drg;

/// <summary>
/// Relative weights from a period's own costs, and the hospital DRG profile (CMI, group count,
/// cost and time indices, low-risk mortality) against a reference period's weights. Weights are
/// regional: they come from every institution's cases, whatever the user's scope; the rows are
/// the institutions in scope.
/// </summary>
public static class DrgProfileEndpoints
{
    public sealed record WeightRowDto(string Drg, string Name, int Cases, int CasesUsed, decimal MeanCost, decimal MeanLos, decimal Rw, int Deaths, decimal Mortality, string Risk);

    public sealed record WeightsDto(string TableSet, DateOnly From, DateOnly To, string Trim, int Cases, decimal? OverallMeanCost, IReadOnlyList<WeightRowDto> Rows);

    public sealed record ReferenceDto(DateOnly From, DateOnly To, int Cases, decimal? OverallMeanCost, int Drgs);

    public sealed record ProfileRowDto(
        string InstitutionCode, string? InstitutionName, string? DepartmentCode, string? DepartmentName, int Cases, int Grouped, int Ungroupable, int Ambiguous,
        int Invalid, int QcFailed, int DrgGroups, int Unweighted, decimal TotalWeight, decimal? Cmi, decimal? CostIndex, decimal? TimeIndex, int LowRiskCases,
        int LowRiskDeaths, decimal? LowRiskMortality);

    public sealed record ProfileDto(string TableSet, DateOnly From, DateOnly To, string By, ReferenceDto Reference, IReadOnlyList<ProfileRowDto> Rows, ProfileRowDto Total);

    private sealed record Period(LoadedTableSet Set, DateOnly From, DateOnly To, WeightTrimming Trim);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/drg/weights", WeightsAsync);
        api.MapGet("/drg/profile", ProfileAsync);
    }

    private static async Task<Results<Ok<WeightsDto>, ValidationProblem>> WeightsAsync(
        string? tableSet, DateOnly? from, DateOnly? to, string? trim, DrgTableSets sets, TieredCareDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (period, problem) = await ResolveAsync(tableSet, from, to, trim, sets, db, clock, ct);
        if (period is null)
        {
            return problem!;
        }

        var cases = await DrgCases.LoadAsync(db, period.Set, period.From, period.To, null, ct);
        var weights = Compute(cases, period);
        return TypedResults.Ok(new WeightsDto(period.Set.Name, period.From, period.To, period.Trim.ToWord(), cases.Cases.Count, (weights.OverallMeanCost is { } mean ? Rounding.Cents(mean) : null),
            [.. weights.Weights.Select(w => new WeightRowDto(w.Drg, w.Name, w.Cases, w.CasesUsed, w.MeanCost, w.MeanLos, w.RelativeWeight, w.Deaths, w.Mortality, RiskWord(w.Risk)))]));
    }

    private static async Task<Results<Ok<ProfileDto>, ValidationProblem, ProblemHttpResult>> ProfileAsync(
        string? tableSet, DateOnly? from, DateOnly? to, string? by, string? institution, DateOnly? referenceFrom, DateOnly? referenceTo, string? trim,
        HttpContext http, ScopeResolver scopes, DrgTableSets sets, TieredCareDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (period, problem) = await ResolveAsync(tableSet, from, to, trim, sets, db, clock, ct);
        if (period is null)
        {
            return problem!;
        }

        var level = by switch
        {
            null or "hospital" => ProfileLevel.Hospital,
            "department" => ProfileLevel.HospitalDepartment,
            _ => (ProfileLevel?)null,
        };
        if (level is null)
        {
            return Problems.Validation("by", $"只能按 hospital 或 department 汇总 (by must be hospital or department): '{by}'");
        }

        if ((referenceFrom is null) != (referenceTo is null) || referenceFrom > referenceTo)
        {
            return Problems.Validation("reference_from", "参照期须同时给出起止日期且起始不晚于结束 (give both reference dates, from ≤ to)");
        }

        var inScope = await AbstractScope.InstitutionsAsync(http, scopes, db, ct);
        if (institution is not null && !inScope.Contains(institution))
        {
            return Problems.Forbidden($"无权查看机构 {institution} (institution {institution} is outside your scope)");
        }

        var cases = await DrgCases.LoadAsync(db, period.Set, period.From, period.To, null, ct);
        var reference = referenceFrom is { } rf && referenceTo is { } rt && (rf, rt) != (period.From, period.To)
            ? await DrgCases.LoadAsync(db, period.Set, rf, rt, null, ct)
            : cases;
        var weights = Compute(reference, period);
        bool Shown(string code) => inScope.Contains(code) && (institution is null || code == institution);
        var profile = DrgProfile.Build(cases.Cases.Where(c => Shown(c.Hospital)), weights, level.Value);

        var institutions = await db.Institutions.AsNoTracking().Where(i => inScope.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Name, ct);
        var departments = level == ProfileLevel.HospitalDepartment
            ? (await db.Departments.AsNoTracking().Where(d => inScope.Contains(d.InstitutionCode)).Select(d => new { d.InstitutionCode, d.Code, d.Name }).ToListAsync(ct))
                .ToDictionary(d => (d.InstitutionCode, d.Code), d => d.Name)
            : [];
        var failedShown = cases.QcFailed.Where(f => Shown(f.Key)).Sum(f => f.Value);
        ProfileRowDto ToDto(ProfileRow r, bool total) => new(
            total ? DrgProfile.RegionHospital : r.Hospital, total ? null : institutions.GetValueOrDefault(r.Hospital),
            level == ProfileLevel.HospitalDepartment && !total ? r.Department : null,
            level == ProfileLevel.HospitalDepartment && !total ? departments.GetValueOrDefault((r.Hospital, r.Department)) : null,
            r.Cases, r.Grouped, r.Ungroupable, r.Ambiguous, r.Invalid,
            total ? failedShown : level == ProfileLevel.Hospital ? cases.QcFailed.GetValueOrDefault(r.Hospital) : 0,
            r.DrgGroups, r.Unweighted, r.TotalWeight, r.Cmi, r.CostIndex, r.TimeIndex, r.LowRiskCases, r.LowRiskDeaths, r.LowRiskMortality);

        var referenceFromDate = referenceFrom ?? period.From;
        var referenceToDate = referenceTo ?? period.To;
        return TypedResults.Ok(new ProfileDto(period.Set.Name, period.From, period.To, level == ProfileLevel.Hospital ? "hospital" : "department",
            new ReferenceDto(referenceFromDate, referenceToDate, reference.Cases.Count, (weights.OverallMeanCost is { } mean ? Rounding.Cents(mean) : null), weights.Count),
            [.. profile.Rows.Select(r => ToDto(r, false))], ToDto(profile.Region, true)));
    }

    private static DrgWeightTable Compute(PeriodCases cases, Period period) =>
        RelativeWeights.Compute(cases.Cases, new WeightOptions { Trimming = period.Trim, Names = period.Set.Tables.DrgNames });

    /// <summary>The table set, the period (default: the calendar year of the latest discharge) and the trimming, or a problem naming the field.</summary>
    private static async Task<(Period? Period, ValidationProblem? Problem)> ResolveAsync(
        string? tableSet, DateOnly? from, DateOnly? to, string? trim, DrgTableSets sets, TieredCareDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var set = sets.Find(tableSet);
        if (set is null)
        {
            return (null, Problems.Validation("table_set", tableSet is null ? "服务器尚未加载DRG分组方案 (no DRG table set is loaded)" : $"没有名为 {tableSet} 的分组方案 (no table set named {tableSet})"));
        }

        var trimming = AnalyticsWords.ParseTrimming(trim ?? "none");
        if (trimming is null)
        {
            return (null, Problems.Validation("trim", $"裁剪方式须为 none、iqr 或 3sigma-log (trim must be none, iqr or 3sigma-log): '{trim}'"));
        }

        if (from is null || to is null)
        {
            var latest = await db.DischargeAbstracts.AsNoTracking().MaxAsync(a => (DateOnly?)a.DischargeDate, ct) ?? clock.Today();
            from ??= new DateOnly(latest.Year, 1, 1);
            to ??= new DateOnly(from.Value.Year, 12, 31);
        }

        return from > to
            ? (null, Problems.Validation("from", "起始日期晚于结束日期 (from is after to)"))
            : (new Period(set, from.Value, to.Value, trimming.Value), null);
    }

    private static string RiskWord(RiskLevel risk) => risk switch
    {
        RiskLevel.Low => "low",
        RiskLevel.MidLow => "medium_low",
        RiskLevel.MidHigh => "medium_high",
        RiskLevel.High => "high",
        _ => "unrated",
    };
}
