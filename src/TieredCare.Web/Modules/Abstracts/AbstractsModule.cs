using TieredCare.Persistence.Abstracts;
using TieredCare.Persistence.Import;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Abstracts;

/// <summary>M7, first half: discharge abstracts (病案首页) in, quality control, the monthly quality report, the cases behind it.</summary>
public static class AbstractsModule
{
    public static IServiceCollection AddAbstractsModule(this IServiceCollection services) =>
        services.AddScoped<AbstractImporter>().AddScoped<GroupingStore>();

    public static IEndpointRouteBuilder MapAbstractsModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Abstracts")
            .RequireAuthorization(Permissions.AbstractsRead)
            .RequireRateLimiting(SecuritySetup.ApiRateLimit);
        UploadAbstracts.Map(api);
        QualityReportEndpoint.Map(api);
        ListAbstracts.Map(api);
        ViewAbstract.Map(api);
        return app;
    }
}
