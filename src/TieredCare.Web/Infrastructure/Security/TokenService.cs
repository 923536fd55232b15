using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TieredCare.Persistence.Access;

namespace TieredCare.Web.Infrastructure.Security;

/// <summary>Issues the bearer tokens of <c>POST /api/v1/auth/token</c> (HS256, eight hours).</summary>
public sealed class TokenService(SigningKey key, TimeProvider clock)
{
    public const string Issuer = "tieredcare";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private readonly JsonWebTokenHandler handler = new();

    public (string Token, DateTimeOffset ExpiresAt) Issue(AppUser user)
    {
        var now = clock.GetUtcNow();
        var expires = now + Lifetime;
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Subject = new ClaimsIdentity(CurrentUser.ClaimsFor(user)),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }
}

/// <summary>
/// The token signing key: from <c>TIEREDCARE_JWT_KEY</c> when set (several servers share it),
/// otherwise generated once and kept in the database so tokens survive a restart.
/// </summary>
public sealed class SigningKey(byte[] bytes)
{
    public SymmetricSecurityKey Key { get; } = new(bytes);

    public static SigningKey FromText(string text) =>
        new(text.Length >= 32 ? Encoding.UTF8.GetBytes(text) : SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
}
