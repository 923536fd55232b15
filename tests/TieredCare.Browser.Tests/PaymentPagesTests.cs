using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TieredCare.Testing;

namespace TieredCare.Browser.Tests;

/// <summary>
/// M8 in Chromium: the insurance bureau's analyst settles 2025 by the DRG point method with a
/// budget of their own, reads the statements, has a case line explained, re-runs the settlement
/// (一致) and exports it; a what-if with a larger budget pays every hospital more, pneumonia paid by
/// the bed-day moves its stays to the per-diem rule, and the what-if is exported; a refused
/// settlement and a broken policy are shown in plain words; a doctor has no access. The county
/// hospital's administrator first uploads four pneumonia stays of 2025 (a second upload replaces
/// them), so the order of tests does not matter.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PaymentPagesTests(BrowserFixture browser)
{
    private const string Hospital = TestRegion.CountyHospital;

    /// <summary>The period of the uploaded stays, given in the address bar (the default is last calendar year).</summary>
    private const string Year2025 = "?from=2025-01-01&to=2025-12-31";

    private static readonly string[] Columns =
    [
        "abstract_id", "institution_code", "medical_record_no", "admission_count", "patient_id", "sex", "birth_date", "age_years",
        "age_days", "newborn_weight_g", "admission_date", "discharge_date", "los_days", "admission_route", "department_code",
        "principal_diagnosis", "other_diagnoses", "disposition", "receiving_institution", "ventilation_hours", "cost_service",
        "cost_diagnosis", "cost_treatment", "cost_surgery", "cost_rehabilitation", "cost_tcm", "cost_western_drug",
        "cost_chinese_drug", "cost_blood", "cost_consumables", "cost_other", "total_cost", "self_pay", "residence_region_code",
        "insurance_type",
    ];

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

    /// <summary>
    /// Four valid pneumonia stays (J18.900 with I10.x00x002, as DischargePagesTests files them) at
    /// the county hospital in March 2025: three of ordinary cost and one five times dearer. The
    /// cost classes add up to the total: 4,100.00 plus western drugs.
    /// </summary>
    private static byte[] AbstractsCsv()
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', Columns)).Append('\n');
        csv.Append(Row(980001, "M8T0001", TestRegion.TreatedPatient, 1, "1960-05-01", 64, 2800m)).Append('\n');
        csv.Append(Row(980002, "M8T0002", TestRegion.UntreatedPatient, 2, "1975-03-12", 49, 2500m)).Append('\n');
        csv.Append(Row(980003, "M8T0003", TestRegion.TreatedPatient, 1, "1960-05-01", 64, 3100m)).Append('\n');
        csv.Append(Row(980004, "M8T0004", TestRegion.UntreatedPatient, 2, "1975-03-12", 49, 31000m)).Append('\n');
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>One stay of COPD with an acute exacerbation (J44.100, ADRG ET2) at the county hospital in April 2025: a case outside pneumonia's ADRG ES3.</summary>
    private static byte[] CopdCsv() =>
        Encoding.UTF8.GetBytes(string.Join(',', Columns) + "\n"
            + Row(980005, "M8T0005", TestRegion.TreatedPatient, 1, "1960-05-01", 64, 2600m, "J44.100", "2025-04") + "\n");

    /// <summary>A stay of 8 days (the 3rd to the 11th of <paramref name="month"/>) at the county hospital; the cost classes add up to the total.</summary>
    private static string Row(long id, string recordNo, long patient, int sex, string birthDate, int age, decimal westernDrug,
        string diagnosis = "J18.900", string month = "2025-03")
    {
        var total = 4100m + westernDrug;
        return string.Join(',', id, Hospital, recordNo, 1, patient, sex, birthDate, age, "", "", $"{month}-03", $"{month}-11", 8, 2, "03",
            diagnosis, "I10.x00x002", 1, "", 0, "800.00", "1500.00", "1200.00", "0.00", "0.00", "0.00",
            westernDrug.ToString("0.00", CultureInfo.InvariantCulture), "0.00", "0.00", "600.00", "0.00",
            total.ToString("0.00", CultureInfo.InvariantCulture), "1000.00", "990102001001", 2);
    }

    /// <summary>The county hospital's administrator files the stays; they are checked and grouped on the way in.</summary>
    private async Task UploadAsHospitalAdmin(string name = "discharges-2025-03.csv", byte[]? csv = null, int stays = 4)
    {
        var admin = await SignIn("yyadmin");
        await admin.GotoAsync(browser.BaseUrl + "/discharges/upload");
        await admin.GetByTestId("upload-file").Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = csv ?? AbstractsCsv(),
        });
        await admin.GetByTestId("upload-submit").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("upload-result")).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByTestId("upload-summary-qc-passed")).ToHaveAttributeAsync("data-value", stays.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(admin.GetByTestId("upload-summary-grouped")).ToHaveAttributeAsync("data-value", new Regex("^[1-9]"));
        await admin.Context.CloseAsync();
    }

    private static ILocator Card(IPage page, string testId) => page.GetByTestId(testId).GetByTestId("summary-value");

    private static decimal Number(string? value) => decimal.Parse(value ?? "", NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_analyst_settles_2025_explains_a_line_reruns_it_identically_and_exports_the_statements()
    {
        await UploadAsHospitalAdmin();

        var page = await SignIn("ybj");
        await page.GetByTestId("nav-m8").ClickAsync(); // the group: settlements, what-if
        await page.GetByTestId("nav-m8-settlements").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/payment/settlements$"));
        await Assertions.Expect(page.GetByTestId("settle-form")).ToBeVisibleAsync();
        // The default period is the last full calendar year.
        var lastYear = DateTime.Now.Year - 1;
        await Assertions.Expect(page.GetByTestId("settle-period").Locator("input").First).ToHaveValueAsync($"{lastYear}-01-01");
        await Assertions.Expect(page.GetByTestId("settle-period").Locator("input").Last).ToHaveValueAsync($"{lastYear}-12-31");

        // 2025 with a budget of one million yuan; the reference policy is left as it is.
        await page.GotoAsync(browser.BaseUrl + "/payment/settlements" + Year2025);
        await Assertions.Expect(page.GetByTestId("settle-period").Locator("input").First).ToHaveValueAsync("2025-01-01");
        await Assertions.Expect(page.Locator("[data-testid=settle-policy-state][data-state=reference]")).ToBeVisibleAsync(); // the old tag fades out beside the new one
        var title = "2025年度清算 " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByTestId("settle-title").FillAsync(title);
        await page.GetByTestId("settle-budget").FillAsync("1000000");
        await Assertions.Expect(page.GetByTestId("settle-budget")).ToHaveValueAsync("1,000,000");
        await page.GetByTestId("settle-submit").ClickAsync();

        var result = page.GetByTestId("settle-result");
        await Assertions.Expect(result).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
        await Assertions.Expect(result).ToContainTextAsync(title);
        var id = await result.GetAttributeAsync("data-id");
        Assert.Matches("^\\d+$", id);
        var row = page.Locator($"[data-testid=settlement-row][data-id=\"{id}\"]");
        await Assertions.Expect(row).ToHaveTextAsync(title);
        var listRow = page.Locator($"[data-testid=settlement-list] tr:has([data-testid=settlement-row][data-id=\"{id}\"])");
        await Assertions.Expect(listRow).ToContainTextAsync("2025-01-01");
        await Assertions.Expect(listRow).ToContainTextAsync("1,000,000.00");
        await Assertions.Expect(listRow.GetByTestId("settlement-fingerprint")).ToHaveAttributeAsync("data-value", new Regex("^[0-9a-f]{64}$"));
        await Screenshot(page, "payment-settlements");

        // The statements: the budget as given, a point value, the county hospital with its cases.
        await row.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/payment/settlements/{id}$"));
        await Assertions.Expect(page.GetByTestId("settlement-card-budget")).ToHaveAttributeAsync("data-value", "1000000");
        await Assertions.Expect(Card(page, "settlement-card-budget")).ToHaveTextAsync("1,000,000.00");
        var pointValue = await page.GetByTestId("settlement-card-point-value").GetAttributeAsync("data-value");
        Assert.True(Number(pointValue) > 0, $"point value {pointValue}");
        await Assertions.Expect(Card(page, "settlement-card-point-value")).ToHaveTextAsync(new Regex("^[\\d,]+\\.\\d{4,6}$"));
        await Assertions.Expect(page.GetByTestId("settlement-card-cases")).ToHaveAttributeAsync("data-value", new Regex("^([4-9]|\\d{2,})$"));
        await Assertions.Expect(page.Locator("[data-testid=settlement-rule-row][data-rule=normal]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=settlement-rules-chart] canvas")).ToHaveCountAsync(1);
        var hospital = page.Locator($"[data-testid=settlement-hospital-table] tr:has([data-testid=settlement-hospital-row][data-code={Hospital}])");
        await Assertions.Expect(hospital).ToContainTextAsync("东坪县人民医院");
        await Assertions.Expect(hospital.GetByTestId("settlement-hospital-due")).ToHaveAttributeAsync("data-value", new Regex("^\\d"));
        await Screenshot(page, "payment-settlement");

        // A line of the county hospital, explained with its formula, and the way to its abstract.
        await page.Locator($"[data-testid=settlement-hospital-lines][data-code={Hospital}]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"cases={Hospital}"));
        var line = page.GetByTestId("case-line").First;
        await Assertions.Expect(line).ToHaveAttributeAsync("data-rule", new Regex("^[a-z_]+$"));
        await line.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("line=\\d+"));
        var explanation = page.GetByTestId("case-explanation");
        await Assertions.Expect(explanation).ToBeVisibleAsync();
        await Assertions.Expect(explanation).ToHaveAttributeAsync("data-id", (await line.GetAttributeAsync("data-id"))!);
        await Assertions.Expect(page.GetByTestId("case-explanation-text")).ToHaveTextAsync(new Regex("\\d"));
        await Assertions.Expect(page.GetByTestId("case-abstract-link")).ToHaveAttributeAsync("href", new Regex("^/discharges/\\d+$"));
        await Screenshot(page, "payment-case-explained");

        // Re-run on today's data: the same inputs, the same cents.
        await page.GotoAsync(browser.BaseUrl + $"/payment/settlements/{id}");
        await page.GetByTestId("settlement-rerun").ClickAsync();
        var rerun = page.GetByTestId("settlement-rerun-result");
        await Assertions.Expect(rerun).ToHaveAttributeAsync("data-same", "true", new LocatorAssertionsToHaveAttributeOptions { Timeout = 30_000 });
        await Assertions.Expect(rerun).ToContainTextAsync("一致");
        await Assertions.Expect(page.GetByTestId("settlement-rerun-difference")).ToHaveCountAsync(0);

        // The statements as a workbook.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("settlement-export").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_what_if_with_a_larger_budget_pays_the_county_hospital_more_then_pneumonia_by_the_bed_day_and_exports_it()
    {
        await UploadAsHospitalAdmin();
        await UploadAsHospitalAdmin("discharges-2025-04.csv", CopdCsv(), 1);

        var page = await SignIn("ybj");
        await page.GotoAsync(browser.BaseUrl + "/payment/what-if" + Year2025);
        await Assertions.Expect(page.GetByTestId("whatif-base")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("whatif-budget")).ToHaveValueAsync(new Regex("^\\d{1,3}(,\\d{3})*(\\.\\d+)?$"));

        // Unchanged, there is nothing to compare.
        await page.GetByTestId("whatif-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("whatif-problems")).ToContainTextAsync("请至少调整一项参数");

        // The reference budget and ten billion more.
        var reference = Number((await page.GetByTestId("whatif-budget").InputValueAsync()).Replace(",", "", StringComparison.Ordinal));
        var larger = (reference + 10_000_000_000m).ToString("0", CultureInfo.InvariantCulture);
        await page.GetByTestId("whatif-budget").FillAsync(larger);
        await Assertions.Expect(page.GetByTestId("whatif-changed-budget")).ToBeVisibleAsync();
        await page.GetByTestId("whatif-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("whatif-result")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
        var row = page.Locator($"[data-testid=whatif-hospital-row][data-code={Hospital}]");
        await Assertions.Expect(row).ToHaveTextAsync("东坪县人民医院");
        var difference = Number(await row.GetAttributeAsync("data-difference"));
        Assert.True(difference > 0, $"difference {difference}");
        var hospital = page.Locator($"[data-testid=whatif-hospitals] tr:has([data-testid=whatif-hospital-row][data-code={Hospital}])");
        await Assertions.Expect(hospital.GetByTestId("whatif-hospital-difference")).ToHaveAttributeAsync("data-tone", "up");
        await Assertions.Expect(hospital.GetByTestId("whatif-hospital-difference")).ToHaveTextAsync(new Regex("^\\+[\\d,]+\\.\\d{2}$"));
        Assert.True(Number(await page.GetByTestId("whatif-difference").GetAttributeAsync("data-value")) > 0);
        var before = Number(await page.GetByTestId("whatif-point-value-base").GetAttributeAsync("data-value"));
        var pointValueBudgetOnly = await page.GetByTestId("whatif-point-value-changed").GetAttributeAsync("data-value");
        var after = Number(pointValueBudgetOnly);
        Assert.True(after > before, $"point value {before} → {after}");
        await Assertions.Expect(page.Locator("[data-testid=whatif-chart] canvas")).ToHaveCountAsync(1);
        await Screenshot(page, "payment-what-if");

        // Pneumonia (ADRG ES3) paid by the bed-day as well: a code in small letters and a rate of three decimals are caught on the form.
        await page.GetByTestId("whatif-add-perdiem").ClickAsync();
        var perDiem = page.GetByTestId("whatif-perdiem-row").Last;
        await perDiem.GetByTestId("whatif-perdiem-code").FillAsync("es3");
        await perDiem.GetByTestId("whatif-perdiem-rate").FillAsync("600.125");
        await page.GetByTestId("whatif-submit").ClickAsync();
        await Assertions.Expect(perDiem.GetByTestId("whatif-perdiem-code-error")).ToContainTextAsync("须为大写字母或数字");
        await Assertions.Expect(perDiem.GetByTestId("whatif-perdiem-rate-error")).ToContainTextAsync("最多两位小数");
        await Assertions.Expect(page.GetByTestId("whatif-problems")).ToContainTextAsync("床日病组第 1 行");
        await Screenshot(page, "payment-what-if-per-diem-invalid");

        await perDiem.GetByTestId("whatif-perdiem-code").FillAsync("ES3");
        await perDiem.GetByTestId("whatif-perdiem-rate").FillAsync("600");
        await Assertions.Expect(perDiem.GetByTestId("whatif-perdiem-code-error")).ToHaveCountAsync(0);
        await Assertions.Expect(perDiem.GetByTestId("whatif-perdiem-rate-error")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("whatif-changed-perdiem")).ToBeVisibleAsync();
        await page.GetByTestId("whatif-submit").ClickAsync();

        // The four pneumonia stays move to the per-diem rule; the COPD stay alone earns points, so a point is worth another amount.
        // (The county hospital is the only one in 2025: whatever the rules, it is paid the whole budget.)
        await Assertions.Expect(page.Locator("[data-testid=whatif-rule-change][data-to=per_diem]").First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("whatif-error")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("whatif-point-value-changed")).Not.ToHaveAttributeAsync("data-value", pointValueBudgetOnly!);
        await Screenshot(page, "payment-what-if-per-diem");

        // This what-if as a workbook.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("whatif-export").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("政策模拟-2025-01-01-2025-12-31", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_policy_is_caught_in_the_browser_and_a_refused_settlement_names_the_item()
    {
        var page = await SignIn("ybj");
        await page.GotoAsync(browser.BaseUrl + "/payment/settlements" + Year2025);
        await Assertions.Expect(page.Locator("[data-testid=settle-policy-state][data-state=reference]")).ToBeVisibleAsync(); // the old tag fades out beside the new one

        // A number written as text, and a key the policy does not have: nothing is sent.
        await page.GetByTestId("settle-policy-toggle").ClickAsync();
        var editor = page.GetByTestId("settle-policy");
        var text = await editor.InputValueAsync();
        await editor.FillAsync(Regex.Replace(text, "\"lowOutlierRatio\":\\s*[0-9.]+", "\"lowOutlierRatio\": \"0.4\", \"lowRatio\": 0.4"));
        await Assertions.Expect(page.Locator("[data-testid=settle-policy-state][data-state=invalid]")).ToBeVisibleAsync(); // the old tag fades out beside the new one
        await Assertions.Expect(page.Locator("[data-testid=settle-policy-problem]", new PageLocatorOptions { HasText = "lowOutlierRatio：应为数字" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=settle-policy-problem]", new PageLocatorOptions { HasText = "lowRatio：未知参数" })).ToHaveCountAsync(1);
        await page.GetByTestId("settle-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("settle-invalid")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("settle-result")).ToHaveCountAsync(0);
        await Screenshot(page, "payment-policy-invalid");

        // Back to the reference policy, over a year without discharges: the server refuses, in its words.
        await page.GetByTestId("settle-policy-reset").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=settle-policy-state][data-state=reference]")).ToBeVisibleAsync(); // the old tag fades out beside the new one
        await page.GotoAsync(browser.BaseUrl + "/payment/settlements?from=2001-01-01&to=2001-12-31");
        await page.GetByTestId("settle-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("settle-error")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("settle-error-line").First).ToHaveTextAsync(new Regex("\\S"));
        await Assertions.Expect(page.GetByTestId("settle-result")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_role_without_payment_is_told_so_plainly()
    {
        var page = await SignIn("doctor");
        await page.GotoAsync(browser.BaseUrl + "/payment");
        await Assertions.Expect(page.GetByTestId("no-access")).ToContainTextAsync("无权查看医保结算");
        await Assertions.Expect(page.GetByTestId("settle-form")).ToHaveCountAsync(0);
        await page.GotoAsync(browser.BaseUrl + "/payment/what-if");
        await Assertions.Expect(page.GetByTestId("no-access")).ToContainTextAsync("无权查看医保结算");
        await Assertions.Expect(page.GetByTestId("whatif-form")).ToHaveCountAsync(0);
    }
}
