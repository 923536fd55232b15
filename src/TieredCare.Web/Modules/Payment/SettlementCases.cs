using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TieredCare.Drg;
using TieredCare.Payment;
using TieredCare.Payment.Dip;
using TieredCare.Persistence;
using TieredCare.Registry;
using TieredCare.Web.Modules.Drg;

namespace TieredCare.Web.Modules.Payment;

/// <summary>
/// The cases a settlement pays: the QC-passed abstracts discharged in the period, with their DRG
/// under the table set (stored, or grouped here), their hospital's level and their costs. The case
/// id is the abstract number, so a line leads back to its abstract; a case in the special-review
/// queue is flagged for it.
/// </summary>
public static class SettlementCases
{
    /// <remarks>
    /// One read of the period's QC-passed abstracts with their stored grouping and only the columns payment needs (a city
    /// year is ~800,000 rows); the few without a stored grouping under the set are grouped here from their codes.
    /// </remarks>
    public static async Task<List<SettlementCase>> LoadAsync(TieredCareDbContext db, LoadedTableSet set, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await (
            from a in db.DischargeAbstracts.AsNoTracking().Where(a => a.DischargeDate >= @from && a.DischargeDate <= to && a.QcErrors == 0)
            join g in db.DrgGroupings.Where(g => g.TableSet == set.Name) on a.Id equals g.AbstractId into stored
            from g in stored.DefaultIfEmpty()
            select new
            {
                a.Id, a.InstitutionCode, a.DischargeDate, a.TotalCost, a.SelfPay, a.Disposition, a.LosDays,
                Drg = g == null ? null : g.Drg, Status = g == null ? null : g.Status,
            }).ToListAsync(ct);
        var groupedHere = await DrgCases.GroupUnstoredAsync(db, set, [.. rows.Where(r => r.Status is null).Select(r => r.Id)], ct);
        var levels = await db.Institutions.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Level, ct);
        var specialReview = (await db.SpecialReviewRequests.AsNoTracking().Select(r => r.AbstractId).ToListAsync(ct)).ToHashSet();
        var cases = new List<SettlementCase>(rows.Count);
        foreach (var r in rows)
        {
            var (drg, status) = r.Status is { } word ? (r.Drg!, GroupingWords.ParseStatus(word)) : groupedHere[r.Id];
            cases.Add(new SettlementCase(r.Id.ToString(CultureInfo.InvariantCulture), r.InstitutionCode, LevelNumber(levels.GetValueOrDefault(r.InstitutionCode)),
                new YearMonth(r.DischargeDate.Year, r.DischargeDate.Month), drg, status, r.TotalCost ?? 0m, r.SelfPay ?? 0m, r.Disposition, r.LosDays,
                SpecialReview: specialReview.Contains(r.Id)));
        }

        return cases;
    }

    /// <summary>
    /// The same cases as DIP sees them (principal diagnosis, procedures in sequence, cost), by case id; a case
    /// whose codes DIP cannot key is a problem naming it.
    /// </summary>
    public static async Task<(Dictionary<string, DipCase> Cases, List<string> Problems)> LoadDipAsync(
        TieredCareDbContext db, IReadOnlyList<SettlementCase> cases, CancellationToken ct)
    {
        var ids = cases.Select(c => long.Parse(c.CaseId, CultureInfo.InvariantCulture)).ToList();
        var principals = new Dictionary<long, string?>();
        foreach (var chunk in ids.Chunk(1000))
        {
            foreach (var a in await db.DischargeAbstracts.AsNoTracking().Where(a => chunk.Contains(a.Id)).Select(a => new { a.Id, a.PrincipalDiagnosis }).ToListAsync(ct))
            {
                principals[a.Id] = a.PrincipalDiagnosis;
            }
        }

        var procedures = await DrgCases.ProceduresAsync(db, ids, ct);
        var dip = new Dictionary<string, DipCase>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var c in cases)
        {
            var id = long.Parse(c.CaseId, CultureInfo.InvariantCulture);
            try
            {
                dip[c.CaseId] = new DipCase(c.CaseId, c.Hospital, c.HospitalLevel, principals.GetValueOrDefault(id) ?? "", [.. procedures.GetValueOrDefault(id, [])], c.TotalCost, c.SelfPay);
            }
            catch (ArgumentException e)
            {
                problems.Add($"case {c.CaseId}: {e.Message}");
            }
        }

        return (dip, problems);
    }

    /// <summary>3 tertiary, 2 secondary, 1 primary, 0 unrated (which takes the policy's default outlier multiple).</summary>
    public static int LevelNumber(InstitutionLevel level) => (int)level;
}
