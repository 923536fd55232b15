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
    public static async Task<List<SettlementCase>> LoadAsync(TieredCareDbContext db, LoadedTableSet set, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var grouped = await DrgCases.LoadAsync(db, set, from, to, null, ct);
        var byId = grouped.Cases.ToDictionary(c => long.Parse(c.CaseId, CultureInfo.InvariantCulture));
        var facts = await db.DischargeAbstracts.AsNoTracking()
            .Where(a => a.DischargeDate >= from && a.DischargeDate <= to && a.QcErrors == 0)
            .Select(a => new { a.Id, a.DischargeDate, a.SelfPay, a.Disposition })
            .ToListAsync(ct);
        var levels = await db.Institutions.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Level, ct);
        var specialReview = (await db.SpecialReviewRequests.AsNoTracking().Select(r => r.AbstractId).ToListAsync(ct)).ToHashSet();
        var cases = new List<SettlementCase>(facts.Count);
        foreach (var f in facts)
        {
            if (!byId.TryGetValue(f.Id, out var c))
            {
                continue; // replaced by an upload between the two reads; the next settlement sees it
            }

            cases.Add(new SettlementCase(c.CaseId, c.Hospital, LevelNumber(levels.GetValueOrDefault(c.Hospital)),
                new YearMonth(f.DischargeDate.Year, f.DischargeDate.Month), c.Drg, c.Status, c.TotalCost ?? 0m, f.SelfPay ?? 0m, f.Disposition, c.LosDays, SpecialReview: specialReview.Contains(f.Id)));
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
