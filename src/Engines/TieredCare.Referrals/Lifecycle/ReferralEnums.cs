namespace TieredCare.Referrals.Lifecycle;

/// <summary>Where a referral is in its lifecycle.</summary>
public enum ReferralState
{
    /// <summary>Being written by the referring doctor.</summary>
    Draft,

    /// <summary>Sent to the receiving institution, waiting for acceptance.</summary>
    Submitted,

    /// <summary>Accepted by the receiving institution.</summary>
    Accepted,

    /// <summary>Refused by the receiving institution, with a reason (final).</summary>
    Rejected,

    /// <summary>A booking (slot, exam or bed) is linked.</summary>
    Scheduled,

    /// <summary>The patient has arrived.</summary>
    Arrived,

    /// <summary>Closed with feedback to the referring doctor (final).</summary>
    Completed,

    /// <summary>Withdrawn, with a reason (final).</summary>
    Cancelled,

    /// <summary>Closed because a time limit passed (final).</summary>
    Expired,
}

/// <summary>The direction of a referral between tiers.</summary>
public enum ReferralDirection
{
    /// <summary>上转: to a higher tier.</summary>
    Up,

    /// <summary>下转: to a lower tier, usually a recovering or chronic patient with a care plan.</summary>
    Down,

    /// <summary>平转: between institutions of one tier inside a network.</summary>
    Lateral,
}

/// <summary>How fast the receiving side must act.</summary>
public enum ReferralUrgency
{
    /// <summary>Routine: the ordinary time limits.</summary>
    Routine,

    /// <summary>Urgent: green channel (绿色通道).</summary>
    Urgent,

    /// <summary>Emergency: green channel (绿色通道) with the shortest limits.</summary>
    Emergency,
}

/// <summary>What a user (or the expiry job) does to a referral.</summary>
public enum ReferralActionKind
{
    /// <summary>Send the draft.</summary>
    Submit,

    /// <summary>Accept it at the receiving institution.</summary>
    Accept,

    /// <summary>Refuse it, with a reason.</summary>
    Reject,

    /// <summary>Link a booking.</summary>
    Schedule,

    /// <summary>Record the patient's arrival.</summary>
    Arrive,

    /// <summary>Close it with feedback.</summary>
    Complete,

    /// <summary>Withdraw it, with a reason.</summary>
    Cancel,

    /// <summary>Close it because a time limit passed.</summary>
    Expire,

    /// <summary>The referral's booking was cancelled: it is accepted again and waits for another booking.</summary>
    Unschedule,
}

/// <summary>Green-channel helpers.</summary>
public static class ReferralUrgencies
{
    /// <summary>True for urgent and emergency referrals, which take the green channel (绿色通道).</summary>
    public static bool IsGreenChannel(this ReferralUrgency urgency) => urgency is ReferralUrgency.Urgent or ReferralUrgency.Emergency;
}
