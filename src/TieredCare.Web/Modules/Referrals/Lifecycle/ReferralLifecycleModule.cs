using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Referrals.Lifecycle;

/// <summary>M3 referral lifecycle: create and submit, the inbox and outbox, one referral with its history, its transitions, reminders and expiry.</summary>
public static class ReferralLifecycleModule
{
    public static IServiceCollection AddReferralLifecycle(this IServiceCollection services)
    {
        services.AddSingleton<ReferralExpiry>();
        services.AddHostedService(sp => sp.GetRequiredService<ReferralExpiry>());
        return services;
    }

    public static IEndpointRouteBuilder MapReferralLifecycle(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Referrals").RequireRateLimiting(SecuritySetup.ApiRateLimit);
        ReferralReminders.Map(api); // before /referrals/{id}
        CreateReferral.Map(api);
        ListReferrals.Map(api);
        ViewReferral.Map(api);
        ReferralActions.Map(api);
        return app;
    }
}
