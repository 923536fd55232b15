using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TieredCare.Persistence.Import;

namespace TieredCare.Persistence.Payment;

/// <summary>Stores a settlement run with its hospital statements, monthly advances and case lines in one transaction (case lines by bulk copy).</summary>
public sealed class SettlementStore(TieredCareDbContext db)
{
    public async Task<long> SaveAsync(
        SettlementRun run, IReadOnlyList<SettlementHospitalLine> hospitals, IReadOnlyList<SettlementAdvanceLine> advances, IEnumerable<SettlementCaseLine> lines,
        CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.SettlementRuns.Add(run);
        await db.SaveChangesAsync(ct);
        foreach (var h in hospitals)
        {
            h.RunId = run.Id;
        }

        foreach (var a in advances)
        {
            a.RunId = run.Id;
        }

        db.SettlementHospitalLines.AddRange(hospitals);
        db.SettlementAdvanceLines.AddRange(advances);
        await db.SaveChangesAsync(ct);
        await using (var writer = await BulkWriter.OpenAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), "SettlementCaseLines",
            ["RunId", "AbstractId", "InstitutionCode", "Drg", "Rule", "Points", "Amount"], ct))
        {
            foreach (var l in lines)
            {
                await writer.WriteAsync([run.Id, l.AbstractId, l.InstitutionCode, l.Drg, l.Rule, l.Points, l.Amount], ct);
            }

            await writer.CompleteAsync(ct);
        }

        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return run.Id;
    }
}
