using TieredCare.Referrals.Catalogue;

namespace TieredCare.Referrals.Lifecycle;

/// <summary>An action on a referral with the data it needs. The kind selects the row of the transition table.</summary>
public abstract record ReferralAction
{
    private protected ReferralAction()
    {
    }

    /// <summary>The row of the transition table this action uses.</summary>
    public abstract ReferralActionKind Kind { get; }
}

/// <summary>Send the draft to the receiving institution.</summary>
public sealed record SubmitReferral : ReferralAction
{
    /// <inheritdoc/>
    public override ReferralActionKind Kind => ReferralActionKind.Submit;
}

/// <summary>Accept the referral.</summary>
public sealed record AcceptReferral : ReferralAction
{
    /// <inheritdoc/>
    public override ReferralActionKind Kind => ReferralActionKind.Accept;
}

/// <summary>Refuse the referral; the reason goes back to the referring doctor.</summary>
public sealed record RejectReferral(string Reason) : ReferralAction
{
    /// <inheritdoc/>
    public override ReferralActionKind Kind => ReferralActionKind.Reject;
}

/// <summary>Link a booking (M4) to the referral.</summary>
/// <param name="BookingReference">The booking's id.</param>
public sealed record ScheduleReferral(string BookingReference) : ReferralAction
{
    /// <inheritdoc/>
    public override ReferralActionKind Kind => ReferralActionKind.Schedule;
}

/// <summary>The booking of a scheduled referral was cancelled; the referral goes back to accepted.</summary>
public sealed record UnscheduleReferral : ReferralAction
{
    /// <inheritdoc/>
    public override ReferralActionKind Kind => ReferralActionKind.Unschedule;
}

/// <summary>Record the patient's arrival at the receiving institution.</summary>
public sealed record ArriveReferral : ReferralAction
{
    /// <inheritdoc/>
    public override ReferralActionKind Kind => ReferralActionKind.Arrive;
}

/// <summary>Close the referral with feedback to the referring doctor.</summary>
public sealed record CompleteReferral(ReferralFeedback Feedback) : ReferralAction
{
    /// <inheritdoc/>
    public override ReferralActionKind Kind => ReferralActionKind.Complete;
}

/// <summary>Withdraw the referral.</summary>
public sealed record CancelReferral(string Reason) : ReferralAction
{
    /// <inheritdoc/>
    public override ReferralActionKind Kind => ReferralActionKind.Cancel;
}

/// <summary>Close the referral because its time limit passed; allowed only when <see cref="Expiry.ShouldExpire"/> says so.</summary>
/// <param name="Limits">The limits the expiry is judged against.</param>
public sealed record ExpireReferral(ReferralTimeLimits Limits) : ReferralAction
{
    /// <inheritdoc/>
    public override ReferralActionKind Kind => ReferralActionKind.Expire;
}

/// <summary>What the receiving side sends back when it closes a referral (回执: diagnosis, discharge summary, care plan).</summary>
/// <param name="DiagnosisCode">The final diagnosis, an ICD-10 code.</param>
/// <param name="DischargeSummary">The discharge or visit summary.</param>
/// <param name="CarePlan">The follow-up plan for the referring or family doctor (M6).</param>
public sealed record ReferralFeedback(string DiagnosisCode, string DischargeSummary, string CarePlan)
{
    /// <summary>Every problem with the feedback, each naming its field; empty when it is complete.</summary>
    public IReadOnlyList<FieldProblem> Problems()
    {
        var problems = new List<FieldProblem>();
        if (!IcdCode.TryParse(DiagnosisCode, out _, out var reason))
        {
            problems.Add(new(nameof(DiagnosisCode), reason.Value));
        }

        if (string.IsNullOrWhiteSpace(DischargeSummary))
        {
            problems.Add(new(nameof(DischargeSummary), new BilingualText("出院（诊疗）小结为空", "the discharge summary is empty")));
        }

        if (string.IsNullOrWhiteSpace(CarePlan))
        {
            problems.Add(new(nameof(CarePlan), new BilingualText("后续诊疗方案为空", "the care plan is empty")));
        }

        return problems;
    }
}
