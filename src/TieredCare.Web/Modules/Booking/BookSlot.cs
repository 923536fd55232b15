using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Booking;
using TieredCare.Persistence.Facts;
using TieredCare.Referrals.Booking;
using TieredCare.Referrals.Lifecycle;
using TieredCare.Web.Modules.Referrals.Lifecycle;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using BookingRow = TieredCare.Persistence.Booking.Booking;

namespace TieredCare.Web.Modules.Booking;

/// <summary>
/// Books a slot. The engine's rules answer first (past slot, reserved slot without a referral, already booked); under
/// concurrency the database decides with its unique index on active bookings: one INSERT wins, the others get 409.
/// The same idempotency key from the same user returns the booking it made.
/// </summary>
public static class BookSlot
{
    public sealed record BookRequest(long? SlotId, long? PatientId, long? ReferralId, string? IdempotencyKey);

    private sealed record SlotCheck(
        long Id, string InstitutionCode, string? DepartmentCode, SlotKind Kind, string? Resource, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
        bool Reserved, DateTimeOffset ReleaseAt, bool Booked, bool PatientExists, long? HeldFor, DateTimeOffset? HeldUntil);

    // A compiled query belongs to one model; a process (the tests) may serve both providers.
    private static readonly ConcurrentDictionary<string, Func<TieredCareDbContext, long, long, DateTimeOffset, CancellationToken, Task<SlotCheck?>>> Checks = new(StringComparer.Ordinal);

    private static Task<SlotCheck?> CheckAsync(TieredCareDbContext db, long slotId, long patientId, DateTimeOffset now, CancellationToken ct) =>
        Checks.GetOrAdd(db.Database.ProviderName ?? "", _ => CompileCheck())(db, slotId, patientId, now, ct);

