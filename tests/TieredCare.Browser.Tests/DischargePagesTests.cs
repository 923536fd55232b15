using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TieredCare.Testing;

namespace TieredCare.Browser.Tests;

/// <summary>
/// M7 in Chromium: the county hospital's administrator uploads discharge abstracts (one valid,
/// one whose costs do not add up, one of another hospital), follows the failed row from the row
/// report to the quality report, the list and the abstract with its DRG and grouping trace; the
/// insurance analyst groups the period and reads CMI per hospital. Each test uploads the file it
/// needs (a second upload replaces the abstracts), so the order of tests does not matter.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DischargePagesTests(BrowserFixture browser)
{
    /// <summary>The institution admin's hospital: the lead of the county medical community.</summary>
    private const string Hospital = TestRegion.CountyHospital;

    private const string ValidRecord = "M7T0001";
    private const string CostErrorRecord = "M7T0002";
    private const string OtherHospitalRecord = "M7T0003";

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
    /// Three pneumonia stays (J18.900 肺炎 with I10.x00x002 高血压, codes of the demo disease
    /// table) in June 2025: one valid at the county hospital's 内科, one whose total is not the sum
    /// of its cost classes, one of the city hospital, which the county hospital may not file.
    /// </summary>
    private static byte[] AbstractsCsv()
    {
        // The ten classes add up to 6,900.00; surgery is part of treatment and not added again.
        string Row(long id, string institution, string recordNo, long patient, int sex, string birthDate, int age, string total) =>
            string.Join(',', id, institution, recordNo, 1, patient, sex, birthDate, age, "", "", "2025-06-01", "2025-06-09", 8, 2, "03",
                "J18.900", "I10.x00x002", 1, "", 0, "800.00", "1500.00", "1200.00", "0.00", "0.00", "0.00", "2800.00", "0.00",
                "0.00", "600.00", "0.00", total, "1200.00", "990102001001", 2);

        var csv = new StringBuilder();
        csv.Append(string.Join(',', Columns)).Append('\n');
        csv.Append(Row(970001, Hospital, ValidRecord, TestRegion.TreatedPatient, 1, "1960-05-01", 65, "6900.00")).Append('\n');
        csv.Append(Row(970002, Hospital, CostErrorRecord, TestRegion.UntreatedPatient, 2, "1975-03-12", 50, "9999.00")).Append('\n');
        csv.Append(Row(970003, TestRegion.CityHospital, OtherHospitalRecord, TestRegion.UntreatedPatient, 2, "1975-03-12", 50, "6900.00")).Append('\n');
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static async Task Upload(IPage page, string fileName, string mimeType, byte[] content)
    {
        await page.GetByTestId("upload-file").Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = mimeType,
            Buffer = content,
        });
        await page.GetByTestId("upload-submit").ClickAsync();
    }

    private static ILocator ReportRow(IPage page, int row) =>
        page.Locator($"[data-testid=row-report] tr:has([data-testid=row-report-row][data-row=\"{row}\"])");

    private static ILocator Card(IPage page, string testId) => page.GetByTestId(testId).GetByTestId("summary-value");

    /// <summary>The administrator's upload, for tests that need abstracts in the database.</summary>
    private async Task UploadAsHospitalAdmin()
    {
        var admin = await SignIn("yyadmin");
        await admin.GotoAsync(browser.BaseUrl + "/discharges/upload");
        await Upload(admin, "discharges-2025-06.csv", "text/csv", AbstractsCsv());
        await Assertions.Expect(admin.GetByTestId("upload-result")).ToBeVisibleAsync();
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task The_hospital_admin_uploads_abstracts_and_follows_the_failed_row_to_the_quality_report_and_the_grouping()
    {
        var page = await SignIn("yyadmin");
        await page.GetByTestId("nav-m7").ClickAsync(); // the group: upload, quality, list, DRG, table sets
        await page.GetByTestId("nav-m7-upload").ClickAsync();
        await Assertions.Expect(page.GetByTestId("upload-institution-fixed")).ToHaveAttributeAsync("data-code", Hospital);

        await Upload(page, "discharges-2025-06.csv", "text/csv", AbstractsCsv());

        // The figures: three rows, two stored (the one with the cost error too), the other hospital's rejected.
        await Assertions.Expect(page.GetByTestId("upload-result")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("upload-summary-rows")).ToHaveAttributeAsync("data-value", "3");
        await Assertions.Expect(page.GetByTestId("upload-summary-stored")).ToHaveAttributeAsync("data-value", "2");
        await Assertions.Expect(page.GetByTestId("upload-summary-rejected")).ToHaveAttributeAsync("data-value", "1");
        await Assertions.Expect(page.GetByTestId("upload-summary-qc-passed")).ToHaveAttributeAsync("data-value", "1");
        await Assertions.Expect(page.GetByTestId("upload-summary-qc-failed")).ToHaveAttributeAsync("data-value", "1");
        await Assertions.Expect(Card(page, "upload-summary-stored")).ToHaveTextAsync("2");
        await Assertions.Expect(page.GetByTestId("upload-summary-grouped")).ToHaveAttributeAsync("data-value", new Regex("^[1-9]"));

        // The row report: the second row failed on the cost rule, named with its code; the third was refused.
        var failed = ReportRow(page, 2);
        await Assertions.Expect(failed.GetByTestId("row-report-row")).ToHaveAttributeAsync("data-outcome", "failed");
        await Assertions.Expect(failed.GetByTestId("row-report-record")).ToHaveTextAsync(CostErrorRecord);
        await Assertions.Expect(failed.GetByTestId("row-outcome")).ToHaveTextAsync("质控未通过");
        // The field is a cost column (total_cost as the file names it; matched without regard to case).
        var costFinding = failed.Locator("[data-testid=row-finding][data-severity=error][data-field*=cost i]");
        await Assertions.Expect(costFinding).ToHaveCountAsync(1);
        var rule = await costFinding.GetAttributeAsync("data-rule");
        Assert.False(string.IsNullOrWhiteSpace(rule));
        await Assertions.Expect(costFinding).ToContainTextAsync($"[{rule}]");

        var rejected = ReportRow(page, 3);
        await Assertions.Expect(rejected.GetByTestId("row-report-row")).ToHaveAttributeAsync("data-outcome", "rejected");
        await Assertions.Expect(rejected.GetByTestId("row-outcome")).ToHaveTextAsync("拒收");
        await Assertions.Expect(ReportRow(page, 1).Locator("[data-testid=row-report-row][data-outcome=failed]")).ToHaveCountAsync(0);

        // The outcome filter leaves the failed row alone.
        await page.GetByTestId("row-report-filter-failed").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=row-report-row]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("upload-history-row").First).ToBeVisibleAsync();
        await Screenshot(page, "discharges-upload");

        // The quality report of the latest month with data (June 2025): one of two passed.
        await page.GetByTestId("nav-m7-quality").ClickAsync();
        await Assertions.Expect(page.GetByTestId("quality-records")).ToHaveAttributeAsync("data-value", "2");
        await Assertions.Expect(page.GetByTestId("quality-failed")).ToHaveAttributeAsync("data-value", "1");
        await Assertions.Expect(Card(page, "quality-pass-rate")).ToHaveTextAsync("50.0%");
        await Assertions.Expect(page.Locator($"[data-testid=quality-rule-row][data-rule=\"{rule}\"]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-testid=quality-rule-row][data-rule=\"{rule}\"]")).Not.ToContainTextAsync("{"); // rule wording, not its template
        await Assertions.Expect(page.Locator("[data-testid=quality-top-rules] canvas")).ToHaveCountAsync(1);
        await Screenshot(page, "discharges-quality");

        // The hospital's row leads to its failed abstracts of that month.
        await page.Locator($"[data-testid=quality-institution-row][data-code={Hospital}]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/discharges/list\\?.*qc=failed"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"institution={Hospital}"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("month=2025-06"));
        var list = page.GetByTestId("abstract-list");
        await Assertions.Expect(list.Locator($"[data-testid=abstract-row][data-record={CostErrorRecord}]")).ToBeVisibleAsync();
        await Assertions.Expect(list.Locator($"[data-testid=abstract-row][data-record={ValidRecord}]")).ToHaveCountAsync(0);
        await Assertions.Expect(list).Not.ToContainTextAsync("李建国");

        // The passed ones: the valid stay, grouped.
        await page.GetByTestId("abstract-filter-qc-passed").ClickAsync();
        await page.GetByTestId("abstract-search").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("qc=passed"));
        var valid = list.Locator($"[data-testid=abstract-row][data-record={ValidRecord}]");
        await Assertions.Expect(valid).ToBeVisibleAsync();
        await Screenshot(page, "discharges-list");

        // The abstract: diagnoses with names, the DRG and the trace of how it was found.
        await valid.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/discharges/\\d+"));
        await Assertions.Expect(page.GetByTestId("abstract-record-no")).ToHaveTextAsync(ValidRecord);
        await Assertions.Expect(page.GetByTestId("abstract-institution")).ToHaveAttributeAsync("data-code", Hospital);
        await Assertions.Expect(page.GetByTestId("abstract-audited")).ToBeVisibleAsync();
        var principal = page.GetByTestId("abstract-diagnoses").Locator("tr:has([data-testid=abstract-diagnosis][data-principal=true])");
        await Assertions.Expect(principal.GetByTestId("abstract-diagnosis")).ToHaveAttributeAsync("data-code", "J18.900");
        await Assertions.Expect(principal).ToContainTextAsync("肺炎");
        await Assertions.Expect(page.GetByTestId("abstract-cost-total")).ToHaveAttributeAsync("data-amount", "6900");
        await Assertions.Expect(page.GetByTestId("abstract-cost-mismatch")).ToHaveCountAsync(0);

        await Assertions.Expect(page.GetByTestId("abstract-grouping-drg")).ToHaveAttributeAsync("data-code", new Regex("^[A-Z0-9]{3,4}$"));
        await Assertions.Expect(page.GetByTestId("abstract-grouping-mdc")).ToHaveAttributeAsync("data-code", new Regex("\\S"));
        await Assertions.Expect(page.GetByTestId("abstract-grouping-status").Locator("[data-status]")).ToHaveAttributeAsync("data-status", "success");
        await Assertions.Expect(page.GetByTestId("abstract-grouping-status")).ToContainTextAsync("已入组");
        var steps = page.GetByTestId("grouping-trace-step");
        await Assertions.Expect(steps.First).ToHaveAttributeAsync("data-kind", "validationPassed");
        await Assertions.Expect(page.Locator("[data-testid=grouping-trace-step][data-kind=chosen]").Last).ToBeVisibleAsync();
        var folded = await steps.CountAsync();
        await page.GetByTestId("grouping-trace-all").ClickAsync();
        Assert.True(await steps.CountAsync() >= folded);
        await Screenshot(page, "discharges-abstract");

        // The stay that failed quality control is stored but not grouped.
        await page.GoBackAsync();
        await page.GetByTestId("abstract-filter-qc-failed").ClickAsync();
        await page.GetByTestId("abstract-search").ClickAsync();
        await list.Locator($"[data-testid=abstract-row][data-record={CostErrorRecord}]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("abstract-findings").Locator($"[data-testid=row-finding][data-rule=\"{rule}\"]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("abstract-grouping-none")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("abstract-cost-mismatch")).ToContainTextAsync("3,099.00");
    }

    [Fact]
    public async Task The_insurance_analyst_groups_the_year_and_reads_CMI_per_hospital()
    {
        await UploadAsHospitalAdmin();

        var page = await SignIn("ybj");
        await page.GetByTestId("nav-m7").ClickAsync();
        await Assertions.Expect(page.GetByTestId("nav-m7-upload")).ToHaveCountAsync(0); // the analyst reads, the hospitals upload
        await page.GetByTestId("nav-m7-drg").ClickAsync();

        // The default period is the latest full year with data.
        await Assertions.Expect(page.GetByTestId("drg-period").Locator("input").First).ToHaveValueAsync("2025-01-01");
        await Assertions.Expect(page.GetByTestId("drg-period").Locator("input").Last).ToHaveValueAsync("2025-12-31");

        await page.GetByTestId("drg-run-grouping").ClickAsync();
        var result = page.GetByTestId("drg-grouping-result");
        await Assertions.Expect(result).ToBeVisibleAsync();
        await Assertions.Expect(result).ToHaveAttributeAsync("data-success", new Regex("^[1-9]"));
        await Assertions.Expect(result).ToContainTextAsync("分组完成");

        var table = page.GetByTestId("drg-profile-table");
        var hospital = table.Locator($"tr:has([data-testid=drg-profile-row][data-institution={Hospital}])");
        await Assertions.Expect(hospital).ToContainTextAsync("东坪县人民医院");
        await Assertions.Expect(hospital.GetByTestId("drg-profile-cmi")).ToHaveAttributeAsync("data-value", new Regex("^\\d+(\\.\\d+)?$"));
        await Assertions.Expect(hospital.GetByTestId("drg-profile-cmi")).ToHaveTextAsync(new Regex("^\\d+\\.\\d{4}$"));
        var total = table.Locator("tr:has([data-testid=drg-profile-row][data-total=true])");
        await Assertions.Expect(total).ToContainTextAsync("合计");
        await Assertions.Expect(total.GetByTestId("drg-profile-cmi")).ToHaveTextAsync(new Regex("^\\d+\\.\\d{4}$"));
        await Assertions.Expect(page.Locator("[data-testid=drg-cmi-chart] canvas")).ToHaveCountAsync(1);
        await Screenshot(page, "discharges-drg-profile");

        await page.GetByTestId("drg-by-department").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("by=department"));
        await Assertions.Expect(table.Locator($"[data-testid=drg-profile-row][data-institution={Hospital}][data-department=\"03\"]")).ToBeVisibleAsync();

        await page.GetByTestId("drg-tab-weights").ClickAsync();
        await Assertions.Expect(page.GetByTestId("drg-weight-row").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("drg-weight-risk").First).ToHaveTextAsync(new Regex("^(低风险|中低风险|中高风险|高风险)$"));
        await Screenshot(page, "discharges-drg-weights");

        // The table sets the server holds, the default marked; loading one is for the system administrator.
        await page.GetByTestId("nav-m7-tableSets").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=table-set-row][data-default=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("table-set-no-manage")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("table-set-load")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_unreadable_file_is_refused_with_the_servers_words()
    {
        var page = await SignIn("yyadmin");
        await page.GotoAsync(browser.BaseUrl + "/discharges/upload");
        await Upload(page, "病案首页.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Encoding.UTF8.GetBytes("this is not a workbook"));
        await Assertions.Expect(page.GetByTestId("upload-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("upload-error-file").First).ToHaveTextAsync(new Regex("\\S"));
        await Assertions.Expect(page.GetByTestId("upload-result")).ToHaveCountAsync(0);
        await Screenshot(page, "discharges-upload-refused");
    }

    [Fact]
    public async Task The_administrator_is_shown_why_a_table_set_folder_is_refused()
    {
        var page = await SignIn("admin");
        await page.GotoAsync(browser.BaseUrl + "/discharges/table-sets");
        await page.GetByTestId("table-set-name").FillAsync("qingchuan-2026");
        await page.GetByTestId("table-set-folder").FillAsync(Path.Combine(Path.GetTempPath(), "no-such-drg-folder-" + Guid.NewGuid().ToString("N")));
        await page.GetByTestId("table-set-load").ClickAsync();
        await Assertions.Expect(page.GetByTestId("table-set-field-folder").Locator(".el-form-item__error")).ToHaveTextAsync(new Regex("\\S"));
        await Assertions.Expect(page.GetByTestId("table-set-loaded")).ToHaveCountAsync(0);
        await Screenshot(page, "discharges-table-sets");
    }

    [Fact]
    public async Task A_role_without_abstracts_is_told_so_plainly()
    {
        var page = await SignIn("doctor");
        await page.GotoAsync(browser.BaseUrl + "/discharges");
        await Assertions.Expect(page.GetByTestId("no-access")).ToContainTextAsync("无权查看病案首页");
        await Assertions.Expect(page.GetByTestId("abstract-list")).ToHaveCountAsync(0);
        await page.GotoAsync(browser.BaseUrl + "/discharges/upload");
        await Assertions.Expect(page.GetByTestId("no-access")).ToContainTextAsync("无权上传病案首页");
        await Assertions.Expect(page.GetByTestId("upload-file")).ToHaveCountAsync(0);
    }
}
