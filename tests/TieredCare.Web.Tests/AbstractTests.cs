using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TieredCare.Testing;

namespace TieredCare.Web.Tests;

/// <summary>
/// M7 through the real server: upload with QC and a row report, the quality report, an abstract's
/// grouping with its trace, the DRG profile, and table sets side by side. Each test files its
/// abstracts under its own 病案号 prefix and month, so the tests do not see each other's rows.
/// </summary>
public abstract class AbstractTests(ServerFixture server) : ApiTest(server)
{
    private const string Header = TestAbstracts.Header;

    private static string Row(string record, string month, string institution = TestRegion.CountyHospital, string total = "6000.00", string los = "7") =>
        TestAbstracts.Row(record, month, institution, total, los);

    private static MultipartFormDataContent Upload(string csv, string fileName = "abstracts.csv", string? institution = null) =>
        TestAbstracts.Upload(csv, fileName, institution);

    private static async Task<JsonNode> PostUpload(HttpClient client, HttpContent content, HttpStatusCode expected = HttpStatusCode.OK) =>
        await Json(await client.PostAsync("/api/v1/abstracts/uploads", content, Ct), expected);

    [Fact]
    public async Task An_upload_reports_every_row_stores_the_failed_one_and_groups_only_the_passed_one()
    {
        var csv = string.Join('\n', Header, Row("U1-001", "2024-02"), Row("U1-002", "2024-02", total: "6100.00"),
            Row("", "2024-02"), Row("U1-004", "2024-02", institution: TestRegion.CityHospital));
        var report = await PostUpload(await As("yyadmin"), Upload(csv));

        report["rows"]!.GetValue<int>().ShouldBe(4);
        report["stored"]!.GetValue<int>().ShouldBe(2);
        report["rejected"]!.GetValue<int>().ShouldBe(2);
        report["qcPassed"]!.GetValue<int>().ShouldBe(1);
        report["qcFailed"]!.GetValue<int>().ShouldBe(1);
        report["grouped"]!.GetValue<int>().ShouldBe(1);
        var rows = report["rowReports"]!.AsArray();
        var costRow = rows.Single(r => r!["row"]!.GetValue<int>() == 2)!;
        costRow["outcome"]!.GetValue<string>().ShouldBe("failed");
        var finding = costRow["findings"]!.AsArray().Single(f => f!["rule"]!.GetValue<string>() == "QC-K01")!;
        finding["severity"]!.GetValue<string>().ShouldBe("error");
        finding["message"]!.GetValue<string>().ShouldContain("6100");
        rows.Single(r => r!["row"]!.GetValue<int>() == 3)!["findings"]![0]!["field"]!.GetValue<string>().ShouldBe("medical_record_no");
        rows.Single(r => r!["row"]!.GetValue<int>() == 4)!["outcome"]!.GetValue<string>().ShouldBe("rejected");

        await using var db = Server.OpenDb();
        var stored = await db.DischargeAbstracts.Where(a => a.MedicalRecordNo.StartsWith("U1-")).OrderBy(a => a.MedicalRecordNo).ToListAsync(Ct);
        stored.Select(a => a.QcErrors > 0).ShouldBe([false, true]);
        (await db.DrgGroupings.CountAsync(g => g.AbstractId == stored[0].Id, Ct)).ShouldBe(1);
        (await db.DrgGroupings.CountAsync(g => g.AbstractId == stored[1].Id, Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task Sending_a_corrected_abstract_again_replaces_it_and_it_passes()
    {
        var hospital = await As("yyadmin");
        await PostUpload(hospital, Upload(string.Join('\n', Header, Row("U2-001", "2024-03", los: "9"))));
        var again = await PostUpload(hospital, Upload(string.Join('\n', Header, Row("U2-001", "2024-03"))));
        again["replaced"]!.GetValue<int>().ShouldBe(1);
        again["qcPassed"]!.GetValue<int>().ShouldBe(1);

        await using var db = Server.OpenDb();
        var stored = await db.DischargeAbstracts.SingleAsync(a => a.MedicalRecordNo == "U2-001", Ct);
        stored.QcErrors.ShouldBe(0);
        (await db.AbstractQcFindings.CountAsync(f => f.AbstractId == stored.Id, Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task The_quality_report_gives_the_months_pass_rate_and_the_failing_rules_by_department()
    {
        await PostUpload(await As("yyadmin"), Upload(string.Join('\n', Header,
            Row("U3-001", "2024-04"), Row("U3-002", "2024-04"), Row("U3-003", "2024-04", total: "5000.00"), Row("U3-004", "2024-04", los: "3"))));

        var quality = await Get(await As("wjw"), $"/api/v1/abstracts/quality?month=2024-04&institution={TestRegion.CountyHospital}");
        quality["records"]!.GetValue<int>().ShouldBe(4);
        quality["passed"]!.GetValue<int>().ShouldBe(2);
        quality["passRate"]!.GetValue<decimal>().ShouldBe(0.5m);
        quality["topRules"]!.AsArray().Select(r => r!["rule"]!.GetValue<string>()).ShouldBe(["QC-D02", "QC-K01"], ignoreOrder: true);
        var department = quality["byDepartment"]!.AsArray().ShouldHaveSingleItem()!;
        department["departmentName"]!.GetValue<string>().ShouldBe("内科");
        department["passRate"]!.GetValue<decimal>().ShouldBe(0.5m);
    }

    [Fact]
    public async Task An_abstract_shows_its_drg_with_the_trace_and_the_view_is_audited()
    {
        var report = await PostUpload(await As("yyadmin"), Upload(string.Join('\n', Header, Row("U4-001", "2024-05"))));
        await using var db = Server.OpenDb();
        var id = (await db.DischargeAbstracts.SingleAsync(a => a.MedicalRecordNo == "U4-001", Ct)).Id;
        report["grouped"]!.GetValue<int>().ShouldBe(1);

        var view = await Get(await As("yyadmin"), $"/api/v1/abstracts/{id}");
        view["abstract"]!["principalDiagnosis"]!["name"]!.GetValue<string>().ShouldContain("肺炎");
        var grouping = view["grouping"]!;
        grouping["status"]!.GetValue<string>().ShouldBe("success");
        grouping["mdc"]!.GetValue<string>().ShouldBe("MDCE");
        grouping["drg"]!.GetValue<string>().ShouldStartWith("ES");
        grouping["trace"]!.AsArray().Count.ShouldBeGreaterThan(2);
        (await db.AuditEntries.AnyAsync(e => e.UserName == "yyadmin" && e.Action == "view" && e.EntityKey == id.ToString(), Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_hospital_sees_neither_another_hospitals_abstracts_nor_may_a_clinician_upload()
    {
        var hospital = await As("yyadmin");
        await Get(hospital, $"/api/v1/abstracts/quality?institution={TestRegion.CityHospital}", HttpStatusCode.Forbidden);
        await PostUpload(hospital, Upload(string.Join('\n', Header, Row("U5-001", "2024-06")), institution: TestRegion.CityHospital), HttpStatusCode.Forbidden);
        await PostUpload(await As("doctor"), Upload(string.Join('\n', Header, Row("U5-002", "2024-06"))), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_file_without_the_columns_that_file_an_abstract_is_refused_whole()
    {
        var problem = await PostUpload(await As("yyadmin"), Upload("sex,age_years\n1,60\n"), HttpStatusCode.BadRequest);
        var messages = problem["errors"]!["file"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        messages.ShouldContain(m => m.Contains("medical_record_no"));
        messages.ShouldContain(m => m.Contains("discharge_date"));
    }

    [Fact]
    public async Task An_excel_workbook_with_chinese_headers_is_read_like_the_csv()
    {
        var row = new Dictionary<string, object>
        {
            ["病案号"] = "U6-001", ["住院次数"] = 1, ["性别"] = 1, ["出生日期"] = new DateTime(1960, 5, 1), ["年龄"] = 64,
            ["入院日期"] = new DateTime(2024, 7, 3), ["出院日期"] = new DateTime(2024, 7, 10), ["实际住院天数"] = 7, ["入院途径"] = 2, ["出院科别"] = "03",
            ["主要诊断编码"] = "J18.900", ["离院方式"] = 1, ["综合医疗服务类"] = 800m, ["诊断类"] = 1200m, ["治疗类"] = 1000m, ["手术治疗费"] = 0m,
            ["康复类"] = 0m, ["中医类"] = 0m, ["西药类"] = 2500m, ["中药类"] = 0m, ["血液和血液制品类"] = 0m, ["耗材类"] = 500m, ["其他类"] = 0m,
            ["总费用"] = 6000m, ["自付金额"] = 1200m, ["现住址区划代码"] = "990102001001", ["医疗付费方式"] = 2, ["呼吸机使用时间(小时)"] = 0,
        };
        using var workbook = new MemoryStream();
        await workbook.SaveAsAsync(new[] { row }, cancellationToken: Ct);
        var form = new MultipartFormDataContent { { new ByteArrayContent(workbook.ToArray()), "file", "首页.xlsx" } };

        var report = await PostUpload(await As("yyadmin"), form);
        report["stored"]!.GetValue<int>().ShouldBe(1);
        report["qcPassed"]!.GetValue<int>().ShouldBe(1, report.ToJsonString());
        report["grouped"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task The_drg_profile_gives_cmi_and_indices_per_hospital_against_the_periods_own_weights()
    {
        var hospital = await As("yyadmin");
        await PostUpload(hospital, Upload(string.Join('\n', Header, Row("U7-001", "2023-08"), Row("U7-002", "2023-08", total: "6000.00"))));

        var profile = await Get(await As("ybj"), "/api/v1/drg/profile?from=2023-08-01&to=2023-08-31");
        var row = profile["rows"]!.AsArray().Single(r => r!["institutionCode"]!.GetValue<string>() == TestRegion.CountyHospital)!;
        row["cases"]!.GetValue<int>().ShouldBe(2);
        row["drgGroups"]!.GetValue<int>().ShouldBe(1);
        row["cmi"]!.GetValue<decimal>().ShouldBe(1m); // the only DRG of the period weighs its own mean over the overall mean
        row["costIndex"]!.GetValue<decimal>().ShouldBe(1m);
        profile["total"]!["institutionCode"]!.GetValue<string>().ShouldBe("ALL");

        var weights = await Get(await As("ybj"), "/api/v1/drg/weights?from=2023-08-01&to=2023-08-31");
        weights["rows"]!.AsArray().ShouldHaveSingleItem()!["rw"]!.GetValue<decimal>().ShouldBe(1m);
    }

    [Fact]
    public async Task Another_table_set_loads_beside_the_demo_set_and_a_broken_one_is_refused_with_its_file_and_line()
    {
        var admin = await As("admin");
        var sets = await Get(admin, "/api/v1/drg/table-sets");
        sets.AsArray().ShouldContain(s => s!["name"]!.GetValue<string>() == "qingchuan-demo-1.0" && s["isDefault"]!.GetValue<bool>());

        var broken = Path.Combine(Server.Database.Folder, "broken-tables");
        Directory.CreateDirectory(broken);
        foreach (var file in Directory.EnumerateFiles(TieredCare.DemoData.DemoDrgTables.Folder))
        {
            File.Copy(file, Path.Combine(broken, Path.GetFileName(file)), overwrite: true);
        }

        var adrg = File.ReadAllLines(Path.Combine(broken, "adrg.tsv"));
        adrg[1] = string.Join('\t', adrg[1].Split('\t')[..3]) + "\tmain_dx in zd9";
        File.WriteAllLines(Path.Combine(broken, "adrg.tsv"), adrg);
        var problem = await Post(admin, "/api/v1/drg/table-sets", new { name = "broken", folder = broken }, HttpStatusCode.BadRequest);
        var message = problem["errors"]!["folder"]![0]!.GetValue<string>();
        message.ShouldContain("adrg.tsv");
        message.ShouldContain("zd9");

        await Post(await As("ybj"), "/api/v1/drg/table-sets", new { name = "x", folder = broken }, HttpStatusCode.Forbidden);
        if (SharedData.ChsDrg11Folder() is { } national)
        {
            var added = await Post(admin, "/api/v1/drg/table-sets", new { name = "chs-drg-1.1", folder = national }, HttpStatusCode.Created);
            added["drgs"]!.GetValue<int>().ShouldBe(628);

            // The same abstract under both sets: the demo set was written to agree with the national one on the demo's codes.
            await PostUpload(await As("yyadmin"), Upload(string.Join('\n', Header, Row("U8-001", "2023-09"))));
            await using var db = Server.OpenDb();
            var id = (await db.DischargeAbstracts.SingleAsync(a => a.MedicalRecordNo == "U8-001", Ct)).Id;
            var demo = await Get(admin, $"/api/v1/abstracts/{id}?tableSet=qingchuan-demo-1.0");
            var chs = await Get(admin, $"/api/v1/abstracts/{id}?tableSet=chs-drg-1.1");
            chs["grouping"]!["drg"]!.GetValue<string>().ShouldBe(demo["grouping"]!["drg"]!.GetValue<string>());
            chs["grouping"]!["tableSet"]!.GetValue<string>().ShouldBe("chs-drg-1.1");
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAbstractTests(SqliteServer server) : AbstractTests(server);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAbstractTests(PostgresServer server) : AbstractTests(server);
