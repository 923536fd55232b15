using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TieredCare.Referrals.Catalogue;
using TieredCare.Testing;

namespace TieredCare.Web.Tests;

/// <summary>M3 through the real server: a network's catalogue versions loaded from CSV, and a referral judged against them.</summary>
public abstract class ReferralCatalogueTests(ServerFixture server) : ApiTest(server)
{
    private const string Header = "icd10,name,lowest_tier,up_criteria,down_criteria";

    private static MultipartFormDataContent Upload(string csv, string network, string version, string? name = null) =>
        TestCatalogues.Upload(csv, network, version, name);

    private async Task<long> LoadDemoCatalogueAsync() => await TestCatalogues.LoadDemoAsync(await As("admin"), Ct);

    [Fact]
    public async Task Good_rows_are_stored_bad_rows_are_reported_and_the_same_version_is_refused()
    {
        var csv = string.Join('\n', Header,
            "I10-I15,高血压病,village,血压控制不佳,血压稳定",
            "X1,坏编码,county,,",
            "E11,2型糖尿病,township,,",
            "J18,,county,,",
            "I21,急性心肌梗死,hospital,,",
            "\"I63\",\"脑梗死\",county,\"溶栓, 取栓\",") + "\n";
        var admin = await As("admin");
        var loaded = await Json(await admin.PostAsync("/api/v1/referrals/catalogues", Upload(csv, TestRegion.CityGroup, "t-1.0", "测试目录"), Ct), HttpStatusCode.Created);

        loaded["stored"]!.GetValue<int>().ShouldBe(3);
        var id = loaded["catalogue"]!["id"]!.GetValue<long>();
        (loaded["catalogue"]!["network"]!.GetValue<string>(), loaded["catalogue"]!["version"]!.GetValue<string>(), loaded["catalogue"]!["entryCount"]!.GetValue<int>())
            .ShouldBe((TestRegion.CityGroup, "t-1.0", 3));
        var rejected = loaded["rejected"]!.AsArray().Select(r => (r!["line"]!.GetValue<int>(), r["field"]!.GetValue<string>())).ToList();
        rejected.ShouldBe([(3, "icd10"), (5, "name"), (6, "lowest_tier")]);
        loaded["rejected"]!.AsArray().ShouldAllBe(r => r!["reason"]!.GetValue<string>().Length > 0 && r["reasonEn"]!.GetValue<string>().Length > 0);

        await using (var db = Server.OpenDb())
        {
            (await db.DiseaseCatalogueEntries.Where(e => e.CatalogueId == id).OrderBy(e => e.Line).Select(e => e.Pattern).ToListAsync(Ct))
                .ShouldBe(["I10-I15", "E11", "I63"]);
        }

        var versions = (await Get(admin, $"/api/v1/referrals/catalogues?network={TestRegion.CityGroup}")).AsArray();
        versions.ShouldContain(v => v!["id"]!.GetValue<long>() == id && v["name"]!.GetValue<string>() == "测试目录");
        var found = await Get(admin, $"/api/v1/referrals/catalogues/{id}/entries?q=i63");
        found["total"]!.GetValue<int>().ShouldBe(1);
        found["items"]![0]!["upCriteria"]!.GetValue<string>().ShouldBe("溶栓, 取栓");
        (await Get(admin, $"/api/v1/referrals/catalogues/{id}/entries?q=糖尿病"))["items"]![0]!["lowestTier"]!.GetValue<string>().ShouldBe("township");

        var again = await Json(await admin.PostAsync("/api/v1/referrals/catalogues", Upload(csv, TestRegion.CityGroup, "t-1.0"), Ct), HttpStatusCode.Conflict);
        again["detail"]!.GetValue<string>().ShouldContain("t-1.0");
        await using (var db = Server.OpenDb())
        {
            (await db.DiseaseCatalogueVersions.CountAsync(v => v.NetworkCode == TestRegion.CityGroup && v.Version == "t-1.0", Ct)).ShouldBe(1);
        }
    }

    [Fact]
    public async Task An_unknown_network_or_a_file_without_good_rows_is_a_bad_request_naming_the_field()
    {
        var admin = await As("admin");
        var csv = Header + "\nI10,高血压,village,,\n";
        ErrorFields(await Json(await admin.PostAsync("/api/v1/referrals/catalogues", Upload(csv, "N9999", "x"), Ct), HttpStatusCode.BadRequest))
            .ShouldBe(["network"]);
        ErrorFields(await Json(await admin.PostAsync("/api/v1/referrals/catalogues", Upload("icd10,name\nI10,高血压\n", TestRegion.CityGroup, "bad-header"), Ct),
            HttpStatusCode.BadRequest)).ShouldBe(["file"]);
    }

