using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TieredCare.Testing;

namespace TieredCare.Browser.Tests;

/// <summary>
/// M8 oversight in Chromium: the county hospital's administrator files two pneumonia stays of one
/// patient in May 2024, the second admitted 7 days after the first discharge (no other browser test
/// uses 2024). The insurance analyst finds the split admission ranked first on 基金监管 with its
/// evidence, and sets the 2024 budget of the county medical community N0001 on 总额预算 — first
/// above its spending (结余), then below (超支). The network manager sees only N0001 and cannot
/// set a budget. Each test uploads the stays itself (a second upload replaces them).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PaymentOversightPagesTests(BrowserFixture browser)
{
    private const string Hospital = TestRegion.CountyHospital;
    private const string Network = TestRegion.CountyCommunity;
    private const string FirstRecord = "M8S0001";
    private const string SecondRecord = "M8S0002";

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
    /// Two stays of patient 1 (a resident of the county, so of N0001's region) at the county
    /// hospital, pneumonia (J18.900 with I10.x00x002) as the other tests file it: 6–14 May 2024 and,
    /// 7 days after that discharge, 21–28 May 2024. Each costs 6,900.00 (the classes add up) with
    /// 1,200.00 self-paid, so the fund spends 5,700.00 on each: 11,400.00 in 2024.
    /// </summary>
    private static byte[] AbstractsCsv()
    {
        static string Row(long id, string recordNo, int admissionCount, string admitted, string discharged, int los) =>
            string.Join(',', id, Hospital, recordNo, admissionCount, TestRegion.TreatedPatient, 1, "1960-05-01", 64, "", "", admitted, discharged, los, 2, "03",
                "J18.900", "I10.x00x002", 1, "", 0, "800.00", "1500.00", "1200.00", "0.00", "0.00", "0.00", "2800.00", "0.00",
                "0.00", "600.00", "0.00", "6900.00", "1200.00", "990102001001", 2);

        var csv = new StringBuilder();
        csv.Append(string.Join(',', Columns)).Append('\n');
        csv.Append(Row(960001, FirstRecord, 1, "2024-05-06", "2024-05-14", 8)).Append('\n');
        csv.Append(Row(960002, SecondRecord, 2, "2024-05-21", "2024-05-28", 7)).Append('\n');
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>The county hospital's administrator files the stays; they are checked and grouped on the way in.</summary>
    private async Task UploadAsHospitalAdmin()
    {
        var admin = await SignIn("yyadmin");
        await admin.GotoAsync(browser.BaseUrl + "/discharges/upload");
        await admin.GetByTestId("upload-file").Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "discharges-2024-05.csv",
            MimeType = "text/csv",
            Buffer = AbstractsCsv(),
        });
        await admin.GetByTestId("upload-submit").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("upload-result")).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByTestId("upload-summary-qc-passed")).ToHaveAttributeAsync("data-value", "2");
        await Assertions.Expect(admin.GetByTestId("upload-summary-grouped")).ToHaveAttributeAsync("data-value", "2");
        await admin.Context.CloseAsync();
    }

    private static ILocator Card(IPage page, string testId) => page.GetByTestId(testId).GetByTestId("summary-value");

    private static decimal Number(string? value) => decimal.Parse(value ?? "", NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_analyst_finds_the_split_admission_ranked_first_with_its_evidence()
    {
        await UploadAsHospitalAdmin();

        var page = await SignIn("ybj");
        await page.GetByTestId("nav-m8").ClickAsync(); // the group: settlements, what-if, supervision, budgets
        await page.GetByTestId("nav-m8-supervision").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/payment/supervision$"));
        await Assertions.Expect(page.GetByTestId("supervision-notice")).ToContainTextAsync("只是审核线索，不等于违规认定");
        // The default period is the last full calendar year.
        var lastYear = DateTime.Now.Year - 1;
        await Assertions.Expect(page.GetByTestId("supervision-period").Locator("input").First).ToHaveValueAsync($"{lastYear}-01-01");
        await Assertions.Expect(page.GetByTestId("supervision-period").Locator("input").Last).ToHaveValueAsync($"{lastYear}-12-31");

        // 2024 from the address bar, then "分析".
        await page.GotoAsync(browser.BaseUrl + "/payment/supervision?from=2024-01-01&to=2024-12-31");
        await Assertions.Expect(page.GetByTestId("supervision-period").Locator("input").First).ToHaveValueAsync("2024-01-01");
        await page.GetByTestId("supervision-submit").ClickAsync();
        var result = page.GetByTestId("supervision-result");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-cases", "2", new LocatorAssertionsToHaveAttributeOptions { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("supervision-card-cases")).ToHaveAttributeAsync("data-value", "2");
        await Assertions.Expect(page.GetByTestId("supervision-card-split")).ToHaveAttributeAsync("data-value", "1");
        await Assertions.Expect(page.GetByTestId("supervision-card-split")).ToContainTextAsync("分解住院（同院） 1");
        await Assertions.Expect(page.GetByTestId("supervision-card-upcoding")).ToHaveAttributeAsync("data-value", "0");

        // The county hospital heads the hospitals with both stays flagged; it has no hospital-level lead.
        var hospital = page.Locator($"[data-testid=supervision-hospitals] tr:has([data-testid=supervision-hospital-row][data-code={Hospital}])");
        await Assertions.Expect(hospital.GetByTestId("supervision-hospital-row")).ToHaveAttributeAsync("data-rank", "1");
        await Assertions.Expect(hospital.GetByTestId("supervision-hospital-row")).ToHaveTextAsync("东坪县人民医院");
        await Assertions.Expect(hospital.GetByTestId("supervision-hospital-flagged")).ToHaveAttributeAsync("data-value", "2");
        await hospital.Locator(".el-table__expand-icon").ClickAsync();
        await Assertions.Expect(page.Locator($"[data-testid=supervision-hospital-evidence][data-code={Hospital}]")).ToContainTextAsync("没有医院层面的线索");

        // The first ranked case is a split admission in the same hospital, its evidence the 7-day gap.
        var first = page.Locator("[data-testid=supervision-cases] tr:has([data-testid=supervision-case-row][data-rank=\"1\"])");
        await Assertions.Expect(first.GetByTestId("supervision-case-row")).ToHaveAttributeAsync("data-institution", Hospital);
        await Assertions.Expect(first.Locator("[data-testid=supervision-kind-tag][data-kind=split_same_hospital]")).ToHaveTextAsync("分解住院（同院）");
        await Assertions.Expect(first.GetByTestId("supervision-case-score")).ToHaveAttributeAsync("data-tone", "danger");
        var id = await first.GetByTestId("supervision-case-row").GetAttributeAsync("data-id");
        Assert.Matches("^\\d+$", id);
        await first.Locator(".el-table__expand-icon").ClickAsync();
        var evidence = page.Locator($"[data-testid=supervision-case-evidence][data-id=\"{id}\"]");
        var finding = evidence.Locator("[data-testid=supervision-finding][data-kind=split_same_hospital]");
        await Assertions.Expect(finding.GetByTestId("supervision-finding-text")).ToContainTextAsync("出院后第 7 天");
        await Assertions.Expect(finding.GetByTestId("supervision-finding-text")).ToContainTextAsync("疑似同院分解住院");
        await Assertions.Expect(finding.Locator("[data-testid=supervision-finding-fact][data-key=gap_days] dd")).ToHaveTextAsync("7");
        await Assertions.Expect(finding.GetByTestId("supervision-finding-case")).ToHaveCountAsync(2);
        await Screenshot(page, "payment-supervision");

        // The evidence in English when the page is.
        await page.GetByTestId("language-switch").ClickAsync();
        await page.GetByTestId("language-option-en").ClickAsync();
        await Assertions.Expect(finding.GetByTestId("supervision-finding-text")).ToContainTextAsync("7 days later");
        await Assertions.Expect(page.GetByTestId("supervision-notice")).ToContainTextAsync("not a finding of fraud");
        await page.GetByTestId("language-switch").ClickAsync();
        await page.GetByTestId("language-option-zh-CN").ClickAsync();

        // The case opens its abstract; "back" shows the list again (the period is in the address bar).
        var link = first.GetByTestId("supervision-case-link");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", $"/discharges/{id}");
        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/discharges/{id}$"));
        await Assertions.Expect(page.GetByTestId("abstract-record-no")).ToHaveTextAsync(new Regex($"^({FirstRecord}|{SecondRecord})$"));
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("from=2024-01-01"));
        await Assertions.Expect(page.GetByTestId("supervision-result")).ToHaveAttributeAsync("data-cases", "2", new LocatorAssertionsToHaveAttributeOptions { Timeout = 30_000 });
    }

    [Fact]
    public async Task The_analyst_sets_the_county_network_budget_and_reads_the_surplus_then_the_overspend()
    {
        await UploadAsHospitalAdmin();

        var page = await SignIn("ybj");
        await page.GetByTestId("nav-m8").ClickAsync();
        await page.GetByTestId("nav-m8-budgets").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/payment/budgets$"));

        await page.GotoAsync(browser.BaseUrl + "/payment/budgets?year=2024");
        await Assertions.Expect(page.GetByTestId("budget-list")).ToHaveAttributeAsync("data-year", "2024");
        // The bureau sees every network of the city that answers for a population: the county community and the city group, not the specialty alliance.
        await Assertions.Expect(page.GetByTestId("budget-card")).ToHaveCountAsync(2);
        var card = page.Locator($"[data-testid=budget-card][data-network={Network}]");
        await Assertions.Expect(card.GetByTestId("budget-network-name")).ToHaveTextAsync("东坪县医共体");
        await Assertions.Expect(card.GetByTestId("budget-closed")).ToBeVisibleAsync();
        // 2 × (6,900.00 − 1,200.00); the year is over, so the projection is what was spent.
        await Assertions.Expect(card.GetByTestId("budget-spending")).ToHaveAttributeAsync("data-value", "11400");
        await Assertions.Expect(card.GetByTestId("budget-projected")).ToHaveAttributeAsync("data-value", "11400");
        await Assertions.Expect(card.GetByTestId("budget-projection")).ToContainTextAsync("11400 to 2024-12-31");

        // A budget of nothing is refused in the dialog; 20,000.00 leaves a surplus the network keeps in full.
        await card.GetByTestId("budget-set").ClickAsync();
        var dialog = page.GetByTestId("budget-dialog");
        await Assertions.Expect(dialog).ToHaveAttributeAsync("data-network", Network);
        await page.GetByTestId("budget-dialog-amount").FillAsync("0");
        await page.GetByTestId("budget-dialog-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("budget-dialog-field-amount").Locator(".el-form-item__error")).ToHaveTextAsync("预算须大于 0");
        await page.GetByTestId("budget-dialog-amount").FillAsync("20000");
        await Assertions.Expect(page.GetByTestId("budget-dialog-amount")).ToHaveValueAsync("20,000");
        await page.GetByTestId("budget-dialog-submit").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(card.GetByTestId("budget-amount")).ToHaveAttributeAsync("data-value", "20000");
        await Assertions.Expect(card.GetByTestId("budget-ratio")).ToHaveAttributeAsync("data-value", "0.57");
        await Assertions.Expect(card.GetByTestId("budget-ratio")).ToHaveAttributeAsync("data-tone", "green");
        await Assertions.Expect(card.GetByTestId("budget-ratio-text")).ToHaveTextAsync("57.00%");
        await Assertions.Expect(card.GetByTestId("budget-standing")).ToHaveAttributeAsync("data-standing", "surplus");
        await Assertions.Expect(card.GetByTestId("budget-standing")).ToHaveTextAsync("结余");
        await Assertions.Expect(card.GetByTestId("budget-network-keeps")).ToHaveAttributeAsync("data-value", "8600");

        // 10,000.00: 114 % of the budget; half of the first 10 % is borne, and all of the rest: 500 + 400.
        await card.GetByTestId("budget-set").ClickAsync();
        await Assertions.Expect(page.GetByTestId("budget-dialog-amount")).ToHaveValueAsync("20,000.00");
        await page.GetByTestId("budget-dialog-amount").FillAsync("10000");
        await page.GetByTestId("budget-dialog-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("budget-dialog")).ToHaveCountAsync(0);
        await Assertions.Expect(card.GetByTestId("budget-ratio")).ToHaveAttributeAsync("data-value", "1.14");
        await Assertions.Expect(card.GetByTestId("budget-ratio")).ToHaveAttributeAsync("data-tone", "red");
        await Assertions.Expect(card.GetByTestId("budget-standing")).ToHaveTextAsync("超支");
        await Assertions.Expect(card.GetByTestId("budget-network-bears")).ToHaveAttributeAsync("data-value", "900");
        await Assertions.Expect(card.GetByTestId("budget-band-row")).ToHaveCountAsync(3);
        var borne = await card.Locator("[data-testid=budget-band-row][data-kind=overspend]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.networkAmount)");
        Assert.Equal(900m, borne.Sum(Number));
        // A network without a budget says so.
        await Assertions.Expect(page.Locator("[data-testid=budget-card][data-network=N0002] [data-testid=budget-none]")).ToHaveTextAsync("未设定预算");
        await Screenshot(page, "payment-budgets");
    }

    [Fact]
    public async Task The_network_manager_sees_only_their_network_and_cannot_set_its_budget()
    {
        var page = await SignIn("ygt");
        // The manager's M8 pages: budgets and their members' statements.
        await page.GetByTestId("nav-m8").ClickAsync();
        await Assertions.Expect(page.GetByTestId("nav-m8-statements")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("nav-m8-settlements")).ToHaveCountAsync(0);
        await page.GetByTestId("nav-m8-budgets").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/payment/budgets"));
        await page.GotoAsync(browser.BaseUrl + "/payment/budgets?year=2024");
        await Assertions.Expect(page.GetByTestId("budget-card")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("budget-card")).ToHaveAttributeAsync("data-network", Network);
        await Assertions.Expect(page.GetByTestId("budget-network-name")).ToHaveTextAsync("东坪县医共体");
        await Assertions.Expect(page.GetByTestId("budget-set")).ToHaveCountAsync(0);

        // The bureau's supervision list is not theirs.
        await page.GotoAsync(browser.BaseUrl + "/payment/supervision");
        await Assertions.Expect(page.GetByTestId("no-access")).ToContainTextAsync("无权查看基金监管");
        await Assertions.Expect(page.GetByTestId("supervision-form")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_analyst_queues_a_costly_case_for_special_review_and_takes_it_out_again()
    {
        await UploadAsHospitalAdmin();

        var page = await SignIn("ybj");
        await page.GotoAsync(browser.BaseUrl + "/payment/special-reviews");
        await page.GetByTestId("special-review-abstract").FillAsync("960001");
        await page.GetByTestId("special-review-reason").FillAsync("合并多器官衰竭，费用极高");
        await page.GetByTestId("special-review-submit").ClickAsync();
        var row = page.Locator("[data-testid=special-review-row][data-id='960001']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("special-review-list")).ToContainTextAsync("合并多器官衰竭，费用极高");

        // The same case again: the server says it is queued already.
        await page.GetByTestId("special-review-abstract").FillAsync("960001");
        await page.GetByTestId("special-review-reason").FillAsync("再次申请特例单议");
        await page.GetByTestId("special-review-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("special-review-error")).ToHaveAttributeAsync("data-status", "conflict");
        await Screenshot(page, "payment-special-reviews");

        await page.Locator("[data-testid=special-review-remove][data-id='960001']").ClickAsync();
        await page.Locator(".el-message-box__btns .el-button--primary").ClickAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);
    }
}
