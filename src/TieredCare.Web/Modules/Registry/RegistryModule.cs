using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Registry;

/// <summary>M1: regions, institutions, networks, their CSV import and the map pack.</summary>
public static class RegistryModule
{
    public static IServiceCollection AddRegistryModule(this IServiceCollection services)
    {
        services.AddSingleton<RegistryCache>();
        services.AddScoped<TieredCare.Persistence.Import.RegistryImporter>();
        return services;
    }

    public static IEndpointRouteBuilder MapRegistryModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Registry")
            .RequireAuthorization(Permissions.RegistryRead)
            .RequireRateLimiting(SecuritySetup.ApiRateLimit);
        Regions.Map(api);
        ListInstitutions.Map(api);
        GetInstitution.Map(api);
        SaveInstitution.Map(api);
        Networks.Map(api);
        SaveNetwork.Map(api);
        ImportRegistry.Map(api);
        MapPack.Map(api);
        RegistrySummary.Map(api);
        return app;
    }
}
