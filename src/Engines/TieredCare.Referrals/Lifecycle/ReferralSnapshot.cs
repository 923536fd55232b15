namespace TieredCare.Referrals.Lifecycle;

/// <summary>
/// The part of a referral the lifecycle rules read and write. The persistence layer keeps these fields on its entity
/// and copies them back from <see cref="TransitionAccepted.Next"/>.
/// </summary>
/// <param name="State">The current state.</param>
/// <param name="Direction">Up, down or lateral.</param>
/// <param name="Urgency">Routine or green channel.</param>
public sealed record ReferralSnapshot(ReferralState State, ReferralDirection Direction, ReferralUrgency Urgency)
{
    /// <summary>When it was submitted; the acceptance limit runs from here.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>When it was accepted; the arrival limit runs from here.</summary>
    public DateTimeOffset? AcceptedAt { get; init; }

    /// <summary>When a booking was linked.</summary>
    public DateTimeOffset? ScheduledAt { get; init; }

    /// <summary>When the patient arrived.</summary>
    public DateTimeOffset? ArrivedAt { get; init; }

    /// <summary>When it reached a final state.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The linked booking, once scheduled.</summary>
    public string? BookingReference { get; init; }

    /// <summary>The feedback, once completed.</summary>
    public ReferralFeedback? Feedback { get; init; }

    /// <summary>The reason given when rejected or cancelled.</summary>
    public string? Reason { get; init; }

    /// <summary>A new draft.</summary>
    public static ReferralSnapshot Draft(ReferralDirection direction, ReferralUrgency urgency = ReferralUrgency.Routine) =>
        new(ReferralState.Draft, direction, urgency);

    /// <summary>True in a state no action leaves.</summary>
    public bool IsFinal => State is ReferralState.Rejected or ReferralState.Completed or ReferralState.Cancelled or ReferralState.Expired;
}
