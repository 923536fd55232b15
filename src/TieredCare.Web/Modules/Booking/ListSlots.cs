using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Referrals.Booking;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Registry;

namespace TieredCare.Web.Modules.Booking;

/// <summary>
/// Slots region-wide, in time order; each says whether it is reserved for referrals, when it is released, and whether it
/// is free now for the public and for a referral. <c>free=true</c> keeps the slots a booking could take now (with
/// <c>forReferral=true</c> also the reserved ones).
/// </summary>
public static class ListSlots
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/slots", HandleAsync).RequireAuthorization(Permissions.BookingRead);

    private static async Task<Results<Ok<Page<SlotDto>>, ValidationProblem>> HandleAsync(
        string? institution, string? department, SlotKind? kind, string? resource, DateOnly? from, DateOnly? to, bool? free, bool? forReferral,
        int? page, int? pageSize, TieredCareDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (number, size) = (page ?? 1, pageSize ?? 100);
        if (number < 1 || size is < 1 or > 1000)
        {
            return Problems.Validation("page_size", "每页1-1000条，页码从1开始 (page size 1-1000, page from 1)");
        }

        var now = clock.GetUtcNow();
        var query = db.Slots.AsNoTracking();
        if (institution is not null)
        {
            query = query.Where(s => s.InstitutionCode == institution);
        }

        if (department is not null)
        {
            query = query.Where(s => s.DepartmentCode == department);
        }

        if (kind is not null)
        {
            query = query.Where(s => s.Kind == kind);
        }

        if (resource is not null)
        {
            var stored = kind == SlotKind.Exam ? BookingMapping.ParseDevice(resource)?.ToString() ?? resource : resource;
            query = query.Where(s => s.Resource == stored);
        }

        if (from is { } f)
        {
            var start = new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime();
            query = query.Where(s => s.StartsAt >= start);
        }

        if (to is { } t)
        {
            var end = new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime();
            query = query.Where(s => s.StartsAt < end);
        }

        var rows = query.Select(s => new
        {
            Slot = s,
            Booked = db.Bookings.Any(b => b.SlotId == s.Id && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.CheckedIn)),
        });
        if (free == true)
        {
            rows = forReferral == true
                ? rows.Where(x => !x.Booked && x.Slot.StartsAt > now)
                : rows.Where(x => !x.Booked && x.Slot.StartsAt > now && (!x.Slot.Reserved || x.Slot.ReleaseAt <= now));
        }

        var total = await rows.CountAsync(ct);
        var items = await rows.OrderBy(x => x.Slot.StartsAt).ThenBy(x => x.Slot.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new Page<SlotDto>([.. items.Select(x =>
        {
            var s = x.Slot;
            var open = !x.Booked && s.StartsAt > now;
            return new SlotDto(s.Id, s.InstitutionCode, s.DepartmentCode, s.Kind, s.Resource, s.StartsAt, s.EndsAt, s.Reserved,
                s.Reserved ? s.ReleaseAt : null, x.Booked, open && (!s.Reserved || s.ReleaseAt <= now), open);
        })], total, number, size));
    }
}
