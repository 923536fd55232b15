using TieredCare.Referrals.Lifecycle;

namespace TieredCare.Referrals.Booking;

/// <summary>The referral a booking is made for, as far as the booking rules need it.</summary>
/// <param name="ReferralId">The referral's id.</param>
/// <param name="Direction">Only up-referrals may use reserved slots.</param>
/// <param name="State">Only an accepted referral can be scheduled.</param>
/// <param name="TargetInstitutionCode">The receiving institution.</param>
/// <param name="TargetDepartmentCode">The receiving department, when the referral names one.</param>
public sealed record ReferralBookingContext(string ReferralId, ReferralDirection Direction, ReferralState State, string TargetInstitutionCode, string? TargetDepartmentCode);

/// <summary>A request to book a slot.</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="Referral">The referral the booking is for, or null for a booking without one.</param>
public sealed record BookingRequest(string PatientId, ReferralBookingContext? Referral = null);

/// <summary>Why a booking was refused.</summary>
public enum BookingRefusalCode
{
    /// <summary>The slot has started or is over.</summary>
    SlotInPast,

    /// <summary>The slot is reserved for referrals and not yet released, and the request has no referral.</summary>
    ReservedNotReleased,

    /// <summary>The request's referral cannot use this reserved slot (not a submitted or accepted up-referral to this institution and department).</summary>
    ReferralDoesNotMatch,

    /// <summary>The slot already holds a booking.</summary>
    AlreadyBooked,
}

/// <summary>The answer of <see cref="BookingRules.CanBook"/>: allowed, or refused with a code and a message.</summary>
/// <param name="Refusal">Null when allowed.</param>
/// <param name="Message">Why it was refused (empty texts when allowed).</param>
public sealed record BookingDecision(BookingRefusalCode? Refusal, BilingualText Message)
{
    /// <summary>The booking may be made.</summary>
    public static BookingDecision Allowed { get; } = new(null, new BilingualText("", ""));

    /// <summary>True when the booking may be made.</summary>
    public bool IsAllowed => Refusal is null;
}

/// <summary>Who may book which slot when (M4). The database still guards against two bookings of a slot under concurrency.</summary>
public static class BookingRules
{
    /// <summary>Says whether a request may book a slot.</summary>
    /// <param name="slot">The slot.</param>
    /// <param name="current">The status of the slot's latest booking, or null when it never had one; a cancelled booking frees the slot.</param>
    /// <param name="request">Who books, and for which referral.</param>
    /// <param name="now">The host's clock.</param>
    public static BookingDecision CanBook(Slot slot, BookingStatus? current, BookingRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(request);
        if (now >= slot.Start)
        {
            return new(BookingRefusalCode.SlotInPast, new BilingualText($"号源已于 {Text.Time(slot.Start)} 开始，不能预约", $"the slot started at {Text.Time(slot.Start)} and cannot be booked"));
        }

        if (current is { } status && status != BookingStatus.Cancelled)
        {
            return new(BookingRefusalCode.AlreadyBooked, new BilingualText("号源已被预约", "the slot is already booked"));
        }

        if (slot.IsOpenToPublic(now))
        {
            return BookingDecision.Allowed;
        }

        if (request.Referral is not { } referral)
        {
            return new(BookingRefusalCode.ReservedNotReleased, new BilingualText(
                $"该号源为转诊预留号源，{Text.Time(slot.ReleaseAt!.Value)} 起向公众开放",
                $"the slot is reserved for referrals until {Text.Time(slot.ReleaseAt!.Value)}"));
        }

        return Matches(referral, slot)
            ? BookingDecision.Allowed
            : new(BookingRefusalCode.ReferralDoesNotMatch, new BilingualText(
                $"转诊 {referral.ReferralId} 不能使用该预留号源：须为已提交或已接收、转往本机构（及科室）的上转转诊",
                $"referral {referral.ReferralId} cannot use this reserved slot: it must be a submitted or accepted up-referral to this institution (and department)"));
    }

    private static bool Matches(ReferralBookingContext referral, Slot slot) =>
        referral.Direction == ReferralDirection.Up
        && referral.State is ReferralState.Submitted or ReferralState.Accepted // booked while referring (one flow), or after acceptance
        && string.Equals(referral.TargetInstitutionCode, slot.Resource.InstitutionCode, StringComparison.Ordinal)
        && (referral.TargetDepartmentCode is null || slot.Resource.DepartmentCode is null
            || string.Equals(referral.TargetDepartmentCode, slot.Resource.DepartmentCode, StringComparison.Ordinal));
}
