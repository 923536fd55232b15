using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TieredCare.Persistence.Booking;

/// <summary>
/// Writes bookings. SQLite takes one writer at a time and, in WAL mode with full sync, pays a disk flush per commit, so
/// there concurrent bookings are queued and written in batches: one transaction per batch, each booking under its own
/// savepoint, so that a booking the database refuses (a slot already booked, a reused key) is rolled back alone and the
/// others commit together with one flush. PostgreSQL writes concurrently and commits each booking itself
/// (<see cref="Batches"/> is false). Other booking writes on SQLite take the same gate (<see cref="EnterAsync"/>).
/// </summary>
public sealed class BookingWriter : IDisposable
{
    private const int MaxBatch = 256;
    private static readonly DateTimeOffsetToBinaryConverter Instants = new();
    private readonly IDbContextFactory<TieredCareDbContext> contexts;
    private readonly SemaphoreSlim? gate;
    private readonly Channel<Pending>? queue;

    public BookingWriter(DatabaseOptions database, IDbContextFactory<TieredCareDbContext> contexts)
    {
        this.contexts = contexts;
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            gate = new SemaphoreSlim(1, 1);
            queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
            _ = Task.Run(WriteBatchesAsync);
        }
    }

    /// <summary>True on SQLite: <see cref="InsertAsync"/> queues the booking for the next batch.</summary>
    public bool Batches => queue is not null;

    /// <summary>Inserts a booking in the next batch; null when it was stored, else the database's reason for refusing it.</summary>
    public Task<string?> InsertAsync(Booking booking, CancellationToken ct)
    {
        var pending = new Pending(booking, new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue!.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("the booking writer has stopped");
        }

        return pending.Done.Task.WaitAsync(ct);
    }

    /// <summary>Serialises another booking write with the batches on SQLite; a no-op on PostgreSQL.</summary>
    public async ValueTask<Releaser> EnterAsync(CancellationToken ct)
    {
        if (gate is not null)
        {
            await gate.WaitAsync(ct);
        }

        return new Releaser(gate);
    }

    public void Dispose()
    {
        queue?.Writer.TryComplete();
        gate?.Dispose();
    }

    private async Task WriteBatchesAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await queue!.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            await gate!.WaitAsync();
            try
            {
                await using var db = await contexts.CreateDbContextAsync();
                await db.Database.OpenConnectionAsync();
                var connection = (SqliteConnection)db.Database.GetDbConnection();
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
                var results = Write(connection, transaction, batch);
                await transaction.CommitAsync();
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(results[i]);
                }
            }
            catch (Exception e)
            {
                foreach (var p in batch)
                {
                    p.Done.TrySetException(e);
                }
            }
            finally
            {
                gate.Release();
                batch.Clear();
            }
        }
    }

    // Synchronous on purpose: SQLite has no async I/O, and this is the hot loop.
    private static string?[] Write(SqliteConnection connection, SqliteTransaction transaction, List<Pending> batch)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO "Bookings" ("Id", "Number", "SlotId", "SlotReserved", "SlotReleaseAt", "PatientId", "ReferralId", "Status", "BookedBy", "BookedAt", "IdempotencyKey")
            VALUES ($id, $number, $slot, $reserved, $release, $patient, $referral, $status, $by, $at, $key)
            """;
        string[] names = ["$id", "$number", "$slot", "$reserved", "$release", "$patient", "$referral", "$status", "$by", "$at", "$key"];
        foreach (var name in names)
        {
            insert.Parameters.Add(new SqliteParameter(name, null));
        }

        insert.Prepare();
        using var savepoint = connection.CreateCommand();
        savepoint.Transaction = transaction;
        var results = new string?[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var b = batch[i].Booking;
            object?[] values = [b.Id, b.Number, b.SlotId, b.SlotReserved, Instants.ConvertToProvider(b.SlotReleaseAt.ToUniversalTime()), b.PatientId,
                b.ReferralId, b.Status.ToString(), b.BookedBy, Instants.ConvertToProvider(b.BookedAt.ToUniversalTime()), b.IdempotencyKey];
            for (var j = 0; j < values.Length; j++)
            {
                insert.Parameters[j].Value = values[j] ?? DBNull.Value;
            }

            savepoint.CommandText = "SAVEPOINT booking";
            savepoint.ExecuteNonQuery();
            try
            {
                insert.ExecuteNonQuery();
                savepoint.CommandText = "RELEASE booking";
            }
            catch (SqliteException e) when (e.SqliteErrorCode == 19) // SQLITE_CONSTRAINT: unique, foreign key or check
            {
                results[i] = e.Message;
                savepoint.CommandText = "ROLLBACK TO booking; RELEASE booking";
            }

            savepoint.ExecuteNonQuery();
        }

        return results;
    }

    private sealed record Pending(Booking Booking, TaskCompletionSource<string?> Done);

    public readonly struct Releaser(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
