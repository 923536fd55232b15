using System.Net;
using System.Net.Http.Json;
using TieredCare.Testing;

namespace TieredCare.Web.Tests;

public abstract class AccessTests(ServerFixture server) : ApiTest(server)
{
    [Fact]
    public async Task A_wrong_password_gets_no_token()
    {
        var problem = await Post(Anonymous(), "/api/v1/auth/token", new { userName = "admin", password = "wrong-password" }, HttpStatusCode.Unauthorized);
        problem["detail"]!.GetValue<string>().ShouldContain("wrong user name or password");
    }

    [Fact]
    public async Task Missing_credentials_name_each_field()
    {
        var problem = await Post(Anonymous(), "/api/v1/auth/token", new { userName = "", password = "" }, HttpStatusCode.BadRequest);
        ErrorFields(problem).ShouldBe(["userName", "password"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_api_refuses_a_request_without_credentials() =>
        (await Get(Anonymous(), "/api/v1/institutions", HttpStatusCode.Unauthorized))["detail"]!.GetValue<string>().ShouldContain("sign in");

    [Fact]
    public async Task A_refusal_by_role_says_so() =>
        (await Get(await As("wjw"), "/api/v1/audit", HttpStatusCode.Forbidden))["detail"]!.GetValue<string>().ShouldContain("your role does not allow");

    [Fact]
    public async Task Cookie_sign_in_opens_the_api_to_the_browser_and_sign_out_closes_it()
    {
        var browser = Server.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        Require.Database(Server);
        var me = await Post(browser, "/api/v1/auth/login", new { userName = "ygt", password = TestRegion.Password }, HttpStatusCode.OK);
        me["role"]!.GetValue<string>().ShouldBe("network_manager");
        me["scopeName"]!.GetValue<string>().ShouldBe("东坪县医共体");
        (await browser.GetAsync("/api/v1/institutions", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await browser.PostAsync("/api/v1/auth/logout", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await browser.GetAsync("/api/v1/auth/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Health_and_the_openapi_document_are_served()
    {
        (await Get(Anonymous(), "/health"))["status"]!.GetValue<string>().ShouldBe("Healthy");
        var openApi = await Get(Anonymous(), "/openapi/v1.json");
        openApi["paths"]!.AsObject().Select(p => p.Key).ShouldContain("/api/v1/institutions/{code}");
        var unknown = await Get(Anonymous(), "/api/v1/no-such-thing", HttpStatusCode.NotFound);
        unknown["detail"]!.GetValue<string>().ShouldContain("no API endpoint");
        var reference = await Anonymous().GetAsync("/scalar", Ct);
        reference.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reference.Content.ReadAsStringAsync(Ct)).ShouldContain("TieredCare API");
    }

    public sealed record RoleCase(string User, string Role);

    public static TheoryData<string> Users => new(["admin", "wjw", "ybj", "ygt", "yyadmin", "doctor", "zzzx", "dispatch", "auditor"]);

    /// <summary>
    /// One row per demo account: what each role may do, as HTTP status codes. A change to
    /// <c>Permissions.Table</c> or to scoping must change this table on purpose.
    /// </summary>
    private static readonly Dictionary<string, (HttpStatusCode CreateInstitution, HttpStatusCode EditTownship, HttpStatusCode SearchPatients, HttpStatusCode ViewTreatedPatient, HttpStatusCode ReadAudit, HttpStatusCode Import)> Expected = new()
    {
        ["admin"] = (HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.OK),
        ["wjw"] = (HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        ["ybj"] = (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        ["ygt"] = (HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        ["yyadmin"] = (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        ["doctor"] = (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        ["zzzx"] = (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        ["dispatch"] = (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
        ["auditor"] = (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.Forbidden),
    };

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Each_role_can_do_exactly_what_its_role_and_scope_allow(string user)
    {
        var client = await As(user);
        var expected = Expected[user];
        (await client.GetAsync("/api/v1/institutions", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, "every role reads the registry");

        var code = "R" + user.ToUpperInvariant().PadRight(4, '0')[..4] + "01";
        var create = await client.PostAsJsonAsync("/api/v1/institutions", new
        {
            code, name = "临江区测试诊所" + user, type = "community_health_station", level = "unrated", ownership = "private", tier = "grassroots", regionCode = TestRegion.District,
        }, Ct);
        create.StatusCode.ShouldBe(expected.CreateInstitution, $"{user} creating an institution");

        var edit = await client.PutAsJsonAsync($"/api/v1/institutions/{TestRegion.OtherTownshipCentre}", new
        {
            name = "西岭乡卫生院", type = "township_health_center", level = "primary", ownership = "public", tier = "grassroots",
            regionCode = "990102002000", latitude = 29.74, longitude = 119.70, openBeds = 25,
        }, Ct);
        edit.StatusCode.ShouldBe(expected.EditTownship, $"{user} editing a township health centre of the county");

        (await client.GetAsync("/api/v1/patients?q=李建国", Ct)).StatusCode.ShouldBe(expected.SearchPatients, $"{user} searching patients");
        (await client.GetAsync($"/api/v1/patients/{TestRegion.TreatedPatient}", Ct)).StatusCode.ShouldBe(expected.ViewTreatedPatient, $"{user} opening a patient record without a reason");
        (await client.GetAsync("/api/v1/audit", Ct)).StatusCode.ShouldBe(expected.ReadAudit, $"{user} reading the audit log");

        var import = await client.PostAsync("/api/v1/import/departments",
            new StringContent("institution_code,code,name\nH0001,05,妇产科\n", System.Text.Encoding.UTF8, "text/csv"), Ct);
        import.StatusCode.ShouldBe(expected.Import, $"{user} importing registry files");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AccessTestsOnSqlite(SqliteServer server) : AccessTests(server);

[Collection(PostgresCollection.Name)]
public sealed class AccessTestsOnPostgres(PostgresServer server) : AccessTests(server);
