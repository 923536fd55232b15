using System.Net;
using System.Text;
using TieredCare.Testing;

namespace TieredCare.Web.Tests;

public abstract class RegistryTests(ServerFixture server) : ApiTest(server)
{
    private static object Clinic(string code, string region = TestRegion.District) => new
    {
        code, name = "东坪县康宁诊所", type = "community_health_station", level = "unrated", ownership = "private", tier = "grassroots",
        regionCode = region, latitude = 29.81, longitude = 119.79, openBeds = 0, sharedServices = new[] { "ecg" },
    };

    [Fact]
    public async Task An_institution_page_has_its_staff_departments_and_networks()
    {
        var detail = await Get(await As("wjw"), $"/api/v1/institutions/{TestRegion.CountyHospital}");
        detail["institution"]!["name"]!.GetValue<string>().ShouldBe("东坪县人民医院");
        detail["institution"]!["level"]!.GetValue<string>().ShouldBe("secondary");
        detail["institution"]!["regionName"]!.GetValue<string>().ShouldBe("东坪县");
        detail["staff"]!.AsArray().Sum(s => s!["count"]!.GetValue<int>()).ShouldBe(270);
        var networks = detail["networks"]!.AsArray().Select(n => (n!["code"]!.GetValue<string>(), n["type"]!.GetValue<string>(), n["isLead"]!.GetValue<bool>())).ToList();
        networks.ShouldBe([(TestRegion.CountyCommunity, "county_medical_community", true), (TestRegion.Alliance, "specialty_alliance", false)]);
    }

    [Fact]
    public async Task Regions_carry_population_rolled_up_from_villages()
    {
        var regions = await Get(await As("wjw"), "/api/v1/regions?maxLevel=county");
        var county = regions.AsArray().Single(r => r!["code"]!.GetValue<string>() == TestRegion.County)!;
        county["population"]!.GetValue<int>().ShouldBe(12400);
        county["populationYear"]!.GetValue<int>().ShouldBe(2025);
        regions.AsArray().ShouldNotContain(r => r!["level"]!.GetValue<string>() == "township");
    }

