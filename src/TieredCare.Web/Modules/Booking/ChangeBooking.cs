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
using TieredCare.Web.Modules.Abstracts;

namespace TieredCare.Web.Modules.Booking;

/// <summary>
/// Cancel, check in, mark a no-show — as the engine's transitions allow. The slot's institution does all three; the
/// user who booked may also cancel. A cancellation frees the slot and offers it to the waiting list.
/// </summary>
public static class ChangeBooking
{
    public sealed record ChangeResultDto(BookingDto Booking, WaitingLists.WaitingEntryDto? OfferedTo);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/bookings/{id:long}/cancel", (long id, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, TimeProvider clock, BookingPolicy policy, BookingWriter writer, CancellationToken ct) =>
            HandleAsync(id, BookingAction.Cancel, http, scopes, db, clock, policy, writer, ct)).RequireAuthorization(Permissions.BookingBook);
        api.MapPost("/bookings/{id:long}/check-in", (long id, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, TimeProvider clock, BookingPolicy policy, BookingWriter writer, CancellationToken ct) =>
            HandleAsync(id, BookingAction.CheckIn, http, scopes, db, clock, policy, writer, ct)).RequireAuthorization(Permissions.BookingBook);
        api.MapPost("/bookings/{id:long}/no-show", (long id, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, TimeProvider clock, BookingPolicy policy, BookingWriter writer, CancellationToken ct) =>
            HandleAsync(id, BookingAction.MarkNoShow, http, scopes, db, clock, policy, writer, ct)).RequireAuthorization(Permissions.BookingBook);
    }

    private static async Task<Results<Ok<ChangeResultDto>, ProblemHttpResult>> HandleAsync(
        long id, BookingAction action, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, TimeProvider clock, BookingPolicy policy, BookingWriter writer, CancellationToken ct)
    {
        var found = await db.Bookings.Where(b => b.Id == id)
            .Join(db.Slots, b => b.SlotId, s => s.Id, (b, s) => new { Booking = b, Slot = s })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Problems.NotFound($"预约 {id} 不存在 (booking {id} does not exist)");
        }

        var (booking, slot) = (found.Booking, found.Slot);
        var user = http.User();
        var desk = (await AbstractScope.InstitutionsAsync(http, scopes, db, ct)).Contains(slot.InstitutionCode);
        if (!desk && !(action == BookingAction.Cancel && string.Equals(booking.BookedBy, user.UserName, StringComparison.Ordinal)))
        {
            return Problems.Forbidden(action == BookingAction.Cancel
                ? $"只有预约人或 {slot.InstitutionCode} 可以取消该预约 (only the user who booked or {slot.InstitutionCode} may cancel this booking)"
                : $"只有 {slot.InstitutionCode} 可以办理签到或登记爽约 (only {slot.InstitutionCode} may check in or record a no-show)");
        }

        var now = clock.GetUtcNow();
        var result = BookingTransitions.Apply(booking.Status, action, BookingMapping.ToEngine(slot), now, policy);
        if (!result.IsAllowed)
        {
            return TypedResults.Problem(BookingMapping.Text(result.Message), statusCode: StatusCodes.Status409Conflict, title: "冲突 (conflict)",
                extensions: new Dictionary<string, object?> { ["code"] = "illegal_transition", ["currentStatus"] = result.Current });
        }

        var next = result.Next!.Value;
        using var writing = await writer.EnterAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Bookings.Where(b => b.Id == id && b.Status == BookingStatus.Booked).ExecuteUpdateAsync(u => u
            .SetProperty(b => b.Status, next)
            .SetProperty(b => b.CheckedInAt, b => next == BookingStatus.CheckedIn ? now : b.CheckedInAt)
            .SetProperty(b => b.CancelledAt, b => next == BookingStatus.Cancelled ? now : b.CancelledAt)
            .SetProperty(b => b.NoShowAt, b => next == BookingStatus.NoShow ? now : b.NoShowAt), ct);
        if (changed == 0)
        {
            return Problems.Conflict($"预约 {booking.Number} 已被他人变更 (booking {booking.Number} was changed meanwhile; reload it)");
        }

        WaitingLists.WaitingEntryDto? offered = null;
        if (next == BookingStatus.Cancelled)
        {
            // A referral whose booking is cancelled is accepted again and can be booked again; one already past its
            // booking (arrived, completed) keeps its state.
            if (booking.ReferralId is { } referralId)
            {
                await ReferralLifecycleStep.ApplyAsync(db, referralId, new UnscheduleReferral(), user.UserName, now, ct);
            }

            offered = await WaitingLists.OfferAsync(db, slot, now, ct);
        }

        await transaction.CommitAsync(ct);
        booking.Status = next;
        booking.CheckedInAt = next == BookingStatus.CheckedIn ? now : booking.CheckedInAt;
        booking.CancelledAt = next == BookingStatus.Cancelled ? now : booking.CancelledAt;
        booking.NoShowAt = next == BookingStatus.NoShow ? now : booking.NoShowAt;
        return TypedResults.Ok(new ChangeResultDto(BookingDto.From(booking), offered));
    }
}
