using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Patients;
using TieredCare.Persistence;
using TieredCare.Referrals.Booking;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Registry;

namespace TieredCare.Web.Modules.Booking;

/// <summary>Bookings at the institutions in the user's scope, by patient, institution or day; patients masked.</summary>
public static class ListBookings
{
    public sealed record BookingListItemDto(
        long Id, string Number, BookingStatus Status, long SlotId, string InstitutionCode, string? DepartmentCode, SlotKind Kind, string? Resource,
        DateTimeOffset StartsAt, long PatientId, string PatientName, string PatientResidentId, long? ReferralId, string BookedBy, DateTimeOffset BookedAt);

    public static void Map(RouteGroupBuilder api) => api.MapGet("/bookings", HandleAsync).RequireAuthorization(Permissions.BookingRead);

    private static async Task<Results<Ok<Page<BookingListItemDto>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        long? patient, string? institution, DateOnly? date, int? page, int? pageSize, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        if (number < 1 || size is < 1 or > 500)
        {
            return Problems.Validation("page_size", "每页1-500条，页码从1开始 (page size 1-500, page from 1)");
        }

        var readable = await BookingScope.ReadableAsync(http, scopes, db, ct);
        if (institution is not null && !readable.Contains(institution))
        {
            return Problems.Forbidden($"{institution} 不在您的范围内 ({institution} is outside your scope)");
        }

        var codes = institution is null ? readable.ToList() : [institution];
        var query = db.Bookings.AsNoTracking()
            .Join(db.Slots, b => b.SlotId, s => s.Id, (b, s) => new { Booking = b, Slot = s })
            .Where(x => codes.Contains(x.Slot.InstitutionCode));
        if (patient is { } p)
        {
            query = query.Where(x => x.Booking.PatientId == p);
        }

        if (date is { } d)
        {
            var (from, to) = (new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime(),
                new DateTimeOffset(d.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime());
            query = query.Where(x => x.Slot.StartsAt >= from && x.Slot.StartsAt < to);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(x => x.Slot.StartsAt).ThenBy(x => x.Booking.Id).Skip((number - 1) * size).Take(size)
            .Join(db.Patients, x => x.Booking.PatientId, pt => pt.Id, (x, pt) => new { x.Booking, x.Slot, pt.Name, pt.ResidentId })
            .ToListAsync(ct);
        return TypedResults.Ok(new Page<BookingListItemDto>([.. rows.Select(x => new BookingListItemDto(
            x.Booking.Id, x.Booking.Number, x.Booking.Status, x.Slot.Id, x.Slot.InstitutionCode, x.Slot.DepartmentCode, x.Slot.Kind, x.Slot.Resource,
            x.Slot.StartsAt, x.Booking.PatientId, Masking.Name(x.Name), Masking.ResidentId(x.ResidentId), x.Booking.ReferralId, x.Booking.BookedBy, x.Booking.BookedAt))],
            total, number, size));
    }
}
