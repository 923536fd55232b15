namespace TieredCare.Referrals.Booking;

/// <summary>Where a booking is.</summary>
public enum BookingStatus
{
    /// <summary>Booked, waiting for the patient.</summary>
    Booked,

    /// <summary>The patient checked in (签到).</summary>
    CheckedIn,

    /// <summary>Cancelled; the slot is free again.</summary>
    Cancelled,

    /// <summary>The patient did not come (爽约).</summary>
    NoShow,
}

/// <summary>What happens to a booking.</summary>
public enum BookingAction
{
    /// <summary>The patient checks in.</summary>
    CheckIn,

    /// <summary>The patient or the referring side cancels.</summary>
    Cancel,

    /// <summary>The desk marks the patient as not come.</summary>
    MarkNoShow,
}

/// <summary>The times around a slot that decide check-in, cancellation and no-show.</summary>
/// <param name="CheckInOpensBefore">Check-in opens this long before the slot starts (60 min) and closes when the slot ends.</param>
/// <param name="CancelCutoff">Cancellation is allowed until this long before the start (0: until the start).</param>
/// <param name="NoShowGrace">A patient is a no-show only this long after the start (30 min), so a late patient is not marked too early.</param>
public sealed record BookingPolicy(TimeSpan CheckInOpensBefore, TimeSpan CancelCutoff, TimeSpan NoShowGrace)
{
    /// <summary>60 min check-in lead, cancel until the start, 30 min no-show grace.</summary>
    public static BookingPolicy Default { get; } = new(TimeSpan.FromMinutes(60), TimeSpan.Zero, TimeSpan.FromMinutes(30));
}

/// <summary>The result of a booking transition: the new status, or a refusal with the current status.</summary>
/// <param name="Current">The status before the action.</param>
/// <param name="Next">The status after, or null when refused.</param>
/// <param name="Message">Why it was refused (empty texts when allowed).</param>
public sealed record BookingTransitionResult(BookingStatus Current, BookingStatus? Next, BilingualText Message)
{
    /// <summary>True when the action was allowed.</summary>
    public bool IsAllowed => Next is not null;
}

/// <summary>Booking status transitions: Booked → CheckedIn | Cancelled | NoShow; every other status is final.</summary>
public static class BookingTransitions
{
    /// <summary>Applies an action to a booking of a slot at a moment.</summary>
    public static BookingTransitionResult Apply(BookingStatus current, BookingAction action, Slot slot, DateTimeOffset now, BookingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(policy);
        if (current != BookingStatus.Booked)
        {
            return Refuse(current, $"预约状态为{Name(current)}，不能再变更", $"a booking that is {current} cannot change");
        }

        switch (action)
        {
            case BookingAction.CheckIn when now < slot.Start - policy.CheckInOpensBefore:
                return Refuse(current, $"签到从 {Text.Time(slot.Start - policy.CheckInOpensBefore)} 开始", $"check-in opens at {Text.Time(slot.Start - policy.CheckInOpensBefore)}");
            case BookingAction.CheckIn when now > slot.End:
                return Refuse(current, $"号源已于 {Text.Time(slot.End)} 结束，不能签到", $"the slot ended at {Text.Time(slot.End)}; check-in is closed");
            case BookingAction.CheckIn:
                return new(current, BookingStatus.CheckedIn, default);
            case BookingAction.Cancel when now > slot.Start - policy.CancelCutoff:
                return Refuse(current, $"取消须在 {Text.Time(slot.Start - policy.CancelCutoff)} 之前", $"cancellation closed at {Text.Time(slot.Start - policy.CancelCutoff)}");
            case BookingAction.Cancel:
                return new(current, BookingStatus.Cancelled, default);
            case BookingAction.MarkNoShow when now < slot.Start + policy.NoShowGrace:
                return Refuse(current, $"{Text.Time(slot.Start + policy.NoShowGrace)} 之后才能登记爽约", $"a no-show can be recorded only after {Text.Time(slot.Start + policy.NoShowGrace)}");
            case BookingAction.MarkNoShow:
                return new(current, BookingStatus.NoShow, default);
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "unknown booking action");
        }
    }

    private static BookingTransitionResult Refuse(BookingStatus current, string zh, string en) => new(current, null, new BilingualText(zh, en));

    private static string Name(BookingStatus status) => status switch
    {
        BookingStatus.Booked => "已预约",
        BookingStatus.CheckedIn => "已签到",
        BookingStatus.Cancelled => "已取消",
        _ => "爽约",
    };
}