    [Fact]
    public async Task A_network_manager_loads_only_their_own_networks_catalogue_and_the_insurance_bureau_none()
    {
        var csv = Header + "\nI10,高血压,village,,\n";
        var manager = await As("ygt");
        await Json(await manager.PostAsync("/api/v1/referrals/catalogues", Upload(csv, TestRegion.CityGroup, "m-1"), Ct), HttpStatusCode.Forbidden);
        await Json(await manager.PostAsync("/api/v1/referrals/catalogues", Upload(csv, TestRegion.CountyCommunity, $"m-{Guid.NewGuid():N}"), Ct), HttpStatusCode.Created);
        (await (await As("ybj")).PostAsync("/api/v1/referrals/catalogues", Upload(csv, TestRegion.CountyCommunity, "m-2"), Ct)).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
        (await (await As("ybj")).GetAsync("/api/v1/referrals/catalogues", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_hypertension_up_referral_from_the_township_centre_needs_a_reason_and_a_heart_attack_does_not()
    {
        var id = await LoadDemoCatalogueAsync();
        var doctor = await As("doctor");

        var hypertension = await Get(doctor, $"/api/v1/referrals/catalogue-check?from={TestRegion.TownshipCentre}&to={TestRegion.CountyHospital}&code=I10.x00x002&direction=up");
        (hypertension["catalogue"]!["id"]!.GetValue<long>(), hypertension["catalogue"]!["network"]!.GetValue<string>()).ShouldBe((id, TestRegion.CountyCommunity));
        (hypertension["fromTier"]!.GetValue<string>(), hypertension["toTier"]!.GetValue<string>()).ShouldBe(("township", "county"));
        hypertension["verdict"]!.GetValue<string>().ShouldBe("up_below_threshold");
        hypertension["needsReason"]!.GetValue<bool>().ShouldBeTrue();
        (hypertension["entry"]!["pattern"]!.GetValue<string>(), hypertension["entry"]!["lowestTier"]!.GetValue<string>()).ShouldBe(("I10-I15", "village"));
        hypertension["explanation"]!.GetValue<string>().ShouldContain("上转需说明理由");
        hypertension["explanationEn"]!.GetValue<string>().ShouldContain("needs a stated reason");

        var infarction = await Get(doctor, $"/api/v1/referrals/catalogue-check?from={TestRegion.TownshipCentre}&to={TestRegion.CountyHospital}&code=I21.9&direction=up");
        infarction["verdict"]!.GetValue<string>().ShouldBe("appropriate");
        infarction["needsReason"]!.GetValue<bool>().ShouldBeFalse();
        (infarction["entry"]!["pattern"]!.GetValue<string>(), infarction["entry"]!["name"]!.GetValue<string>()).ShouldBe(("I21", "急性心肌梗死"));
        infarction["explanationEn"]!.GetValue<string>().ShouldContain("fits the catalogue");
    }

    [Fact]
    public async Task A_bad_code_or_an_unknown_institution_is_named_and_an_institution_without_a_catalogue_is_not_found()
    {
        await LoadDemoCatalogueAsync();
        var doctor = await As("doctor");
        ErrorFields(await Get(doctor, $"/api/v1/referrals/catalogue-check?from={TestRegion.TownshipCentre}&to={TestRegion.CountyHospital}&code=1I0&direction=up",
            HttpStatusCode.BadRequest)).ShouldBe(["code"]);
        ErrorFields(await Get(doctor, $"/api/v1/referrals/catalogue-check?from=X0000&to=Y0000&code=I10&direction=sideways", HttpStatusCode.BadRequest))
            .ShouldBe(["from", "to", "direction"], ignoreOrder: true);
        var none = await Get(doctor, $"/api/v1/referrals/catalogue-check?from={TestRegion.EmergencyCentre}&to={TestRegion.CountyHospital}&code=I10&direction=up",
            HttpStatusCode.NotFound);
        none["detail"]!.GetValue<string>().ShouldContain("no catalogue");
    }

    /// <summary>The tier mapping of docs/adr/0005, read back through the check's <c>toTier</c>.</summary>
    [Theory]
    [InlineData(TestRegion.CityHospital, "city")]          // general hospital, 三级
    [InlineData(TestRegion.CountyHospital, "county")]      // general hospital, 二级
    [InlineData(TestRegion.TownshipCentre, "township")]    // 乡镇卫生院
    [InlineData(TestRegion.CommunityCentre, "township")]   // 社区卫生服务中心
    [InlineData(TestRegion.VillageClinic, "village")]      // 村卫生室
    [InlineData(TestRegion.EmergencyCentre, "county")]     // 急救中心
    public async Task Each_kind_of_institution_has_its_treatment_tier(string institution, string tier)
    {
        var doctor = await As("doctor");
        await using (var db = Server.OpenDb())
        {
            if (!await db.DiseaseCatalogueVersions.AnyAsync(v => v.NetworkCode == TestRegion.CountyCommunity, Ct))
            {
                await LoadDemoCatalogueAsync();
            }
        }

        var check = await Get(doctor, $"/api/v1/referrals/catalogue-check?from={TestRegion.TownshipCentre}&to={institution}&code=I10&direction=lateral");
        check["toTier"]!.GetValue<string>().ShouldBe(tier);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteReferralCatalogueTests(SqliteServer server) : ReferralCatalogueTests(server);

[Collection(PostgresCollection.Name)]
public sealed class PostgresReferralCatalogueTests(PostgresServer server) : ReferralCatalogueTests(server);
