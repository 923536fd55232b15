using Microsoft.Playwright;
using TieredCare.Testing;

namespace TieredCare.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RegistryPagesTests(BrowserFixture browser)
{
    private async Task<IPage> SignIn(string user)
    {
        if (browser.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return await browser.SignedInPageAsync(user);
    }

    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });

    [Fact]
    public async Task A_wrong_password_is_explained_on_the_login_page()
    {
        if (browser.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/");
        await page.GetByTestId("login-username").FillAsync("wjw");
        await page.GetByTestId("login-password").FillAsync("not-the-password");
        await page.GetByTestId("login-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("login-error")).ToContainTextAsync("用户名或密码错误");
    }

    [Fact]
    public async Task The_commission_sees_the_region_overview_in_chinese_with_its_map()
    {
        var page = await SignIn("wjw");
        await Assertions.Expect(page.GetByTestId("user-display-name")).ToHaveTextAsync("市卫健委分析员");
        await Assertions.Expect(page.GetByTestId("user-scope")).ToContainTextAsync("青川市");
        await Assertions.Expect(page.GetByTestId("summary-institutions").GetByTestId("summary-value")).ToContainTextAsync("7");
        await Assertions.Expect(page.GetByTestId("summary-population").GetByTestId("summary-value")).ToContainTextAsync("64");
        await Assertions.Expect(page.GetByTestId("overview-map").Locator("canvas").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("region-tree")).ToContainTextAsync("东坪县");
        await Assertions.Expect(page.GetByTestId("nav-m3")).ToContainTextAsync("双向转诊");
        await page.WaitForTimeoutAsync(800); // let the map finish drawing for the screenshot
        await Screenshot(page, "registry-overview");
    }

    [Fact]
    public async Task An_institution_page_shows_its_staff_and_networks()
    {
        var page = await SignIn("wjw");
        await page.GetByTestId("nav-m1-institutions").ClickAsync();
        await page.GetByTestId("filter-keyword").FillAsync("东坪县人民医院");
        await page.GetByTestId("filter-search").ClickAsync();
        await page.Locator($"[data-testid=institution-row][data-code={TestRegion.CountyHospital}]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("institution-name")).ToHaveTextAsync("东坪县人民医院");
        await Assertions.Expect(page.GetByTestId("institution-facts")).ToContainTextAsync("二级甲等");
        await Assertions.Expect(page.GetByTestId("institution-staff-table")).ToContainTextAsync("270");
        await Assertions.Expect(page.GetByTestId("institution-networks-table")).ToContainTextAsync("东坪县医共体");
        await Assertions.Expect(page.GetByTestId("institution-networks-table")).ToContainTextAsync("青川市心血管专科联盟");
        await page.WaitForTimeoutAsync(500);
        await Screenshot(page, "registry-institution");
    }

    [Fact]
    public async Task A_network_page_lists_the_lead_and_members()
    {
        var page = await SignIn("wjw");
        await page.GotoAsync(browser.BaseUrl + $"/registry/networks/{TestRegion.CountyCommunity}");
        await Assertions.Expect(page.GetByTestId("network-name")).ToHaveTextAsync("东坪县医共体");
        await Assertions.Expect(page.GetByTestId("network-lead")).ToContainTextAsync("东坪县人民医院");
        await Assertions.Expect(page.GetByTestId("network-member-row")).ToHaveCountAsync(4);
        await page.WaitForTimeoutAsync(500);
        await Screenshot(page, "registry-network");
    }

    [Fact]
    public async Task A_township_doctor_sees_only_their_medical_community()
    {
        var page = await SignIn("doctor");
        await page.GetByTestId("nav-m1-institutions").ClickAsync();
        await Assertions.Expect(page.GetByTestId("institution-row")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByTestId("institution-table")).Not.ToContainTextAsync("青川市第一人民医院");
    }

    [Fact]
    public async Task English_can_be_chosen_and_unbuilt_modules_say_so()
    {
        var page = await SignIn("admin");
        await page.GetByTestId("language-switch").ClickAsync();
        await page.GetByTestId("language-option-en").ClickAsync();
        await Assertions.Expect(page.GetByTestId("nav-m1")).ToContainTextAsync("Care-network registry");
        await page.GetByTestId("nav-m9").ClickAsync();
        await Assertions.Expect(page.GetByTestId("module-unavailable")).ToContainTextAsync("not available");
        await Screenshot(page, "module-unavailable-en");
    }
}
