using System.Net;
using TieredCare.Testing;

namespace TieredCare.Web.Tests;

public abstract class ScopeTests(ServerFixture server) : ApiTest(server)
{
    [Fact]
    public async Task A_township_doctor_sees_the_institutions_of_their_county_medical_community()
    {
        var page = await Get(await As("doctor"), "/api/v1/institutions?pageSize=500");
        Codes(page).ShouldBe([TestRegion.CountyHospital, TestRegion.TownshipCentre, TestRegion.OtherTownshipCentre, TestRegion.VillageClinic], ignoreOrder: true);
        var networks = await Get(await As("doctor"), "/api/v1/networks");
        networks.AsArray().Select(n => n!["code"]!.GetValue<string>()).ShouldBe([TestRegion.CountyCommunity]);
    }

    [Fact]
    public async Task A_hospital_sees_the_members_of_every_network_it_belongs_to()
    {
        var page = await Get(await As("yyadmin"), "/api/v1/institutions?pageSize=500");
        Codes(page).ShouldBe([TestRegion.CityHospital, TestRegion.CountyHospital, TestRegion.TownshipCentre, TestRegion.OtherTownshipCentre, TestRegion.VillageClinic], ignoreOrder: true);
    }

    [Fact]
    public async Task An_institution_outside_the_scope_is_refused_not_hidden()
    {
        var problem = await Get(await As("doctor"), $"/api/v1/institutions/{TestRegion.CommunityCentre}", HttpStatusCode.Forbidden);
        problem["detail"]!.GetValue<string>().ShouldContain("outside your scope");
    }

    [Fact]
    public async Task The_city_commission_sees_every_institution_of_the_city()
    {
        var page = await Get(await As("wjw"), $"/api/v1/institutions?pageSize=500&region={TestRegion.County}");
        // Other tests add institutions to the county; these four are always there, and nothing from outside it.
        new[] { TestRegion.CountyHospital, TestRegion.TownshipCentre, TestRegion.OtherTownshipCentre, TestRegion.VillageClinic }.ShouldBeSubsetOf(Codes(page));
        page["items"]!.AsArray().ShouldAllBe(i => i!["regionCode"]!.GetValue<string>().StartsWith("990102", StringComparison.Ordinal));
        var all = await Get(await As("wjw"), "/api/v1/institutions?pageSize=500");
        all["total"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(7);
    }

    [Fact]
    public async Task A_network_manager_cannot_change_an_institution_outside_the_network()
    {
        var client = await As("ygt");
        await Put(client, $"/api/v1/institutions/{TestRegion.CommunityCentre}", new
        {
            name = "滨江社区卫生服务中心", type = "community_health_center", level = "primary", ownership = "public", tier = "grassroots", regionCode = "990101001000",
        }, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_summary_counts_only_the_scope()
    {
        var summary = await Get(await As("ygt"), "/api/v1/registry/summary");
        summary["institutions"]!.GetValue<int>().ShouldBe(4);
        summary["scopeName"]!.GetValue<string>().ShouldBe("东坪县医共体");
        var city = await Get(await As("wjw"), "/api/v1/registry/summary");
        city["population"]!.GetValue<long>().ShouldBe(64400);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ScopeTestsOnSqlite(SqliteServer server) : ScopeTests(server);

[Collection(PostgresCollection.Name)]
public sealed class ScopeTestsOnPostgres(PostgresServer server) : ScopeTests(server);
