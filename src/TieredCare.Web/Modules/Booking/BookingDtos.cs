using System.Globalization;
using TieredCare.Persistence.Facts;
using TieredCare.Referrals;
using TieredCare.Referrals.Booking;
using TieredCare.Referrals.Lifecycle;
using BookingRow = TieredCare.Persistence.Booking.Booking;
using SlotRow = TieredCare.Persistence.Booking.Slot;

namespace TieredCare.Web.Modules.Booking;

public sealed record SlotDto(
    long Id, string InstitutionCode, string? DepartmentCode, SlotKind Kind, string? Resource, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    bool Reserved, DateTimeOffset? ReleaseAt, bool Booked, bool FreeForPublic, bool FreeForReferral);

public sealed record BookingDto(
    long Id, string Number, long SlotId, long PatientId, long? ReferralId, BookingStatus Status, string BookedBy, DateTimeOffset BookedAt,
    DateTimeOffset? CheckedInAt, DateTimeOffset? CancelledAt, DateTimeOffset? NoShowAt)
{
    public static BookingDto From(BookingRow b) =>
        new(b.Id, b.Number, b.SlotId, b.PatientId, b.ReferralId, b.Status, b.BookedBy, b.BookedAt, b.CheckedInAt, b.CancelledAt, b.NoShowAt);
}

/// <summary>Between the stored rows and the booking engine.</summary>
internal static class BookingMapping
{
    public static string Text(BilingualText t) => $"{t.Zh} ({t.En})";

    /// <summary>The engine's resource; <paramref name="resource"/> is the doctor, the device's name or the ward.</summary>
    public static SlotResource Resource(SlotKind kind, string institution, string? department, string? resource) => kind switch
    {
        SlotKind.Outpatient => new(kind, institution, department, resource, null, null),
        SlotKind.Exam => new(kind, institution, department, null, ParseDevice(resource), null),
        _ => new(kind, institution, department, null, null, resource),
    };

    public static ExamDevice? ParseDevice(string? value) =>
        Enum.TryParse<ExamDevice>(value?.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var device) ? device : null;

    public static Slot ToEngine(SlotRow s) => ToEngine(s.Id, s.InstitutionCode, s.DepartmentCode, s.Kind, s.Resource, s.StartsAt, s.EndsAt, s.Reserved, s.ReleaseAt);

    public static Slot ToEngine(long id, string institution, string? department, SlotKind kind, string? resource, DateTimeOffset start, DateTimeOffset end, bool reserved, DateTimeOffset releaseAt) =>
        new(id.ToString(CultureInfo.InvariantCulture), Resource(kind, institution, department, resource), start, end, reserved, reserved ? releaseAt : null);

    public static ReferralBookingContext Context(Referral r) => new(
        r.Id.ToString(CultureInfo.InvariantCulture),
        r.Direction switch
        {
            Persistence.Facts.ReferralDirection.Up => global::TieredCare.Referrals.Lifecycle.ReferralDirection.Up,
            Persistence.Facts.ReferralDirection.Down => global::TieredCare.Referrals.Lifecycle.ReferralDirection.Down,
            _ => global::TieredCare.Referrals.Lifecycle.ReferralDirection.Lateral,
        },
        Enum.TryParse<ReferralState>(r.Status.ToString(), out var state) ? state : ReferralState.Draft,
        r.ToInstitutionCode,
        r.ToDepartmentCode);

    /// <summary>Checks a referral named by a booking or waiting-list request: null when it may be used.</summary>
    public static (string Field, string Message, bool Conflict)? ReferralProblem(Referral? r, long referralId, long patientId, string institution) => r switch
    {
        null => ("referral_id", $"转诊 {referralId} 不存在 (referral {referralId} does not exist)", false),
        _ when r.PatientId != patientId => ("referral_id", $"转诊 {referralId} 不是该患者的转诊 (referral {referralId} is for another patient)", false),
        _ when !string.Equals(r.ToInstitutionCode, institution, StringComparison.Ordinal) =>
            ("referral_id", $"转诊 {referralId} 转往 {r.ToInstitutionCode}，不是 {institution} (referral {referralId} is addressed to {r.ToInstitutionCode}, not {institution})", false),
        _ when r.Status is not (ReferralStatus.Submitted or ReferralStatus.Accepted) =>
            ("referral_id", $"转诊 {referralId} 的状态为 {r.Status}，须为已提交或已接收 (referral {referralId} is {r.Status}; it must be Submitted or Accepted)", true),
        _ when r.BookingReference is not null =>
            ("referral_id", $"转诊 {referralId} 已有预约 {r.BookingReference} (referral {referralId} is booked already: {r.BookingReference})", true),
        _ => null,
    };
}
