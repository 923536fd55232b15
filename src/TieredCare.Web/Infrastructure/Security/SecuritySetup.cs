using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using TieredCare.Persistence;
using TieredCare.Persistence.Access;

namespace TieredCare.Web.Infrastructure.Security;

public static class SecuritySetup
{
    public const string CookieScheme = "TieredCare.Cookie";
    private const string SmartScheme = "TieredCare";
    public const string LoginRateLimit = "login";
    public const string ApiRateLimit = "api";

    public static IServiceCollection AddTieredCareSecurity(this IServiceCollection services, ServerOptions options)
    {
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<TieredCareDbContext>();

        services.AddSingleton(sp => options.JwtKey is { } text
            ? SigningKey.FromText(text)
            : LoadOrCreateKey(sp.GetRequiredService<IDbContextFactory<TieredCareDbContext>>()));
        services.AddSingleton<TokenService>();
        services.AddScoped<ScopeResolver>();

        services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, "Bearer token or cookie", o =>
                o.ForwardDefaultSelector = ctx =>
                    ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? JwtBearerDefaults.AuthenticationScheme
                        : CookieScheme)
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = "tieredcare";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                // An API answers 401/403; the single-page UI decides where to go.
                o.Events.OnRedirectToLogin = ctx => { ctx.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
                o.Events.OnRedirectToAccessDenied = ctx => { ctx.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
            })
            .AddJwtBearer();

        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKey>((o, key) =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = TokenService.Issuer,
                    ValidAudience = TokenService.Issuer,
                    IssuerSigningKey = key.Key,
                    NameClaimType = System.Security.Claims.ClaimTypes.Name,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });

        services.AddAuthorization(Permissions.AddPolicies);

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Guessing passwords: a few attempts a minute per client address (10 by default).
            o.AddPolicy(LoginRateLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            // A runaway client or script: per user, generous enough for integration clients
            // (api_requests_per_second, 20,000 by default).
            o.AddPolicy(ApiRateLimit, ctx => RateLimitPartition.GetTokenBucketLimiter(
                ctx.User.Identity?.Name ?? ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.ApiRequestsPerSecond,
                    TokensPerPeriod = options.ApiRequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }

    private static SigningKey LoadOrCreateKey(IDbContextFactory<TieredCareDbContext> contexts)
    {
        const string settingKey = "jwt.signing_key";
        using var db = contexts.CreateDbContext();
        var stored = db.AppSettings.AsNoTracking().FirstOrDefault(s => s.Key == settingKey);
        if (stored is null)
        {
            stored = new AppSetting { Key = settingKey, Value = SigningKey.NewSecret() };
            db.AppSettings.Add(stored);
            try
            {
                db.SaveChanges();
            }
            catch (DbUpdateException)
            {
                // Another server created it first; use theirs.
                stored = db.AppSettings.AsNoTracking().First(s => s.Key == settingKey);
            }
        }

        return new SigningKey(Convert.FromBase64String(stored.Value));
    }
}
