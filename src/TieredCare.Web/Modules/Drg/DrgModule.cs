using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Drg;

/// <summary>M7, second half: DRG table sets side by side, grouping a period, weights and the hospital DRG profile.</summary>
public static class DrgModule
{
    public static IServiceCollection AddDrgModule(this IServiceCollection services) => services.AddSingleton<DrgTableSets>();

    public static IEndpointRouteBuilder MapDrgModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("DRG")
            .RequireAuthorization(Permissions.DrgRead)
            .RequireRateLimiting(SecuritySetup.ApiRateLimit);
        TableSetEndpoints.Map(api);
        GroupPeriod.Map(api);
        DrgProfileEndpoints.Map(api);
        return app;
    }
}
