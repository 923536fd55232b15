using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TieredCare.Drg;
using TieredCare.Persistence.Import;

namespace TieredCare.Persistence.Abstracts;

/// <summary>Stores a period's grouping under one table set, replacing what that table set said before for the same abstracts.</summary>
public sealed class GroupingStore(TieredCareDbContext db)
{
    public async Task ReplaceAsync(string tableSet, IReadOnlyList<(long AbstractId, GroupingResult Result)> results, DateTimeOffset at, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var chunk in results.Select(r => r.AbstractId).Chunk(1000))
        {
            await db.DrgGroupings.Where(g => g.TableSet == tableSet && chunk.Contains(g.AbstractId)).ExecuteDeleteAsync(ct);
        }

        await using (var writer = await BulkWriter.OpenAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), "DrgGroupings",
            ["AbstractId", "TableSet", "Mdc", "Adrg", "Drg", "Status", "GroupedAt"], ct))
        {
            foreach (var (id, result) in results)
            {
                await writer.WriteAsync([id, tableSet, result.Mdc, result.Adrg, result.Drg, result.Status.ToWord(), at], ct);
            }

            await writer.CompleteAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }
}
