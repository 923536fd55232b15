using Microsoft.EntityFrameworkCore;

namespace TieredCare.Persistence.Audit;

/// <summary>What happened to which record, by whom and why; the log adds time and the chain.</summary>
public sealed record AuditRecord(string UserName, string Action, string EntityType, string EntityKey, long? PatientId = null, string? Reason = null);

/// <summary>
/// Appends to the hash-chained audit log. Each append is its own short transaction so a read
/// is recorded even when nothing else is written; appends are serialised in-process and the
/// sequence primary key catches a second server racing for the same number.
/// </summary>
public sealed class AuditLog(IDbContextFactory<TieredCareDbContext> contexts, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var last = await db.AuditEntries.AsNoTracking()
                    .OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash })
                    .FirstOrDefaultAsync(cancellationToken);
                var entry = new AuditEntry
                {
                    Sequence = (last?.Sequence ?? 0) + 1,
                    At = ToStoredPrecision(clock.GetUtcNow()),
                    UserName = record.UserName,
                    Action = record.Action,
                    EntityType = record.EntityType,
                    EntityKey = record.EntityKey,
                    PatientId = record.PatientId,
                    Reason = record.Reason,
                    PreviousHash = last?.Hash ?? AuditChain.GenesisHash,
                    Hash = "",
                };
                entry.Hash = AuditChain.ComputeHash(entry);
                db.AuditEntries.Add(entry);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return entry;
                }
                catch (DbUpdateException) when (attempt < 5)
                {
                    // Another server took this sequence number; read the new tail and try again.
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    // Both providers keep at least milliseconds; hashing a finer instant would not survive the round trip.
    private static DateTimeOffset ToStoredPrecision(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    public async Task<AuditChain.VerificationResult> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable();
        var verifier = new AuditChain.Verifier();
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            if (!verifier.Check(entry))
            {
                break;
            }
        }

        return verifier.Result;
    }

    public void Dispose() => gate.Dispose();
}
