namespace TieredCare.Referrals.Lifecycle;

/// <summary>
/// How long the receiving side has to accept a referral and the patient to arrive. Data, not code: a network may set its
/// own; <see cref="Default"/> holds the platform's defaults.
/// </summary>
/// <param name="RoutineAccept">Routine: accept within this long of submission (48 h).</param>
/// <param name="EmergencyAccept">Emergency green channel: accept within this long (30 min).</param>
/// <param name="UrgentAccept">Urgent green channel: accept within this long (4 h).</param>
/// <param name="RoutineArrive">Routine: arrive within this long of acceptance (14 days).</param>
/// <param name="GreenChannelArrive">Green channel: arrive within this long of acceptance (24 h).</param>
/// <param name="ReminderShare">A "due soon" reminder is raised once this share of a limit has passed (0.75).</param>
/// <param name="ExpiryGrace">
/// How long after a limit the referral expires (24 h), so that the coordinator (转诊服务中心) can act on the overdue
/// reminder before the referral closes on its own.
/// </param>
public sealed record ReferralTimeLimits(
    TimeSpan RoutineAccept,
    TimeSpan EmergencyAccept,
    TimeSpan UrgentAccept,
    TimeSpan RoutineArrive,
    TimeSpan GreenChannelArrive,
    double ReminderShare,
    TimeSpan ExpiryGrace)
{
    /// <summary>48 h / 30 min / 4 h to accept; 14 days / 24 h to arrive; reminders at 75 %; expiry 24 h after a limit.</summary>
    public static ReferralTimeLimits Default { get; } = new(
        TimeSpan.FromHours(48), TimeSpan.FromMinutes(30), TimeSpan.FromHours(4), TimeSpan.FromDays(14), TimeSpan.FromHours(24), 0.75, TimeSpan.FromHours(24));

    /// <summary>The acceptance limit for an urgency.</summary>
    public TimeSpan AcceptLimit(ReferralUrgency urgency) => urgency switch
    {
        ReferralUrgency.Emergency => EmergencyAccept,
        ReferralUrgency.Urgent => UrgentAccept,
        _ => RoutineAccept,
    };

    /// <summary>The arrival limit for an urgency.</summary>
    public TimeSpan ArriveLimit(ReferralUrgency urgency) => urgency.IsGreenChannel() ? GreenChannelArrive : RoutineArrive;

    /// <summary>Every out-of-range value, named; empty when the limits are usable.</summary>
    public IReadOnlyList<FieldProblem> Validate()
    {
        var problems = new List<FieldProblem>();
        foreach (var (field, value) in new[]
                 {
                     (nameof(RoutineAccept), RoutineAccept), (nameof(EmergencyAccept), EmergencyAccept), (nameof(UrgentAccept), UrgentAccept),
                     (nameof(RoutineArrive), RoutineArrive), (nameof(GreenChannelArrive), GreenChannelArrive),
                 })
        {
            if (value <= TimeSpan.Zero)
            {
                problems.Add(new(field, new BilingualText("时限必须大于0", "the limit must be positive")));
            }
        }

        if (!(ReminderShare is > 0 and < 1))
        {
            problems.Add(new(nameof(ReminderShare), new BilingualText("提醒比例应在0与1之间（不含）", "the reminder share must lie strictly between 0 and 1")));
        }

        if (ExpiryGrace < TimeSpan.Zero)
        {
            problems.Add(new(nameof(ExpiryGrace), new BilingualText("过期宽限不能为负", "the expiry grace must not be negative")));
        }

        return problems;
    }
}
