using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Referrals.Lifecycle;

namespace TieredCare.Web.Modules.Referrals.Lifecycle;

/// <summary>
/// A lifecycle step another module takes inside its own transaction — booking schedules a referral, cancelling the
/// booking unschedules it — through the same transition table and history as the referral API.
/// </summary>
public static class ReferralLifecycleStep
{
    /// <summary>Applies the action and saves it with its history record; false when the lifecycle refuses it in the referral's state.</summary>
    /// <exception cref="DbUpdateConcurrencyException">Someone moved the referral meanwhile; the caller's transaction should fail.</exception>
    public static async Task<bool> ApplyAsync(TieredCareDbContext db, long referralId, ReferralAction action, string by, DateTimeOffset at, CancellationToken ct)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId, ct);
        if (referral is null || ReferralStateMachine.Apply(ReferralStates.Snapshot(referral), action, by, at) is not TransitionAccepted accepted)
        {
            return false;
        }

        db.ReferralTransitions.Add(ReferralStates.Apply(referral, accepted));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
