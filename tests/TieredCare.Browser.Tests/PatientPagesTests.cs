using Microsoft.Playwright;
using TieredCare.Testing;

namespace TieredCare.Browser.Tests;

/// <summary>
/// M2 in Chromium: masked search, the whole record with and without a care relationship,
/// registration, duplicates and merge, and a role without patient access. Each test makes the
/// data it needs, so the order of tests does not matter.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PatientPagesTests(BrowserFixture browser)
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

    private static async Task Search(IPage page, string term)
    {
        await page.GetByTestId("patient-search-input").FillAsync(term);
        await page.GetByTestId("patient-search-submit").ClickAsync();
    }

    private static ILocator Row(IPage page, long id) =>
        page.Locator($"[data-testid=patient-table] tr:has([data-testid=patient-row][data-id=\"{id}\"])");

    [Fact]
    public async Task A_doctor_finds_a_patient_masked_and_is_told_the_search_is_audited()
    {
        var page = await SignIn("doctor");
        await page.GetByTestId("nav-m2").ClickAsync(); // the group: the doctor also registers patients
        await page.GetByTestId("nav-m2-patients").ClickAsync();
        await Assertions.Expect(page.GetByTestId("patients-privacy-notice")).ToContainTextAsync("脱敏显示");
        await Assertions.Expect(page.GetByTestId("patients-privacy-notice")).ToContainTextAsync("审计日志");

        await Search(page, "李建国");
        var row = Row(page, TestRegion.TreatedPatient);
        await Assertions.Expect(row.GetByTestId("patient-name")).ToHaveTextAsync("李**");
        await Assertions.Expect(row.GetByTestId("patient-resident-id")).ToHaveTextAsync("990102********0019");
        await Assertions.Expect(row).ToContainTextAsync("138****0001");
        await Assertions.Expect(row).ToContainTextAsync("桃源村");
        await Assertions.Expect(page.GetByTestId("patient-table")).Not.ToContainTextAsync("李建国");
        await Assertions.Expect(page.GetByTestId("patient-table")).Not.ToContainTextAsync("990102196005010019");
        await Screenshot(page, "patients-search");
    }

    [Fact]
    public async Task A_one_character_search_shows_the_server_message()
    {
        var page = await SignIn("doctor");
        await page.GotoAsync(browser.BaseUrl + "/patients");
        await Search(page, "李");
        await Assertions.Expect(page.GetByTestId("patient-search-error")).ToContainTextAsync("至少2个字符");
    }

    [Fact]
    public async Task The_treating_doctor_opens_the_whole_record_without_being_asked_for_a_reason()
    {
        var page = await SignIn("doctor");
        await page.GotoAsync(browser.BaseUrl + "/patients");
        await Search(page, "李建国");
        await Row(page, TestRegion.TreatedPatient).GetByTestId("patient-view").ClickAsync();

        await Assertions.Expect(page.GetByTestId("patient-record-resident-id")).ToHaveTextAsync("990102196005010019");
        await Assertions.Expect(page.GetByTestId("patient-record-name")).ToHaveTextAsync("李建国");
        await Assertions.Expect(page.GetByTestId("patient-record-phone")).ToHaveTextAsync("13800000001");
        await Assertions.Expect(page.GetByTestId("patient-record-audited")).ToContainTextAsync("本次查看已记入审计日志");
        await Assertions.Expect(page.GetByTestId("patient-record-audited")).ToHaveAttributeAsync("data-break-glass", "false");
        await Assertions.Expect(page.GetByTestId("patient-reason-dialog")).ToBeHiddenAsync();
        await Screenshot(page, "patients-record");

        // Back returns to the results of the same search, which stays out of the address bar.
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(browser.BaseUrl + "/patients");
        await Assertions.Expect(page.GetByTestId("patient-search-input")).ToHaveValueAsync("李建国");
        await Assertions.Expect(Row(page, TestRegion.TreatedPatient)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Without_a_care_relationship_the_doctor_states_a_reason_and_then_sees_the_record()
    {
        var page = await SignIn("doctor");
        await page.GotoAsync(browser.BaseUrl + "/patients");
        await Search(page, "王秀英");
        await Row(page, TestRegion.UntreatedPatient).GetByTestId("patient-view").ClickAsync();

        var dialog = page.GetByTestId("patient-reason-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("patient-reason-explain")).ToContainTextAsync("审计日志");
        await Assertions.Expect(page.GetByTestId("patient-record")).ToHaveCountAsync(0);

        await page.GetByTestId("patient-reason-input").FillAsync("看看");
        await page.GetByTestId("patient-reason-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("patient-reason-field").Locator(".el-form-item__error")).ToContainTextAsync("至少4个字");
        await Screenshot(page, "patients-reason");

        await page.GetByTestId("patient-reason-input").FillAsync("家属来院咨询转诊事宜");
        await page.GetByTestId("patient-reason-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("patient-record-name")).ToHaveTextAsync("王秀英");
        await Assertions.Expect(page.GetByTestId("patient-record-resident-id")).ToHaveTextAsync("990102197503120020");
        await Assertions.Expect(page.GetByTestId("patient-record-audited")).ToHaveAttributeAsync("data-break-glass", "true");
        await Assertions.Expect(page.GetByTestId("patient-record-audited")).ToContainTextAsync("家属来院咨询转诊事宜");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Cancelling_the_reason_shows_no_record()
    {
        // The township doctor and the untreated patient: the other browser suites file abstracts of both
        // test patients at the county hospital, which gives its users a care relationship with them.
        var page = await SignIn("doctor");
        await page.GotoAsync(browser.BaseUrl + $"/patients/{TestRegion.UntreatedPatient}");
        await Assertions.Expect(page.GetByTestId("patient-reason-dialog")).ToBeVisibleAsync();
        await page.GetByTestId("patient-reason-cancel").ClickAsync();
        await Assertions.Expect(page.GetByTestId("patient-reason-needed")).ToContainTextAsync("须填写理由");
        await Assertions.Expect(page.GetByTestId("patient-record")).ToHaveCountAsync(0);
        await page.GetByTestId("patient-reason-open").ClickAsync();
        await Assertions.Expect(page.GetByTestId("patient-reason-dialog")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_role_without_patient_access_is_told_so_plainly()
    {
        var page = await SignIn("wjw");
        await page.GetByTestId("nav-m2").ClickAsync(); // a single entry: no registration or merge for this role
        await Assertions.Expect(page.GetByTestId("no-access")).ToContainTextAsync("无权查看患者信息");
        await Assertions.Expect(page.GetByTestId("patient-search-input")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("nav-m2-registration")).ToHaveCountAsync(0);
        await Screenshot(page, "patients-no-access");
    }

    [Fact]
    public async Task The_administrator_searches_but_has_no_button_to_open_whole_records()
    {
        var page = await SignIn("admin");
        await page.GotoAsync(browser.BaseUrl + "/patients");
        await Search(page, "李建国");
        await Assertions.Expect(Row(page, TestRegion.TreatedPatient).GetByTestId("patient-name")).ToHaveTextAsync("李**");
        await Assertions.Expect(page.GetByTestId("patient-view")).ToHaveCountAsync(0);

        // Opening the address anyway: the server refuses, and the page says what it said.
        await page.GotoAsync(browser.BaseUrl + $"/patients/{TestRegion.TreatedPatient}");
        await Assertions.Expect(page.GetByTestId("patient-record-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("patient-record")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Registration_shows_the_server_errors_by_field_and_refuses_a_second_record_for_an_id_number()
    {
        var page = await SignIn("doctor");
        await page.GetByTestId("nav-m2").ClickAsync();
        await page.GetByTestId("nav-m2-registration").ClickAsync();

        await page.GetByTestId("registration-resident-id").FillAsync("990102198801010011"); // wrong check digit
        await page.GetByTestId("registration-name").FillAsync("陈静");
        await page.GetByTestId("registration-sex-female").ClickAsync();
        await page.GetByTestId("registration-phone").FillAsync("12345");
        await page.GetByTestId("registration-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("registration-field-residentId").Locator(".el-form-item__error")).ToContainTextAsync("check digit");
        await Assertions.Expect(page.GetByTestId("registration-field-phone").Locator(".el-form-item__error")).ToContainTextAsync("电话号码无效");
        await Assertions.Expect(page.GetByTestId("registration-success")).ToHaveCountAsync(0);
        await Screenshot(page, "patients-registration");

        await page.GetByTestId("registration-resident-id").FillAsync("990102198801010027");
        await page.GetByTestId("registration-phone").FillAsync("13900001111");
        await page.GetByTestId("registration-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("registration-success")).ToContainTextAsync("已登记");

        await page.GetByTestId("registration-another").ClickAsync();
        await page.GetByTestId("registration-resident-id").FillAsync("990102198801010027");
        await page.GetByTestId("registration-name").FillAsync("陈静");
        await page.GetByTestId("registration-sex-female").ClickAsync();
        await page.GetByTestId("registration-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("registration-error")).ToContainTextAsync("已登记");
    }

    [Fact]
    public async Task A_record_registered_twice_is_found_and_merged_with_a_reason()
    {
        // The doctor registers a woman again, without her ID number, in the same village.
        var doctor = await SignIn("doctor");
        await doctor.GotoAsync(browser.BaseUrl + "/patients/registration");
        await doctor.GetByTestId("registration-name").FillAsync("赵桂兰");
        await doctor.GetByTestId("registration-sex-female").ClickAsync();
        await doctor.GetByTestId("registration-birth-date").Locator("input").FillAsync("1968-07-20");
        await doctor.GetByTestId("registration-birth-date").Locator("input").PressAsync("Enter");
        await ChooseRegion(doctor, "石门村");
        await doctor.GetByTestId("registration-submit").ClickAsync();
        await Assertions.Expect(doctor.GetByTestId("registration-success")).ToBeVisibleAsync();
        await doctor.GetByTestId("registration-another").ClickAsync();
        await doctor.GetByTestId("registration-name").FillAsync("赵桂兰");
        await doctor.GetByTestId("registration-sex-female").ClickAsync();
        await doctor.GetByTestId("registration-birth-date").Locator("input").FillAsync("1968-07-20");
        await doctor.GetByTestId("registration-birth-date").Locator("input").PressAsync("Enter");
        await ChooseRegion(doctor, "石门村");
        await doctor.GetByTestId("registration-submit").ClickAsync();
        await Assertions.Expect(doctor.GetByTestId("registration-success")).ToBeVisibleAsync();

        var admin = await SignIn("admin");
        await admin.GetByTestId("nav-m2").ClickAsync();
        await admin.GetByTestId("nav-m2-duplicates").ClickAsync();
        await admin.GetByTestId("duplicates-find").ClickAsync();
        var pair = admin.Locator("[data-testid=duplicates-table] tr:has([data-testid=duplicate-patient]:has-text('赵**'))");
        await Assertions.Expect(pair).ToHaveCountAsync(1);
        await Assertions.Expect(pair.GetByTestId("duplicate-reason")).ToHaveAttributeAsync("data-reason", "same_name_sex_birth_date");
        await Screenshot(admin, "patients-duplicates");

        await pair.GetByTestId("duplicate-merge").ClickAsync();
        await admin.GetByTestId("merge-confirm").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("merge-reason-field").Locator(".el-form-item__error")).ToContainTextAsync("至少4个字");
        await Screenshot(admin, "patients-merge");
        await admin.GetByTestId("merge-reason").FillAsync("同一人重复建档，已电话核实");
        await admin.GetByTestId("merge-confirm").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("merge-result")).ToContainTextAsync("合并至");
        await Assertions.Expect(pair).ToHaveCountAsync(0);
    }

    private static async Task ChooseRegion(IPage page, string name)
    {
        await page.GetByTestId("registration-region").ClickAsync();
        await page.GetByTestId("registration-region").Locator("input").FillAsync(name);
        await page.Locator(".el-tree-node__content:visible", new PageLocatorOptions { HasText = name }).First.ClickAsync();
    }
}
