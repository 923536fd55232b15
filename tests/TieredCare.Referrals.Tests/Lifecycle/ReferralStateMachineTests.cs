using TieredCare.Referrals.Lifecycle;

namespace TieredCare.Referrals.Tests.Lifecycle;

public class ReferralStateMachineTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 3, 8, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Written out by hand, not derived from the engine's table, so that a change there must be made here too.</summary>
    private static readonly Dictionary<(ReferralState, ReferralActionKind), ReferralState> Allowed = new()
    {
        [(ReferralState.Draft, ReferralActionKind.Submit)] = ReferralState.Submitted,
        [(ReferralState.Draft, ReferralActionKind.Cancel)] = ReferralState.Cancelled,
        [(ReferralState.Submitted, ReferralActionKind.Accept)] = ReferralState.Accepted,
        [(ReferralState.Submitted, ReferralActionKind.Reject)] = ReferralState.Rejected,
        [(ReferralState.Submitted, ReferralActionKind.Cancel)] = ReferralState.Cancelled,
        [(ReferralState.Submitted, ReferralActionKind.Expire)] = ReferralState.Expired,
        [(ReferralState.Accepted, ReferralActionKind.Schedule)] = ReferralState.Scheduled,
        [(ReferralState.Accepted, ReferralActionKind.Arrive)] = ReferralState.Arrived,
        [(ReferralState.Accepted, ReferralActionKind.Cancel)] = ReferralState.Cancelled,
        [(ReferralState.Accepted, ReferralActionKind.Expire)] = ReferralState.Expired,
        [(ReferralState.Scheduled, ReferralActionKind.Arrive)] = ReferralState.Arrived,
        [(ReferralState.Scheduled, ReferralActionKind.Unschedule)] = ReferralState.Accepted,
        [(ReferralState.Scheduled, ReferralActionKind.Cancel)] = ReferralState.Cancelled,
        [(ReferralState.Scheduled, ReferralActionKind.Expire)] = ReferralState.Expired,
        [(ReferralState.Arrived, ReferralActionKind.Complete)] = ReferralState.Completed,
    };

    public static TheoryData<ReferralState, ReferralActionKind> EveryStateAndAction()
    {
        var data = new TheoryData<ReferralState, ReferralActionKind>();
        foreach (var state in Enum.GetValues<ReferralState>())
        {
            foreach (var action in Enum.GetValues<ReferralActionKind>())
            {
                data.Add(state, action);
            }
        }

        return data;
    }

    internal static ReferralSnapshot InState(ReferralState state, ReferralUrgency urgency = ReferralUrgency.Emergency) =>
        new(state, ReferralDirection.Up, urgency) { SubmittedAt = T0, AcceptedAt = state is ReferralState.Draft or ReferralState.Submitted ? null : T0.AddMinutes(10) };

    internal static ReferralAction Valid(ReferralActionKind kind) => kind switch
    {
        ReferralActionKind.Submit => new SubmitReferral(),
        ReferralActionKind.Accept => new AcceptReferral(),
        ReferralActionKind.Reject => new RejectReferral("床位已满"),
        ReferralActionKind.Schedule => new ScheduleReferral("BK-0001"),
        ReferralActionKind.Arrive => new ArriveReferral(),
        ReferralActionKind.Complete => new CompleteReferral(new ReferralFeedback("I63.900", "溶栓后好转出院", "阿司匹林100mg qd，社区康复，每月随访血压")),
        ReferralActionKind.Cancel => new CancelReferral("患者改变主意"),
        ReferralActionKind.Unschedule => new UnscheduleReferral(),
        _ => new ExpireReferral(ReferralTimeLimits.Default),
    };

    [Theory]
    [MemberData(nameof(EveryStateAndAction))]
    public void Every_action_in_every_state_lands_where_the_table_says_or_is_refused_with_the_current_state(ReferralState state, ReferralActionKind action)
    {
        var at = T0.AddDays(30); // past every limit and its grace, so Expire's condition holds
        var result = ReferralStateMachine.Apply(InState(state), Valid(action), "doctor-1", at);

        if (Allowed.TryGetValue((state, action), out var to))
        {
            var accepted = result.ShouldBeOfType<TransitionAccepted>();
            accepted.Next.State.ShouldBe(to);
            accepted.Transition.ShouldBe(accepted.Transition with { From = state, To = to, Action = action, By = "doctor-1", At = at });
        }
        else
        {
            var refused = result.ShouldBeOfType<IllegalTransition>();
            (refused.CurrentState, refused.Action, refused.Kind).ShouldBe((state, action, RefusalKind.NotAllowedInState));
            refused.Message.Zh.ShouldContain($"转诊当前为“{ReferralStateMachine.StateName(state)}”");
            refused.Message.En.ShouldStartWith($"a referral that is {state} cannot be ");
        }
    }

    [Fact]
    public void The_engine_table_has_exactly_the_expected_rows()
    {
        ReferralStateMachine.Rules.Select(r => ((r.From, r.Action), r.To)).ToDictionary().ShouldBe(Allowed, ignoreOrder: true);
        ReferralStateMachine.ActionsFrom(ReferralState.Submitted).ShouldBe(
            [ReferralActionKind.Accept, ReferralActionKind.Reject, ReferralActionKind.Cancel, ReferralActionKind.Expire]);
        ReferralStateMachine.ActionsFrom(ReferralState.Completed).ShouldBeEmpty();
    }

    [Fact]
    public void A_routine_referral_cannot_arrive_without_a_booking()
    {
        var refused = ReferralStateMachine.Apply(InState(ReferralState.Accepted, ReferralUrgency.Routine), new ArriveReferral(), "nurse", T0.AddHours(1))
            .ShouldBeOfType<IllegalTransition>();

        (refused.CurrentState, refused.Kind).ShouldBe((ReferralState.Accepted, RefusalKind.ConditionNotMet));
        refused.Message.En.ShouldContain("green channel");
    }

    [Theory]
    [InlineData(ReferralUrgency.Urgent)]
    [InlineData(ReferralUrgency.Emergency)]
    public void A_green_channel_patient_may_arrive_without_a_booking(ReferralUrgency urgency) =>
        ReferralStateMachine.Apply(InState(ReferralState.Accepted, urgency), new ArriveReferral(), "nurse", T0.AddHours(1))
            .ShouldBeOfType<TransitionAccepted>().Next.ArrivedAt.ShouldBe(T0.AddHours(1));

    [Fact]
    public void A_routine_scheduled_patient_arrives()
    {
        var current = InState(ReferralState.Scheduled, ReferralUrgency.Routine);
        ReferralStateMachine.Apply(current, new ArriveReferral(), "nurse", T0.AddDays(3)).ShouldBeOfType<TransitionAccepted>().Next.State.ShouldBe(ReferralState.Arrived);
    }

    [Theory]
    [InlineData(ReferralState.Submitted)]
    [InlineData(ReferralState.Accepted)]
    [InlineData(ReferralState.Scheduled)]
    public void A_referral_within_its_time_limit_cannot_expire(ReferralState state)
    {
        var refused = ReferralStateMachine.Apply(InState(state, ReferralUrgency.Routine), new ExpireReferral(ReferralTimeLimits.Default), "expiry-job", T0.AddHours(1))
            .ShouldBeOfType<IllegalTransition>();

        (refused.CurrentState, refused.Kind).ShouldBe((state, RefusalKind.ConditionNotMet));
    }

    public static TheoryData<ReferralState, ReferralAction, string> BadInput() => new()
    {
        { ReferralState.Submitted, new RejectReferral(""), "Reason" },
        { ReferralState.Submitted, new RejectReferral("  "), "Reason" },
        { ReferralState.Draft, new CancelReferral(" "), "Reason" },
        { ReferralState.Accepted, new ScheduleReferral(""), "BookingReference" },
        { ReferralState.Arrived, new CompleteReferral(new ReferralFeedback("脑梗", "小结", "方案")), "Feedback.DiagnosisCode" },
        { ReferralState.Arrived, new CompleteReferral(new ReferralFeedback("I63.900", " ", "方案")), "Feedback.DischargeSummary" },
        { ReferralState.Arrived, new CompleteReferral(new ReferralFeedback("I63.900", "小结", "")), "Feedback.CarePlan" },
        { ReferralState.Arrived, new CompleteReferral(null!), "Feedback" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void An_action_without_its_required_data_is_refused_naming_the_field(ReferralState state, ReferralAction action, string field)
    {
        var refused = ReferralStateMachine.Apply(InState(state), action, "doctor-1", T0.AddHours(1)).ShouldBeOfType<IllegalTransition>();

        (refused.CurrentState, refused.Kind, refused.Field).ShouldBe((state, RefusalKind.InvalidInput, field));
        refused.Message.Zh.ShouldNotBeNullOrWhiteSpace();
        refused.Message.En.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void An_action_by_nobody_is_refused() =>
        ReferralStateMachine.Apply(InState(ReferralState.Draft), new SubmitReferral(), " ", T0).ShouldBeOfType<IllegalTransition>().Field.ShouldBe("by");

    [Fact]
    public void A_referral_walks_the_whole_way_and_keeps_what_each_step_carried()
    {
        var r = ReferralSnapshot.Draft(ReferralDirection.Up);
        var history = new List<ReferralTransition>();
        (ReferralAction Action, string By, DateTimeOffset At)[] steps =
        [
            (new SubmitReferral(), "village-doctor", T0),
            (new AcceptReferral(), "county-coordinator", T0.AddHours(3)),
            (new ScheduleReferral(" BK-42 "), "county-coordinator", T0.AddHours(4)),
            (new ArriveReferral(), "county-nurse", T0.AddDays(2)),
            (Valid(ReferralActionKind.Complete), "county-doctor", T0.AddDays(9)),
        ];
        foreach (var (action, by, at) in steps)
        {
            var accepted = ReferralStateMachine.Apply(r, action, by, at).ShouldBeOfType<TransitionAccepted>();
            r = accepted.Next;
            history.Add(accepted.Transition);
        }

        r.State.ShouldBe(ReferralState.Completed);
        (r.SubmittedAt, r.AcceptedAt, r.ScheduledAt, r.ArrivedAt, r.ClosedAt).ShouldBe((T0, T0.AddHours(3), T0.AddHours(4), T0.AddDays(2), T0.AddDays(9)));
        r.BookingReference.ShouldBe("BK-42");
        r.Feedback!.DiagnosisCode.ShouldBe("I63.900");
        history.Select(h => h.Detail).ShouldBe([null, null, "BK-42", null, "I63.900"]);
        r.IsFinal.ShouldBeTrue();
    }

    [Fact]
    public void Rejection_and_cancellation_keep_their_reason()
    {
        var rejected = ReferralStateMachine.Apply(InState(ReferralState.Submitted), new RejectReferral(" 本院无此专科 "), "county", T0.AddHours(1)).ShouldBeOfType<TransitionAccepted>();
        (rejected.Next.Reason, rejected.Next.ClosedAt, rejected.Transition.Detail).ShouldBe(("本院无此专科", T0.AddHours(1), "本院无此专科"));

        var cancelled = ReferralStateMachine.Apply(InState(ReferralState.Scheduled), new CancelReferral("患者已康复"), "village", T0.AddHours(2)).ShouldBeOfType<TransitionAccepted>();
        cancelled.Next.Reason.ShouldBe("患者已康复");
    }

    [Fact]
    public void A_cancelled_booking_takes_a_scheduled_referral_back_to_accepted_without_its_booking()
    {
        var scheduled = InState(ReferralState.Scheduled) with { BookingReference = "YY2026112400001234", ScheduledAt = T0.AddHours(1) };
        var back = ReferralStateMachine.Apply(scheduled, new UnscheduleReferral(), "booking", T0.AddHours(5)).ShouldBeOfType<TransitionAccepted>();
        (back.Next.State, back.Next.BookingReference, back.Next.ScheduledAt).ShouldBe((ReferralState.Accepted, (string?)null, (DateTimeOffset?)null));
        back.Transition.Detail.ShouldBe("YY2026112400001234");
    }
}
