using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Referrals.Lifecycle;

namespace TieredCare.Web.Modules.Referrals;

/// <summary>
/// M3: the referral lifecycle (create, inbox and outbox, transitions, reminders, expiry), the networks' tiered disease
/// catalogues, the appropriateness check of a referral, and the monthly referral register.
/// </summary>
public static class ReferralsModule
{
    public static IServiceCollection AddReferralsModule(this IServiceCollection services)
    {
        services.AddScoped<CatalogueStore>().AddScoped<DemoCatalogues>();
        services.AddSingleton<ReferralExpiry>();
        services.AddHostedService(sp => sp.GetRequiredService<ReferralExpiry>());
        return services;
    }

    public static IEndpointRouteBuilder MapReferralsModule(this IEndpointRouteBuilder app)
    {
        // Each endpoint names its own permission: reading, referring, answering, loading catalogues and the register differ by role.
        var api = app.MapGroup("/api/v1").WithTags("Referrals").RequireRateLimiting(SecuritySetup.ApiRateLimit);
        ReferralReminders.Map(api); // before /referrals/{id}
        CreateReferral.Map(api);
        ListReferrals.Map(api);
        ViewReferral.Map(api);
        ReferralActions.Map(api);
        ListCatalogues.Map(api);
        LoadCatalogue.Map(api);
        CheckAppropriateness.Map(api);
        ReferralRegister.Map(api);
        ReferralRegisterExport.Map(api);
        return app;
    }
}
