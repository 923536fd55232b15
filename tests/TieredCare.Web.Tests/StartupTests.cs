using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Testing;

namespace TieredCare.Web.Tests;

/// <summary>Demo accounts exist only in demo mode; outside it the server needs an admin password.</summary>
public sealed class StartupTests
{
    private static WebApplicationFactory<Program> Server(TestDatabase database, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("database", database.Setting).UseSetting("data", database.Folder);
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });

    private static async Task<TestDatabase> DatabaseAsync(TestProvider provider)
    {
        if (provider == TestProvider.PostgreSql && TestDatabase.PostgresConnectionOrSkipReason(out var reason) is null)
        {
            Assert.Skip(reason!);
        }

        return await TestDatabase.CreateAsync(provider);
    }

    [Theory]
    [InlineData(TestProvider.Sqlite)]
    [InlineData(TestProvider.PostgreSql)]
    public async Task Outside_demo_mode_the_server_refuses_to_start_without_an_admin_password(TestProvider provider)
    {
        await using var database = await DatabaseAsync(provider);
        // The real server process, as an operator would start it.
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "TieredCare.Web.dll"), "--database", database.Setting, "--data", database.Folder, "--demo", "false", "--urls", "http://127.0.0.1:0" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = database.Folder,
        };
        start.Environment.Remove("TIEREDCARE_ADMIN_PASSWORD");
        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.ShouldBe(1);
        (await stderr).ShouldContain("No administrator password is set");
    }

    [Theory]
    [InlineData(TestProvider.Sqlite)]
    [InlineData(TestProvider.PostgreSql)]
    public async Task Leaving_demo_mode_removes_the_demo_accounts_and_keeps_the_admin(TestProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await DatabaseAsync(provider);
        await using (var demo = Server(database, ("demo", "true"), ("demo_password", "Demo-Pass-1")))
        {
            using var client = demo.CreateClient();
            (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "doctor", password = "Demo-Pass-1" }, ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        File.Exists(Path.Combine(database.Folder, "drg-tables", "qingchuan-demo-1.0", "mdc.tsv")).ShouldBeTrue("the demo region comes with its DRG table set");

        await using (var production = Server(database, ("demo", "false"), ("admin_password", "Admin-Pass-1")))
        {
            using var client = production.CreateClient();
            (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "doctor", password = "Demo-Pass-1" }, ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = "Admin-Pass-1" }, ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var builder = new DbContextOptionsBuilder<TieredCareDbContext>();
        database.Options.Configure(builder);
        await using var db = new TieredCareDbContext(builder.Options);
        (await db.Users.CountAsync(u => u.IsDemo, ct)).ShouldBe(0);
    }
}
