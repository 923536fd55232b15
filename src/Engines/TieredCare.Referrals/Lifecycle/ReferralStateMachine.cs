using System.Collections.Frozen;

namespace TieredCare.Referrals.Lifecycle;

/// <summary>A condition a transition needs besides its row in the table.</summary>
public enum TransitionCondition
{
    /// <summary>None.</summary>
    None,

    /// <summary>Only green-channel (urgent or emergency) referrals: they may arrive without a booking.</summary>
    GreenChannelOnly,

    /// <summary>Only when <see cref="Expiry.ShouldExpire"/> is true at the time of the action.</summary>
    PastTimeLimit,
}

/// <summary>One row of the transition table.</summary>
public sealed record TransitionRule(ReferralState From, ReferralActionKind Action, ReferralState To, TransitionCondition Condition = TransitionCondition.None);

/// <summary>A transition that happened, for the referral's history (谁、何时、为何).</summary>
/// <param name="From">The state before.</param>
/// <param name="To">The state after.</param>
/// <param name="Action">The action taken.</param>
/// <param name="By">Who acted (a user id, or the job that expired the referral).</param>
/// <param name="At">When.</param>
/// <param name="Detail">The reason, booking reference or feedback diagnosis the action carried; null when it carries none.</param>
public sealed record ReferralTransition(ReferralState From, ReferralState To, ReferralActionKind Action, string By, DateTimeOffset At, string? Detail);

/// <summary>Why an action was refused.</summary>
public enum RefusalKind
{
    /// <summary>The table has no row for the action in the current state (a conflict, HTTP 409).</summary>
    NotAllowedInState,

    /// <summary>The row exists but its condition does not hold (a conflict, HTTP 409).</summary>
    ConditionNotMet,

    /// <summary>The action lacks data it needs or carries bad data; <see cref="IllegalTransition.Field"/> names it (HTTP 400).</summary>
    InvalidInput,
}

/// <summary>The outcome of <see cref="ReferralStateMachine.Apply"/>: accepted or refused.</summary>
public abstract record TransitionResult
{
    private protected TransitionResult()
    {
    }
}

/// <summary>The action was applied.</summary>
/// <param name="Next">The referral after the action.</param>
/// <param name="Transition">The history entry to store.</param>
public sealed record TransitionAccepted(ReferralSnapshot Next, ReferralTransition Transition) : TransitionResult;

/// <summary>The action was refused; the referral is unchanged.</summary>
/// <param name="CurrentState">The referral's state, which the caller reports back (e.g. with a 409).</param>
/// <param name="Action">The refused action.</param>
/// <param name="Kind">Why: not allowed in this state, a condition not met, or bad input.</param>
/// <param name="Message">The explanation in Chinese and English.</param>
/// <param name="Field">The bad input field, for <see cref="RefusalKind.InvalidInput"/>.</param>
public sealed record IllegalTransition(ReferralState CurrentState, ReferralActionKind Action, RefusalKind Kind, BilingualText Message, string? Field = null) : TransitionResult;

