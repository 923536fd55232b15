using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Access;

public static class AccessModule
{
    public static IServiceCollection AddAccessModule(this IServiceCollection services) => services.AddScoped<Accounts>();

    public static IEndpointRouteBuilder MapAccessModule(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Access");
        SignIn.Map(group);
        GetMe.Map(group);
        return app;
    }
}
