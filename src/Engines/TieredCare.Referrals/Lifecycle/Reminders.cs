namespace TieredCare.Referrals.Lifecycle;

/// <summary>Which reminder is due.</summary>
public enum ReminderKind
{
    /// <summary>A submitted referral has used up the reminder share of its acceptance limit.</summary>
    AcceptDueSoon,

    /// <summary>A submitted referral is past its acceptance limit.</summary>
    AcceptOverdue,

    /// <summary>An accepted or scheduled referral has used up the reminder share of its arrival limit.</summary>
    ArrivalDueSoon,

    /// <summary>An accepted or scheduled referral is past its arrival limit.</summary>
    ArrivalOverdue,
}

/// <summary>A reminder that is due, with the deadline it is about.</summary>
/// <param name="Kind">Which reminder.</param>
/// <param name="Deadline">The limit's deadline.</param>
/// <param name="Message">What to show, in Chinese and English.</param>
public sealed record ReferralReminder(ReminderKind Kind, DateTimeOffset Deadline, BilingualText Message);

/// <summary>The time-limit reminders of a referral at a given moment.</summary>
public static class Reminders
{
    /// <summary>
    /// The reminder due now, if any: at most one, the most pressing. A deadline is met at the instant itself; the
    /// "overdue" reminder starts just after it.
    /// </summary>
    public static IReadOnlyList<ReferralReminder> Due(ReferralSnapshot referral, ReferralTimeLimits limits, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(limits);
        if (Deadlines.Current(referral, limits) is not var (start, limit, accepting))
        {
            return [];
        }

        var deadline = start + limit;
        var green = referral.Urgency.IsGreenChannel() ? "（绿色通道）" : "";
        if (now > deadline)
        {
            return [accepting
                ? new(ReminderKind.AcceptOverdue, deadline, new BilingualText($"转诊{green}已超过接收时限 {Text.Time(deadline)}", $"the referral is past its acceptance deadline {Text.Time(deadline)}"))
                : new(ReminderKind.ArrivalOverdue, deadline, new BilingualText($"患者{green}已超过到诊时限 {Text.Time(deadline)}", $"the patient is past the arrival deadline {Text.Time(deadline)}"))];
        }

        // Ticks keep the share exact enough and avoid floating TimeSpan arithmetic on very long limits.
        var soon = start + TimeSpan.FromTicks(checked((long)(limit.Ticks * limits.ReminderShare)));
        if (now < soon)
        {
            return [];
        }

        return [accepting
            ? new(ReminderKind.AcceptDueSoon, deadline, new BilingualText($"转诊{green}即将超过接收时限 {Text.Time(deadline)}", $"the referral is due to be accepted by {Text.Time(deadline)}"))
            : new(ReminderKind.ArrivalDueSoon, deadline, new BilingualText($"患者{green}应于 {Text.Time(deadline)} 前到诊", $"the patient is due to arrive by {Text.Time(deadline)}"))];
    }
}

/// <summary>Whether a referral should expire.</summary>
public static class Expiry
{
    /// <summary>
    /// True when a submitted referral is past its acceptance limit, or an accepted or scheduled one past its arrival
    /// limit, by more than <see cref="ReferralTimeLimits.ExpiryGrace"/>.
    /// </summary>
    public static bool ShouldExpire(ReferralSnapshot referral, ReferralTimeLimits limits, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(limits);
        return Deadlines.Current(referral, limits) is var (start, limit, _) && now > start + limit + limits.ExpiryGrace;
    }
}

internal static class Deadlines
{
    /// <summary>The running limit: its start, its length, and whether it is the acceptance limit; null when none runs.</summary>
    public static (DateTimeOffset Start, TimeSpan Limit, bool Accepting)? Current(ReferralSnapshot referral, ReferralTimeLimits limits) => referral.State switch
    {
        ReferralState.Submitted when referral.SubmittedAt is { } submitted => (submitted, limits.AcceptLimit(referral.Urgency), true),
        ReferralState.Accepted or ReferralState.Scheduled when referral.AcceptedAt is { } accepted => (accepted, limits.ArriveLimit(referral.Urgency), false),
        _ => null,
    };
}
