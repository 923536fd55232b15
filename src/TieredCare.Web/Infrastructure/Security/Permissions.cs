using Microsoft.AspNetCore.Authorization;
using TieredCare.Persistence.Access;
using static TieredCare.Persistence.Access.UserRole;

namespace TieredCare.Web.Infrastructure.Security;

/// <summary>
/// What each role may do: one table, read by the authorization policies. Scope (which part of
/// the registry tree) is checked separately by <see cref="ScopeResolver"/>.
/// </summary>
public static class Permissions
{
    public const string RegistryRead = "registry.read";
    public const string RegistryManage = "registry.manage";       // create regions, institutions, networks
    public const string RegistryImport = "registry.import";       // bulk CSV import, which is not limited to a scope
    public const string InstitutionEdit = "registry.institution.edit"; // update an institution in scope
    public const string NetworkEdit = "registry.network.edit";    // update a network and its members in scope
    public const string PatientSearch = "patients.search";        // masked lists
    public const string PatientView = "patients.view";            // whole record, audited
    public const string PatientRegister = "patients.register";
    public const string PatientMerge = "patients.merge";
    public const string AuditRead = "audit.read";
    public const string AbstractsUpload = "abstracts.upload";     // send discharge abstracts of institutions in scope
    public const string AbstractsRead = "abstracts.read";         // quality reports and case lists in scope; a case view is audited
    public const string DrgRead = "drg.read";                     // table sets, weights, DRG profiles in scope
    public const string DrgGroup = "drg.group";                   // store a period's grouping under a table set
    public const string DrgTablesManage = "drg.tables.manage";    // load another table set
    public const string PaymentRead = "payment.read";             // settlement runs, statements, what-if (region-wide roles)
    public const string PaymentSettle = "payment.settle";         // run and store a settlement, re-run it, set network budgets
    public const string PaymentBudgetRead = "payment.budget.read"; // network global budgets; a network manager sees their own
    public const string PaymentStatementRead = "payment.statement.read"; // hospital statements in scope: a hospital its own, a network its members'
    public const string ReferralsRead = "referrals.read";          // referrals from or to institutions in scope, with masked patients
    public const string ReferralsCreate = "referrals.create";      // draft, submit and cancel referrals from one's own institution
    public const string ReferralsHandle = "referrals.handle";      // accept, reject, mark arrived and complete referrals to one's own institution
    public const string ReferralsRegister = "referrals.register";  // the monthly referral register (双向转诊登记) and its export
    public const string ReferralsCatalogueManage = "referrals.catalogue.manage"; // load a network's tiered disease catalogue
    public const string BookingRead = "booking.read";              // schedules and free slots region-wide; bookings in scope
    public const string BookingPublish = "booking.publish";        // publish schedules (slots, exam devices, beds) of one's own institution
    public const string BookingBook = "booking.book";              // book, cancel, check in, mark no-show, waiting lists

    public static readonly IReadOnlyDictionary<string, UserRole[]> Table = new Dictionary<string, UserRole[]>
    {
        [RegistryRead] = Enum.GetValues<UserRole>(),
        [RegistryManage] = [SystemAdmin, HealthCommissionAnalyst],
        [RegistryImport] = [SystemAdmin],
        [InstitutionEdit] = [SystemAdmin, HealthCommissionAnalyst, NetworkManager, InstitutionAdmin],
        [NetworkEdit] = [SystemAdmin, HealthCommissionAnalyst, NetworkManager],
        [PatientSearch] = [SystemAdmin, NetworkManager, InstitutionAdmin, Clinician, ReferralCoordinator, Dispatcher],
        [PatientView] = [Clinician, ReferralCoordinator, Dispatcher],
        [PatientRegister] = [InstitutionAdmin, Clinician, ReferralCoordinator],
        [PatientMerge] = [SystemAdmin, InstitutionAdmin],
        [AuditRead] = [Auditor, SystemAdmin],
        [AbstractsUpload] = [SystemAdmin, InstitutionAdmin],
        [AbstractsRead] = [SystemAdmin, HealthCommissionAnalyst, InsuranceAnalyst, NetworkManager, InstitutionAdmin],
        [DrgRead] = [SystemAdmin, HealthCommissionAnalyst, InsuranceAnalyst, NetworkManager, InstitutionAdmin],
        [DrgGroup] = [SystemAdmin, HealthCommissionAnalyst, InsuranceAnalyst],
        [DrgTablesManage] = [SystemAdmin],
        [PaymentRead] = [SystemAdmin, InsuranceAnalyst, HealthCommissionAnalyst],
        [PaymentSettle] = [SystemAdmin, InsuranceAnalyst],
        [PaymentBudgetRead] = [SystemAdmin, InsuranceAnalyst, HealthCommissionAnalyst, NetworkManager],
        [PaymentStatementRead] = [SystemAdmin, InsuranceAnalyst, HealthCommissionAnalyst, NetworkManager, InstitutionAdmin],
        [ReferralsRead] = [SystemAdmin, HealthCommissionAnalyst, NetworkManager, InstitutionAdmin, Clinician, ReferralCoordinator],
        [ReferralsCreate] = [Clinician, ReferralCoordinator],
        [ReferralsHandle] = [Clinician, ReferralCoordinator],
        [ReferralsRegister] = [SystemAdmin, HealthCommissionAnalyst, NetworkManager, InstitutionAdmin],
        [ReferralsCatalogueManage] = [SystemAdmin, HealthCommissionAnalyst, NetworkManager],
        [BookingRead] = [SystemAdmin, NetworkManager, InstitutionAdmin, Clinician, ReferralCoordinator, Dispatcher],
        [BookingPublish] = [SystemAdmin, InstitutionAdmin],
        [BookingBook] = [Clinician, ReferralCoordinator, Dispatcher],
    };

    public static bool Allows(UserRole role, string permission) => Table[permission].Contains(role);

    public static void AddPolicies(AuthorizationOptions options)
    {
        foreach (var (permission, roles) in Table)
        {
            var names = roles.Select(r => r.ToString()).ToArray();
            options.AddPolicy(permission, p => p.RequireAuthenticatedUser().RequireClaim(CurrentUser.RoleClaim, names));
        }

        options.FallbackPolicy = null; // static UI files are public; every API group requires a policy
    }
}
