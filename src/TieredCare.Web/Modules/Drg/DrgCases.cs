using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using TieredCare.Drg;
using TieredCare.Drg.Analytics;
using TieredCare.Persistence;

namespace TieredCare.Web.Modules.Drg;

/// <summary>The QC-passed abstracts of a period as grouped cases under one table set.</summary>
/// <param name="QcFailed">Abstracts of the period left out because they failed QC, by institution.</param>
public sealed record PeriodCases(IReadOnlyList<GroupedCase> Cases, IReadOnlyDictionary<string, int> QcFailed);

/// <summary>
/// Reads a period's abstracts as grouping cases. A stored grouping under the table set is used as
/// it is; an abstract without one is grouped here (grouping is pure and takes microseconds), so a
/// profile never depends on whether someone stored the period's grouping first.
/// </summary>
public static class DrgCases
{
    public static async Task<PeriodCases> LoadAsync(TieredCareDbContext db, LoadedTableSet set, DateOnly from, DateOnly to, string? institution, CancellationToken ct)
    {
        var abstracts = db.DischargeAbstracts.AsNoTracking().Where(a => a.DischargeDate >= from && a.DischargeDate <= to);
        if (institution is not null)
        {
            abstracts = abstracts.Where(a => a.InstitutionCode == institution);
        }

        var rows = await (
            from a in abstracts
            join g in db.DrgGroupings.Where(g => g.TableSet == set.Name) on a.Id equals g.AbstractId into stored
            from g in stored.DefaultIfEmpty()
            select new
            {
                a.Id, a.InstitutionCode, a.DepartmentCode, a.QcErrors, a.TotalCost, a.LosDays, a.Disposition,
                a.Sex, a.AgeYears, a.AgeDays, a.NewbornWeightGrams, a.PrincipalDiagnosis, a.OtherDiagnoses,
                Drg = g == null ? null : g.Drg, Status = g == null ? null : g.Status,
            }).ToListAsync(ct);

        var qcFailed = rows.Where(r => r.QcErrors > 0).GroupBy(r => r.InstitutionCode).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var ungrouped = rows.Where(r => r.QcErrors == 0 && r.Status is null).Select(r => r.Id).ToList();
        var procedures = await ProceduresAsync(db, ungrouped, ct);
        var cases = new List<GroupedCase>(rows.Count);
        foreach (var r in rows.Where(r => r.QcErrors == 0))
        {
            var (drg, status) = r.Status is { } word
                ? (r.Drg!, GroupingWords.ParseStatus(word))
                : Group(new GroupingRecord((int?)r.Sex, r.AgeYears, r.AgeDays, r.NewbornWeightGrams,
                    Diagnoses(r.PrincipalDiagnosis, r.OtherDiagnoses), procedures.GetValueOrDefault(r.Id, [])), set.Tables);
            cases.Add(new GroupedCase(r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.InstitutionCode, r.DepartmentCode ?? "",
                drg, status, r.TotalCost, r.LosDays, GroupedCase.IsDeath(r.Disposition)));
        }

        return new PeriodCases(cases, qcFailed);
    }

    /// <summary>Groups abstracts that have no stored grouping under the table set, by id: their DRG and status.</summary>
    public static async Task<Dictionary<long, (string Drg, GroupingStatus Status)>> GroupUnstoredAsync(
        TieredCareDbContext db, LoadedTableSet set, IReadOnlyCollection<long> abstractIds, CancellationToken ct)
    {
        var result = new Dictionary<long, (string, GroupingStatus)>(abstractIds.Count);
        var procedures = await ProceduresAsync(db, abstractIds, ct);
        foreach (var chunk in abstractIds.Chunk(1000))
        {
            var rows = await db.DischargeAbstracts.AsNoTracking().Where(a => chunk.Contains(a.Id))
                .Select(a => new { a.Id, a.Sex, a.AgeYears, a.AgeDays, a.NewbornWeightGrams, a.PrincipalDiagnosis, a.OtherDiagnoses }).ToListAsync(ct);
            foreach (var r in rows)
            {
                result[r.Id] = Group(new GroupingRecord((int?)r.Sex, r.AgeYears, r.AgeDays, r.NewbornWeightGrams,
                    Diagnoses(r.PrincipalDiagnosis, r.OtherDiagnoses), procedures.GetValueOrDefault(r.Id, [])), set.Tables);
            }
        }

        return result;
    }

    public static ImmutableArray<string> Diagnoses(string? principal, string others) =>
        principal is null ? [] : [principal, .. others.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Each abstract's procedure codes in sequence order, main procedure first.</summary>
    public static async Task<Dictionary<long, ImmutableArray<string>>> ProceduresAsync(TieredCareDbContext db, IReadOnlyCollection<long> abstractIds, CancellationToken ct)
    {
        var result = new Dictionary<long, ImmutableArray<string>>();
        foreach (var chunk in abstractIds.Chunk(1000))
        {
            var rows = await db.DischargeProcedures.AsNoTracking().Where(p => chunk.Contains(p.AbstractId))
                .Select(p => new { p.AbstractId, p.Sequence, p.Code }).ToListAsync(ct);
            foreach (var group in rows.GroupBy(p => p.AbstractId))
            {
                result[group.Key] = [.. group.OrderBy(p => p.Sequence).Select(p => p.Code)];
            }
        }

        return result;
    }

    private static (string Drg, GroupingStatus Status) Group(GroupingRecord record, DrgTableSet tables)
    {
        var result = DrgGrouper.GroupFast(record, tables);
        return (result.Drg, result.Status);
    }
}
