using Microsoft.Playwright;
using TieredCare.Testing;

namespace TieredCare.Browser.Tests;

/// <summary>M16 in Chromium: the auditor finds who saw a patient, and verifies the chain.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditPagesTests(BrowserFixture browser)
{
    private async Task<IPage> SignIn(string user)
    {
        if (browser.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return await browser.SignedInPageAsync(user);
    }

    // Element Plus tags and field messages zoom in: let the animations end before the picture,
    // and take the pointer off the last button clicked.
    private static async Task Screenshot(IPage page, string name)
    {
        await page.Mouse.MoveAsync(0, 0);
        await page.WaitForTimeoutAsync(500);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });
    }

    [Fact]
    public async Task The_auditor_sees_the_doctors_views_and_the_chain_verifies_intact()
    {
        // The doctor opens a patient they treated, and one they did not (with a reason).
        var doctor = await SignIn("doctor");
        await doctor.GotoAsync(browser.BaseUrl + $"/patients/{TestRegion.TreatedPatient}");
        await Assertions.Expect(doctor.GetByTestId("patient-record-name")).ToHaveTextAsync("李建国");
        await doctor.GotoAsync(browser.BaseUrl + $"/patients/{TestRegion.UntreatedPatient}");
        await doctor.GetByTestId("patient-reason-input").FillAsync("审计测试：核对转诊信息");
        await doctor.GetByTestId("patient-reason-submit").ClickAsync();
        await Assertions.Expect(doctor.GetByTestId("patient-record-name")).ToHaveTextAsync("王秀英");

        var auditor = await SignIn("auditor");
        await auditor.GetByTestId("nav-m16").ClickAsync();
        await auditor.GetByTestId("audit-filter-user").FillAsync("doctor");
        await auditor.GetByTestId("audit-search").ClickAsync();
        await Assertions.Expect(auditor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("user=doctor"));

        var view = auditor.Locator($"[data-testid=audit-table] tr:has([data-testid=audit-row][data-action=view][data-patient=\"{TestRegion.TreatedPatient}\"])");
        await Assertions.Expect(view.First).ToBeVisibleAsync();
        await Assertions.Expect(view.First.GetByTestId("audit-action")).ToHaveTextAsync("查看");
        await Assertions.Expect(view.First).ToContainTextAsync("doctor");

        var breakGlass = auditor.Locator($"[data-testid=audit-table] tr:has([data-testid=audit-row][data-action=view-break-glass][data-patient=\"{TestRegion.UntreatedPatient}\"])");
        await Assertions.Expect(breakGlass.First.GetByTestId("audit-action")).ToHaveTextAsync("紧急查看(须理由)");
        await Assertions.Expect(breakGlass.First.GetByTestId("audit-reason")).ToHaveTextAsync("审计测试：核对转诊信息");
        await Assertions.Expect(auditor.Locator("[data-testid=audit-row]:not([data-user=doctor])")).ToHaveCountAsync(0);

        await auditor.GetByTestId("audit-verify").ClickAsync();
        await Assertions.Expect(auditor.GetByTestId("audit-verify-result")).ToHaveAttributeAsync("data-intact", "true");
        await Assertions.Expect(auditor.GetByTestId("audit-verify-result")).ToContainTextAsync("审计链完整");
        await Screenshot(auditor, "audit-log");
    }

    [Fact]
    public async Task The_log_can_be_narrowed_to_one_patient()
    {
        var doctor = await SignIn("doctor");
        await doctor.GotoAsync(browser.BaseUrl + $"/patients/{TestRegion.TreatedPatient}");
        await Assertions.Expect(doctor.GetByTestId("patient-record-name")).ToHaveTextAsync("李建国");

        var auditor = await SignIn("auditor");
        await auditor.GotoAsync(browser.BaseUrl + "/audit");
        await auditor.GetByTestId("audit-filter-patient").FillAsync("abc");
        await auditor.GetByTestId("audit-search").ClickAsync();
        await Assertions.Expect(auditor.Locator(".el-form-item__error")).ToContainTextAsync("正整数");

        await auditor.GetByTestId("audit-filter-patient").FillAsync(TestRegion.TreatedPatient.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await auditor.GetByTestId("audit-search").ClickAsync();
        await Assertions.Expect(auditor.Locator("[data-testid=audit-row][data-action=view][data-user=doctor]").First).ToBeVisibleAsync();
        await Assertions.Expect(auditor.Locator($"[data-testid=audit-row]:not([data-patient=\"{TestRegion.TreatedPatient}\"])")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Roles_without_audit_access_are_told_so_plainly()
    {
        var page = await SignIn("wjw");
        await page.GetByTestId("nav-m16").ClickAsync();
        await Assertions.Expect(page.GetByTestId("no-access")).ToContainTextAsync("无权查看审计日志");
        await Assertions.Expect(page.GetByTestId("audit-table")).ToHaveCountAsync(0);
    }
}