    [Fact]
    public async Task Bad_fields_are_named_and_nothing_is_written()
    {
        var client = await As("wjw");
        var problem = await Post(client, "/api/v1/institutions", new
        {
            code = "bad code", name = "", type = "hospital", level = "tertiary", ownership = "public", tier = "city", regionCode = "990199000000", latitude = 95.0, longitude = 120.0,
        }, HttpStatusCode.BadRequest);
        ErrorFields(problem).ShouldBe(["code", "name", "type", "regionCode", "latitude"], ignoreOrder: true);
        problem["errors"]!["type"]![0]!.GetValue<string>().ShouldContain("general_hospital");
        (await client.GetAsync("/api/v1/institutions/bad%20code", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Malformed_json_unknown_fields_and_wrong_types_are_400_naming_the_field()
    {
        var client = await As("wjw");
        var unknown = await PostRaw(client, "/api/v1/institutions", """{"code":"K0001","nmae":"拼错的字段"}""", HttpStatusCode.BadRequest);
        ErrorFields(unknown).ShouldBe(["nmae"]);
        var wrongType = await PostRaw(client, "/api/v1/institutions", """{"code":"K0001","openBeds":"many"}""", HttpStatusCode.BadRequest);
        ErrorFields(wrongType).ShouldBe(["openBeds"]);
        var broken = await PostRaw(client, "/api/v1/institutions", """{"code":"K0001",""", HttpStatusCode.BadRequest);
        broken["title"]!.GetValue<string>().ShouldContain("could not be read");
        (await client.GetAsync("/health", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, "the server keeps serving");
    }

    [Fact]
    public async Task Create_read_update_and_deactivate_an_institution()
    {
        var client = await As("wjw");
        await Post(client, "/api/v1/institutions", Clinic("K0100"), HttpStatusCode.Created);
        await Post(client, "/api/v1/institutions", Clinic("K0100"), HttpStatusCode.Conflict);
        var read = await Get(client, "/api/v1/institutions/K0100");
        read["institution"]!["sharedServices"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldBe(["ecg"]);

        await Put(client, "/api/v1/institutions/K0100", new
        {
            name = "临江区康宁门诊部", type = "community_health_station", level = "unrated", ownership = "private", tier = "grassroots", regionCode = TestRegion.District,
            staff = new[] { new { category = "doctor", title = "junior", count = 3 }, new { category = "nurse", title = "junior", count = 4 } },
        }, HttpStatusCode.OK);
        var updated = await Get(client, "/api/v1/institutions/K0100");
        updated["institution"]!["name"]!.GetValue<string>().ShouldBe("临江区康宁门诊部");
        updated["staff"]!.AsArray().Count.ShouldBe(2);

        await Post(client, "/api/v1/institutions/K0100/deactivate", new { }, HttpStatusCode.OK);
        var active = await Get(client, "/api/v1/institutions?q=K0100");
        active["total"]!.GetValue<int>().ShouldBe(0);
        var inactive = await Get(client, "/api/v1/institutions?q=K0100&active=false");
        inactive["total"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task A_lead_hospital_of_an_active_network_cannot_be_deactivated() =>
        await Post(await As("wjw"), $"/api/v1/institutions/{TestRegion.CountyHospital}/deactivate", new { }, HttpStatusCode.Conflict);

    [Fact]
    public async Task A_network_is_created_with_its_lead_as_a_member_and_the_lead_cannot_leave()
    {
        var client = await As("wjw");
        await Post(client, "/api/v1/networks", new
        {
            code = "N0100", name = "青川市远程医疗协作网", type = "telemedicine_network", leadInstitutionCode = TestRegion.CityHospital, regionCode = TestRegion.City, startDate = "2024-01-01",
        }, HttpStatusCode.Created);
        await Post(client, "/api/v1/networks/N0100/members", new { institutionCode = TestRegion.CommunityCentre, joinedOn = "2024-02-01" }, HttpStatusCode.OK);
        var problem = await Post(client, "/api/v1/networks/N0100/members", new { institutionCode = TestRegion.CityHospital, joinedOn = "2024-01-01", leftOn = "2024-06-01" }, HttpStatusCode.BadRequest);
        ErrorFields(problem).ShouldBe(["leftOn"]);

        var network = await Get(client, "/api/v1/networks/N0100");
        network["members"]!.AsArray().Select(m => (m!["institutionCode"]!.GetValue<string>(), m["isLead"]!.GetValue<bool>()))
            .ShouldBe([(TestRegion.CityHospital, true), (TestRegion.CommunityCentre, false)]);
        network["network"]!["memberCount"]!.GetValue<int>().ShouldBe(2);

        var ended = await Post(client, "/api/v1/networks/N0100/deactivate", new { }, HttpStatusCode.OK);
        ended["isActive"]!.GetValue<bool>().ShouldBeFalse();
        ended["endDate"].ShouldNotBeNull();
        (await Get(client, "/api/v1/networks")).AsArray().ShouldNotContain(n => n!["code"]!.GetValue<string>() == "N0100");
        (await Get(client, "/api/v1/networks?active=false")).AsArray().ShouldContain(n => n!["code"]!.GetValue<string>() == "N0100");
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task An_import_with_a_missing_column_writes_nothing_and_says_which()
    {
        var response = await (await As("admin")).PostAsync("/api/v1/import/institutions", Csv("code,name,type,level,ownership,tier\nK0200,测试,village_clinic,unrated,public,grassroots\n"), Ct);
        var report = await Json(response, HttpStatusCode.UnprocessableEntity);
        report["committed"]!.GetValue<bool>().ShouldBeFalse();
        report["rejected"]!.AsArray().Select(e => (e!["row"]!.GetValue<int>(), e["field"]!.GetValue<string>())).ShouldBe([(0, "region_code")]);
    }

    private const string InstitutionsWithBadRows = """
        code,name,type,level,grade,ownership,tier,region_code,latitude,longitude,open_beds,shared_services
        K0301,桃源村第二卫生室,village_clinic,unrated,none,public,grassroots,990102001001,29.83,119.75,0,
        K0302,坏数据卫生室,village_clinic,unrated,none,public,grassroots,990102001999,29.83,119.75,0,
        K0303,石门村卫生室,village_clinic,unrated,none,public,grassroots,990102002001,north,119.70,-1,
        K0301,重复代码卫生室,village_clinic,unrated,none,public,grassroots,990102001001,29.83,119.75,0,
        K0304,西岭乡第二卫生室,village_clinic,unrated,none,public,grassroots,990102002000,29.74,119.71,0,

        """;

    [Fact]
    public async Task An_import_reports_every_bad_row_and_by_default_writes_nothing()
    {
        var admin = await As("admin");
        var report = await Json(await admin.PostAsync("/api/v1/import/institutions", Csv(InstitutionsWithBadRows), Ct), HttpStatusCode.UnprocessableEntity);
        report["rows"]!.GetValue<int>().ShouldBe(5);
        report["rejected"]!.AsArray().Select(e => (e!["row"]!.GetValue<int>(), e["field"]!.GetValue<string>()))
            .ShouldBe([(2, "region_code"), (3, "latitude"), (3, "open_beds"), (4, "(key)")]);
        (await admin.GetAsync("/api/v1/institutions/K0301", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Keep_valid_writes_the_good_rows_and_a_reimport_creates_nothing_twice()
    {
        var admin = await As("admin");
        var csv = InstitutionsWithBadRows.Replace("K0301", "K0401", StringComparison.Ordinal).Replace("K0304", "K0404", StringComparison.Ordinal);
        var report = await Json(await admin.PostAsync("/api/v1/import/institutions?mode=keep-valid", Csv(csv), Ct), HttpStatusCode.OK);
        report["accepted"]!.GetValue<int>().ShouldBe(2);
        report["rejected"]!.AsArray().Count.ShouldBe(4);

        await Json(await admin.PostAsync("/api/v1/import/institutions?mode=keep-valid", Csv(csv), Ct), HttpStatusCode.OK);
        var page = await Get(admin, "/api/v1/institutions?q=K04&pageSize=50");
        Codes(page).ShouldBe(["K0401", "K0404"]);
    }

    [Fact]
    public async Task An_unknown_import_mode_or_table_is_refused()
    {
        var admin = await As("admin");
        ErrorFields(await Json(await admin.PostAsync("/api/v1/import/institutions?mode=some", Csv("code\n"), Ct), HttpStatusCode.BadRequest)).ShouldBe(["mode"]);
        ErrorFields(await Json(await admin.PostAsync("/api/v1/import/doctors", Csv("code\n"), Ct), HttpStatusCode.BadRequest)).ShouldBe(["table"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegistryTestsOnSqlite(SqliteServer server) : RegistryTests(server);

[Collection(PostgresCollection.Name)]
public sealed class RegistryTestsOnPostgres(PostgresServer server) : RegistryTests(server);
