using TieredCare.Persistence.Access;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Access;

public static class GetMe
{
    public sealed record Me(string UserName, string DisplayName, UserRole Role, ScopeKind ScopeKind, string ScopeCode, string ScopeName, IReadOnlyList<string> Permissions);

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/me", async (HttpContext http, ScopeResolver scopes) => TypedResults.Ok(await DescribeAsync(http.User(), scopes, http.RequestAborted)))
            .RequireAuthorization(Infrastructure.Security.Permissions.RegistryRead);

    public static async Task<Me> DescribeAsync(CurrentUser user, ScopeResolver scopes, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(user, ct);
        var allowed = Infrastructure.Security.Permissions.Table.Where(p => p.Value.Contains(user.Role)).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        return new Me(user.UserName, user.DisplayName, user.Role, user.ScopeKind, user.ScopeCode, scope.Label, allowed);
    }
}
