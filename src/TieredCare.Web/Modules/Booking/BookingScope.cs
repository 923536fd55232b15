using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Booking;

/// <summary>The institutions whose bookings and waiting lists a user reads: a region's, a network's members, or an institution and its network partners.</summary>
internal static class BookingScope
{
    public static async Task<IReadOnlySet<string>> ReadableAsync(HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(http.User(), ct);
        return scope.ByRegion
            ? (await scope.Readable(db.Institutions.AsNoTracking()).Select(i => i.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal)
            : scope.ReadableInstitutions;
    }
}
