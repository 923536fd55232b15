using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using TieredCare.Persistence.Access;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Access;

/// <summary>Cookie sign-in for the UI, bearer tokens for API clients, sign-out.</summary>
public static class SignIn
{
    public sealed record Credentials(string UserName, string Password);

    public sealed record TokenResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/login", LoginAsync).RequireRateLimiting(SecuritySetup.LoginRateLimit);
        group.MapPost("/token", IssueTokenAsync).RequireRateLimiting(SecuritySetup.LoginRateLimit);
        group.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(SecuritySetup.CookieScheme);
            return TypedResults.NoContent();
        });
    }

    private static async Task<Results<Ok<GetMe.Me>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        Credentials credentials, UserManager<AppUser> users, ScopeResolver scopes, HttpContext http)
    {
        var (user, invalid, refused) = await CheckAsync(credentials, users);
        if (user is null)
        {
            return invalid is not null ? invalid : refused!;
        }

        var identity = new ClaimsIdentity(CurrentUser.ClaimsFor(user), SecuritySetup.CookieScheme);
        await http.SignInAsync(SecuritySetup.CookieScheme, new ClaimsPrincipal(identity));
        var current = CurrentUser.From(new ClaimsPrincipal(identity))!;
        return TypedResults.Ok(await GetMe.DescribeAsync(current, scopes, http.RequestAborted));
    }

    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> IssueTokenAsync(
        Credentials credentials, UserManager<AppUser> users, TokenService tokens)
    {
        var (user, invalid, refused) = await CheckAsync(credentials, users);
        if (user is null)
        {
            return invalid is not null ? invalid : refused!;
        }

        var (token, expires) = tokens.Issue(user);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", expires));
    }

    private static async Task<(AppUser? User, ValidationProblem? Invalid, ProblemHttpResult? Refused)> CheckAsync(Credentials c, UserManager<AppUser> users)
    {
        if (string.IsNullOrWhiteSpace(c.UserName) || string.IsNullOrEmpty(c.Password))
        {
            var errors = new List<TieredCare.Registry.FieldError>();
            if (string.IsNullOrWhiteSpace(c.UserName))
            {
                errors.Add(new("user_name", "请输入用户名 (user name is required)"));
            }

            if (string.IsNullOrEmpty(c.Password))
            {
                errors.Add(new("password", "请输入密码 (password is required)"));
            }

            return (null, Problems.Validation(errors), null);
        }

        var user = await users.FindByNameAsync(c.UserName.Trim());
        var refused = TypedResults.Problem("用户名或密码错误 (wrong user name or password)", statusCode: StatusCodes.Status401Unauthorized, title: "登录失败 (sign-in failed)");
        if (user is null || !user.IsActive)
        {
            return (null, null, refused);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return (null, null, TypedResults.Problem("失败次数过多，账户已临时锁定，请15分钟后再试 (too many failed attempts; try again in 15 minutes)",
                statusCode: StatusCodes.Status423Locked, title: "账户已锁定 (account locked)"));
        }

        if (!await users.CheckPasswordAsync(user, c.Password))
        {
            await users.AccessFailedAsync(user);
            return (null, null, refused);
        }

        await users.ResetAccessFailedCountAsync(user);
        return (user, null, null);
    }
}
