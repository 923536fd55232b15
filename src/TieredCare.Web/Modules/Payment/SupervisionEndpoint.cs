using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Supervision;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Modules.Drg;

namespace TieredCare.Web.Modules.Payment;

/// <summary>
/// Fund supervision (医保基金监管): the period's QC-passed abstracts ranked for review — split
/// admissions, up-coding, abnormal stays — each with its evidence. The ranking is a list of what to
/// look at first, not a finding of fraud.
/// </summary>
public static class SupervisionEndpoint
{
    public sealed record FindingDto(string Kind, string KindName, double Score, IReadOnlyList<string> CaseIds, string Evidence, string EvidenceEn, IReadOnlyDictionary<string, string> Facts);

    public sealed record CaseDto(int Rank, string CaseId, string InstitutionCode, string? InstitutionName, string? Department, string Drg, decimal TotalCost, double Score, IReadOnlyList<FindingDto> Findings);

    public sealed record HospitalDto(
        int Rank, string InstitutionCode, string? InstitutionName, int Cases, int FlaggedCases, double FlaggedCasesPer1000, double Score, decimal SuspiciousCost,
        IReadOnlyList<FindingDto> Findings);

    public sealed record SupervisionDto(DateOnly From, DateOnly To, string TableSet, int Cases, IReadOnlyDictionary<string, int> FindingsByKind, IReadOnlyList<HospitalDto> Hospitals, IReadOnlyList<CaseDto> RankedCases);

    public static void Map(RouteGroupBuilder api) => api.MapGet("/payment/supervision", SuperviseAsync);

    private static async Task<Results<Ok<SupervisionDto>, ValidationProblem>> SuperviseAsync(
        DateOnly? from, DateOnly? to, string? tableSet, int? top, DrgTableSets sets, TieredCareDbContext db, CancellationToken ct)
    {
        if (from is not { } start || to is not { } end || start > end)
        {
            return Problems.Validation("from", "请给出出院日期范围 from ≤ to (give the discharge period, from ≤ to)");
        }

        var limit = top ?? 200;
        if (limit is < 1 or > 5000)
        {
            return Problems.Validation("top", "top 须在1-5000之间 (top must be 1-5000)");
        }

        var set = sets.Find(tableSet);
        if (set is null)
        {
            return Problems.Validation("table_set", $"没有这个分组方案 (no such table set): '{tableSet}'");
        }

        var grouped = (await DrgCases.LoadAsync(db, set, start, end, null, ct)).Cases.ToDictionary(c => c.CaseId);
        var abstracts = await db.DischargeAbstracts.AsNoTracking()
            .Where(a => a.DischargeDate >= start && a.DischargeDate <= end && a.QcErrors == 0)
            .Select(a => new { a.Id, a.PatientId, a.AdmissionDate, a.DischargeDate, a.LosDays, a.PrincipalDiagnosis, a.OtherDiagnoses, a.Disposition, a.AdmissionRoute })
            .ToListAsync(ct);
        var cases = abstracts.Where(a => grouped.ContainsKey(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Select(a =>
        {
            var id = a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var c = grouped[id];
            // An abstract without a patient number cannot be linked to another stay: it gets one of its own.
            return new SupervisedCase(id, c.Hospital, c.Department, a.PatientId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? $"unlinked-{id}",
                a.AdmissionDate, a.DischargeDate, a.LosDays ?? Math.Max(1, a.DischargeDate.DayNumber - a.AdmissionDate.DayNumber), c.Drg,
                a.PrincipalDiagnosis ?? "", DrgCases.Diagnoses(a.PrincipalDiagnosis, a.OtherDiagnoses).Skip(1).ToList(), c.TotalCost ?? 0m, a.Disposition, a.AdmissionRoute);
        }).ToList();

        var report = SupervisionReport.Build(cases, new SupervisionOptions { Complications = set.Complications });
        var names = await db.Institutions.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Name, ct);
        static FindingDto Finding(Finding f) => new(f.Kind.ToWord(), f.Kind.ToChinese(), f.Score, f.CaseIds, f.Evidence.Chinese, f.Evidence.English, f.Facts);
        return TypedResults.Ok(new SupervisionDto(start, end, set.Name, cases.Count,
            report.Summary.FindingsByKind.ToDictionary(k => k.Key.ToWord(), k => k.Value),
            [.. report.Hospitals.Where(h => h.FlaggedCases > 0).Select(h => new HospitalDto(h.Rank, h.Hospital, names.GetValueOrDefault(h.Hospital), h.Cases, h.FlaggedCases,
                h.FlaggedCasesPer1000, h.Score, h.SuspiciousCost, [.. h.HospitalFindings.Select(Finding)]))],
            [.. report.Cases.Take(limit).Select(c => new CaseDto(c.Rank, c.CaseId, c.Hospital, names.GetValueOrDefault(c.Hospital), c.Department, c.Drg, c.TotalCost,
                c.Score, [.. c.Findings.Select(Finding)]))]));
    }
}
