using TieredCare.Referrals.Booking;

namespace TieredCare.Persistence.Booking;

/// <summary>A schedule template as an institution published it (出诊/检查/床位排班), with the slots it made.</summary>
public sealed class Schedule
{
    public long Id { get; set; }
    public required string InstitutionCode { get; set; }
    public string? DepartmentCode { get; set; }
    public SlotKind Kind { get; set; }

    /// <summary>The doctor (outpatient), device (exam) or ward (bed); null for a department-wide outpatient schedule.</summary>
    public string? Resource { get; set; }

    public DateOnly FromDate { get; set; }
    public DateOnly ToDate { get; set; }

    /// <summary>The weekdays with a session, e.g. <c>Monday,Wednesday</c>.</summary>
    public required string Weekdays { get; set; }

    public TimeOnly SessionStart { get; set; }
    public TimeOnly SessionEnd { get; set; }
    public int SlotMinutes { get; set; }
    public int Parallel { get; set; } = 1;
    public int? MaxSlotsPerSession { get; set; }
    public double ReservedShare { get; set; }
    public int ReleaseLeadHours { get; set; }
    public int SlotCount { get; set; }
    public int ReservedCount { get; set; }
    public required string PublishedBy { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
}

/// <summary>
/// One bookable unit of capacity 1. <see cref="ReleaseAt"/> is when the slot is open to everyone: the release time of
/// a reserved slot, the publication time of any other; it is never null so that a booking can copy it under a foreign
/// key the database checks.
/// </summary>
public sealed class Slot
{
    public long Id { get; set; }
    public long ScheduleId { get; set; }

    /// <summary>The engine's stable id (<c>outpatient/H0002/03/*/2026-03-15T08:00</c>); unique, so a schedule cannot be published twice.</summary>
    public required string Key { get; set; }

    public required string InstitutionCode { get; set; }
    public string? DepartmentCode { get; set; }
    public SlotKind Kind { get; set; }
    public string? Resource { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public bool Reserved { get; set; }
    public DateTimeOffset ReleaseAt { get; set; }
}

/// <summary>
/// A booking of a slot. The slot's <see cref="SlotReserved"/> and <see cref="SlotReleaseAt"/> are copied under a
/// composite foreign key, so that a check constraint can refuse a reserved slot booked before its release without a
/// referral; a filtered unique index allows one active (booked or checked-in) booking per slot.
/// </summary>
public sealed class Booking
{
    public long Id { get; set; }

    /// <summary>The number the patient is told: <c>YY</c>, the booking date and a sequence (<c>YY2026031500001234</c>).</summary>
    public required string Number { get; set; }

    public long SlotId { get; set; }
    public bool SlotReserved { get; set; }
    public DateTimeOffset SlotReleaseAt { get; set; }
    public long PatientId { get; set; }
    public long? ReferralId { get; set; }
    public BookingStatus Status { get; set; }
    public required string BookedBy { get; set; }
    public DateTimeOffset BookedAt { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public DateTimeOffset? NoShowAt { get; set; }

    /// <summary>The client's key for this request; the same key from the same user returns this booking again.</summary>
    public required string IdempotencyKey { get; set; }
}

public enum WaitingStatus
{
    Waiting,
    Offered,
    Booked,
}

/// <summary>A patient waiting for a freed slot (候补); a freed slot is offered to the first matching entry and held for it a while.</summary>
public sealed class WaitingListEntry
{
    public long Id { get; set; }
    public required string InstitutionCode { get; set; }
    public string? DepartmentCode { get; set; }
    public SlotKind Kind { get; set; }
    public string? Resource { get; set; }
    public long PatientId { get; set; }
    public long? ReferralId { get; set; }
    public required string JoinedBy { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
    public WaitingStatus Status { get; set; }
    public long? OfferedSlotId { get; set; }
    public DateTimeOffset? OfferedAt { get; set; }
    public DateTimeOffset? OfferExpiresAt { get; set; }
}

/// <summary>A block allocator's high-water mark: ids are handed out in blocks, so the hot path needs no round trip for them.</summary>
public sealed class IdBlock
{
    public required string Name { get; set; }
    public long Next { get; set; }
}
