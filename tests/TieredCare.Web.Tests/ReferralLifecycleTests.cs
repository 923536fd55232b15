using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TieredCare.Patients;
using TieredCare.Persistence.Facts;
using TieredCare.Testing;
using TieredCare.Web.Modules.Referrals.Lifecycle;

namespace TieredCare.Web.Tests;

/// <summary>
/// M3 referral lifecycle through the real server: the township doctor (T0001) refers up to the county hospital (H0002),
/// whose referral centre (zzzx) answers; every transition, every refusal, idempotency, a race, expiry. Each test
/// registers its own patients, so no test region patient gains a care relationship.
/// </summary>
public abstract class ReferralLifecycleTests(ServerFixture server) : ApiTest(server)
{
    private static int sequence;

    /// <summary>A newly registered patient of the township, with a valid resident id no other test uses.</summary>
    private async Task<long> NewPatientAsync()
    {
        var n = Interlocked.Increment(ref sequence);
        var born = new DateOnly(1950, 1, 1).AddDays(n * 37 + (Server.Provider == TestProvider.PostgreSql ? 20_000 : 0));
        var id = ResidentId.Create("990102", born, n % 100, Sex.Female).ToString();
        var created = await Post(await As("doctor"), "/api/v1/patients", new
        {
            residentId = id, name = "周丽华", sex = "female", birthDate = born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            residenceRegionCode = "990102001001",
        }, HttpStatusCode.Created);
        return created["id"]!.GetValue<long>();
    }

    private async Task<JsonNode> ReferUpAsync(long patient, string urgency = "routine", string? key = null) =>
        await Post(await As("doctor"), "/api/v1/referrals", new
        {
            patientId = patient, direction = "up", toInstitution = TestRegion.CountyHospital, toDepartment = "03", fromDepartment = "02",
            diagnosisCode = "I21.900", urgency, reason = "胸痛3小时，心电图ST段抬高", idempotencyKey = key,
        }, HttpStatusCode.Created);

    private async Task<JsonNode> Act(string user, long id, string action, object? body = null, HttpStatusCode expected = HttpStatusCode.OK) =>
        await Post(await As(user), $"/api/v1/referrals/{id}/{action}", body ?? new { }, expected);

    private static long Id(JsonNode referral) => referral["summary"]!["id"]!.GetValue<long>();

    private static string Status(JsonNode referral) => referral["summary"]!["status"]!.GetValue<string>();

