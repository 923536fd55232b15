using System.Net;
using System.Text.Json;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using FhirTask = Hl7.Fhir.Model.Task;
using Hl7.Fhir.Serialization;
using TieredCare.Patients;
using TieredCare.Testing;

namespace TieredCare.Web.Tests;

/// <summary>Referrals as FHIR R4 ServiceRequest and Task through the real server, read back with the Firely SDK.</summary>
public abstract class FhirReferralTests(ServerFixture server) : ApiTest(server)
{
    private static readonly JsonSerializerOptions Fhir = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);
    private static int sequence;

    private async Task<long> ReferAsync()
    {
        var n = Interlocked.Increment(ref sequence);
        var born = new DateOnly(1940, 3, 1).AddDays(n * 41 + (Server.Provider == TestProvider.PostgreSql ? 9_000 : 0));
        var patient = (await Post(await As("doctor"), "/api/v1/patients", new
        {
            residentId = ResidentId.Create("990102", born, n % 100, Sex.Male).ToString(), name = "郑国强", sex = "male",
            birthDate = born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, HttpStatusCode.Created))["id"]!.GetValue<long>();
        var referral = await Post(await As("doctor"), "/api/v1/referrals", new
        {
            patientId = patient, direction = "up", toInstitution = TestRegion.CountyHospital, toDepartment = "03", diagnosisCode = "I21.900", urgency = "urgent",
            reason = "胸痛待查",
        }, HttpStatusCode.Created);
        return referral["summary"]!["id"]!.GetValue<long>();
    }

    private async Task<T> Read<T>(string user, string path) where T : Resource
    {
        var response = await (await As(user)).GetAsync(path, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/fhir+json");
        return JsonSerializer.Deserialize<T>(await response.Content.ReadAsStringAsync(Ct), Fhir)!;
    }

    [Fact]
    public async Task A_referral_reads_as_a_ServiceRequest_from_the_township_to_the_county_hospital()
    {
        var id = await ReferAsync();
        var request = await Read<ServiceRequest>("zzzx", $"/fhir/ServiceRequest/{id}");
        request.Status.ShouldBe(RequestStatus.Active);
        request.Intent.ShouldBe(RequestIntent.Order);
        request.Priority.ShouldBe(RequestPriority.Urgent);
        request.Requester!.Reference.ShouldBe($"Organization/{TestRegion.TownshipCentre}");
        request.Performer.ShouldHaveSingleItem().Reference.ShouldBe($"Organization/{TestRegion.CountyHospital}");
        request.ReasonCode.ShouldHaveSingleItem().Coding.ShouldHaveSingleItem().Code.ShouldBe("I21.900");
        request.Identifier.ShouldHaveSingleItem().Value.ShouldBe($"ZZ{id:D8}");
        request.Category.ShouldHaveSingleItem().Coding.ShouldHaveSingleItem().Code.ShouldBe("up");
    }

    [Fact]
    public async Task Its_Task_follows_the_lifecycle_and_a_search_returns_a_searchset_bundle()
    {
        var id = await ReferAsync();
        (await Read<FhirTask>("zzzx", $"/fhir/Task/{id}")).Status.ShouldBe(FhirTask.TaskStatus.Requested);
        await Post(await As("zzzx"), $"/api/v1/referrals/{id}/reject", new { reason = "专科医生外出进修" }, HttpStatusCode.OK);
        var task = await Read<FhirTask>("doctor", $"/fhir/Task/{id}");
        task.Status.ShouldBe(FhirTask.TaskStatus.Rejected);
        task.StatusReason!.Text.ShouldBe("专科医生外出进修");
        task.Focus!.Reference.ShouldBe($"ServiceRequest/{id}");

        var bundle = await Read<Bundle>("zzzx", $"/fhir/Task?owner=Organization/{TestRegion.CountyHospital}&status=rejected&_count=100");
        bundle.Type.ShouldBe(Bundle.BundleType.Searchset);
        bundle.Total.ShouldBe(bundle.Entry.Count);
        bundle.Entry.ShouldContain(e => e.Resource!.Id == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.FullUrl!.EndsWith($"/fhir/Task/{id}", StringComparison.Ordinal));
        var requests = await Read<Bundle>("doctor", $"/fhir/ServiceRequest?requester=Organization/{TestRegion.TownshipCentre}&status=revoked");
        requests.Entry.ShouldContain(e => e.Resource!.Id == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_FHIR_views_keep_the_REST_APIs_authorization()
    {
        var id = await ReferAsync();
        (await Anonymous().GetAsync($"/fhir/ServiceRequest/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await As("ybj")).GetAsync($"/fhir/ServiceRequest/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var missing = await (await As("zzzx")).GetAsync("/fhir/Task/987654321", Ct);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        JsonSerializer.Deserialize<OperationOutcome>(await missing.Content.ReadAsStringAsync(Ct), Fhir)!.Issue.ShouldHaveSingleItem().Code
            .ShouldBe(OperationOutcome.IssueType.NotFound);
        (await (await As("zzzx")).GetAsync("/fhir/Task?_count=1000", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteFhirReferralTests(SqliteServer server) : FhirReferralTests(server);

[Collection(PostgresCollection.Name)]
public sealed class PostgresFhirReferralTests(PostgresServer server) : FhirReferralTests(server);
