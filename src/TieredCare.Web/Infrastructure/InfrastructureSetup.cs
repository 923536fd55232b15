using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Scalar.AspNetCore;
using Serilog;
using TieredCare.Persistence;
using TieredCare.Persistence.Audit;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Infrastructure;

public static class InfrastructureSetup
{
    public static WebApplicationBuilder AddTieredCareInfrastructure(this WebApplicationBuilder builder, ServerOptions options)
    {
        // Structured events; `--log_format json` writes one JSON object a line for log collectors.
        var json = string.Equals(builder.Configuration["log_format"], "json", StringComparison.OrdinalIgnoreCase);
        builder.Host.UseSerilog((context, logger) =>
        {
            logger.ReadFrom.Configuration(context.Configuration).Enrich.FromLogContext();
            if (json)
            {
                logger.WriteTo.Console(new Serilog.Formatting.Compact.RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddPooledDbContextFactory<TieredCareDbContext>(options.Database.Configure);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<TieredCareDbContext>>().CreateDbContext());
        services.AddSingleton<AuditLog>();
        services.AddMemoryCache();
        // Cookies must stay valid across restarts: keep the key ring beside the data.
        services.AddDataProtection().SetApplicationName("TieredCare")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataDirectory, "keys")));

        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
            // A misspelt field must not be silently dropped.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            // Refusals by the authorization policies carry no text of their own: say why.
            ctx.ProblemDetails.Detail ??= ctx.ProblemDetails.Status switch
            {
                StatusCodes.Status401Unauthorized => "请先登录 (sign in first)",
                StatusCodes.Status403Forbidden => "您的角色无权执行此操作 (your role does not allow this)",
                StatusCodes.Status429TooManyRequests => "请求过于频繁，请稍后再试 (too many requests; try again shortly)",
                _ => null,
            };
        });
        services.AddExceptionHandler<Problems.BadRequestHandler>();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "TieredCare API";
            doc.Info.Description = "分级诊疗协同平台 — care-network registry, patient index, access and audit.";
            return Task.CompletedTask;
        }));
        services.AddTieredCareSecurity(options);
        services.AddHealthChecks();
        services.AddHostedService<DatabaseStartup>();
        return builder;
    }

    public static WebApplication UseTieredCareInfrastructure(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", o => o.WithTitle("TieredCare API"));
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = (ctx, report) => ctx.Response.WriteAsJsonAsync(new { status = report.Status.ToString() }),
        });
        return app;
    }

    /// <summary>An unknown API path is a 404 problem, not the UI's index page.</summary>
    public static void MapUnknownApiAsNotFound(this WebApplication app) =>
        app.MapFallback("/api/{**path}", (HttpContext http) =>
            Problems.NotFound($"没有这个接口 (no API endpoint at {http.Request.Method} {http.Request.Path})"));
}