    [Fact]
    public async Task An_up_referral_goes_submitted_accepted_scheduled_arrived_completed_and_records_who_and_when()
    {
        var referral = await ReferUpAsync(await NewPatientAsync());
        var id = Id(referral);
        Status(referral).ShouldBe("submitted");
        referral["summary"]!["number"]!.GetValue<string>().ShouldBe($"ZZ{id:D8}");
        referral["summary"]!["patientName"]!.GetValue<string>().ShouldBe("周**");
        referral["nextActions"]!.AsArray().Select(a => a!.GetValue<string>()).ShouldBe(["accept", "reject", "cancel"]);

        var inbox = await Get(await As("zzzx"), "/api/v1/referrals?box=incoming&status=submitted&pageSize=100");
        inbox["items"]!.AsArray().ShouldContain(r => r!["id"]!.GetValue<long>() == id);

        Status(await Act("zzzx", id, "accept")).ShouldBe("accepted");
        Status(await Get(await As("doctor"), $"/api/v1/referrals/{id}")).ShouldBe("accepted"); // the referring doctor sees the answer

        var early = await Act("zzzx", id, "arrive", expected: HttpStatusCode.Conflict);
        early["currentState"]!.GetValue<string>().ShouldBe("accepted", "a routine referral is scheduled before the patient arrives");

        Status(await Act("zzzx", id, "schedule", new { bookingReference = "YY20261124-0007" })).ShouldBe("scheduled");
        Status(await Act("zzzx", id, "arrive")).ShouldBe("arrived");
        ErrorFields(await Act("zzzx", id, "complete", new { dischargeSummary = "PCI术后", carePlan = "阿司匹林" }, HttpStatusCode.BadRequest))
            .ShouldBe(["diagnosisCode"]);
        var done = await Act("zzzx", id, "complete", new { diagnosisCode = "I21.000", dischargeSummary = "急诊PCI，术后恢复好", carePlan = "双抗12个月，1个月后乡镇随访" });
        Status(done).ShouldBe("completed");
        done["feedback"]!["carePlan"]!.GetValue<string>().ShouldBe("双抗12个月，1个月后乡镇随访");
        done["transitions"]!.AsArray().Select(t => $"{t!["action"]}:{t["to"]}:{t["by"]}")
            .ShouldBe(["create:draft:doctor", "submit:submitted:doctor", "accept:accepted:zzzx", "schedule:scheduled:zzzx", "arrive:arrived:zzzx", "complete:completed:zzzx"]);
        done["nextActions"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_the_doctor_sees_it_and_a_second_answer_is_a_conflict_naming_the_state()
    {
        var id = Id(await ReferUpAsync(await NewPatientAsync()));
        ErrorFields(await Act("zzzx", id, "reject", new { reason = "  " }, HttpStatusCode.BadRequest)).ShouldBe(["reason"]);
        Status(await Act("zzzx", id, "reject", new { reason = "本院心内科床位已满，建议转市一院" })).ShouldBe("rejected");
        (await Get(await As("doctor"), $"/api/v1/referrals/{id}"))["rejectReason"]!.GetValue<string>().ShouldBe("本院心内科床位已满，建议转市一院");
        (await Act("zzzx", id, "accept", expected: HttpStatusCode.Conflict))["currentState"]!.GetValue<string>().ShouldBe("rejected");
    }

    [Fact]
    public async Task Only_the_sender_cancels_only_the_receiver_answers_and_a_cancellation_needs_a_reason()
    {
        var id = Id(await ReferUpAsync(await NewPatientAsync()));
        (await (await As("doctor")).PostAsJsonAsync($"/api/v1/referrals/{id}/accept", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await As("zzzx")).PostAsJsonAsync($"/api/v1/referrals/{id}/cancel", new { reason = "x" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await As("ygt")).PostAsJsonAsync($"/api/v1/referrals/{id}/accept", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        ErrorFields(await Act("doctor", id, "cancel", new { }, HttpStatusCode.BadRequest)).ShouldBe(["reason"]);
        Status(await Act("doctor", id, "cancel", new { reason = "患者要求在本院继续治疗" })).ShouldBe("cancelled");
    }

    [Fact]
    public async Task A_green_channel_referral_arrives_without_a_booking()
    {
        var id = Id(await ReferUpAsync(await NewPatientAsync(), urgency: "emergency"));
        await Act("zzzx", id, "accept");
        Status(await Act("zzzx", id, "arrive")).ShouldBe("arrived");
    }

    [Fact]
    public async Task A_draft_is_the_senders_alone_until_submitted()
    {
        var draft = await Post(await As("doctor"), "/api/v1/referrals", new
        {
            patientId = await NewPatientAsync(), direction = "up", toInstitution = TestRegion.CountyHospital, toDepartment = "03",
            diagnosisCode = "J18.900", reason = "肺炎抗感染3天无好转", appropriatenessReason = "抗感染3天体温不降，需县级医院评估", draft = true,
        }, HttpStatusCode.Created);
        var id = Id(draft);
        Status(draft).ShouldBe("draft");
        var inbox = await Get(await As("zzzx"), "/api/v1/referrals?box=incoming&status=draft");
        inbox["total"]!.GetValue<int>().ShouldBe(0);
        (await (await As("zzzx")).GetAsync($"/api/v1/referrals/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await Act("zzzx", id, "accept", expected: HttpStatusCode.NotFound);
        Status(await Act("doctor", id, "submit")).ShouldBe("submitted");
    }

    [Fact]
    public async Task An_up_referral_of_a_disease_the_catalogue_gives_the_township_needs_a_reason_and_is_counted()
    {
        // The demo catalogue of the county community places hypertension (I10-I15) at the village tier: the township
        // centre referring it up is below the catalogue's threshold. Acute myocardial infarction (I21) belongs to the county.
        await TestCatalogues.LoadDemoAsync(await As("admin"), Ct);
        var patient = await NewPatientAsync();
        var body = new
        {
            patientId = patient, direction = "up", toInstitution = TestRegion.CountyHospital, toDepartment = "03", diagnosisCode = "I10.x00x002",
            reason = "血压控制不佳", appropriatenessReason = (string?)null,
        };
        var refused = await Post(await As("doctor"), "/api/v1/referrals", body, HttpStatusCode.BadRequest);
        ErrorFields(refused).ShouldBe(["appropriatenessReason"]);
        var referred = await Post(await As("doctor"), "/api/v1/referrals", body with { appropriatenessReason = "三种降压药联用血压仍>180/110mmHg" }, HttpStatusCode.Created);
        (referred["catalogueVerdict"]!.GetValue<string>(), referred["summary"]!["belowCatalogueTier"]!.GetValue<bool>()).ShouldBe(("up_below_threshold", true));
        referred["summary"]!["diagnosisCode"]!.GetValue<string>().ShouldBe("I10.x00x002", "a national clinical extension code keeps its lower-case x");

        var infarction = await ReferUpAsync(await NewPatientAsync());
        (infarction["catalogueVerdict"]!.GetValue<string>(), infarction["summary"]!["belowCatalogueTier"]!.GetValue<bool>()).ShouldBe(("appropriate", false));
    }

    [Fact]
    public async Task Every_bad_field_is_named_at_once()
    {
        var problem = await Post(await As("doctor"), "/api/v1/referrals", new
        {
            patientId = 987654321, direction = "sideways", toInstitution = "H9999", diagnosisCode = "I2", urgency = "soon", reason = "",
        }, HttpStatusCode.BadRequest);
        ErrorFields(problem).ShouldBe(["patientId", "direction", "urgency", "toInstitution", "diagnosisCode", "reason"], ignoreOrder: true);

        var patient = await NewPatientAsync();
        // Township to township is not "up"; an up-referral names the department.
        ErrorFields(await Post(await As("doctor"), "/api/v1/referrals", new
        {
            patientId = patient, direction = "up", toInstitution = TestRegion.OtherTownshipCentre, diagnosisCode = "I10", reason = "血压控制不佳",
        }, HttpStatusCode.BadRequest)).ShouldBe(["direction", "toDepartment"], ignoreOrder: true);
        // A department the hospital does not have.
        ErrorFields(await Post(await As("doctor"), "/api/v1/referrals", new
        {
            patientId = patient, direction = "up", toInstitution = TestRegion.CountyHospital, toDepartment = "99", diagnosisCode = "I10", reason = "血压控制不佳",
        }, HttpStatusCode.BadRequest)).ShouldBe(["toDepartment"]);
    }

    [Fact]
    public async Task A_referral_outside_the_senders_networks_needs_a_reason()
    {
        var patient = await NewPatientAsync();
        var body = new
        {
            patientId = patient, direction = "up", toInstitution = TestRegion.CityHospital, toDepartment = "03", diagnosisCode = "C34.900", reason = "肺占位待查",
            outsideNetworkReason = (string?)null,
        };
        ErrorFields(await Post(await As("doctor"), "/api/v1/referrals", body, HttpStatusCode.BadRequest)).ShouldBe(["outsideNetworkReason"]);
        await Post(await As("doctor"), "/api/v1/referrals", body with { outsideNetworkReason = "县医院无胸外科，患者要求市级医院手术" }, HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_same_request_sent_twice_makes_one_referral()
    {
        var patient = await NewPatientAsync();
        var key = $"k-{Guid.NewGuid():N}";
        var first = await ReferUpAsync(patient, key: key);
        var again = await Post(await As("doctor"), "/api/v1/referrals", new
        {
            patientId = patient, direction = "up", toInstitution = TestRegion.CountyHospital, toDepartment = "03", diagnosisCode = "I21.900", reason = "胸痛", idempotencyKey = key,
        }, HttpStatusCode.OK);
        Id(again).ShouldBe(Id(first));
        await using var db = Server.OpenDb();
        (await db.Referrals.CountAsync(r => r.PatientId == patient, Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task Of_ten_simultaneous_acceptances_one_wins_and_nine_are_told_the_state()
    {
        var id = Id(await ReferUpAsync(await NewPatientAsync()));
        var coordinator = await As("zzzx");
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => coordinator.PostAsJsonAsync($"/api/v1/referrals/{id}/accept", new { }, Ct)));
        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(9);
        await using var db = Server.OpenDb();
        (await db.ReferralTransitions.CountAsync(t => t.ReferralId == id && t.Action == "accept", Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task A_down_referral_carries_its_follow_up_plan_to_the_township_centres_work_list()
    {
        var patient = await NewPatientAsync();
        ErrorFields(await Post(await As("zzzx"), "/api/v1/referrals", new
        {
            patientId = patient, direction = "down", toInstitution = TestRegion.TownshipCentre, diagnosisCode = "I63.900", reason = "脑梗死恢复期",
        }, HttpStatusCode.BadRequest)).ShouldBe(["followUpPlan"]);
        var down = await Post(await As("zzzx"), "/api/v1/referrals", new
        {
            patientId = patient, direction = "down", toInstitution = TestRegion.TownshipCentre, diagnosisCode = "I63.900", reason = "脑梗死恢复期",
            followUpPlan = "康复训练每周3次，每月随访血压血脂", isInpatient = true,
        }, HttpStatusCode.Created);
        var work = await Get(await As("doctor"), "/api/v1/referrals?box=incoming&direction=down&pageSize=100");
        work["items"]!.AsArray().ShouldContain(r => r!["id"]!.GetValue<long>() == Id(down));
        (await Get(await As("doctor"), $"/api/v1/referrals/{Id(down)}"))["followUpPlan"]!.GetValue<string>().ShouldBe("康复训练每周3次，每月随访血压血脂");
    }

    [Fact]
    public async Task A_live_referral_left_unanswered_past_its_limit_and_grace_expires_but_imported_history_does_not()
    {
        var live = Id(await ReferUpAsync(await NewPatientAsync()));
        long imported;
        await using (var db = Server.OpenDb())
        {
            var old = DateTimeOffset.UtcNow.AddDays(-3); // 48 h to accept + 24 h grace have passed
            await db.Referrals.Where(r => r.Id == live).ExecuteUpdateAsync(s => s.SetProperty(r => r.SubmittedAt, old), Ct);
            imported = (await db.Referrals.MaxAsync(r => r.Id, Ct)) + 1000;
            db.Referrals.Add(new Referral
            {
                Id = imported, Direction = Persistence.Facts.ReferralDirection.Up, FromInstitutionCode = TestRegion.TownshipCentre,
                ToInstitutionCode = TestRegion.CountyHospital, DiagnosisCode = "I10", Status = ReferralStatus.Submitted, SubmittedAt = old,
            });
            await db.SaveChangesAsync(Ct);
        }

        var expiry = Server.Factory.Services.GetRequiredService<ReferralExpiry>();
        (await expiry.ExpireDueAsync(Ct)).ShouldBeGreaterThanOrEqualTo(1);
        var expired = await Get(await As("doctor"), $"/api/v1/referrals/{live}");
        Status(expired).ShouldBe("expired");
        expired["transitions"]!.AsArray().Last()!["by"]!.GetValue<string>().ShouldBe("system");
        await using var check = Server.OpenDb();
        (await check.Referrals.SingleAsync(r => r.Id == imported, Ct)).Status.ShouldBe(ReferralStatus.Submitted);
    }

    [Fact]
    public async Task The_referring_institution_sees_a_reminder_before_the_acceptance_limit()
    {
        var id = Id(await ReferUpAsync(await NewPatientAsync()));
        await using (var db = Server.OpenDb())
        {
            // 40 of the 48 hours have passed: past the 75 % reminder point.
            await db.Referrals.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.SubmittedAt, DateTimeOffset.UtcNow.AddHours(-40)), Ct);
        }

        var reminders = (await Get(await As("zzzx"), "/api/v1/referrals/reminders")).AsArray();
        var reminder = reminders.Single(r => r!["referralId"]!.GetValue<long>() == id)!;
        (reminder["side"]!.GetValue<string>(), reminder["kind"]!.GetValue<string>()).ShouldBe(("receiver", "accept_due_soon"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteReferralLifecycleTests(SqliteServer server) : ReferralLifecycleTests(server);

[Collection(PostgresCollection.Name)]
public sealed class PostgresReferralLifecycleTests(PostgresServer server) : ReferralLifecycleTests(server);
