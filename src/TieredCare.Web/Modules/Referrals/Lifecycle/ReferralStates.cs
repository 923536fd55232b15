using TieredCare.Persistence.Facts;
using TieredCare.Referrals.Lifecycle;
using Engine = TieredCare.Referrals.Lifecycle;

namespace TieredCare.Web.Modules.Referrals.Lifecycle;

/// <summary>
/// The stored referral and the lifecycle engine's snapshot, both ways. The register's enums and the engine's share their
/// names; the engine decides every transition, this only copies its answer onto the row.
/// </summary>
public static class ReferralStates
{
    public static ReferralState State(ReferralStatus status) => Enum.Parse<ReferralState>(status.ToString());

    public static ReferralStatus Status(ReferralState state) => Enum.Parse<ReferralStatus>(state.ToString());

    public static Engine.ReferralDirection Direction(Persistence.Facts.ReferralDirection direction) => Enum.Parse<Engine.ReferralDirection>(direction.ToString());

    public static ReferralUrgency Urgency(Referral r) =>
        r.IsEmergency ? ReferralUrgency.Emergency : r.IsUrgent ? ReferralUrgency.Urgent : ReferralUrgency.Routine;

    public static ReferralSnapshot Snapshot(Referral r) => new(State(r.Status), Direction(r.Direction), Urgency(r))
    {
        // A draft's SubmittedAt is when it was drafted; the engine must not count a time limit from it.
        SubmittedAt = r.Status == ReferralStatus.Draft ? null : r.SubmittedAt,
        AcceptedAt = r.AcceptedAt,
        ScheduledAt = r.ScheduledAt,
        ArrivedAt = r.ArrivedAt,
        ClosedAt = r.ClosedAt,
        BookingReference = r.BookingReference,
        Reason = r.Status == ReferralStatus.Rejected ? r.RejectReason : r.CancelReason,
    };

    /// <summary>Copies an accepted transition onto the row and returns its history record.</summary>
    public static ReferralTransitionRecord Apply(Referral r, TransitionAccepted accepted)
    {
        var next = accepted.Next;
        var t = accepted.Transition;
        r.Status = Status(next.State);
        if (next.SubmittedAt is { } submitted) r.SubmittedAt = submitted;
        r.AcceptedAt = next.AcceptedAt;
        r.ScheduledAt = next.ScheduledAt;
        r.ArrivedAt = next.ArrivedAt;
        r.ClosedAt = next.ClosedAt;
        r.BookingReference = next.BookingReference;
        switch (t.Action)
        {
            case ReferralActionKind.Reject:
                r.RejectReason = next.Reason;
                break;
            case ReferralActionKind.Cancel:
                r.CancelReason = next.Reason;
                break;
            case ReferralActionKind.Complete when next.Feedback is { } feedback:
                r.CompletedAt = next.ClosedAt;
                r.FeedbackDiagnosisCode = feedback.DiagnosisCode;
                r.FeedbackSummary = feedback.DischargeSummary;
                r.FeedbackCarePlan = feedback.CarePlan;
                break;
        }

        return new ReferralTransitionRecord
        {
            ReferralId = r.Id, FromStatus = Status(t.From), ToStatus = Status(t.To), Action = Word(t.Action), By = t.By, At = t.At, Detail = t.Detail,
        };
    }

    public static string Word(ReferralActionKind action) => action.ToString().ToLowerInvariant();

    /// <summary><c>AcceptDueSoon</c> → <c>accept_due_soon</c>.</summary>
    public static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    public static string Word(ReferralStatus status) => status.ToString().ToLowerInvariant();

    public static string Word(Persistence.Facts.ReferralDirection direction) => direction.ToString().ToLowerInvariant();

    public static string Word(ReferralUrgency urgency) => urgency.ToString().ToLowerInvariant();

    /// <summary>The number shown to patients and staff (转诊单号).</summary>
    public static string Number(long id) => $"ZZ{id:D8}";
}
