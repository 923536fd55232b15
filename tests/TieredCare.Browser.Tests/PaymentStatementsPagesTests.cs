using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TieredCare.Testing;

namespace TieredCare.Browser.Tests;

/// <summary>
/// M8 monthly advances and hospital statements in Chromium: the county hospital's administrator files
/// four pneumonia stays of March 2023 (no other browser test settles 2023; a second upload replaces
/// them); the insurance analyst pays the 月度预付 of March 2023 and then the 年度清算 of 2023, whose
/// county hospital line sets off exactly what the advance paid. The hospital's administrator opens
/// 本院结算单, sees only their own hospital, reads the statement with its monthly advance and case
/// lines, exports it, and is refused another hospital's statement. Each test makes its own runs.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PaymentStatementsPagesTests(BrowserFixture browser)
{
    private const string Hospital = TestRegion.CountyHospital;
    private const string Month = "2023-03";

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
    // and take the pointer off the last button clicked. The layout scrolls inside its main area,
    // so the window is made as tall as the page for the picture.
    private static async Task Screenshot(IPage page, string name)
    {
        await page.Mouse.MoveAsync(0, 0);
        await Assertions.Expect(page.Locator(".el-message")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 10_000 });
        var height = await page.EvaluateAsync<int>("() => { const main = document.querySelector('.layout-main'); main?.scrollTo(0, 0); return (main?.scrollHeight ?? 0) + 56; }");
        var viewport = page.ViewportSize!;
        await page.SetViewportSizeAsync(viewport.Width, Math.Max(viewport.Height, height));
        await page.WaitForTimeoutAsync(500);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });
        await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
    }

    /// <summary>
    /// Four valid pneumonia stays (J18.900 with I10.x00x002, as the other suites file them) at the
    /// county hospital, discharged in March 2023: three of ordinary cost and one five times dearer.
    /// The cost classes add up to the total: 4,100.00 plus western drugs.
    /// </summary>
    private static byte[] AbstractsCsv()
    {
        string Row(long id, string recordNo, long patient, int sex, string birthDate, int age, decimal westernDrug)
        {
            var total = 4100m + westernDrug;
            return string.Join(',', id, Hospital, recordNo, 1, patient, sex, birthDate, age, "", "", "2023-03-06", "2023-03-14", 8, 2, "03",
                "J18.900", "I10.x00x002", 1, "", 0, "800.00", "1500.00", "1200.00", "0.00", "0.00", "0.00",
                westernDrug.ToString("0.00", CultureInfo.InvariantCulture), "0.00", "0.00", "600.00", "0.00",
                total.ToString("0.00", CultureInfo.InvariantCulture), "1000.00", "990102001001", 2);
        }

        var csv = new StringBuilder();
        csv.Append(string.Join(',', Columns)).Append('\n');
        csv.Append(Row(950001, "M8A0001", TestRegion.TreatedPatient, 1, "1960-05-01", 62, 2800m)).Append('\n');
        csv.Append(Row(950002, "M8A0002", TestRegion.UntreatedPatient, 2, "1975-03-12", 47, 2500m)).Append('\n');
        csv.Append(Row(950003, "M8A0003", TestRegion.TreatedPatient, 1, "1960-05-01", 62, 3100m)).Append('\n');
        csv.Append(Row(950004, "M8A0004", TestRegion.UntreatedPatient, 2, "1975-03-12", 47, 31000m)).Append('\n');
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>The county hospital's administrator files the stays; they are checked and grouped on the way in.</summary>
    private async Task UploadAsHospitalAdmin()
    {
        var admin = await SignIn("yyadmin");
        await admin.GotoAsync(browser.BaseUrl + "/discharges/upload");
        await admin.GetByTestId("upload-file").Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "discharges-2023-03.csv",
            MimeType = "text/csv",
            Buffer = AbstractsCsv(),
        });
        await admin.GetByTestId("upload-submit").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("upload-result")).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByTestId("upload-summary-qc-passed")).ToHaveAttributeAsync("data-value", "4");
        await Assertions.Expect(admin.GetByTestId("upload-summary-grouped")).ToHaveAttributeAsync("data-value", new Regex("^[1-9]"));
        await admin.Context.CloseAsync();
    }

    private static decimal Number(string? value) => decimal.Parse(value ?? "", NumberStyles.Float, CultureInfo.InvariantCulture);

    private static ILocator HospitalRow(IPage page) =>
        page.Locator($"[data-testid=settlement-hospital-table] tr:has([data-testid=settlement-hospital-row][data-code={Hospital}])");

    /// <summary>Runs the settle form as it stands with a title (and a budget) and returns the new run's id.</summary>
    private static async Task<string> Settle(IPage page, string title, string? budget = null)
    {
        await page.GetByTestId("settle-title").FillAsync(title);
        if (budget is not null)
        {
            await page.GetByTestId("settle-budget").FillAsync(budget);
        }

        await page.GetByTestId("settle-submit").ClickAsync();
        var result = page.GetByTestId("settle-result");
        await Assertions.Expect(result).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
        await Assertions.Expect(result).ToContainTextAsync(title);
        var id = await result.GetAttributeAsync("data-id");
        Assert.Matches("^\\d+$", id);
        return id!;
    }

    /// <summary>
    /// The analyst pays the advance of March 2023 and then settles 2023: returns both runs and what
    /// the advance paid the county hospital. With <paramref name="screenshots"/> the two run pages are pictured.
    /// </summary>
    private async Task<(string AdvanceId, string FinalId, decimal Advance)> AdvanceThenFinal(bool screenshots)
    {
        await UploadAsHospitalAdmin();
        var page = await SignIn("ybj");

        // 月度预付 of March 2023: one month, its first to its last day.
        await page.GotoAsync(browser.BaseUrl + $"/payment/settlements?kind=advance&month={Month}");
        await Assertions.Expect(page.GetByTestId("settle-kind")).ToHaveAttributeAsync("data-kind", "advance");
        await Assertions.Expect(page.GetByTestId("settle-month").Locator("input")).ToHaveValueAsync(Month);
        await Assertions.Expect(page.GetByTestId("settle-month")).ToHaveAttributeAsync("data-from", "2023-03-01");
        await Assertions.Expect(page.GetByTestId("settle-month")).ToHaveAttributeAsync("data-to", "2023-03-31");
        await Assertions.Expect(page.GetByTestId("settle-field-period")).ToHaveCountAsync(0);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var advanceId = await Settle(page, "2023年3月月度预付 " + suffix);
        var advanceRow = page.Locator($"[data-testid=settlement-list] tr:has([data-testid=settlement-row][data-id=\"{advanceId}\"])");
        await Assertions.Expect(advanceRow.GetByTestId("settlement-kind")).ToHaveTextAsync("月度预付");
        await Assertions.Expect(advanceRow).ToContainTextAsync("2023-03-01 至 2023-03-31");
        if (screenshots)
        {
            await Screenshot(page, "payment-advance-form");
        }

        // The advance run: 月点值 and 本月预付, no advances or balance.
        await page.GotoAsync(browser.BaseUrl + $"/payment/settlements/{advanceId}");
        await Assertions.Expect(page.GetByTestId("settlement-kind")).ToHaveTextAsync("月度预付");
        var table = page.GetByTestId("settlement-hospital-table");
        await Assertions.Expect(table.Locator("thead")).ToContainTextAsync("月点值");
        await Assertions.Expect(table.Locator("thead")).ToContainTextAsync("本月预付");
        await Assertions.Expect(table.Locator("thead").First).Not.ToContainTextAsync("已预付");
        await Assertions.Expect(table.Locator("thead").First).Not.ToContainTextAsync("结算余额");
        await Assertions.Expect(HospitalRow(page)).ToContainTextAsync("东坪县人民医院");
        var advance = Number(await HospitalRow(page).GetByTestId("settlement-hospital-due").GetAttributeAsync("data-value"));
        Assert.True(advance > 0, $"advance {advance}");
        if (screenshots)
        {
            await Screenshot(page, "payment-advance-settlement");
        }

        // 年度清算 of 2023 (the default kind) with a budget of its own.
        await page.GotoAsync(browser.BaseUrl + "/payment/settlements?from=2023-01-01&to=2023-12-31");
        await Assertions.Expect(page.GetByTestId("settle-kind")).ToHaveAttributeAsync("data-kind", "final");
        await Assertions.Expect(page.GetByTestId("settle-period").Locator("input").First).ToHaveValueAsync("2023-01-01");
        await Assertions.Expect(page.Locator("[data-testid=settle-policy-state][data-state=reference]")).ToBeVisibleAsync();
        var finalId = await Settle(page, "2023年度清算 " + suffix, "50000");
        var finalRow = page.Locator($"[data-testid=settlement-list] tr:has([data-testid=settlement-row][data-id=\"{finalId}\"])");
        await Assertions.Expect(finalRow.GetByTestId("settlement-kind")).ToHaveTextAsync("年度清算");
        await page.Context.CloseAsync();
        return (advanceId, finalId, advance);
    }

    [Fact]
    public async Task The_final_settlement_sets_off_what_the_monthly_advance_paid()
    {
        var (_, finalId, advance) = await AdvanceThenFinal(screenshots: true);

        var page = await SignIn("ybj");
        await page.GotoAsync(browser.BaseUrl + $"/payment/settlements/{finalId}");
        await Assertions.Expect(page.GetByTestId("settlement-kind")).ToHaveTextAsync("年度清算");
        var table = page.GetByTestId("settlement-hospital-table");
        await Assertions.Expect(table.Locator("thead").First).ToContainTextAsync("已预付");
        await Assertions.Expect(table.Locator("thead").First).ToContainTextAsync("结算余额");
        var row = HospitalRow(page);
        await Assertions.Expect(row).ToContainTextAsync("东坪县人民医院");
        var advances = Number(await row.GetByTestId("settlement-hospital-advances").GetAttributeAsync("data-value"));
        Assert.Equal(advance, advances);
        var due = Number(await row.GetByTestId("settlement-hospital-due").GetAttributeAsync("data-value"));
        var balance = Number(await row.GetByTestId("settlement-hospital-balance").GetAttributeAsync("data-value"));
        Assert.Equal(due - advance, balance);
        await Screenshot(page, "payment-final-settlement");

        // The analyst's statements page: every hospital of the region, filtered to one of those listed.
        await page.GotoAsync(browser.BaseUrl + "/payment/statements");
        await Assertions.Expect(page.GetByTestId("statements-title")).ToHaveTextAsync("医院结算单");
        await Assertions.Expect(page.Locator($"[data-testid=statement-row][data-id=\"{finalId}\"][data-code={Hospital}]")).ToHaveCountAsync(1);
        await page.GetByTestId("statements-institution").ClickAsync();
        await page.Locator(".el-select-dropdown__item:visible", new PageLocatorOptions { HasText = $"（{Hospital}）" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"institution={Hospital}"));
        await Assertions.Expect(page.GetByTestId("statement-row").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-testid=statement-row]:not([data-code={Hospital}])")).ToHaveCountAsync(0);
        await Screenshot(page, "payment-statements-analyst");
    }

    [Fact]
    public async Task The_hospital_administrator_reads_and_exports_their_own_statement()
    {
        var (_, finalId, advance) = await AdvanceThenFinal(screenshots: false);

        var page = await SignIn("yyadmin");
        // 本院结算单 is the administrator's only M8 page: a single menu entry, which opens it.
        await Assertions.Expect(page.GetByTestId("nav-m8-statements")).ToHaveCountAsync(0);
        await page.GetByTestId("nav-m8").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/payment/statements$"));
        await Assertions.Expect(page.GetByTestId("statements-title")).ToHaveTextAsync("本院结算单");
        await Assertions.Expect(page.GetByTestId("statements-institution")).ToHaveCountAsync(0);
        var rows = page.GetByTestId("statement-row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-testid=statement-row]:not([data-code={Hospital}])")).ToHaveCountAsync(0);
        var final = page.Locator($"[data-testid=statements-table] tr:has([data-testid=statement-row][data-id=\"{finalId}\"])");
        await Assertions.Expect(final.GetByTestId("statement-kind")).ToHaveTextAsync("年度清算");
        await Assertions.Expect(final).ToContainTextAsync("2023-01-01 至 2023-12-31");
        await Screenshot(page, "payment-statements");

        // The statement: the hospital, the run, the advance it set off, and its case lines.
        await final.GetByTestId("statement-open").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/payment/statements/{finalId}/{Hospital}$"));
        await Assertions.Expect(page.GetByTestId("statement-hospital")).ToHaveTextAsync("东坪县人民医院");
        await Assertions.Expect(page.GetByTestId("statement-kind")).ToHaveTextAsync("年度清算");
        await Assertions.Expect(page.GetByTestId("statement-period")).ToHaveAttributeAsync("data-from", "2023-01-01");
        Assert.Equal(advance, Number(await page.GetByTestId("statement-card-advances").GetAttributeAsync("data-value")));
        var march = page.Locator($"[data-testid=statement-advance-row][data-month=\"{Month}\"]");
        await Assertions.Expect(march).ToHaveAttributeAsync("data-recorded", "true");
        Assert.Equal(advance, Number(await march.GetAttributeAsync("data-paid")));
        var marchRow = page.Locator($"[data-testid=statement-advances] tr:has([data-testid=statement-advance-row][data-month=\"{Month}\"])");
        await Assertions.Expect(marchRow.GetByTestId("statement-advance-source")).ToHaveTextAsync("月度预付记录");
        await Assertions.Expect(page.GetByTestId("statement-cases-total")).ToHaveAttributeAsync("data-total", "4");
        await Assertions.Expect(page.GetByTestId("statement-case-line")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("[data-testid=settlement-rules-chart] canvas")).ToHaveCountAsync(1);
        await Screenshot(page, "payment-statement");

        // The statement as a workbook.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("statement-export").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);

        // Another hospital's statement is not theirs: the server's words.
        await page.GotoAsync(browser.BaseUrl + $"/payment/statements/{finalId}/{TestRegion.CityHospital}");
        await Assertions.Expect(page.GetByTestId("statement-error")).ToContainTextAsync("不在您的管辖范围内");
        await Assertions.Expect(page.GetByTestId("statement-export")).ToHaveCountAsync(0);
    }
}
