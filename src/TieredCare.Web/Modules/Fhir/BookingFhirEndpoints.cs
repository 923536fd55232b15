using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Referrals.Booking;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Booking;
using SlotRow = TieredCare.Persistence.Booking.Slot;

namespace TieredCare.Web.Modules.Fhir;

/// <summary>
/// Read and search of booking as Schedule, Slot and Appointment, with the REST API's permission and scope: schedules and
/// slots region-wide, appointments of the institutions the user reads. Search parameters: Schedule <c>actor</c>; Slot
/// <c>schedule</c>, <c>status</c> (free|busy); Appointment <c>patient</c>, <c>actor</c>; all <c>_count</c> (≤ 100), <c>_offset</c>.
/// </summary>
public static class BookingFhirEndpoints
{
    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapGet("/Schedule/{id}", ReadScheduleAsync);
        fhir.MapGet("/Schedule", SearchSchedulesAsync);
        fhir.MapGet("/Slot/{id}", ReadSlotAsync);
        fhir.MapGet("/Slot", SearchSlotsAsync);
        fhir.MapGet("/Appointment/{id}", ReadAppointmentAsync);
        fhir.MapGet("/Appointment", SearchAppointmentsAsync);
    }

    private static async Task<IResult> ReadScheduleAsync(string id, TieredCareDbContext db, CancellationToken ct)
    {
        var schedule = long.TryParse(id, out var key) ? await db.Schedules.AsNoTracking().FirstOrDefaultAsync(s => s.Id == key, ct) : null;
        return schedule is null ? NotFound("Schedule", id) : FhirJson.Resource(BookingResources.Schedule(schedule));
    }

    private static async Task<IResult> SearchSchedulesAsync(HttpContext http, TieredCareDbContext db, CancellationToken ct)
    {
        if (Paging(http) is not { } page) return BadPaging();
        var query = db.Schedules.AsNoTracking();
        if (Code(http, "actor", "Organization/") is { } institution) query = query.Where(s => s.InstitutionCode == institution);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(s => s.Id).Skip(page.Offset).Take(page.Count).ToListAsync(ct);
        return FhirJson.SearchSet(http.Request, total, rows.Select(BookingResources.Schedule));
    }

    private static async Task<IResult> ReadSlotAsync(string id, TieredCareDbContext db, CancellationToken ct)
    {
        var slot = long.TryParse(id, out var key) ? await db.Slots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == key, ct) : null;
        return slot is null ? NotFound("Slot", id) : FhirJson.Resource(BookingResources.Slot(slot, await BusyAsync(db, [slot.Id], ct) is { Count: > 0 }));
    }

    private static async Task<IResult> SearchSlotsAsync(HttpContext http, TieredCareDbContext db, CancellationToken ct)
    {
        if (Paging(http) is not { } page) return BadPaging();
        var query = db.Slots.AsNoTracking();
        if (Code(http, "schedule", "Schedule/") is { } schedule)
        {
            if (!long.TryParse(schedule, out var scheduleId)) return FhirJson.Outcome(400, OperationOutcome.IssueType.Value, $"schedule 须为 Schedule/编号 (schedule must be Schedule/id): '{schedule}'");
            query = query.Where(s => s.ScheduleId == scheduleId);
        }

        var active = db.Bookings.Where(b => b.Status == BookingStatus.Booked || b.Status == BookingStatus.CheckedIn);
        switch (http.Request.Query["status"].ToString())
        {
            case "":
                break;
            case "free":
                query = query.Where(s => !active.Any(b => b.SlotId == s.Id));
                break;
            case "busy":
                query = query.Where(s => active.Any(b => b.SlotId == s.Id));
                break;
            case var other:
                return FhirJson.Outcome(400, OperationOutcome.IssueType.Value, $"未知的 status (unknown status '{other}'; known: free, busy)");
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Skip(page.Offset).Take(page.Count).ToListAsync(ct);
        var busy = await BusyAsync(db, [.. rows.Select(s => s.Id)], ct);
        return FhirJson.SearchSet(http.Request, total, rows.Select(s => BookingResources.Slot(s, busy.Contains(s.Id))));
    }

    private static async Task<IResult> ReadAppointmentAsync(string id, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var found = long.TryParse(id, out var key)
            ? await db.Bookings.AsNoTracking().Where(b => b.Id == key).Join(db.Slots, b => b.SlotId, s => s.Id, (b, s) => new { Booking = b, Slot = s }).FirstOrDefaultAsync(ct)
            : null;
        if (found is null) return NotFound("Appointment", id);
        return (await BookingScope.ReadableAsync(http, scopes, db, ct)).Contains(found.Slot.InstitutionCode)
            ? FhirJson.Resource(BookingResources.Appointment(found.Booking, found.Slot))
            : FhirJson.Outcome(403, OperationOutcome.IssueType.Forbidden, $"Appointment/{id} 不在您的范围内 (outside your scope)");
    }

    private static async Task<IResult> SearchAppointmentsAsync(HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        if (Paging(http) is not { } page) return BadPaging();
        var readable = (await BookingScope.ReadableAsync(http, scopes, db, ct)).ToList();
        var query = db.Bookings.AsNoTracking().Join(db.Slots, b => b.SlotId, s => s.Id, (b, s) => new { Booking = b, Slot = s })
            .Where(x => readable.Contains(x.Slot.InstitutionCode));
        if (Code(http, "patient", "Patient/") is { } patient)
        {
            if (!long.TryParse(patient, out var patientId)) return FhirJson.Outcome(400, OperationOutcome.IssueType.Value, $"patient 须为 Patient/编号 (patient must be Patient/id): '{patient}'");
            query = query.Where(x => x.Booking.PatientId == patientId);
        }

        if (Code(http, "actor", "Organization/") is { } institution) query = query.Where(x => x.Slot.InstitutionCode == institution);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(x => x.Slot.StartsAt).ThenByDescending(x => x.Booking.Id).Skip(page.Offset).Take(page.Count).ToListAsync(ct);
        return FhirJson.SearchSet(http.Request, total, rows.Select(x => BookingResources.Appointment(x.Booking, x.Slot)));
    }

    private static async Task<HashSet<long>> BusyAsync(TieredCareDbContext db, IReadOnlyCollection<long> slotIds, CancellationToken ct) =>
        [.. await db.Bookings.AsNoTracking().Where(b => slotIds.Contains(b.SlotId) && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.CheckedIn))
            .Select(b => b.SlotId).ToListAsync(ct)];

    private static string? Code(HttpContext http, string parameter, string prefix) =>
        http.Request.Query[parameter].ToString() is { Length: > 0 } value ? value.Replace(prefix, "", StringComparison.Ordinal) : null;

    private static (int Count, int Offset)? Paging(HttpContext http)
    {
        var count = int.TryParse(http.Request.Query["_count"], out var c) ? c : 20;
        var offset = int.TryParse(http.Request.Query["_offset"], out var o) ? o : 0;
        return count is < 1 or > 100 || offset < 0 ? null : (count, offset);
    }

    private static IResult BadPaging() => FhirJson.Outcome(400, OperationOutcome.IssueType.Value, "_count 须为1-100，_offset 不小于0 (_count 1-100, _offset ≥ 0)");

    private static IResult NotFound(string type, string id) => FhirJson.Outcome(404, OperationOutcome.IssueType.NotFound, $"{type}/{id} 不存在 (not found)");
}
