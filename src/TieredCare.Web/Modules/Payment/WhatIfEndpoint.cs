using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Payment;
using TieredCare.Persistence;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Modules.Drg;

namespace TieredCare.Web.Modules.Payment;

/// <summary>Policy what-if: the same period settled under the policy and under the policy with some parameters changed, hospital by hospital. Nothing is stored.</summary>
public static class WhatIfEndpoint
{
    /// <param name="PerDiemRates">Per-diem groups (a DRG or ADRG prefix) and their rate per bed-day in 元; a group not in the policy becomes per-diem.</param>
    public sealed record Changes(
        decimal? Budget, Dictionary<string, decimal>? HospitalCoefficients, Dictionary<string, decimal>? HighOutlierMultiples, decimal? LowOutlierRatio,
        decimal? FeeForServiceRate, Dictionary<string, decimal>? PerDiemRates);

    public sealed record WhatIfRequest(DateOnly? From, DateOnly? To, string? TableSet, JsonElement? Policy, Changes? Changes);

    public sealed record TotalsDto(decimal PointValue, decimal Due);

    public sealed record HospitalDto(string InstitutionCode, string? InstitutionName, decimal DueBase, decimal DueChanged, decimal Difference, decimal PointsBase, decimal PointsChanged);

    public sealed record RuleChangeDto(string From, string To, int Cases);

    public sealed record WhatIfDto(TotalsDto Base, TotalsDto Changed, IReadOnlyList<HospitalDto> Hospitals, IReadOnlyList<RuleChangeDto> RuleChanges);

    /// <summary>A computed what-if: the request's period and table set, the two policies, the changes asked for and the comparison as answered.</summary>
    internal sealed record Outcome(DateOnly From, DateOnly To, string TableSet, PaymentPolicy Base, PaymentPolicy Changed, Changes? Changes, WhatIfDto Result);

    public static void Map(RouteGroupBuilder api) => api.MapPost("/payment/what-if", WhatIfAsync);

    private static async Task<Results<Ok<WhatIfDto>, ValidationProblem>> WhatIfAsync(
        WhatIfRequest request, DrgTableSets sets, TieredCareDbContext db, CancellationToken ct)
    {
        var (outcome, problem) = await ComputeAsync(request, sets, db, ct);
        return outcome is null ? problem! : TypedResults.Ok(outcome.Result);
    }

    /// <summary>
    /// Settles the period under the policy and under the changed policy and compares them; the one computation behind
    /// <c>POST /payment/what-if</c> and its Excel export. A problem names the item: <c>from</c>, <c>policy</c>, <c>table_set</c>,
    /// <c>changes</c> (<c>changes.perDiemRates</c> for a per-diem group) or <c>cases</c>.
    /// </summary>
    internal static async Task<(Outcome? Outcome, ValidationProblem? Problem)> ComputeAsync(
        WhatIfRequest request, DrgTableSets sets, TieredCareDbContext db, CancellationToken ct)
    {
        if (request.From is not { } from || request.To is not { } to || from > to)
        {
            return (null, Problems.Validation("from", "请给出模拟期间 from ≤ to (give the period, from ≤ to)"));
        }

        var (policy, problem) = Settlements.ReadPolicy(request.Policy, null);
        if (policy is null)
        {
            return (null, problem!);
        }

        var set = sets.Find(request.TableSet);
        if (set is null)
        {
            return (null, Problems.Validation("table_set", $"没有这个分组方案 (no such table set): '{request.TableSet}'"));
        }

        var c = request.Changes;
        var changed = policy with
        {
            Version = policy.Version + "+what-if",
            Budget = c?.Budget ?? policy.Budget,
            HospitalCoefficients = c?.HospitalCoefficients is { } k ? policy.HospitalCoefficients.SetItems(k) : policy.HospitalCoefficients,
            HighOutlierMultiples = c?.HighOutlierMultiples is { } h ? policy.HighOutlierMultiples.SetItems(h) : policy.HighOutlierMultiples,
            LowOutlierRatio = c?.LowOutlierRatio ?? policy.LowOutlierRatio,
            FeeForServiceRate = c?.FeeForServiceRate ?? policy.FeeForServiceRate,
            PerDiemRates = c?.PerDiemRates is { } rates ? policy.PerDiemRates.SetItems(rates) : policy.PerDiemRates,
        };
        var problems = changed.Problems();
        if (problems.Count > 0)
        {
            return (null, Problems.Validation([.. problems.Select(p => new FieldError(ChangeField(p), p))]));
        }

        var cases = await SettlementCases.LoadAsync(db, set, from, to, ct);
        WhatIfComparison comparison;
        try
        {
            comparison = WhatIf.Compare(DrgPointSettlement.Settle(cases, policy), DrgPointSettlement.Settle(cases, changed));
        }
        catch (SettlementException e)
        {
            return (null, Problems.Validation([.. e.Problems.Select(p => new FieldError("cases", p))]));
        }

        var names = await db.Institutions.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Name, ct);
        var result = new WhatIfDto(
            new TotalsDto(Rounding.PointValue(comparison.PointValueA), comparison.TotalDueA),
            new TotalsDto(Rounding.PointValue(comparison.PointValueB), comparison.TotalDueB),
            [.. comparison.Hospitals.Select(x => new HospitalDto(x.Hospital, names.GetValueOrDefault(x.Hospital), x.DueA, x.DueB, x.Difference,
                Rounding.Points(x.PointsA), Rounding.Points(x.PointsB)))],
            [.. comparison.RuleChanges.Select(r => new RuleChangeDto(r.From.ToWord(), r.To.ToWord(), r.Cases))]);
        return (new Outcome(from, to, set.Name, policy, changed, c, result), null);
    }

    /// <summary>The request field a problem of the changed policy is about: a per-diem group's is <c>changes.perDiemRates</c>.</summary>
    private static string ChangeField(string problem) =>
        problem.StartsWith("perDiem.", StringComparison.Ordinal) ? "changes.perDiemRates" : "changes";
}
