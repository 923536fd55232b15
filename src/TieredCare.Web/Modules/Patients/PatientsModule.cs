using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Patients;

/// <summary>M2: the regional master patient index. Lists are masked; whole records are audited.</summary>
public static class PatientsModule
{
    public static IEndpointRouteBuilder MapPatientsModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/patients").WithTags("Patients")
            .RequireAuthorization()
            .RequireRateLimiting(SecuritySetup.ApiRateLimit);
        SearchPatients.Map(api);
        ViewPatient.Map(api);
        RegisterPatient.Map(api);
        MergePatients.Map(api);
        return app;
    }
}
