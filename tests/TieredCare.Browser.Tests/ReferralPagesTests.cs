using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TieredCare.Patients;
using TieredCare.Testing;

namespace TieredCare.Browser.Tests;

/// <summary>
/// M3 in Chromium: the township doctor refers a patient up to the county hospital, the referral centre answers it
/// step by step, and the doctor sees the answer and the feedback. Each test registers its own patient: referrals of the
/// test region's two patients would give institutions care relationships that other suites rely on not existing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReferralPagesTests(BrowserFixture browser)
{
    private static int sequence;

    private async Task<IPage> SignIn(string user)
    {
        if (browser.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return await browser.SignedInPageAsync(user);
    }

    private static async Task Screenshot(IPage page, string name)
    {
        await page.Mouse.MoveAsync(0, 0);
        await page.WaitForTimeoutAsync(500);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });
    }

    /// <summary>Calls the API from inside the signed-in page (its cookie is same-site strict).</summary>
    private static async Task<string> Fetch(IPage page, string method, string url, object body) =>
        await page.EvaluateAsync<string>(
            """
            async ([method, url, body]) => {
              const r = await fetch(url, { method, credentials: 'same-origin', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
              const text = await r.text();
              if (!r.ok) throw new Error(r.status + ' ' + text);
              return text;
            }
            """,
            new object[] { method, url, body });

    /// <summary>GETs JSON from inside the signed-in page.</summary>
    private static async Task<System.Text.Json.JsonElement> Get(IPage page, string url) =>
        System.Text.Json.JsonDocument.Parse(await page.EvaluateAsync<string>(
            """
            async (url) => {
              const r = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
              const text = await r.text();
              if (!r.ok) throw new Error(r.status + ' ' + text);
              return text;
            }
            """,
            url)).RootElement;

    /// <summary>
    /// Loads the engine's demo catalogue into the county community as a new version (multipart, as the catalogue page
    /// sends it), so that it is the one referrals are judged by whatever else ran; answers the version.
    /// </summary>
    private static async Task<string> LoadDemoCatalogue(IPage admin)
    {
        string csv;
        await using (var stream = typeof(TieredCare.Referrals.Catalogue.DiseaseCatalogue).Assembly.GetManifestResourceStream("TieredCare.Referrals.Data.qingchuan-demo-catalogue.csv")!)
        using (var reader = new StreamReader(stream))
        {
            csv = await reader.ReadToEndAsync();
        }

        var version = $"browser-{Guid.NewGuid():N}"[..24];
        await admin.EvaluateAsync<string>(
            """
            async ([csv, network, version]) => {
              const form = new FormData();
              form.append('file', new Blob([csv], { type: 'text/csv' }), 'catalogue.csv');
              form.append('network', network);
              form.append('version', version);
              form.append('name', '东坪县医共体疾病诊疗目录（浏览器测试）');
              const r = await fetch('/api/v1/referrals/catalogues', { method: 'POST', credentials: 'same-origin', body: form });
              const text = await r.text();
              if (r.status !== 201) throw new Error(r.status + ' ' + text);
              return text;
            }
            """,
            new object[] { csv, TestRegion.CountyCommunity, version });
        return version;
    }

    /// <summary>A new patient of the township (a valid ID number of its own), registered by the signed-in user.</summary>
    private static async Task<(long Id, string ResidentId)> RegisterPatient(IPage page, string name)
    {
        var n = Interlocked.Increment(ref sequence);
        var born = new DateOnly(1952, 3, 14).AddDays(n * 41);
        var residentId = ResidentId.Create("990102", born, 40 + n, Sex.Female).ToString();
        var json = await Fetch(page, "POST", "/api/v1/patients", new
        {
            residentId, name, sex = "female", birthDate = born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), residenceRegionCode = "990102001001",
        });
        return (System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("id").GetInt64(), residentId);
    }

    private static ILocator Status(IPage page) => page.GetByTestId("referral-summary").GetByTestId("referral-status");

    private async Task Pick(IPage page, string select, string option, string code)
    {
        await page.GetByTestId(select).ClickAsync();
        await page.Locator($"[data-testid={option}][data-code=\"{code}\"]").ClickAsync();
    }

    [GeneratedRegex(@"/referrals/(\d+)$")]
    private static partial Regex ReferralUrl();

    [Fact]
    public async Task A_township_doctor_refers_up_and_the_referral_centre_accepts_books_admits_and_answers_with_feedback()
    {
        // The doctor opens the new patient's record (a stated reason: no care relationship yet) and refers from there.
        var doctor = await SignIn("doctor");
        var (patient, _) = await RegisterPatient(doctor, "郑秀梅");
        await doctor.GotoAsync(browser.BaseUrl + $"/patients/{patient}");
        await doctor.GetByTestId("patient-reason-input").FillAsync("核对身份后发起转诊");
        await doctor.GetByTestId("patient-reason-submit").ClickAsync();
        await doctor.GetByTestId("patient-record-refer").ClickAsync();
        await Assertions.Expect(doctor).ToHaveURLAsync(new Regex($"/referrals/new\\?patient={patient}$"));
        await Assertions.Expect(doctor.GetByTestId("referral-patient")).ToContainTextAsync("郑**");
        await Assertions.Expect(doctor.GetByTestId("referral-patient")).Not.ToContainTextAsync("郑秀梅");

        // Up from a township centre: county and city hospitals only, of those the doctor can see.
        await doctor.GetByTestId("referral-to-institution").ClickAsync();
        await Assertions.Expect(doctor.Locator("[data-testid=referral-institution-option][data-code=\"T0002\"]")).ToHaveCountAsync(0);
        await doctor.Locator($"[data-testid=referral-institution-option][data-code=\"{TestRegion.CountyHospital}\"]").ClickAsync();
        await Pick(doctor, "referral-to-department", "referral-department-option", "03");
        await doctor.GetByTestId("referral-diagnosis").FillAsync("i21.900");
        await doctor.GetByTestId("referral-urgency-urgent").ClickAsync();
        await Assertions.Expect(doctor.GetByTestId("referral-form-green-channel")).ToHaveTextAsync("绿色通道");
        await doctor.GetByTestId("referral-reason").FillAsync("胸痛3小时，心电图示前壁ST段抬高，需急诊介入治疗");
        await Screenshot(doctor, "referrals-new");

        // A double click makes one referral (one idempotency key per opened form).
        await doctor.GetByTestId("referral-submit").DblClickAsync();
        await Assertions.Expect(doctor).ToHaveURLAsync(ReferralUrl());
        var id = long.Parse(ReferralUrl().Match(doctor.Url).Groups[1].Value, CultureInfo.InvariantCulture);
        var number = $"ZZ{id:D8}";
        await Assertions.Expect(doctor.GetByTestId("referral-number")).ToHaveTextAsync(number);
        await Assertions.Expect(Status(doctor)).ToHaveTextAsync("已提交");
        await Assertions.Expect(doctor.GetByTestId("referral-summary")).ToContainTextAsync("绿色通道");
        await Assertions.Expect(doctor.GetByTestId("referral-to")).ToHaveTextAsync("东坪县人民医院");
        await Assertions.Expect(doctor.GetByTestId("referral-diagnosis")).ToHaveTextAsync("I21.900");
        await Assertions.Expect(doctor.GetByTestId("referral-action-cancel")).ToBeVisibleAsync();
        await Assertions.Expect(doctor.GetByTestId("referral-action-accept")).ToHaveCountAsync(0);
        await Screenshot(doctor, "referrals-submitted");
        await doctor.GotoAsync(browser.BaseUrl + "/referrals/outgoing");
        await Assertions.Expect(doctor.Locator("[data-testid=referral-table] tr:has([data-testid=referral-patient]:text-is('郑**'))")).ToHaveCountAsync(1);

        // The referral centre of the county hospital finds it in 转入, green channel marked.
        var centre = await SignIn("zzzx");
        await centre.GetByTestId("nav-m3").ClickAsync();
        await centre.GetByTestId("nav-m3-incoming").ClickAsync();
        var row = centre.Locator($"[data-testid=referral-table] tr:has([data-testid=referral-row][data-number=\"{number}\"])");
        await Assertions.Expect(row).ToContainTextAsync("郑**");
        await Assertions.Expect(row).ToContainTextAsync("绿色通道");
        await Assertions.Expect(row).ToContainTextAsync("东坪镇卫生院");
        await Assertions.Expect(centre.GetByTestId("referral-table")).Not.ToContainTextAsync("郑秀梅");
        await Screenshot(centre, "referrals-incoming");
        await row.GetByTestId("referral-row").ClickAsync();

        // A rejection needs a reason: the server's message under the field.
        await Assertions.Expect(Status(centre)).ToHaveTextAsync("已提交");
        await centre.GetByTestId("referral-action-reject").ClickAsync();
        await centre.GetByTestId("referral-dialog-confirm").ClickAsync();
        await Assertions.Expect(centre.GetByTestId("referral-action-field-reason").Locator(".el-form-item__error")).ToContainTextAsync("拒绝转诊须说明理由");
        await Screenshot(centre, "referrals-reject-needs-reason");
        await centre.GetByTestId("referral-dialog-back").ClickAsync();
        await Assertions.Expect(centre.GetByTestId("referral-action-dialog")).ToBeHiddenAsync();

        await centre.GetByTestId("referral-action-accept").ClickAsync();
        await Assertions.Expect(Status(centre)).ToHaveTextAsync("已接收");

        // The doctor sees the answer on 转出.
        await doctor.GetByTestId("nav-m3").ClickAsync();
        await doctor.GetByTestId("nav-m3-outgoing").ClickAsync();
        // The list was already open: the doctor refreshes it.
        await doctor.GetByTestId("referrals-refresh").ClickAsync();
        var sent = doctor.Locator($"[data-testid=referral-table] tr:has([data-testid=referral-row][data-number=\"{number}\"])");
        await Assertions.Expect(sent.GetByTestId("referral-status")).ToHaveTextAsync("已接收");
        await Screenshot(doctor, "referrals-outgoing");

        // Booked, arrived, completed with feedback.
        await centre.GetByTestId("referral-action-schedule").ClickAsync();
        await centre.GetByTestId("referral-action-booking").FillAsync("YY20260315-0021");
        await centre.GetByTestId("referral-dialog-confirm").ClickAsync();
        await Assertions.Expect(Status(centre)).ToHaveTextAsync("已预约");
        await Assertions.Expect(centre.GetByTestId("referral-summary")).ToContainTextAsync("YY20260315-0021");
        await centre.GetByTestId("referral-action-arrive").ClickAsync();
        await Assertions.Expect(Status(centre)).ToHaveTextAsync("已到诊");
        await centre.GetByTestId("referral-action-complete").ClickAsync();
        await centre.GetByTestId("referral-action-diagnosis").FillAsync("I21.000");
        await centre.GetByTestId("referral-action-summary").FillAsync("急诊冠脉造影示前降支近段闭塞，行PCI植入支架1枚，术后恢复良好，住院7天出院。");
        await centre.GetByTestId("referral-action-care-plan").FillAsync("阿司匹林100mg每日1次、替格瑞洛90mg每日2次，服用12个月；1个月后在东坪镇卫生院复查血脂、肝功能。");
        await Screenshot(centre, "referrals-complete-dialog");
        await centre.GetByTestId("referral-dialog-confirm").ClickAsync();
        await Assertions.Expect(Status(centre)).ToHaveTextAsync("已完成");
        await Assertions.Expect(centre.GetByTestId("referral-transition")).ToHaveCountAsync(6);
        await Assertions.Expect(centre.GetByTestId("referral-finished")).ToBeVisibleAsync();

        // The doctor reads the feedback on the referral's page.
        await sent.GetByTestId("referral-row").ClickAsync();
        await Assertions.Expect(Status(doctor)).ToHaveTextAsync("已完成");
        await Assertions.Expect(doctor.GetByTestId("referral-feedback-diagnosis")).ToHaveTextAsync("I21.000");
        await Assertions.Expect(doctor.GetByTestId("referral-feedback-summary")).ToContainTextAsync("PCI植入支架1枚");
        await Assertions.Expect(doctor.GetByTestId("referral-feedback-care-plan")).ToContainTextAsync("东坪镇卫生院复查");
        await Assertions.Expect(doctor.Locator("[data-testid=referral-transition][data-action=schedule]")).ToContainTextAsync("YY20260315-0021");
        await Assertions.Expect(doctor.GetByTestId("referral-patient-record")).ToBeVisibleAsync();
        await Screenshot(doctor, "referrals-feedback");
    }

    [Fact]
    public async Task A_draft_picked_by_masked_search_is_kept_then_submitted()
    {
        // The county community's catalogue judges the referral, whatever else ran before.
        await LoadDemoCatalogue(await SignIn("admin"));
        var doctor = await SignIn("doctor");
        var (patient, residentId) = await RegisterPatient(doctor, "冯玉兰");
        await doctor.GetByTestId("nav-m3").ClickAsync();
        await doctor.GetByTestId("nav-m3-newReferral").ClickAsync();

        await doctor.GetByTestId("referral-patient").Locator("input").FillAsync(residentId);
        var option = doctor.Locator($"[data-testid=referral-patient-option][data-id=\"{patient}\"]");
        await Assertions.Expect(option).ToContainTextAsync("冯**");
        await Assertions.Expect(option).Not.ToContainTextAsync(residentId);
        await Screenshot(doctor, "referrals-new-patient-search");
        await option.ClickAsync();

        // Without the required fields the server is not asked; with them, a draft.
        await doctor.GetByTestId("referral-save-draft").ClickAsync();
        await Assertions.Expect(doctor.GetByTestId("referral-field-reason").Locator(".el-form-item__error")).ToContainTextAsync("请填写转诊原因");
        await Pick(doctor, "referral-to-institution", "referral-institution-option", TestRegion.CountyHospital);
        await Pick(doctor, "referral-to-department", "referral-department-option", "03");
        await doctor.GetByTestId("referral-diagnosis").FillAsync("E11.900");
        await doctor.GetByTestId("referral-reason").FillAsync("血糖控制不佳，需调整胰岛素方案");
        // Diabetes is a village-tier disease in the network's catalogue: the up-referral states why.
        await Assertions.Expect(doctor.GetByTestId("referral-catalogue-panel")).ToHaveAttributeAsync("data-verdict", "up_below_threshold");
        await doctor.GetByTestId("referral-appropriateness").FillAsync("规范治疗3个月糖化血红蛋白仍大于9%，需专科调整方案");
        await doctor.GetByTestId("referral-save-draft").ClickAsync();

        await Assertions.Expect(doctor).ToHaveURLAsync(ReferralUrl());
        await Assertions.Expect(Status(doctor)).ToHaveTextAsync("草稿");
        await Assertions.Expect(doctor.GetByTestId("referral-number")).ToHaveTextAsync(new Regex(@"^ZZ\d{8}$"));
        await doctor.GetByTestId("referral-action-submit").ClickAsync();
        await Assertions.Expect(Status(doctor)).ToHaveTextAsync("已提交");
        await Assertions.Expect(doctor.Locator("[data-testid=referral-transition][data-action=submit]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task An_action_overtaken_by_the_other_side_shows_the_server_message_and_the_current_state()
    {
        var doctor = await SignIn("doctor");
        var (patient, _) = await RegisterPatient(doctor, "蒋桂芳");
        var created = await Fetch(doctor, "POST", "/api/v1/referrals", new
        {
            patientId = patient, direction = "up", toInstitution = TestRegion.CountyHospital, toDepartment = "03", diagnosisCode = "J18.900",
            reason = "社区获得性肺炎，抗感染治疗3天无好转",
            // Pneumonia is a township-tier disease in the catalogue: the up-referral states why.
            appropriatenessReason = "CURB-65评分2分，需住院治疗",
        });
        var id = System.Text.Json.JsonDocument.Parse(created).RootElement.GetProperty("summary").GetProperty("id").GetInt64();

        var centre = await SignIn("zzzx");
        await centre.GotoAsync(browser.BaseUrl + $"/referrals/{id}");
        await Assertions.Expect(centre.GetByTestId("referral-action-accept")).ToBeVisibleAsync();

        // Meanwhile the doctor cancels it.
        await Fetch(doctor, "POST", $"/api/v1/referrals/{id}/cancel", new { reason = "患者家属决定暂不转诊" });

        await centre.GetByTestId("referral-action-accept").ClickAsync();
        await Assertions.Expect(centre.GetByTestId("referral-conflict")).ToContainTextAsync("已取消");
        await Assertions.Expect(Status(centre)).ToHaveTextAsync("已取消");
        await Assertions.Expect(centre.GetByTestId("referral-cancel-reason")).ToHaveTextAsync("患者家属决定暂不转诊");
        await Assertions.Expect(centre.GetByTestId("referral-action-accept")).ToHaveCountAsync(0);
        await Screenshot(centre, "referrals-conflict");
    }

    [Fact]
    public async Task A_village_tier_disease_referred_up_needs_a_reason_is_tagged_and_counted_in_the_register_and_exported()
    {
        var admin = await SignIn("admin");
        var version = await LoadDemoCatalogue(admin);

        // The network manager's register of this month before the referral.
        var month = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var manager = await SignIn("ygt");
        var before = await Get(manager, $"/api/v1/referrals/register?month={month}");
        var totalBefore = before.GetProperty("total").GetInt32();
        var upBefore = before.GetProperty("byDirection").GetProperty("up").GetInt32();

        // The township doctor refers hypertension up to the county hospital's department 03.
        var doctor = await SignIn("doctor");
        var (patient, _) = await RegisterPatient(doctor, "褚凤英");
        await doctor.GotoAsync(browser.BaseUrl + $"/referrals/new?patient={patient}");
        await Assertions.Expect(doctor.GetByTestId("referral-patient")).ToContainTextAsync("褚**");
        await Pick(doctor, "referral-to-institution", "referral-institution-option", TestRegion.CountyHospital);
        await Pick(doctor, "referral-to-department", "referral-department-option", "03");
        await doctor.GetByTestId("referral-diagnosis").FillAsync("I10.x00x002");

        // The catalogue check: the village-tier entry, and an up-referral that needs a stated reason.
        var panel = doctor.GetByTestId("referral-catalogue-panel");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-verdict", "up_below_threshold");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-needs-reason", "true");
        await Assertions.Expect(panel.GetByTestId("referral-catalogue-entry")).ToHaveAttributeAsync("data-pattern", "I10-I15");
        await Assertions.Expect(panel.GetByTestId("referral-catalogue-entry")).ToContainTextAsync("高血压病");
        await Assertions.Expect(panel.GetByTestId("referral-catalogue-tier")).ToHaveTextAsync("最低诊疗层级：村");
        await Assertions.Expect(panel.GetByTestId("referral-verdict")).ToHaveTextAsync("低于目录层级的上转 — 需说明理由");
        await Assertions.Expect(panel.GetByTestId("referral-catalogue-up")).ToContainTextAsync("规范治疗3个月血压仍≥160/100mmHg");
        await Assertions.Expect(panel.GetByTestId("referral-catalogue-down")).ToContainTextAsync("交家庭医生随访");
        await Assertions.Expect(panel).ToContainTextAsync(version);
        await Assertions.Expect(doctor.GetByTestId("referral-field-appropriatenessReason")).ToBeVisibleAsync();
        await doctor.GetByTestId("referral-reason").FillAsync("头晕头痛2周，血压波动明显");

        // Without the 上转理由 the server refuses and says so under the field.
        await doctor.GetByTestId("referral-submit").ClickAsync();
        await Assertions.Expect(doctor.GetByTestId("referral-field-appropriatenessReason").Locator(".el-form-item__error")).ToContainTextAsync("请说明上转理由");
        await Assertions.Expect(doctor).ToHaveURLAsync(new Regex("/referrals/new"));
        await Screenshot(doctor, "referrals-catalogue-check");

        await doctor.GetByTestId("referral-appropriateness").FillAsync("规范治疗3个月血压仍≥160/100mmHg，需排查继发性高血压");
        await doctor.GetByTestId("referral-submit").ClickAsync();
        await Assertions.Expect(doctor).ToHaveURLAsync(ReferralUrl());
        var id = long.Parse(ReferralUrl().Match(doctor.Url).Groups[1].Value, CultureInfo.InvariantCulture);
        await Assertions.Expect(Status(doctor)).ToHaveTextAsync("已提交");
        await Assertions.Expect(doctor.GetByTestId("referral-below-tier")).ToHaveTextAsync("低层级上转");
        await Assertions.Expect(doctor.GetByTestId("referral-summary").GetByTestId("referral-verdict")).ToHaveAttributeAsync("data-verdict", "up_below_threshold");
        await Assertions.Expect(doctor.GetByTestId("referral-appropriateness-reason")).ToHaveTextAsync("规范治疗3个月血压仍≥160/100mmHg，需排查继发性高血压");
        await Screenshot(doctor, "referrals-below-tier");
        await doctor.GotoAsync(browser.BaseUrl + "/referrals/outgoing");
        var row = doctor.Locator($"[data-testid=referral-table] tr:has([data-testid=referral-row][data-id=\"{id}\"])");
        await Assertions.Expect(row.GetByTestId("referral-below-tier-tag")).ToHaveTextAsync("低层级上转");

        // The network manager's register of this month counts it, and exports the workbook.
        await manager.GetByTestId("nav-m3").ClickAsync();
        await manager.GetByTestId("nav-m3-referralRegister").ClickAsync();
        await Assertions.Expect(manager.GetByTestId("register-title")).ToHaveTextAsync("双向转诊登记");
        await manager.GotoAsync(browser.BaseUrl + $"/referrals/register?month={month}");
        var result = manager.GetByTestId("register-result");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-month", month);
        await Assertions.Expect(result).ToHaveAttributeAsync("data-total", (totalBefore + 1).ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(manager.GetByTestId("register-card-up")).ToHaveAttributeAsync("data-value", (upBefore + 1).ToString(CultureInfo.InvariantCulture));
        var township = manager.Locator($"[data-testid=register-institutions] tr:has([data-testid=register-institution-row][data-code=\"{TestRegion.TownshipCentre}\"])");
        await Assertions.Expect(township.GetByTestId("register-sent-up")).Not.ToHaveAttributeAsync("data-value", "0");
        await Assertions.Expect(manager.Locator("[data-testid=register-department-row][data-code=\"03\"]").First).ToBeVisibleAsync();
        await Assertions.Expect(manager.GetByTestId("register-chart")).ToBeVisibleAsync();
        await Screenshot(manager, "referrals-register");
        var download = await manager.RunAndWaitForDownloadAsync(() => manager.GetByTestId("register-export").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains(month, download.SuggestedFilename, StringComparison.Ordinal);

        // The catalogue page lists the loaded version as the one in use, with its entries.
        await manager.GetByTestId("nav-m3-catalogues").ClickAsync();
        var loaded = manager.Locator($"[data-testid=catalogue-version-row][data-version=\"{version}\"]");
        await Assertions.Expect(loaded).ToBeVisibleAsync();
        await loaded.ClickAsync();
        await manager.GetByTestId("catalogue-search").FillAsync("I10");
        await manager.GetByTestId("catalogue-search-submit").ClickAsync();
        await Assertions.Expect(manager.Locator("[data-testid=catalogue-entry][data-pattern=\"I10-I15\"]")).ToBeVisibleAsync();
        await manager.GetByTestId("catalogue-search").FillAsync("");
        await manager.GetByTestId("catalogue-search-submit").ClickAsync();
        await Screenshot(manager, "referrals-catalogues");
    }

    [Fact]
    public async Task In_one_flow_the_doctor_books_a_reserved_slot_for_the_referral_and_the_acceptance_schedules_it()
    {
        // The county hospital keeps all of a day's internal-medicine slots, a week ahead, for referrals.
        var hospital = await SignIn("yyadmin");
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Fetch(hospital, "POST", "/api/v1/booking/schedules", new
        {
            institution = TestRegion.CountyHospital, department = "03", kind = "outpatient", doctor = $"王医生{Interlocked.Increment(ref sequence)}",
            from = day, to = day, weekdays = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" },
            sessionStart = "08:00", sessionEnd = "10:00", slotMinutes = 30, reservedShare = 1.0, releaseLeadHours = 48,
        });

        var doctor = await SignIn("doctor");
        var (patient, _) = await RegisterPatient(doctor, "孙秀兰");
        var created = await Fetch(doctor, "POST", "/api/v1/referrals", new
        {
            patientId = patient, direction = "up", toInstitution = TestRegion.CountyHospital, toDepartment = "03", diagnosisCode = "I21.900",
            reason = "胸闷气促3天，心电图ST段压低",
        });
        var id = System.Text.Json.JsonDocument.Parse(created).RootElement.GetProperty("summary").GetProperty("id").GetInt64();

        await doctor.GotoAsync(browser.BaseUrl + $"/referrals/{id}");
        var panel = doctor.GetByTestId("referral-book-slot");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByText("转诊预留").First).ToBeVisibleAsync();
        await Screenshot(doctor, "referrals-book-slot");
        await panel.Locator("[data-role=slot]").First.ClickAsync();
        await Assertions.Expect(doctor.GetByTestId("referral-summary")).ToContainTextAsync(new Regex("预约号\\s*YY\\d{16}"));
        await Assertions.Expect(panel).ToHaveCountAsync(0);
        await Assertions.Expect(Status(doctor)).ToHaveTextAsync("已提交");

        var centre = await SignIn("zzzx");
        await Fetch(centre, "POST", $"/api/v1/referrals/{id}/accept", new { });
        await doctor.ReloadAsync();
        await Assertions.Expect(Status(doctor)).ToHaveTextAsync("已预约");
        await Screenshot(doctor, "referrals-booked");
    }
}
