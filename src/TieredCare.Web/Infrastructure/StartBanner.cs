using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using TieredCare.Web.Modules.Access;

namespace TieredCare.Web.Infrastructure;

/// <summary>What a newcomer needs after the first start: where to go and how to sign in.</summary>
public static class StartBanner
{
    public static void Print(WebApplication app, ServerOptions options)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var lines = new List<string>
        {
            "",
            "TieredCare 分级诊疗协同平台 is running.",
            $"  Open:     {string.Join("  ", addresses)}",
            $"  API:      {addresses.FirstOrDefault()}/scalar  (OpenAPI: /openapi/v1.json)",
            $"  Database: {options.Database.Describe()}",
        };
        if (options.DemoMode)
        {
            var passwordSource = options.DemoPassword == ServerOptions.DefaultDemoPassword ? $"default '{ServerOptions.DefaultDemoPassword}'" : "from TIEREDCARE_DEMO_PASSWORD";
            lines.Add($"  Demo accounts (password {passwordSource}):");
            lines.Add("    admin (系统管理员), wjw (卫健委), ybj (医保局), ygt (医共体管理), yyadmin (医院管理员),");
            lines.Add("    doctor (乡镇医生), zzzx (转诊中心), dispatch (120调度), auditor (审计员)");
        }
        else
        {
            lines.Add($"  Sign in as '{Accounts.AdminUserName}' with the administrator password.");
        }

        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
