using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Facts;
using TieredCare.Referrals.Lifecycle;

namespace TieredCare.Web.Modules.Referrals.Lifecycle;

/// <summary>
/// Expires live referrals left past their time limit (plus the grace the limits allow), as the user <c>system</c>, every few
/// minutes. Imported history is the register's record and is left as it came.
/// </summary>
public sealed class ReferralExpiry(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReferralExpiry> log) : BackgroundService
{
    public const string SystemUser = "system";
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        do
        {
            try
            {
                var expired = await ExpireDueAsync(stoppingToken);
                if (expired > 0) log.LogInformation("Expired {Count} referrals past their time limit", expired);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
            {
                log.LogWarning(e, "Expiring overdue referrals failed; next attempt in {Period}", Period);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Expires every live referral the engine says should expire now; returns how many.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TieredCareDbContext>();
        var limits = ReferralTimeLimits.Default;
        var now = clock.GetUtcNow();
        var acceptBefore = now - limits.EmergencyAccept; // the shortest limits: nothing younger can be due
        var arriveBefore = now - limits.GreenChannelArrive;
        var candidates = await db.Referrals
            .Where(r => r.CreatedBy != null
                && ((r.Status == ReferralStatus.Submitted && r.SubmittedAt < acceptBefore)
                    || ((r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.Scheduled) && r.AcceptedAt < arriveBefore)))
            .Select(r => r.Id).ToListAsync(ct);
        var expired = 0;
        foreach (var id in candidates)
        {
            db.ChangeTracker.Clear();
            var referral = await db.Referrals.FirstAsync(r => r.Id == id, ct);
            var (outcome, _) = await ReferralActions.TransitionAsync(db, referral, new ExpireReferral(limits), SystemUser, now, ct);
            if (outcome is TransitionAccepted)
            {
                expired++;
                await Booking.ReferralBookings.ReleaseAsync(db, id, now, ct);
            }
        }

        return expired;
    }
}
