using TieredCare.Persistence;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Abstracts;

namespace TieredCare.Web.Modules.Referrals.Lifecycle;

/// <summary>
/// Whose referrals a user sees: those sent from or to an institution in their scope — a region's institutions, a
/// network's members, or their own institution (the same rule as for discharge abstracts).
/// </summary>
public static class ReferralScope
{
    public static Task<IReadOnlySet<string>> InstitutionsAsync(HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct) =>
        AbstractScope.InstitutionsAsync(http, scopes, db, ct);
}
