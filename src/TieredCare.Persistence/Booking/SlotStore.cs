using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TieredCare.Persistence.Import;

namespace TieredCare.Persistence.Booking;

/// <summary>Stores a published schedule and its slots in one transaction, the slots by bulk copy.</summary>
public sealed class SlotStore(TieredCareDbContext db, IdBlocks ids, BookingWriter writer)
{
    private static readonly string[] Columns =
        ["Id", "ScheduleId", "Key", "InstitutionCode", "DepartmentCode", "Kind", "Resource", "StartsAt", "EndsAt", "Reserved", "ReleaseAt"];

    /// <summary>Saves the schedule and its slots; returns the id of the first slot (the slots' ids are consecutive).</summary>
    public async Task<long> SaveAsync(Schedule schedule, IReadOnlyList<Slot> slots, CancellationToken ct)
    {
        var first = slots.Count == 0 ? 0 : await ids.ReserveAsync(IdBlocks.Slots, slots.Count, ct);
        using var writing = await writer.EnterAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Schedules.Add(schedule);
        await db.SaveChangesAsync(ct);
        await using (var writer = await BulkWriter.OpenAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), "Slots", Columns, ct))
        {
            var id = first;
            foreach (var s in slots)
            {
                s.Id = id++;
                s.ScheduleId = schedule.Id;
                await writer.WriteAsync(
                    [s.Id, s.ScheduleId, s.Key, s.InstitutionCode, s.DepartmentCode, s.Kind.ToString(), s.Resource,
                        s.StartsAt.ToUniversalTime(), s.EndsAt.ToUniversalTime(), s.Reserved, s.ReleaseAt.ToUniversalTime()], ct);
            }

            await writer.CompleteAsync(ct);
        }

        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return first;
    }
}
