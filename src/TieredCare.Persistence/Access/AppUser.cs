using Microsoft.AspNetCore.Identity;

namespace TieredCare.Persistence.Access;

public enum UserRole
{
    SystemAdmin,
    HealthCommissionAnalyst,
    InsuranceAnalyst,
    NetworkManager,
    InstitutionAdmin,
    Clinician,
    ReferralCoordinator,
    Dispatcher,
    Auditor,
}

/// <summary>What part of the registry tree a user's role applies to.</summary>
public enum ScopeKind
{
    Region,
    Network,
    Institution,
}

public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public UserRole Role { get; set; }
    public ScopeKind ScopeKind { get; set; }

    /// <summary>A division code, network code or institution code, as <see cref="ScopeKind"/> says.</summary>
    public string ScopeCode { get; set; } = "";

    /// <summary>Demo accounts exist only while the server runs in demo mode.</summary>
    public bool IsDemo { get; set; }
    public bool IsActive { get; set; } = true;
}
