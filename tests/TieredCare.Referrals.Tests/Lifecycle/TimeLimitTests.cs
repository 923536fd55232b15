using TieredCare.Referrals.Lifecycle;

namespace TieredCare.Referrals.Tests.Lifecycle;

public class TimeLimitTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 3, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly ReferralTimeLimits Limits = ReferralTimeLimits.Default;

    private static ReferralSnapshot Submitted(ReferralUrgency urgency) => new(ReferralState.Submitted, ReferralDirection.Up, urgency) { SubmittedAt = T0 };

    private static ReferralSnapshot Accepted(ReferralUrgency urgency, ReferralState state = ReferralState.Accepted) =>
        new(state, ReferralDirection.Up, urgency) { SubmittedAt = T0.AddHours(-1), AcceptedAt = T0 };

    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        Limits.AcceptLimit(ReferralUrgency.Routine).ShouldBe(TimeSpan.FromHours(48));
        Limits.AcceptLimit(ReferralUrgency.Urgent).ShouldBe(TimeSpan.FromHours(4));
        Limits.AcceptLimit(ReferralUrgency.Emergency).ShouldBe(TimeSpan.FromMinutes(30));
        Limits.ArriveLimit(ReferralUrgency.Routine).ShouldBe(TimeSpan.FromDays(14));
        Limits.ArriveLimit(ReferralUrgency.Urgent).ShouldBe(TimeSpan.FromHours(24));
        Limits.ArriveLimit(ReferralUrgency.Emergency).ShouldBe(TimeSpan.FromHours(24));
        Limits.Validate().ShouldBeEmpty();
    }

    [Theory]
    [InlineData(ReferralUrgency.Routine, 0, null)]
    [InlineData(ReferralUrgency.Routine, 35 * 60 + 59, null)]
    [InlineData(ReferralUrgency.Routine, 36 * 60, ReminderKind.AcceptDueSoon)]
    [InlineData(ReferralUrgency.Routine, 48 * 60, ReminderKind.AcceptDueSoon)]
    [InlineData(ReferralUrgency.Routine, 48 * 60 + 1, ReminderKind.AcceptOverdue)]
    [InlineData(ReferralUrgency.Urgent, 179, null)]
    [InlineData(ReferralUrgency.Urgent, 180, ReminderKind.AcceptDueSoon)]
    [InlineData(ReferralUrgency.Urgent, 241, ReminderKind.AcceptOverdue)]
    [InlineData(ReferralUrgency.Emergency, 22, null)]
    [InlineData(ReferralUrgency.Emergency, 23, ReminderKind.AcceptDueSoon)]
    [InlineData(ReferralUrgency.Emergency, 31, ReminderKind.AcceptOverdue)]
    public void Acceptance_reminders_come_at_three_quarters_of_the_limit_and_after_it(ReferralUrgency urgency, int minutes, ReminderKind? expected)
    {
        var due = Reminders.Due(Submitted(urgency), Limits, T0.AddMinutes(minutes));

        due.Select(r => (ReminderKind?)r.Kind).SingleOrDefault().ShouldBe(expected);
        if (expected is not null)
        {
            due[0].Deadline.ShouldBe(T0 + Limits.AcceptLimit(urgency));
        }
    }

    [Theory]
    [InlineData(ReferralUrgency.Routine, ReferralState.Accepted, 10 * 24, null)]
    [InlineData(ReferralUrgency.Routine, ReferralState.Scheduled, 252, ReminderKind.ArrivalDueSoon)]
    [InlineData(ReferralUrgency.Routine, ReferralState.Accepted, 14 * 24 + 1, ReminderKind.ArrivalOverdue)]
    [InlineData(ReferralUrgency.Emergency, ReferralState.Accepted, 17, null)]
    [InlineData(ReferralUrgency.Emergency, ReferralState.Accepted, 18, ReminderKind.ArrivalDueSoon)]
    [InlineData(ReferralUrgency.Urgent, ReferralState.Scheduled, 25, ReminderKind.ArrivalOverdue)]
    public void Arrival_reminders_run_from_acceptance(ReferralUrgency urgency, ReferralState state, int hours, ReminderKind? expected) =>
        Reminders.Due(Accepted(urgency, state), Limits, T0.AddHours(hours)).Select(r => (ReminderKind?)r.Kind).SingleOrDefault().ShouldBe(expected);

    [Fact]
    public void An_overdue_reminder_names_the_deadline_with_its_offset()
    {
        var reminder = Reminders.Due(Submitted(ReferralUrgency.Emergency), Limits, T0.AddHours(1)).ShouldHaveSingleItem();

        reminder.Message.ShouldBe(new BilingualText("转诊（绿色通道）已超过接收时限 2025-03-03 08:30 +08:00", "the referral is past its acceptance deadline 2025-03-03 08:30 +08:00"));
    }

    [Theory]
    [InlineData(ReferralState.Draft)]
    [InlineData(ReferralState.Arrived)]
    [InlineData(ReferralState.Completed)]
    [InlineData(ReferralState.Rejected)]
    [InlineData(ReferralState.Cancelled)]
    [InlineData(ReferralState.Expired)]
    public void No_limit_runs_outside_submitted_accepted_and_scheduled(ReferralState state)
    {
        var referral = Accepted(ReferralUrgency.Emergency, state);
        Reminders.Due(referral, Limits, T0.AddYears(1)).ShouldBeEmpty();
        Expiry.ShouldExpire(referral, Limits, T0.AddYears(1)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(ReferralUrgency.Routine, 72 * 60, false)]
    [InlineData(ReferralUrgency.Routine, 72 * 60 + 1, true)]
    [InlineData(ReferralUrgency.Emergency, 24 * 60 + 30, false)]
    [InlineData(ReferralUrgency.Emergency, 24 * 60 + 31, true)]
    public void A_submitted_referral_expires_a_grace_period_after_its_acceptance_limit(ReferralUrgency urgency, int minutes, bool expires) =>
        Expiry.ShouldExpire(Submitted(urgency), Limits, T0.AddMinutes(minutes)).ShouldBe(expires);

    [Theory]
    [InlineData(ReferralState.Accepted, 15 * 24, false)]
    [InlineData(ReferralState.Accepted, 15 * 24 + 1, true)]
    [InlineData(ReferralState.Scheduled, 15 * 24 + 1, true)]
    public void An_accepted_referral_expires_a_grace_period_after_its_arrival_limit(ReferralState state, int hours, bool expires) =>
        Expiry.ShouldExpire(Accepted(ReferralUrgency.Routine, state), Limits, T0.AddHours(hours)).ShouldBe(expires);

    [Fact]
    public void Limits_without_grace_expire_the_moment_they_are_overdue()
    {
        var strict = Limits with { ExpiryGrace = TimeSpan.Zero };
        Expiry.ShouldExpire(Submitted(ReferralUrgency.Urgent), strict, T0.AddHours(4)).ShouldBeFalse();
        Expiry.ShouldExpire(Submitted(ReferralUrgency.Urgent), strict, T0.AddHours(4).AddTicks(1)).ShouldBeTrue();
    }

    [Fact]
    public void Bad_limits_are_named()
    {
        var bad = Limits with { UrgentAccept = TimeSpan.Zero, ReminderShare = 1, ExpiryGrace = TimeSpan.FromHours(-1) };

        bad.Validate().Select(p => p.Field).ShouldBe(["UrgentAccept", "ReminderShare", "ExpiryGrace"]);
    }
}
