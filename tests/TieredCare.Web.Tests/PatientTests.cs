using System.Net;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence.Audit;
using TieredCare.Testing;

namespace TieredCare.Web.Tests;

public abstract class PatientTests(ServerFixture server) : ApiTest(server)
{
    [Fact]
    public async Task A_resident_id_with_a_wrong_check_digit_is_refused_by_name()
    {
        var problem = await Post(await As("doctor"), "/api/v1/patients", new
        {
            residentId = "990102198801010011", name = "张伟", sex = "male", birthDate = "1988-01-01", residenceRegionCode = "990102001001",
        }, HttpStatusCode.BadRequest);
        ErrorFields(problem).ShouldBe(["residentId"]);
        problem["errors"]!["residentId"]![0]!.GetValue<string>().ShouldContain("check digit");
    }

    [Fact]
    public async Task A_registered_id_number_cannot_be_registered_twice()
    {
        var doctor = await As("doctor");
        var created = await Post(doctor, "/api/v1/patients", new
        {
            residentId = "990102198801010027", name = "陈静", sex = "female", birthDate = "1988-01-01", residenceRegionCode = "990102001001", phone = "13900001111",
        }, HttpStatusCode.Created);
        created["residentId"]!.GetValue<string>().ShouldBe("990102198801010027");
        await Post(doctor, "/api/v1/patients", new
        {
            residentId = "990102198801010027", name = "陈静", sex = "female", birthDate = "1988-01-01",
        }, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Search_results_are_masked_and_the_search_is_audited()
    {
        var page = await Get(await As("ygt"), "/api/v1/patients?q=李建国");
        var patient = page["items"]!.AsArray().ShouldHaveSingleItem()!;
        patient["name"]!.GetValue<string>().ShouldBe("李**");
        patient["residentId"]!.GetValue<string>().ShouldBe("990102********0019");
        patient["phone"]!.GetValue<string>().ShouldBe("138****0001");

        await using var db = Server.OpenDb();
        (await db.AuditEntries.AnyAsync(e => e.UserName == "ygt" && e.Action == "search", Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_doctor_who_treated_the_patient_sees_the_whole_record_and_the_view_is_audited()
    {
        var record = await Get(await As("doctor"), $"/api/v1/patients/{TestRegion.TreatedPatient}");
        record["residentId"]!.GetValue<string>().ShouldBe("990102196005010019");
        record["name"]!.GetValue<string>().ShouldBe("李建国");

        await using var db = Server.OpenDb();
        var entry = await db.AuditEntries.Where(e => e.UserName == "doctor" && e.PatientId == TestRegion.TreatedPatient).OrderByDescending(e => e.Sequence).FirstAsync(Ct);
        entry.Action.ShouldBe("view");
    }

    [Fact]
    public async Task Without_a_care_relationship_a_reason_is_required_and_recorded()
    {
        var coordinator = await As("zzzx");
        var problem = await Get(coordinator, $"/api/v1/patients/{TestRegion.TreatedPatient}", HttpStatusCode.BadRequest);
        ErrorFields(problem).ShouldBe(["reason"]);

        await Get(coordinator, $"/api/v1/patients/{TestRegion.TreatedPatient}?reason=急诊转入核对身份");
        await using var db = Server.OpenDb();
        var entry = await db.AuditEntries.Where(e => e.UserName == "zzzx" && e.PatientId == TestRegion.TreatedPatient).OrderByDescending(e => e.Sequence).FirstAsync(Ct);
        entry.Action.ShouldBe("view-break-glass");
        entry.Reason.ShouldBe("急诊转入核对身份");
    }

    [Fact]
    public async Task Duplicates_are_found_and_merged_with_history_moved_and_kept()
    {
        var doctor = await As("doctor");
        // The same woman registered again without her ID number.
        var duplicate = await Post(doctor, "/api/v1/patients", new { name = "王秀英", sex = "female", birthDate = "1975-03-12", residenceRegionCode = "990102002001" }, HttpStatusCode.Created);
        var duplicateId = duplicate["id"]!.GetValue<long>();
        await using (var db = Server.OpenDb())
        {
            db.Visits.Add(new TieredCare.Persistence.Facts.Visit
            {
                Id = 9_000_000 + duplicateId, InstitutionCode = TestRegion.TownshipCentre, VisitDate = new DateOnly(2025, 6, 1),
                Type = TieredCare.Persistence.Facts.VisitType.Outpatient, PatientId = duplicateId, ResidenceRegionCode = "990102002001",
                InsuranceType = TieredCare.Persistence.Facts.InsuranceType.UrbanResident, TotalCost = 50m,
            });
            await db.SaveChangesAsync(Ct);
        }

        var admin = await As("admin");
        var pairs = await Get(admin, "/api/v1/patients/duplicates?region=990102000000");
        pairs.AsArray().ShouldContain(p => p!["second"]!["id"]!.GetValue<long>() == duplicateId && p["reason"]!.GetValue<string>() == "same_name_sex_birth_date");

        await Post(admin, "/api/v1/patients/merge", new { survivorId = TestRegion.UntreatedPatient, mergedId = duplicateId }, HttpStatusCode.BadRequest);
        var merge = await Post(admin, "/api/v1/patients/merge", new { survivorId = TestRegion.UntreatedPatient, mergedId = duplicateId, reason = "同一人重复建档" }, HttpStatusCode.OK);
        merge["visitsMoved"]!.GetValue<int>().ShouldBe(1);
        await Post(admin, "/api/v1/patients/merge", new { survivorId = TestRegion.UntreatedPatient, mergedId = duplicateId, reason = "再次合并" }, HttpStatusCode.Conflict);

        await using var check = Server.OpenDb();
        (await check.Patients.SingleAsync(p => p.Id == duplicateId, Ct)).MergedIntoId.ShouldBe(TestRegion.UntreatedPatient);
        (await check.Visits.SingleAsync(v => v.Id == 9_000_000 + duplicateId, Ct)).PatientId.ShouldBe(TestRegion.UntreatedPatient);
        (await check.PatientMerges.SingleAsync(m => m.MergedId == duplicateId, Ct)).MergedSnapshotJson.ShouldContain("王秀英");
        (await check.AuditEntries.CountAsync(e => e.Action == "merge" && e.PatientId == duplicateId, Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task The_audit_chain_verifies_and_the_database_refuses_to_rewrite_it()
    {
        await Get(await As("doctor"), $"/api/v1/patients/{TestRegion.TreatedPatient}");
        var result = await Get(await As("auditor"), "/api/v1/audit/verify");
        result["isIntact"]!.GetValue<bool>().ShouldBeTrue();
        result["entriesChecked"]!.GetValue<long>().ShouldBeGreaterThan(0);

        await using var db = Server.OpenDb();
        await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Reason\" = 'changed'", Ct));
        await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"", Ct));
    }

    [Fact]
    public async Task The_auditor_lists_who_saw_a_patient()
    {
        await Get(await As("doctor"), $"/api/v1/patients/{TestRegion.TreatedPatient}");
        var page = await Get(await As("auditor"), $"/api/v1/audit?patientId={TestRegion.TreatedPatient}");
        page["items"]!.AsArray().ShouldContain(e => e!["userName"]!.GetValue<string>() == "doctor" && e["action"]!.GetValue<string>() == "view");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PatientTestsOnSqlite(SqliteServer server) : PatientTests(server);

[Collection(PostgresCollection.Name)]
public sealed class PatientTestsOnPostgres(PostgresServer server) : PatientTests(server);

public sealed class AuditChainTests
{
    [Fact]
    public void Changing_any_line_breaks_the_chain_from_there()
    {
        var entries = new List<AuditEntry>();
        var previous = AuditChain.GenesisHash;
        for (var i = 1; i <= 5; i++)
        {
            var e = new AuditEntry { Sequence = i, At = DateTimeOffset.UnixEpoch.AddMinutes(i), UserName = "doctor", Action = "view", EntityType = "patient", EntityKey = "1", PatientId = 1, PreviousHash = previous, Hash = "" };
            e.Hash = AuditChain.ComputeHash(e);
            previous = e.Hash;
            entries.Add(e);
        }

        AuditChain.Verify(entries).IsIntact.ShouldBeTrue();
        entries[2].UserName = "someone-else";
        var broken = AuditChain.Verify(entries);
        broken.IsIntact.ShouldBeFalse();
        broken.FirstBrokenSequence.ShouldBe(3);

        entries[2].UserName = "doctor";
        entries.RemoveAt(1);
        AuditChain.Verify(entries).FirstBrokenSequence.ShouldBe(2);
    }
}
