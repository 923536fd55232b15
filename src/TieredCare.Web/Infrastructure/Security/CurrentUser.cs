using System.Security.Claims;
using TieredCare.Persistence.Access;

namespace TieredCare.Web.Infrastructure.Security;

/// <summary>The signed-in user as the claims carry them: name, role and scope.</summary>
public sealed record CurrentUser(string UserName, string DisplayName, UserRole Role, ScopeKind ScopeKind, string ScopeCode)
{
    public const string RoleClaim = "tc_role";
    public const string ScopeKindClaim = "tc_scope_kind";
    public const string ScopeCodeClaim = "tc_scope";
    public const string DisplayNameClaim = "tc_display";

    public static IEnumerable<Claim> ClaimsFor(AppUser user) =>
    [
        new(ClaimTypes.Name, user.UserName!),
        new(ClaimTypes.NameIdentifier, user.Id),
        new(DisplayNameClaim, user.DisplayName),
        new(RoleClaim, user.Role.ToString()),
        new(ScopeKindClaim, user.ScopeKind.ToString()),
        new(ScopeCodeClaim, user.ScopeCode),
    ];

    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !Enum.TryParse<UserRole>(principal.FindFirstValue(RoleClaim), out var role)
            || !Enum.TryParse<ScopeKind>(principal.FindFirstValue(ScopeKindClaim), out var scopeKind))
        {
            return null;
        }

        return new CurrentUser(
            principal.FindFirstValue(ClaimTypes.Name) ?? "",
            principal.FindFirstValue(DisplayNameClaim) ?? "",
            role,
            scopeKind,
            principal.FindFirstValue(ScopeCodeClaim) ?? "");
    }
}

public static class CurrentUserExtensions
{
    /// <summary>The user of an endpoint that requires authentication; the policy guarantees the claims.</summary>
    public static CurrentUser User(this HttpContext context) =>
        CurrentUser.From(context.User) ?? throw new InvalidOperationException("The endpoint requires an authenticated user.");
}
