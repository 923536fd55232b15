using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Patients;
using TieredCare.Persistence;
using TieredCare.Persistence.Booking;
using TieredCare.Referrals.Booking;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using SlotRow = TieredCare.Persistence.Booking.Slot;

namespace TieredCare.Web.Modules.Booking;

/// <summary>
/// Waiting lists (候补): a patient waits for a resource of an institution; a freed slot is offered to the first matching
/// entry in order (engine <see cref="WaitingList.OfferNext"/>) and held for that patient for <see cref="OfferHold"/>.
/// </summary>
public static class WaitingLists
{
    public static readonly TimeSpan OfferHold = TimeSpan.FromMinutes(30);

    public sealed record JoinRequest(string? Institution, string? Department, SlotKind? Kind, string? Resource, long? PatientId, long? ReferralId);

    public sealed record WaitingEntryDto(
        long Id, string InstitutionCode, string? DepartmentCode, SlotKind Kind, string? Resource, long PatientId, string PatientName, long? ReferralId,
        DateTimeOffset JoinedAt, WaitingStatus Status, long? OfferedSlotId, DateTimeOffset? OfferedAt, DateTimeOffset? OfferExpiresAt)
    {
        public static WaitingEntryDto From(WaitingListEntry e, string? patientName) => new(
            e.Id, e.InstitutionCode, e.DepartmentCode, e.Kind, e.Resource, e.PatientId, Masking.Name(patientName), e.ReferralId, e.JoinedAt, e.Status,
            e.OfferedSlotId, e.OfferedAt, e.OfferExpiresAt);
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/waiting-list", JoinAsync).RequireAuthorization(Permissions.BookingBook);
        api.MapGet("/waiting-list", ListAsync).RequireAuthorization(Permissions.BookingRead);
    }

    private static async Task<Results<Created<WaitingEntryDto>, ValidationProblem, ProblemHttpResult>> JoinAsync(
        JoinRequest r, HttpContext http, TieredCareDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new List<TieredCare.Registry.FieldError>();
        if (string.IsNullOrWhiteSpace(r.Institution) || !await db.Institutions.AnyAsync(i => i.Code == r.Institution, ct))
        {
            errors.Add(new("institution", $"机构 {r.Institution} 不存在 (institution {r.Institution} does not exist)"));
        }
        else if (r.Department is not null && !await db.Departments.AnyAsync(d => d.InstitutionCode == r.Institution && d.Code == r.Department, ct))
        {
            errors.Add(new("department", $"{r.Institution} 没有科室 {r.Department} (institution {r.Institution} has no department {r.Department})"));
        }

        if (r.Kind is null)
        {
            errors.Add(new("kind", "必填：outpatient、exam 或 bed (required: outpatient, exam or bed)"));
        }
        else if (r.Kind == SlotKind.Exam && r.Resource is not null && BookingMapping.ParseDevice(r.Resource) is null)
        {
            errors.Add(new("resource", $"未知设备 {r.Resource} (unknown device {r.Resource})"));
        }

        var patient = r.PatientId is { } pid ? await db.Patients.AsNoTracking().Where(p => p.Id == pid).Select(p => p.Name).FirstOrDefaultAsync(ct) : null;
        if (patient is null)
        {
            errors.Add(new("patient_id", $"患者 {r.PatientId} 不存在 (patient {r.PatientId} does not exist)"));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        if (r.ReferralId is { } referralId)
        {
            var referral = await db.Referrals.AsNoTracking().FirstOrDefaultAsync(x => x.Id == referralId, ct);
            if (BookingMapping.ReferralProblem(referral, referralId, r.PatientId!.Value, r.Institution!) is { } bad)
            {
                return bad.Conflict ? Problems.Conflict(bad.Message) : Problems.Validation(bad.Field, bad.Message);
            }
        }

        var entry = new WaitingListEntry
        {
            InstitutionCode = r.Institution!,
            DepartmentCode = r.Department,
            Kind = r.Kind!.Value,
            Resource = r.Kind == SlotKind.Exam && r.Resource is not null ? BookingMapping.ParseDevice(r.Resource)!.Value.ToString() : r.Resource,
            PatientId = r.PatientId!.Value,
            ReferralId = r.ReferralId,
            JoinedBy = http.User().UserName,
            JoinedAt = clock.GetUtcNow(),
            Status = WaitingStatus.Waiting,
        };
        db.WaitingListEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/booking/waiting-list/{entry.Id}", WaitingEntryDto.From(entry, patient));
    }

    private static async Task<Results<Ok<List<WaitingEntryDto>>, ProblemHttpResult>> ListAsync(
        string? institution, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var readable = await BookingScope.ReadableAsync(http, scopes, db, ct);
        if (institution is not null && !readable.Contains(institution))
        {
            return Problems.Forbidden($"{institution} 不在您的范围内 ({institution} is outside your scope)");
        }

        var codes = institution is null ? readable.ToList() : [institution];
        var rows = await db.WaitingListEntries.AsNoTracking().Where(e => codes.Contains(e.InstitutionCode))
            .OrderBy(e => e.JoinedAt).ThenBy(e => e.Id).Take(1000)
            .Select(e => new { Entry = e, Name = db.Patients.Where(p => p.Id == e.PatientId).Select(p => p.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return TypedResults.Ok(rows.Select(x => WaitingEntryDto.From(x.Entry, x.Name)).ToList());
    }

    /// <summary>Offers a freed slot to the first waiting entry that wants it and may book it now; records the offer on the entry.</summary>
    internal static async Task<WaitingEntryDto?> OfferAsync(TieredCareDbContext db, SlotRow slot, DateTimeOffset now, CancellationToken ct)
    {
        var entries = await db.WaitingListEntries
            .Where(e => e.InstitutionCode == slot.InstitutionCode && e.Kind == slot.Kind && e.Status == WaitingStatus.Waiting)
            .OrderBy(e => e.JoinedAt).ThenBy(e => e.Id).Take(1000).ToListAsync(ct);
        if (entries.Count == 0)
        {
            return null;
        }

        var referralIds = entries.Where(e => e.ReferralId is not null).Select(e => e.ReferralId!.Value).ToList();
        var referrals = await db.Referrals.AsNoTracking().Where(r => referralIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var list = new WaitingList(entries.Select(e => new WaitingEntry(
            e.Id.ToString("D19", CultureInfo.InvariantCulture),
            BookingMapping.Resource(e.Kind, e.InstitutionCode, e.DepartmentCode, e.Resource),
            new BookingRequest(e.PatientId.ToString(CultureInfo.InvariantCulture),
                e.ReferralId is { } id && referrals.TryGetValue(id, out var referral) ? BookingMapping.Context(referral) : null),
            e.JoinedAt)));
        if (list.OfferNext(BookingMapping.ToEngine(slot), now) is not { } next)
        {
            return null;
        }

        var entry = entries.First(e => e.Id == long.Parse(next.Id, CultureInfo.InvariantCulture));
        entry.Status = WaitingStatus.Offered;
        entry.OfferedSlotId = slot.Id;
        entry.OfferedAt = now;
        entry.OfferExpiresAt = slot.StartsAt < now + OfferHold ? slot.StartsAt : now + OfferHold;
        await db.SaveChangesAsync(ct);
        var name = await db.Patients.Where(p => p.Id == entry.PatientId).Select(p => p.Name).FirstOrDefaultAsync(ct);
        return WaitingEntryDto.From(entry, name);
    }
}
