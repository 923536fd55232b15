using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Access;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Abstracts;

/// <summary>
/// Whose discharge abstracts a user works with: a region scope every institution located in the
/// region, a network scope the network's members, an institution scope the institution alone
/// (a hospital does not see its referral partners' case data).
/// </summary>
public static class AbstractScope
{
    public static async Task<IReadOnlySet<string>> InstitutionsAsync(HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var user = http.User();
        var scope = await scopes.ResolveAsync(user, ct);
        if (scope.ByRegion)
        {
            return (await scope.Readable(db.Institutions.AsNoTracking()).Select(i => i.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        }

        return user.ScopeKind == ScopeKind.Institution ? new HashSet<string>([user.ScopeCode], StringComparer.Ordinal) : scope.ManagedInstitutions;
    }
}
