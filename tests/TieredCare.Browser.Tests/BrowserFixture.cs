using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TieredCare.Persistence;
using TieredCare.Persistence.Import;
using TieredCare.Testing;

namespace TieredCare.Browser.Tests;

/// <summary>
/// The real Kestrel server on a loopback port over the test region, and Debian's Chromium
/// driven by Playwright (never a downloaded browser).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private WebApplicationFactory<Program>? factory;
    private TestDatabase? database;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public string? SkipReason { get; private set; }

    /// <summary>Screenshots land here for a person to look at (artifacts/screenshots).</summary>
    public static string ScreenshotFolder => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../artifacts/screenshots"));

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            if (Environment.GetEnvironmentVariable("TIEREDCARE_REQUIRE_CHROMIUM") == "1")
            {
                throw new InvalidOperationException($"{ChromiumPath} is missing; scripts/test.sh installs Debian's chromium.");
            }

            SkipReason = $"Browser tests need Debian's Chromium at {ChromiumPath}";
            return;
        }

        database = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var region = TestRegion.Write(Path.Combine(database.Folder, "region"));
        var builder = new DbContextOptionsBuilder<TieredCareDbContext>();
        database.Options.Configure(builder);
        await using (var db = new TieredCareDbContext(builder.Options))
        {
            await db.Database.MigrateAsync();
            await new RegionFolderLoader(db, TimeProvider.System).LoadAsync(region, ImportMode.AllOrNothing, null, CancellationToken.None);
        }

        Directory.CreateDirectory(Path.Combine(database.Folder, "map"));
        File.Copy(Path.Combine(region, "map", "regions.geojson"), Path.Combine(database.Folder, "map", "regions.geojson"));

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("database", database.Setting)
            .UseSetting("data", database.Folder)
            .UseSetting("demo", "true")
            .UseSetting("demo_password", TestRegion.Password)
            .UseSetting("login_attempts_per_minute", "1000"));
        factory.UseKestrel(0);
        factory.StartServer();
        BaseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task<IPage> SignedInPageAsync(string user)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + "/login");
        await page.GetByTestId("login-username").FillAsync(user);
        await page.GetByTestId("login-password").FillAsync(TestRegion.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.GetByTestId("user-display-name").WaitForAsync();
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Chromium";
}
