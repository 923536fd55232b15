using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Referrals;

/// <summary>M3: the networks' tiered disease catalogues, the appropriateness check of a referral, and the monthly referral register.</summary>
public static class ReferralsModule
{
    public static IServiceCollection AddReferralsModule(this IServiceCollection services) =>
        services.AddScoped<CatalogueStore>().AddScoped<DemoCatalogues>();

    public static IEndpointRouteBuilder MapReferralsModule(this IEndpointRouteBuilder app)
    {
        // Each endpoint names its own permission: reading, loading catalogues and the register differ by role.
        var api = app.MapGroup("/api/v1").WithTags("Referrals").RequireRateLimiting(SecuritySetup.ApiRateLimit);
        ListCatalogues.Map(api);
        LoadCatalogue.Map(api);
        CheckAppropriateness.Map(api);
        ReferralRegister.Map(api);
        ReferralRegisterExport.Map(api);
        return app;
    }
}