/// <summary>
/// The referral lifecycle as one explicit table (<see cref="Rules"/>) and one pure function. An EF entity keeps the
/// snapshot's fields with private setters and calls <see cref="Apply"/>; nothing here knows about storage or the clock.
/// </summary>
public static class ReferralStateMachine
{
    /// <summary>Every allowed transition. Anything not listed is refused.</summary>
    public static IReadOnlyList<TransitionRule> Rules { get; } =
    [
        new(ReferralState.Draft, ReferralActionKind.Submit, ReferralState.Submitted),
        new(ReferralState.Draft, ReferralActionKind.Cancel, ReferralState.Cancelled),
        new(ReferralState.Submitted, ReferralActionKind.Accept, ReferralState.Accepted),
        new(ReferralState.Submitted, ReferralActionKind.Reject, ReferralState.Rejected),
        new(ReferralState.Submitted, ReferralActionKind.Cancel, ReferralState.Cancelled),
        new(ReferralState.Submitted, ReferralActionKind.Expire, ReferralState.Expired, TransitionCondition.PastTimeLimit),
        new(ReferralState.Accepted, ReferralActionKind.Schedule, ReferralState.Scheduled),
        new(ReferralState.Accepted, ReferralActionKind.Arrive, ReferralState.Arrived, TransitionCondition.GreenChannelOnly),
        new(ReferralState.Accepted, ReferralActionKind.Cancel, ReferralState.Cancelled),
        new(ReferralState.Accepted, ReferralActionKind.Expire, ReferralState.Expired, TransitionCondition.PastTimeLimit),
        new(ReferralState.Scheduled, ReferralActionKind.Arrive, ReferralState.Arrived),
        new(ReferralState.Scheduled, ReferralActionKind.Unschedule, ReferralState.Accepted),
        new(ReferralState.Scheduled, ReferralActionKind.Cancel, ReferralState.Cancelled),
        new(ReferralState.Scheduled, ReferralActionKind.Expire, ReferralState.Expired, TransitionCondition.PastTimeLimit),
        new(ReferralState.Arrived, ReferralActionKind.Complete, ReferralState.Completed),
    ];

    private static readonly FrozenDictionary<(ReferralState, ReferralActionKind), TransitionRule> Table =
        Rules.ToFrozenDictionary(r => (r.From, r.Action));

    /// <summary>The rule for an action in a state, or null when the action is not allowed there.</summary>
    public static TransitionRule? Find(ReferralState state, ReferralActionKind action) => Table.GetValueOrDefault((state, action));

    /// <summary>The actions the table lists for a state (conditions not checked), for the UI's buttons.</summary>
    public static IReadOnlyList<ReferralActionKind> ActionsFrom(ReferralState state) => [.. Rules.Where(r => r.From == state).Select(r => r.Action)];

