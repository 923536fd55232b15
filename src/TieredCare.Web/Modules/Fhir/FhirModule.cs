using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Fhir;

/// <summary>M15 FHIR R4 views under <c>/fhir</c> where the standard fits: referrals as ServiceRequest and Task, booking as Schedule, Slot and Appointment; the same authorization as the REST API.</summary>
public static class FhirModule
{
    public static IEndpointRouteBuilder MapFhirModule(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup("/fhir").WithTags("FHIR").RequireRateLimiting(SecuritySetup.ApiRateLimit);
        ReferralFhirEndpoints.Map(fhir.MapGroup("").RequireAuthorization(Permissions.ReferralsRead));
        BookingFhirEndpoints.Map(fhir.MapGroup("").RequireAuthorization(Permissions.BookingRead));
        return app;
    }
}