    // One round trip reads the slot, whether it is taken, whether the patient exists and whether a waiting-list offer holds it.
    private static Func<TieredCareDbContext, long, long, DateTimeOffset, CancellationToken, Task<SlotCheck?>> CompileCheck() =>
        EF.CompileAsyncQuery((TieredCareDbContext db, long slotId, long patientId, DateTimeOffset now, CancellationToken ct) =>
            db.Slots.Where(s => s.Id == slotId).Select(s => new SlotCheck(
                s.Id, s.InstitutionCode, s.DepartmentCode, s.Kind, s.Resource, s.StartsAt, s.EndsAt, s.Reserved, s.ReleaseAt,
                db.Bookings.Any(b => b.SlotId == s.Id && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.CheckedIn)),
                db.Patients.Any(p => p.Id == patientId),
                db.WaitingListEntries.Where(e => e.OfferedSlotId == s.Id && e.Status == WaitingStatus.Offered && e.OfferExpiresAt > now)
                    .Select(e => (long?)e.PatientId).FirstOrDefault(),
                db.WaitingListEntries.Where(e => e.OfferedSlotId == s.Id && e.Status == WaitingStatus.Offered && e.OfferExpiresAt > now)
                    .Select(e => e.OfferExpiresAt).FirstOrDefault()))
            .FirstOrDefault());

    /// <summary>
    /// On SQLite's shared cache a reader of a table the batch writer is writing gets "locked" and the driver sleeps
    /// 150 ms before it retries; this check reads uncommitted rows instead. It only decides which answer to try first:
    /// the unique index still decides who gets the slot.
    /// </summary>
    private static async Task<SlotCheck?> CheckUncommittedAsync(TieredCareDbContext db, long slotId, long patientId, DateTimeOffset now, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA read_uncommitted = 1", ct);
            return await CheckAsync(db, slotId, patientId, now, ct);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA read_uncommitted = 0", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    public static void Map(RouteGroupBuilder api) => api.MapPost("/bookings", HandleAsync).RequireAuthorization(Permissions.BookingBook);

    private static async Task<Results<Created<BookingDto>, Ok<BookingDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        BookRequest r, HttpContext http, TieredCareDbContext db, IdBlocks ids, BookingWriter writer, TimeProvider clock, CancellationToken ct)
    {
        var errors = new List<TieredCare.Registry.FieldError>();
        if (r.SlotId is null)
        {
            errors.Add(new("slot_id", "必填 (required)"));
        }

        if (r.PatientId is null)
        {
            errors.Add(new("patient_id", "必填 (required)"));
        }

        if (string.IsNullOrWhiteSpace(r.IdempotencyKey) || r.IdempotencyKey.Length > 64)
        {
            errors.Add(new("idempotency_key", "必填，最长64个字符，重试时保持不变 (required, at most 64 characters, the same on a retry)"));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var (slotId, patientId, key) = (r.SlotId!.Value, r.PatientId!.Value, r.IdempotencyKey!);
        var user = http.User.Identity!.Name!;
        var now = clock.GetUtcNow();
        var slot = writer.Batches ? await CheckUncommittedAsync(db, slotId, patientId, now, ct) : await CheckAsync(db, slotId, patientId, now, ct);
        if (slot is null)
        {
            return await ReplayAsync(db, user, r, ct) ?? NotFound("slot_id", $"号源 {slotId} 不存在 (slot {slotId} does not exist)");
        }

        if (!slot.PatientExists)
        {
            return Problems.Validation("patient_id", $"患者 {patientId} 不存在 (patient {patientId} does not exist)");
        }

        Referral? referral = null;
        if (r.ReferralId is { } referralId)
        {
            referral = await db.Referrals.AsNoTracking().FirstOrDefaultAsync(x => x.Id == referralId, ct);
            if (BookingMapping.ReferralProblem(referral, referralId, patientId, slot.InstitutionCode) is { } bad)
            {
                return await ReplayAsync(db, user, r, ct)
                    ?? (bad.Conflict ? Conflict("referral_not_accepted", bad.Message) : Problems.Validation(bad.Field, bad.Message));
            }
        }

        var engineSlot = BookingMapping.ToEngine(slot.Id, slot.InstitutionCode, slot.DepartmentCode, slot.Kind, slot.Resource, slot.StartsAt, slot.EndsAt, slot.Reserved, slot.ReleaseAt);
        var decision = BookingRules.CanBook(engineSlot, slot.Booked ? BookingStatus.Booked : null, new BookingRequest(patientId.ToString(CultureInfo.InvariantCulture),
            referral is null ? null : BookingMapping.Context(referral)), now);
        if (!decision.IsAllowed)
        {
            return await ReplayAsync(db, user, r, ct) ?? (decision.Refusal == BookingRefusalCode.AlreadyBooked
                ? AlreadyBooked()
                : Conflict(Code(decision.Refusal!.Value), BookingMapping.Text(decision.Message)));
        }

        var held = slot.HeldFor is not null;
        if (held && slot.HeldFor != patientId)
        {
            return await ReplayAsync(db, user, r, ct) ?? Conflict("held_for_waiting_list",
                $"号源已留给候补患者，{slot.HeldUntil:yyyy-MM-dd HH:mm} (UTC) 前不能预约 (the slot is held for a waiting-list patient until {slot.HeldUntil:yyyy-MM-dd HH:mm} UTC)");
        }

        var id = await ids.NextBookingIdAsync(ct);
        var booking = new BookingRow
        {
            Id = id,
            Number = string.Create(CultureInfo.InvariantCulture, $"YY{now.ToOffset(ChinaTime.Offset):yyyyMMdd}{id:D8}"),
            SlotId = slotId,
            SlotReserved = slot.Reserved,
            SlotReleaseAt = slot.ReleaseAt,
            PatientId = patientId,
            ReferralId = r.ReferralId,
            Status = BookingStatus.Booked,
            BookedBy = user,
            BookedAt = now,
            IdempotencyKey = key,
        };
        string? refused;
        if (referral is null && !held && writer.Batches)
        {
            refused = await writer.InsertAsync(booking, ct); // SQLite: one commit for many concurrent bookings
        }
        else
        {
            db.Bookings.Add(booking);
            try
            {
                refused = null;
                using var writing = await writer.EnterAsync(ct);
                if (referral is null && !held)
                {
                    await db.SaveChangesAsync(ct); // the hot path on PostgreSQL: one INSERT
                }
                else
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    await db.SaveChangesAsync(ct);
                    if (referral is not null && !await ReferralBookings.LinkAsync(db, referral, booking.Number, user, now, ct))
                    {
                        await transaction.RollbackAsync(ct);
                        db.ChangeTracker.Clear();
                        return Conflict("referral_not_accepted", $"转诊 {referral.Id} 已不是已接收状态 (referral {referral.Id} is no longer Accepted)");
                    }

                    if (held)
                    {
                        await db.WaitingListEntries.Where(e => e.OfferedSlotId == slotId && e.PatientId == patientId && e.Status == WaitingStatus.Offered)
                            .ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, WaitingStatus.Booked), ct);
                    }

                    await transaction.CommitAsync(ct);
                }
            }
            catch (DbUpdateException e)
            {
                db.ChangeTracker.Clear();
                refused = e.InnerException?.Message ?? e.Message;
            }
        }

        if (refused is not null)
        {
            if (await ReplayAsync(db, user, r, ct) is { } replay)
            {
                return replay;
            }

            if (await db.Bookings.AnyAsync(b => b.SlotId == slotId && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.CheckedIn), ct))
            {
                return AlreadyBooked();
            }

            throw new InvalidOperationException($"the database refused booking {booking.Number}: {refused}");
        }

        return TypedResults.Created($"/api/v1/booking/bookings/{id}", BookingDto.From(booking));
    }

    /// <summary>The booking this user already made with this key: 200 with it, or 409 when the key was used for another request.</summary>
    private static async Task<Results<Created<BookingDto>, Ok<BookingDto>, ValidationProblem, ProblemHttpResult>?> ReplayAsync(
        TieredCareDbContext db, string user, BookRequest r, CancellationToken ct)
    {
        var original = await db.Bookings.AsNoTracking().FirstOrDefaultAsync(b => b.BookedBy == user && b.IdempotencyKey == r.IdempotencyKey, ct);
        if (original is null)
        {
            return null;
        }

        return original.SlotId == r.SlotId && original.PatientId == r.PatientId && original.ReferralId == r.ReferralId
            ? TypedResults.Ok(BookingDto.From(original))
            : Conflict("idempotency_key_reused", $"幂等键 {r.IdempotencyKey} 已用于另一预约 {original.Number} (the idempotency key was already used for booking {original.Number} of another slot or patient)");
    }

    private static ProblemHttpResult AlreadyBooked() => Conflict("already_booked", "号源已被预约 (slot already booked)");

    private static ProblemHttpResult Conflict(string code, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "冲突 (conflict)", extensions: new Dictionary<string, object?> { ["code"] = code });

    private static ProblemHttpResult NotFound(string field, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "未找到 (not found)",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [Problems.CamelCase(field)] = [detail] } });

    private static string Code(BookingRefusalCode code) => code switch
    {
        BookingRefusalCode.SlotInPast => "slot_in_past",
        BookingRefusalCode.ReservedNotReleased => "reserved_for_referrals",
        BookingRefusalCode.ReferralDoesNotMatch => "referral_does_not_match",
        _ => "already_booked",
    };
}