    /// <summary>Applies an action to a referral.</summary>
    /// <param name="current">The referral as it is.</param>
    /// <param name="action">The action with its data.</param>
    /// <param name="by">Who acts; must not be blank.</param>
    /// <param name="at">When the action happens (the host's clock).</param>
    public static TransitionResult Apply(ReferralSnapshot current, ReferralAction action, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(action);
        var kind = action.Kind;
        if (Find(current.State, kind) is not { } rule)
        {
            return new IllegalTransition(current.State, kind, RefusalKind.NotAllowedInState, new BilingualText(
                $"转诊当前为“{StateName(current.State)}”，不能{ActionName(kind)}",
                $"a referral that is {current.State} cannot be {Past(kind)}"));
        }

        if (string.IsNullOrWhiteSpace(by))
        {
            return Invalid(current, kind, "by", new BilingualText("未指明操作人", "who acts is not given"));
        }

        switch (rule.Condition)
        {
            case TransitionCondition.GreenChannelOnly when !current.Urgency.IsGreenChannel():
                return new IllegalTransition(current.State, kind, RefusalKind.ConditionNotMet, new BilingualText(
                    "普通转诊须先预约再到诊；只有急诊、紧急（绿色通道）转诊可不经预约直接到诊",
                    "a routine referral must be scheduled before the patient arrives; only urgent and emergency (green channel) referrals may arrive without a booking"));
            case TransitionCondition.PastTimeLimit when !Expiry.ShouldExpire(current, ((ExpireReferral)action).Limits, at):
                return new IllegalTransition(current.State, kind, RefusalKind.ConditionNotMet, new BilingualText(
                    "转诊尚未超过时限，不能置为过期", "the referral is not past its time limit, so it cannot expire"));
        }

        var next = current with { State = rule.To };
        string? detail = null;
        switch (action)
        {
            case SubmitReferral:
                next = next with { SubmittedAt = at };
                break;
            case AcceptReferral:
                next = next with { AcceptedAt = at };
                break;
            case RejectReferral r when string.IsNullOrWhiteSpace(r.Reason):
                return Invalid(current, kind, nameof(r.Reason), new BilingualText("拒绝转诊须说明理由", "a rejection needs a reason"));
            case RejectReferral r:
                detail = r.Reason.Trim();
                next = next with { Reason = detail, ClosedAt = at };
                break;
            case CancelReferral c when string.IsNullOrWhiteSpace(c.Reason):
                return Invalid(current, kind, nameof(c.Reason), new BilingualText("取消转诊须说明理由", "a cancellation needs a reason"));
            case CancelReferral c:
                detail = c.Reason.Trim();
                next = next with { Reason = detail, ClosedAt = at };
                break;
            case ScheduleReferral s when string.IsNullOrWhiteSpace(s.BookingReference):
                return Invalid(current, kind, nameof(s.BookingReference), new BilingualText("预约转诊须关联预约号", "scheduling needs a booking reference"));
            case ScheduleReferral s:
                detail = s.BookingReference.Trim();
                next = next with { BookingReference = detail, ScheduledAt = at };
                break;
            case ArriveReferral:
                next = next with { ArrivedAt = at };
                break;
            case UnscheduleReferral:
                detail = current.BookingReference;
                next = next with { BookingReference = null, ScheduledAt = null };
                break;
            case CompleteReferral { Feedback: null }:
                return Invalid(current, kind, "Feedback", new BilingualText("完成转诊须填写回执", "completing a referral needs feedback"));
            case CompleteReferral complete when complete.Feedback.Problems() is [var problem, ..]:
                return Invalid(current, kind, "Feedback." + problem.Field, problem.Reason);
            case CompleteReferral complete:
                detail = complete.Feedback.DiagnosisCode.Trim();
                next = next with { Feedback = complete.Feedback, ClosedAt = at };
                break;
            case ExpireReferral:
                next = next with { ClosedAt = at };
                break;
        }

        return new TransitionAccepted(next, new ReferralTransition(current.State, rule.To, kind, by.Trim(), at, detail));
    }

    /// <summary>The Chinese name of a state, e.g. 已接收.</summary>
    public static string StateName(ReferralState state) => state switch
    {
        ReferralState.Draft => "草稿",
        ReferralState.Submitted => "已提交",
        ReferralState.Accepted => "已接收",
        ReferralState.Rejected => "已拒绝",
        ReferralState.Scheduled => "已预约",
        ReferralState.Arrived => "已到诊",
        ReferralState.Completed => "已完成",
        ReferralState.Cancelled => "已取消",
        ReferralState.Expired => "已过期",
        _ => state.ToString(),
    };

    private static IllegalTransition Invalid(ReferralSnapshot current, ReferralActionKind kind, string field, BilingualText message) =>
        new(current.State, kind, RefusalKind.InvalidInput, message, field);

    private static string ActionName(ReferralActionKind kind) => kind switch
    {
        ReferralActionKind.Submit => "提交",
        ReferralActionKind.Accept => "接收",
        ReferralActionKind.Reject => "拒绝",
        ReferralActionKind.Schedule => "预约",
        ReferralActionKind.Arrive => "登记到诊",
        ReferralActionKind.Complete => "完成",
        ReferralActionKind.Cancel => "取消",
        ReferralActionKind.Unschedule => "撤销预约",
        _ => "置为过期",
    };

    private static string Past(ReferralActionKind kind) => kind switch
    {
        ReferralActionKind.Submit => "submitted",
        ReferralActionKind.Accept => "accepted",
        ReferralActionKind.Reject => "rejected",
        ReferralActionKind.Schedule => "scheduled",
        ReferralActionKind.Arrive => "marked as arrived",
        ReferralActionKind.Complete => "completed",
        ReferralActionKind.Cancel => "cancelled",
        ReferralActionKind.Unschedule => "unscheduled",
        _ => "expired",
    };
}
