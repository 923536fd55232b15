using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Access;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure;

namespace TieredCare.Web.Modules.Access;

/// <summary>
/// The accounts a server needs before anyone can sign in: the system administrator always, and
/// in demo mode one demo account per role. Demo accounts are removed when demo mode is off.
/// </summary>
public sealed class Accounts(UserManager<AppUser> users, TieredCareDbContext db, ServerOptions options, ILogger<Accounts> log)
{
    public const string AdminUserName = "admin";

    public sealed record DemoAccount(string UserName, string DisplayName, UserRole Role, ScopeKind ScopeKind, string ScopeCode);

    /// <summary>Returns false when the server must not start: no admin password outside demo mode.</summary>
    public async Task<bool> EnsureAsync(CancellationToken ct)
    {
        var rootRegion = await db.Regions.AsNoTracking().Where(r => r.ParentCode == null).OrderBy(r => r.Code).Select(r => r.Code).FirstOrDefaultAsync(ct);
        var admin = await users.FindByNameAsync(AdminUserName);
        if (options.DemoMode)
        {
            foreach (var account in await DemoAccountsAsync(rootRegion, ct))
            {
                await UpsertAsync(account, options.DemoPassword, isDemo: true);
            }

            log.LogInformation("Demo mode: demo accounts use the password from TIEREDCARE_DEMO_PASSWORD (or the README default)");
            return true;
        }

        foreach (var demo in await db.Users.Where(u => u.IsDemo).ToListAsync(ct))
        {
            await users.DeleteAsync(demo);
        }

        if (options.AdminPassword is { } password)
        {
            await UpsertAsync(new DemoAccount(AdminUserName, "系统管理员", UserRole.SystemAdmin, ScopeKind.Region, rootRegion ?? ""), password, isDemo: false);
            return true;
        }

        if (admin is null || admin.IsDemo || string.IsNullOrEmpty(admin.PasswordHash))
        {
            return false;
        }

        return true;
    }

    public async Task UpsertAsync(DemoAccount account, string password, bool isDemo)
    {
        var user = await users.FindByNameAsync(account.UserName);
        var created = user is null;
        user ??= new AppUser { UserName = account.UserName };
        user.DisplayName = account.DisplayName;
        user.Role = account.Role;
        user.ScopeKind = account.ScopeKind;
        user.ScopeCode = account.ScopeCode;
        user.IsDemo = isDemo;
        user.IsActive = true;
        var result = created ? await users.CreateAsync(user, password) : await users.UpdateAsync(user);
        if (result.Succeeded && !created && !await users.CheckPasswordAsync(user, password))
        {
            result = await users.RemovePasswordAsync(user);
            if (result.Succeeded)
            {
                result = await users.AddPasswordAsync(user, password);
            }
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Account {account.UserName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    /// <summary>One account per role, scoped to real places of the loaded region.</summary>
    public async Task<IReadOnlyList<DemoAccount>> DemoAccountsAsync(string? rootRegion, CancellationToken ct)
    {
        var city = await db.Regions.AsNoTracking().Where(r => r.Level == DivisionLevel.City).OrderBy(r => r.Code).Select(r => r.Code).FirstOrDefaultAsync(ct) ?? rootRegion ?? "";
        var network = await db.Networks.AsNoTracking().Where(n => n.Type == NetworkType.CountyMedicalCommunity).OrderBy(n => n.Code).FirstOrDefaultAsync(ct);
        var lead = network?.LeadInstitutionCode ?? "";
        var township = network is null ? "" : await db.NetworkMembers.AsNoTracking()
            .Where(m => m.NetworkCode == network.Code)
            .Join(db.Institutions, m => m.InstitutionCode, i => i.Code, (m, i) => i)
            .Where(i => i.Type == InstitutionType.TownshipHealthCenter)
            .OrderBy(i => i.Code).Select(i => i.Code).FirstOrDefaultAsync(ct) ?? lead;
        var emergency = await db.Institutions.AsNoTracking().Where(i => i.Type == InstitutionType.EmergencyCenter).OrderBy(i => i.Code).Select(i => i.Code).FirstOrDefaultAsync(ct);

        return
        [
            new(AdminUserName, "系统管理员", UserRole.SystemAdmin, ScopeKind.Region, rootRegion ?? city),
            new("wjw", "市卫健委分析员", UserRole.HealthCommissionAnalyst, ScopeKind.Region, city),
            new("ybj", "市医保局分析员", UserRole.InsuranceAnalyst, ScopeKind.Region, city),
            new("ygt", "医共体管理中心", UserRole.NetworkManager, ScopeKind.Network, network?.Code ?? ""),
            new("yyadmin", "医院管理员", UserRole.InstitutionAdmin, ScopeKind.Institution, lead),
            new("doctor", "乡镇卫生院医生", UserRole.Clinician, ScopeKind.Institution, township),
            new("zzzx", "转诊服务中心", UserRole.ReferralCoordinator, ScopeKind.Institution, lead),
            new("dispatch", "120调度员", UserRole.Dispatcher, emergency is null ? ScopeKind.Region : ScopeKind.Institution, emergency ?? city),
            new("auditor", "安全审计员", UserRole.Auditor, ScopeKind.Region, city),
        ];
    }
}
