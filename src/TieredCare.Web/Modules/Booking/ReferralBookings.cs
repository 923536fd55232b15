using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Facts;
using TieredCare.Referrals.Booking;
using TieredCare.Referrals.Lifecycle;
using TieredCare.Web.Modules.Referrals.Lifecycle;

namespace TieredCare.Web.Modules.Booking;

/// <summary>
/// How a referral and its booking move together. The referring doctor may book a reserved slot while submitting the
/// referral (one flow, the patient leaves with a booking number): the booking is linked at once and the referral is
/// scheduled when the hospital accepts it. A booking made after acceptance schedules it at once. When the referral is
/// rejected, cancelled or expires, its booking is cancelled and the slot offered to the waiting list.
/// </summary>
public static class ReferralBookings
{
    /// <summary>Links a new booking to its referral inside the booking's transaction; false when the referral moved meanwhile.</summary>
    public static async Task<bool> LinkAsync(TieredCareDbContext db, Referral referral, string bookingNumber, string by, DateTimeOffset at, CancellationToken ct)
    {
        if (referral.Status == ReferralStatus.Accepted)
        {
            return await ReferralLifecycleStep.ApplyAsync(db, referral.Id, new ScheduleReferral(bookingNumber), by, at, ct);
        }

        // Submitted: the booking waits for the hospital's answer; the state does not change.
        return await db.Referrals.Where(r => r.Id == referral.Id && r.Status == ReferralStatus.Submitted && r.BookingReference == null)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.BookingReference, bookingNumber), ct) == 1;
    }

    /// <summary>After a referral is accepted: schedules it when a booking was made with it.</summary>
    public static async Task ScheduleIfBookedAsync(TieredCareDbContext db, Referral referral, string by, DateTimeOffset at, CancellationToken ct)
    {
        if (referral.Status == ReferralStatus.Accepted && referral.BookingReference is { } number)
        {
            await ReferralLifecycleStep.ApplyAsync(db, referral.Id, new ScheduleReferral(number), by, at, ct);
        }
    }

    /// <summary>After a referral is rejected, cancelled or expired: cancels its active booking and offers the slot to the waiting list.</summary>
    public static async Task ReleaseAsync(TieredCareDbContext db, long referralId, DateTimeOffset at, CancellationToken ct)
    {
        var booking = await db.Bookings.FirstOrDefaultAsync(b => b.ReferralId == referralId && b.Status == BookingStatus.Booked, ct);
        if (booking is null)
        {
            return;
        }

        booking.Status = BookingStatus.Cancelled;
        booking.CancelledAt = at;
        await db.SaveChangesAsync(ct);
        var slot = await db.Slots.FirstAsync(s => s.Id == booking.SlotId, ct);
        await WaitingLists.OfferAsync(db, slot, at, ct);
    }
}
