using TieredCare.Persistence.Payment;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Payment;

/// <summary>M8: DRG point settlement runs stored with their policy and fingerprint, statements, line explanations, re-runs, what-if, fund supervision and network global budgets.</summary>
public static class PaymentModule
{
    public static IServiceCollection AddPaymentModule(this IServiceCollection services) => services.AddScoped<SettlementStore>();

    public static IEndpointRouteBuilder MapPaymentModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Payment")
            .RequireAuthorization(Permissions.PaymentRead)
            .RequireRateLimiting(SecuritySetup.ApiRateLimit);
        Settlements.Map(api);
        WhatIfEndpoint.Map(api);
        WhatIfExport.Map(api);
        SupervisionEndpoint.Map(api);
        SpecialReviews.Map(api);

        // Network managers see their network's budget without the rest of the bureau's settlement data.
        var budgets = app.MapGroup("/api/v1").WithTags("Payment").RequireRateLimiting(SecuritySetup.ApiRateLimit);
        NetworkBudgets.Map(budgets);

        // Hospitals see their own statements; scope decides which.
        HospitalStatements.Map(app.MapGroup("/api/v1").WithTags("Payment")
            .RequireAuthorization(Permissions.PaymentStatementRead)
            .RequireRateLimiting(SecuritySetup.ApiRateLimit));
        return app;
    }
}
