using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TieredCare.Testing;

namespace TieredCare.Web.Tests;

/// <summary>
/// M8 through the real server: a stored DRG point settlement of a year's abstracts, a line explained,
/// a re-run to the cent, the Excel statement, and a what-if. Each test settles its own year.
/// </summary>
public abstract class PaymentTests(ServerFixture server) : ApiTest(server)
{
    /// <summary>Four pneumonia stays at the county hospital and one at the city hospital in <paramref name="year"/>; one is a high-cost outlier.</summary>
    private async Task UploadYearAsync(int year, string prefix)
    {
        var month = $"{year}-03";
        var county = string.Join('\n', TestAbstracts.Header,
            TestAbstracts.RowCosting($"{prefix}-1", month, 5000m), TestAbstracts.RowCosting($"{prefix}-2", month, 6000m),
            TestAbstracts.RowCosting($"{prefix}-3", month, 7000m), TestAbstracts.RowCosting($"{prefix}-4", month, 40000m));
        (await (await As("yyadmin")).PostAsync("/api/v1/abstracts/uploads", TestAbstracts.Upload(county), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var city = string.Join('\n', TestAbstracts.Header, TestAbstracts.RowCosting($"{prefix}-5", month, 9000m, TestRegion.CityHospital));
        (await (await As("admin")).PostAsync("/api/v1/abstracts/uploads", TestAbstracts.Upload(city), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Settles the year and reads the stored run back: <c>{run, hospitals, rules}</c>.</summary>
    private async Task<JsonNode> SettleAsync(int year, decimal budget)
    {
        var analyst = await As("ybj");
        var created = await Post(analyst, "/api/v1/payment/settlements", new { from = $"{year}-01-01", to = $"{year}-12-31", budget }, HttpStatusCode.Created);
        return await Get(analyst, $"/api/v1/payment/settlements/{created["id"]!.GetValue<long>()}");
    }

    [Fact]
    public async Task A_settlement_pays_out_exactly_the_budget_and_flags_the_high_cost_outlier()
    {
        await UploadYearAsync(2019, "P1");
        var run = await SettleAsync(2019, 100_000m);

        run["run"]!["cases"]!.GetValue<int>().ShouldBe(5);
        run["run"]!["fingerprint"]!.GetValue<string>().Length.ShouldBe(64);
        var hospitals = run["hospitals"]!.AsArray();
        hospitals.Select(h => h!["institutionCode"]!.GetValue<string>()).ShouldBe([TestRegion.CityHospital, TestRegion.CountyHospital]);
        // Point value v = (budget − FFS + Σ self-pay) / Σ points, and each hospital is due v × points − its self-pay: together, the budget.
        hospitals.Sum(h => h!["due"]!.GetValue<decimal>()).ShouldBe(100_000m, tolerance: 0.02m);
        run["rules"]!.AsArray().ShouldContain(r => r!["rule"]!.GetValue<string>() == "high_outlier" && r["cases"]!.GetValue<int>() == 1);
    }

    [Fact]
    public async Task A_case_line_is_explained_and_a_rerun_gives_the_same_cents()
    {
        await UploadYearAsync(2018, "P2");
        var run = await SettleAsync(2018, 80_000m);
        var id = run["run"]!["id"]!.GetValue<long>();
        var analyst = await As("ybj");

        var lines = await Get(analyst, $"/api/v1/payment/settlements/{id}/cases?institution={TestRegion.CountyHospital}&rule=high_outlier");
        var line = lines["items"]!.AsArray().ShouldHaveSingleItem()!;
        var explained = await Get(analyst, $"/api/v1/payment/settlements/{id}/cases/{line["abstractId"]!.GetValue<long>()}");
        explained["explanation"]!.GetValue<string>().ShouldStartWith("高倍率病例（C 40000 >");
        explained["explanationEn"]!.GetValue<string>().ShouldStartWith("high outlier (C 40000 >");
        explained["amount"]!.GetValue<decimal>().ShouldBe(line["amount"]!.GetValue<decimal>());

        var rerun = await Post(analyst, $"/api/v1/payment/settlements/{id}/rerun", new { }, HttpStatusCode.OK);
        rerun["sameInputs"]!.GetValue<bool>().ShouldBeTrue();
        rerun["sameAmounts"]!.GetValue<bool>().ShouldBeTrue();

        var export = await analyst.GetAsync($"/api/v1/payment/settlements/{id}/export", Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await export.Content.ReadAsByteArrayAsync(Ct)).Length.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public async Task A_final_settlement_sets_off_the_monthly_advance_actually_paid_even_after_a_late_abstract()
    {
        await UploadYearAsync(2016, "P9");
        var analyst = await As("ybj");
        var notAMonth = await Post(analyst, "/api/v1/payment/settlements", new { kind = "advance", from = "2016-03-01", to = "2016-03-30", budget = 50_000m },
            HttpStatusCode.BadRequest);
        ErrorFields(notAMonth).ShouldBe(["to"]);
        var created = await Post(analyst, "/api/v1/payment/settlements", new { kind = "advance", from = "2016-03-01", to = "2016-03-31", budget = 50_000m },
            HttpStatusCode.Created);
        var advance = await Get(analyst, $"/api/v1/payment/settlements/{created["id"]!.GetValue<long>()}");
        advance["run"]!["kind"]!.GetValue<string>().ShouldBe("advance");
        var paid = County(advance)["due"]!.GetValue<decimal>();
        paid.ShouldBeGreaterThan(0m);
        var advanceLine = (await Get(analyst, $"/api/v1/payment/settlements/{advance["run"]!["id"]}/cases?institution={TestRegion.CountyHospital}&rule=normal"))["items"]![0]!;
        var advanceExplained = await Get(analyst, $"/api/v1/payment/settlements/{advance["run"]!["id"]}/cases/{advanceLine["abstractId"]}");
        advanceExplained["explanation"]!.GetValue<string>().ShouldContain("月度预付 = 预付比例 0.85 ×（月点值 ");
        advanceExplained["explanation"]!.GetValue<string>().ShouldContain($"= {advanceLine["amount"]!.GetValue<decimal>().ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} 元");

        // A late abstract of March changes rule 7's figure for March; the final settlement still sets off what was paid.
        var late = string.Join('\n', TestAbstracts.Header, TestAbstracts.RowCosting("P9-6", "2016-03", 8000m));
        (await (await As("yyadmin")).PostAsync("/api/v1/abstracts/uploads", TestAbstracts.Upload(late), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var final = await SettleAsync(2016, 100_000m);
        var finalId = final["run"]!["id"]!.GetValue<long>();
        var county = County(final);
        county["advances"]!.GetValue<decimal>().ShouldBe(paid);
        county["balance"]!.GetValue<decimal>().ShouldBe(county["due"]!.GetValue<decimal>() - paid);

        var march = (await Get(analyst, $"/api/v1/payment/settlements/{finalId}/statements/{TestRegion.CountyHospital}"))["advances"]!.AsArray().ShouldHaveSingleItem()!;
        (march["month"]!.GetValue<string>(), march["paid"]!.GetValue<decimal>(), march["recorded"]!.GetValue<bool>()).ShouldBe(("2016-03", paid, true));
        march["amount"]!.GetValue<decimal>().ShouldNotBe(paid, "rule 7 over the cases as they are now differs from what was paid");

        var rerun = await Post(analyst, $"/api/v1/payment/settlements/{finalId}/rerun", new { }, HttpStatusCode.OK);
        (rerun["sameInputs"]!.GetValue<bool>(), rerun["sameAmounts"]!.GetValue<bool>()).ShouldBe((true, true));
    }

    [Fact]
    public async Task A_hospital_reads_its_own_statement_and_its_workbook_but_not_another_hospitals()
    {
        await UploadYearAsync(2015, "PA");
        var run = await SettleAsync(2015, 100_000m);
        var id = run["run"]!["id"]!.GetValue<long>();
        var hospital = await As("yyadmin");

        var list = (await Get(hospital, "/api/v1/payment/statements")).AsArray();
        list.ShouldAllBe(s => s!["hospital"]!["institutionCode"]!.GetValue<string>() == TestRegion.CountyHospital);
        list.ShouldContain(s => s!["run"]!["id"]!.GetValue<long>() == id);

        var statement = await Get(hospital, $"/api/v1/payment/settlements/{id}/statements/{TestRegion.CountyHospital}");
        var due = County(run)["due"]!.GetValue<decimal>();
        statement["hospital"]!["due"]!.GetValue<decimal>().ShouldBe(due);
        statement["advances"]!.AsArray().Sum(a => a!["paid"]!.GetValue<decimal>()).ShouldBe(statement["hospital"]!["advances"]!.GetValue<decimal>());
        var cases = await Get(hospital, $"/api/v1/payment/settlements/{id}/statements/{TestRegion.CountyHospital}/cases");
        cases["total"]!.GetValue<int>().ShouldBe(4);
        var own = cases["items"]![0]!["abstractId"]!.GetValue<long>();
        (await Get(hospital, $"/api/v1/payment/settlements/{id}/statements/{TestRegion.CountyHospital}/cases/{own}"))["explanation"]!.GetValue<string>()
            .ShouldContain("点；支付 = 点值 v ");
        var cityCase = (await Get(await As("ybj"), $"/api/v1/payment/settlements/{id}/cases?institution={TestRegion.CityHospital}"))["items"]![0]!["abstractId"]!.GetValue<long>();
        (await hospital.GetAsync($"/api/v1/payment/settlements/{id}/statements/{TestRegion.CountyHospital}/cases/{cityCase}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var export = await hospital.GetAsync($"/api/v1/payment/settlements/{id}/statements/{TestRegion.CountyHospital}/export", Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        var workbook = new MemoryStream(await export.Content.ReadAsByteArrayAsync(Ct));
        var about = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "结算单").Cast<IDictionary<string, object>>().ToList();
        Convert.ToDecimal(about.Single(r => (string)r["项目"] == "应付(元)")["内容"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(due);
        MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "病例明细").Count().ShouldBe(4);

        (await hospital.GetAsync($"/api/v1/payment/settlements/{id}/statements/{TestRegion.CityHospital}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await hospital.GetAsync($"/api/v1/payment/statements?institution={TestRegion.CityHospital}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await As("doctor")).GetAsync("/api/v1/payment/statements", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static JsonNode County(JsonNode run) =>
        run["hospitals"]!.AsArray().Single(h => h!["institutionCode"]!.GetValue<string>() == TestRegion.CountyHospital)!;

    [Fact]
    public async Task A_larger_budget_in_a_what_if_raises_every_hospitals_due_and_stores_nothing()
    {
        await UploadYearAsync(2017, "P3");
        var before = (await Get(await As("ybj"), "/api/v1/payment/settlements")).AsArray().Count;
        var policy = JsonNode.Parse(await (await As("ybj")).GetStringAsync("/api/v1/payment/policies/reference", Ct))!;
        policy["budget"] = 100_000m;
        var whatIf = await Post(await As("ybj"), "/api/v1/payment/what-if",
            new { from = "2017-01-01", to = "2017-12-31", policy, changes = new { budget = 110_000m } }, HttpStatusCode.OK);
        whatIf["changed"]!["pointValue"]!.GetValue<decimal>().ShouldBeGreaterThan(whatIf["base"]!["pointValue"]!.GetValue<decimal>());
        whatIf["hospitals"]!.AsArray().ShouldAllBe(h => h!["difference"]!.GetValue<decimal>() > 0);
        whatIf["changed"]!["due"]!.GetValue<decimal>().ShouldBe(110_000m, tolerance: 0.02m);
        (await Get(await As("ybj"), "/api/v1/payment/settlements")).AsArray().Count.ShouldBe(before);

        // Paying pneumonia (ADRG ES3) by the bed-day instead moves every one of the five stays to the per-diem rule:
        // no case is left to earn points, and the what-if says so instead of dividing by zero.
        var perDiem = await Post(await As("ybj"), "/api/v1/payment/what-if",
            new { from = "2017-01-01", to = "2017-12-31", policy, changes = new { perDiemRates = new Dictionary<string, decimal> { ["ES3"] = 600m } } }, HttpStatusCode.BadRequest);
        perDiem["errors"]!["cases"]![0]!.GetValue<string>().ShouldContain("total of points is zero");
    }

    [Fact]
    public async Task A_what_if_exported_to_Excel_has_the_same_cents_as_the_answer_and_names_the_changed_parameter()
    {
        await UploadYearAsync(2011, "W1");
        var analyst = await As("ybj");
        var policy = JsonNode.Parse(await analyst.GetStringAsync("/api/v1/payment/policies/reference", Ct))!;
        policy["budget"] = 100_000m;
        var body = new
        {
            from = "2011-01-01", to = "2011-12-31", policy,
            changes = new { budget = 123_456.78m, hospitalCoefficients = new Dictionary<string, decimal> { [TestRegion.CountyHospital] = 1.1m } },
        };
        var whatIf = await Post(analyst, "/api/v1/payment/what-if", body, HttpStatusCode.OK);
        var county = whatIf["hospitals"]!.AsArray().Single(h => h!["institutionCode"]!.GetValue<string>() == TestRegion.CountyHospital)!;

        var export = await analyst.PostAsJsonAsync("/api/v1/payment/what-if/export", body, Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK, await export.Content.ReadAsStringAsync(Ct));
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        export.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("政策模拟-2011-01-01-2011-12-31.xlsx");
        using var workbook = new MemoryStream(await export.Content.ReadAsByteArrayAsync(Ct));
        workbook.GetSheetNames().ShouldBe(["医院对比", "参数", "规则变化"]);

        var rows = workbook.Query(useHeaderRow: true, sheetName: "医院对比").Cast<IDictionary<string, object?>>().ToList();
        var row = rows.Single(r => (string?)r["机构编码"] == TestRegion.CountyHospital);
        Cents(row["差额(元)"]).ShouldBe(county["difference"]!.GetValue<decimal>());
        Cents(row["新应付(元)"]).ShouldBe(county["dueChanged"]!.GetValue<decimal>());
        var totals = rows.Single(r => (string?)r["机构编码"] == "合计");
        Cents(totals["新应付(元)"]).ShouldBe(whatIf["changed"]!["due"]!.GetValue<decimal>());

        var parameters = workbook.Query(useHeaderRow: true, sheetName: "参数").Cast<IDictionary<string, object?>>().ToList();
        var budget = parameters.Single(r => (string?)r["名称"] == "预算(元)");
        Cents(budget["原值"]).ShouldBe(100_000m);
        Cents(budget["新值"]).ShouldBe(123_456.78m);
        parameters.ShouldContain(r => (string?)r["名称"] == $"医院系数 {TestRegion.CountyHospital}");
        parameters.ShouldContain(r => (string?)r["名称"] == "政策" && ((string)r["新值"]!).EndsWith("+what-if", StringComparison.Ordinal));

        // The same refusals as the what-if: a per-diem group that is no code prefix names the per-diem field; a hospital administrator may not.
        var bad = await Post(analyst, "/api/v1/payment/what-if/export",
            new { from = "2011-01-01", to = "2011-12-31", changes = new { perDiemRates = new Dictionary<string, decimal> { ["ES-3"] = 600m } } }, HttpStatusCode.BadRequest);
        bad["errors"]!["changes.perDiemRates"]![0]!.GetValue<string>().ShouldContain("ES-3");
        (await (await As("yyadmin")).PostAsJsonAsync("/api/v1/payment/what-if/export", body, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // MiniExcel reads numbers back as doubles; the cell holds the decimal written, to the cent.
        static decimal Cents(object? cell) => Math.Round(Convert.ToDecimal(cell, System.Globalization.CultureInfo.InvariantCulture), 2);
    }

    [Fact]
    public async Task The_same_year_settles_under_DIP_with_scores_from_the_years_own_combinations_and_reruns_to_the_cent()
    {
        await UploadYearAsync(2013, "D1");
        var analyst = await As("ybj");
        var created = await Post(analyst, "/api/v1/payment/settlements", new { from = "2013-01-01", to = "2013-12-31", method = "dip", budget = 90_000m }, HttpStatusCode.Created);
        created["method"]!.GetValue<string>().ShouldBe("dip");
        created["policyName"]!.GetValue<string>().ShouldBe("dip-reference");
        var id = created["id"]!.GetValue<long>();
        var run = await Get(analyst, $"/api/v1/payment/settlements/{id}");
        run["hospitals"]!.AsArray().Sum(h => h!["due"]!.GetValue<decimal>()).ShouldBe(90_000m, tolerance: 0.02m);

        // Five J18.9 conservative stays are fewer than 15: they form a pooled combination, and the 40,000 元 stay is above 2× its mean.
        var lines = await Get(analyst, $"/api/v1/payment/settlements/{id}/cases?rule=high_outlier");
        var line = lines["items"]!.AsArray().ShouldHaveSingleItem()!;
        (await Get(analyst, $"/api/v1/payment/settlements/{id}/cases/{line["abstractId"]!.GetValue<long>()}"))["explanation"]!.GetValue<string>().ShouldContain("40000");
        var rerun = await Post(analyst, $"/api/v1/payment/settlements/{id}/rerun", new { }, HttpStatusCode.OK);
        rerun["sameAmounts"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task A_case_in_the_special_review_queue_is_paid_its_cost_less_self_pay_instead_of_points()
    {
        await UploadYearAsync(2012, "R1");
        await using var db = Server.OpenDb();
        var costly = (await db.DischargeAbstracts.SingleAsync(a => a.MedicalRecordNo == "R1-4", Ct)).Id;
        var analyst = await As("ybj");
        await Post(analyst, "/api/v1/payment/special-reviews", new { abstractId = costly, reason = "ECMO 抢救，费用极高" }, HttpStatusCode.Created);
        await Post(analyst, "/api/v1/payment/special-reviews", new { abstractId = costly, reason = "again" }, HttpStatusCode.Conflict);
        (await Get(analyst, "/api/v1/payment/special-reviews")).AsArray().ShouldContain(r => r!["abstractId"]!.GetValue<long>() == costly);

        // The reference cap (5 % of a hospital's cases) admits none of 4; this policy allows half.
        var policy = JsonNode.Parse(await analyst.GetStringAsync("/api/v1/payment/policies/reference", Ct))!;
        policy["specialReviewMaxShare"] = 0.5m;
        var created = await Post(analyst, "/api/v1/payment/settlements", new { from = "2012-01-01", to = "2012-12-31", policy, budget = 100_000m }, HttpStatusCode.Created);
        var lines = await Get(analyst, $"/api/v1/payment/settlements/{created["id"]!.GetValue<long>()}/cases?rule=special_review");
        var line = lines["items"]!.AsArray().ShouldHaveSingleItem()!;
        line["abstractId"]!.GetValue<long>().ShouldBe(costly);
        line["amount"]!.GetValue<decimal>().ShouldBe(38_800m); // fee-for-service at rate 1: C 40,000 − P 1,200
        line["points"]!.GetValue<decimal>().ShouldBe(0m);
    }

    [Fact]
    public async Task A_bad_policy_is_refused_naming_the_item_and_only_analysts_may_settle()
    {
        var problem = await Post(await As("ybj"), "/api/v1/payment/settlements",
            new { from = "2016-01-01", to = "2016-12-31", policy = new { name = "x", version = "1", budget = -5 } }, HttpStatusCode.BadRequest);
        string.Join(" ", problem["errors"]!["policy"]!.AsArray().Select(e => e!.GetValue<string>())).ShouldContain("budget");
        await Post(await As("yyadmin"), "/api/v1/payment/settlements", new { from = "2016-01-01", to = "2016-12-31" }, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_patient_readmitted_into_the_same_drg_within_15_days_heads_the_supervision_list()
    {
        // Patient 1 leaves the city hospital on 2015-05-10 and comes back on 2015-05-17 with the same pneumonia: a possible split admission.
        // (The city hospital, so that the county hospital keeps no care relationship with patient 1, which the patient tests rely on.)
        static string Stay(string record, string admitted, string discharged) =>
            TestAbstracts.Row(record, "2015-05", TestRegion.CityHospital).Replace("2015-05-03,2015-05-10", $"{admitted},{discharged}", StringComparison.Ordinal) + ",1";
        var csv = string.Join('\n', TestAbstracts.Header + ",patient_id", Stay("S1-1", "2015-05-03", "2015-05-10"), Stay("S1-2", "2015-05-17", "2015-05-24"));
        var upload = await Json(await (await As("admin")).PostAsync("/api/v1/abstracts/uploads", TestAbstracts.Upload(csv), Ct), HttpStatusCode.OK);
        upload["qcPassed"]!.GetValue<int>().ShouldBe(2, upload.ToJsonString());

        var report = await Get(await As("ybj"), "/api/v1/payment/supervision?from=2015-05-01&to=2015-05-31");
        var first = report["rankedCases"]!.AsArray().First()!;
        var split = first["findings"]!.AsArray().First(f => f!["kind"]!.GetValue<string>().StartsWith("split", StringComparison.Ordinal))!;
        split["caseIds"]!.AsArray().Count.ShouldBe(2);
        split["evidence"]!.GetValue<string>().ShouldContain("天");
        await Get(await As("yyadmin"), "/api/v1/payment/supervision?from=2015-05-01&to=2015-05-31", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_network_keeps_its_surplus_and_bears_half_of_an_overspend_up_to_ten_percent()
    {
        // Two stays of 东坪县 residents in 2014, each 6,000 元 with 1,200 self-pay: the fund spent 2 × 4,800 = 9,600 元.
        var csv = string.Join('\n', TestAbstracts.Header, TestAbstracts.Row("B1-1", "2014-06"), TestAbstracts.Row("B1-2", "2014-07"));
        (await (await As("yyadmin")).PostAsync("/api/v1/abstracts/uploads", TestAbstracts.Upload(csv), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var bureau = await As("ybj");
        (await bureau.PutAsJsonAsync($"/api/v1/payment/budgets/{TestRegion.CountyCommunity}/2014", new { amount = 10_000m }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        // Budget 10,000, spending 9,600: ratio 0.96, surplus 400, the network keeps 100 % of it.
        var network = await As("ygt");
        var mine = (await Get(network, "/api/v1/payment/budgets?year=2014&asOf=2014-12-31")).AsArray().ShouldHaveSingleItem()!;
        mine["networkCode"]!.GetValue<string>().ShouldBe(TestRegion.CountyCommunity);
        mine["spendingToDate"]!.GetValue<decimal>().ShouldBe(9_600m);
        mine["yearClosed"]!.GetValue<bool>().ShouldBeTrue();
        mine["projected"]!["standing"]!.GetValue<string>().ShouldBe("surplus");
        mine["projected"]!["networkKeeps"]!.GetValue<decimal>().ShouldBe(400m);

        // Budget 9,000: ratio 1.0667, overspend 600 within the 1.00–1.10 band, of which the network bears 50 % = 300.
        (await bureau.PutAsJsonAsync($"/api/v1/payment/budgets/{TestRegion.CountyCommunity}/2014", new { amount = 9_000m }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var over = (await Get(network, "/api/v1/payment/budgets?year=2014&asOf=2014-12-31")).AsArray().ShouldHaveSingleItem()!;
        over["projected"]!["standing"]!.GetValue<string>().ShouldBe("overspend");
        over["projected"]!["networkBears"]!.GetValue<decimal>().ShouldBe(300m);
        (await network.PutAsJsonAsync($"/api/v1/payment/budgets/{TestRegion.CountyCommunity}/2014", new { amount = 1m }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePaymentTests(SqliteServer server) : PaymentTests(server);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPaymentTests(PostgresServer server) : PaymentTests(server);
