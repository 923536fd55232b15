using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TieredCare.Patients;
using TieredCare.Persistence;
using TieredCare.Persistence.Booking;
using TieredCare.Persistence.Facts;
using TieredCare.Persistence.Patients;
using TieredCare.Referrals.Booking;
using TieredCare.Testing;
using SlotRow = TieredCare.Persistence.Booking.Slot;

namespace TieredCare.Web.Tests;

/// <summary>
/// M4 through the real server: schedules published by the county hospital (yyadmin), booked by its referral centre (zzzx)
/// and the township doctor. Every test uses its own doctor id and its own patients (not TestRegion's), so that no test
/// sees another's slots and no booking or referral gives H0002 a care relationship with the region's patients.
/// </summary>
public abstract class BookingTests(ServerFixture server) : ApiTest(server)
{
    private const string Hospital = TestRegion.CountyHospital;
    private static long sequence = 7_000_000;

    private static long Next() => Interlocked.Increment(ref sequence);

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static readonly string[] AllWeekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private async Task<long> NewPatientAsync()
    {
        var id = Next();
        await using var db = Server.OpenDb();
        db.Patients.Add(new Patient { Id = id, Name = "赵测试", Sex = Sex.Male, BirthDate = new DateOnly(1970, 1, 1), ResidentId = $"99010219700101{id % 10000:D4}", CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(Ct);
        return id;
    }

    private async Task<long> AcceptedReferralAsync(long patientId, string to = Hospital)
    {
        var id = Next();
        await using var db = Server.OpenDb();
        db.Referrals.Add(new Referral
        {
            Id = id, Direction = ReferralDirection.Up, FromInstitutionCode = TestRegion.TownshipCentre, ToInstitutionCode = to, ToDepartmentCode = "03",
            PatientId = patientId, DiagnosisCode = "I10", Status = ReferralStatus.Accepted, SubmittedAt = DateTimeOffset.UtcNow, AcceptedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync(Ct);
        return id;
    }

    /// <summary>Publishes one day of outpatient slots of a fresh doctor and returns (doctor, slots in time order).</summary>
    private async Task<(string Doctor, JsonArray Slots)> PublishAsync(int daysAhead, string sessionEnd = "10:00:00", double share = 0, int parallel = 1, int leadHours = 48)
    {
        var doctor = $"D{Next()}";
        var day = Today.AddDays(daysAhead);
        var created = await Post(await As("yyadmin"), "/api/v1/booking/schedules", new
        {
            institution = Hospital, department = "03", kind = "outpatient", doctor, from = day, to = day, weekdays = AllWeekdays,
            sessionStart = "08:00", sessionEnd, slotMinutes = 30, parallel, reservedShare = share, releaseLeadHours = leadHours,
        }, HttpStatusCode.Created);
        created["slotCount"]!.GetValue<int>().ShouldBeGreaterThan(0);
        var slots = await Get(await As("zzzx"), $"/api/v1/booking/slots?institution={Hospital}&resource={doctor}&pageSize=1000");
        return (doctor, slots["items"]!.AsArray());
    }

    private static object BookBody(long slotId, long patientId, long? referralId = null, string? key = null) =>
        new { slotId, patientId, referralId, idempotencyKey = key ?? Guid.NewGuid().ToString("N") };

    private static long Id(JsonNode node) => node["id"]!.GetValue<long>();

    [Fact]
    public async Task A_published_schedule_makes_its_slots_with_the_reserved_share()
    {
        var (doctor, slots) = await PublishAsync(daysAhead: 10, share: 0.5);

        slots.Count.ShouldBe(4); // 08:00–10:00 in 30 min
        slots.Count(s => s!["reserved"]!.GetValue<bool>()).ShouldBe(2);
        var reserved = slots.First(s => s!["reserved"]!.GetValue<bool>())!;
        reserved["releaseAt"]!.GetValue<DateTimeOffset>().ShouldBe(reserved["startsAt"]!.GetValue<DateTimeOffset>().AddHours(-48));
        reserved["freeForPublic"]!.GetValue<bool>().ShouldBeFalse();
        reserved["freeForReferral"]!.GetValue<bool>().ShouldBeTrue();
        slots.First(s => !s!["reserved"]!.GetValue<bool>())!["releaseAt"].ShouldBeNull();

        var publicFree = await Get(await As("zzzx"), $"/api/v1/booking/slots?institution={Hospital}&resource={doctor}&free=true");
        publicFree["total"]!.GetValue<int>().ShouldBe(2);
        var referralFree = await Get(await As("zzzx"), $"/api/v1/booking/slots?institution={Hospital}&resource={doctor}&free=true&forReferral=true");
        referralFree["total"]!.GetValue<int>().ShouldBe(4);
        var schedules = await Get(await As("zzzx"), $"/api/v1/booking/schedules?institution={Hospital}");
        schedules["items"]!.AsArray().ShouldContain(s => s!["resource"]!.GetValue<string>() == doctor && s["reservedCount"]!.GetValue<int>() == 2);
    }

    [Fact]
    public async Task A_bad_schedule_names_each_field_and_another_institution_is_refused()
    {
        var admin = await As("yyadmin");
        var bad = await Post(admin, "/api/v1/booking/schedules", new
        {
            institution = Hospital, department = "99", kind = "outpatient", from = Today.AddDays(-1), to = Today.AddDays(3), weekdays = AllWeekdays,
            sessionStart = "08:00", sessionEnd = "12:00", slotMinutes = 15,
        }, HttpStatusCode.BadRequest);
        ErrorFields(bad).ShouldBe(["department", "from"], ignoreOrder: true);

        var share = await Post(admin, "/api/v1/booking/schedules", new
        {
            institution = Hospital, department = "03", kind = "outpatient", doctor = $"D{Next()}", from = Today.AddDays(1), to = Today.AddDays(1), weekdays = AllWeekdays,
            sessionStart = "12:00", sessionEnd = "08:00", slotMinutes = 15, reservedShare = 1.5,
        }, HttpStatusCode.BadRequest);
        ErrorFields(share).ShouldBe(["sessionEnd", "reservedShare"], ignoreOrder: true);

        await Post(admin, "/api/v1/booking/schedules", new
        {
            institution = TestRegion.CityHospital, department = "03", kind = "outpatient", from = Today.AddDays(1), to = Today.AddDays(1), weekdays = AllWeekdays,
            sessionStart = "08:00", sessionEnd = "09:00", slotMinutes = 30,
        }, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_slot_is_booked_once_and_a_retry_with_the_same_key_returns_the_same_booking()
    {
        var (_, slots) = await PublishAsync(daysAhead: 5);
        var slot = Id(slots[0]!);
        var (patient, other) = (await NewPatientAsync(), await NewPatientAsync());
        var desk = await As("zzzx");

        var booked = await Post(desk, "/api/v1/booking/bookings", BookBody(slot, patient, key: "retry-1"), HttpStatusCode.Created);
        booked["status"]!.GetValue<string>().ShouldBe("booked");
        booked["number"]!.GetValue<string>().ShouldStartWith("YY");
        var again = await Post(desk, "/api/v1/booking/bookings", BookBody(slot, patient, key: "retry-1"), HttpStatusCode.OK);
        Id(again).ShouldBe(Id(booked));

        var taken = await Post(await As("doctor"), "/api/v1/booking/bookings", BookBody(slot, other), HttpStatusCode.Conflict);
        taken["detail"]!.GetValue<string>().ShouldBe("号源已被预约 (slot already booked)");
        taken["code"]!.GetValue<string>().ShouldBe("already_booked");

        var reused = await Post(desk, "/api/v1/booking/bookings", BookBody(Id(slots[1]!), patient, key: "retry-1"), HttpStatusCode.Conflict);
        reused["code"]!.GetValue<string>().ShouldBe("idempotency_key_reused");

        var unknownSlot = await Post(desk, "/api/v1/booking/bookings", BookBody(999_999_999, patient), HttpStatusCode.NotFound);
        ErrorFields(unknownSlot).ShouldBe(["slotId"]);
        var unknownPatient = await Post(desk, "/api/v1/booking/bookings", BookBody(Id(slots[1]!), 999_999_999), HttpStatusCode.BadRequest);
        ErrorFields(unknownPatient).ShouldBe(["patientId"]);
        var missing = await PostRaw(desk, "/api/v1/booking/bookings", "{}", HttpStatusCode.BadRequest);
        ErrorFields(missing).ShouldBe(["slotId", "patientId", "idempotencyKey"], ignoreOrder: true);

        await using var db = Server.OpenDb();
        (await db.Bookings.CountAsync(b => b.SlotId == slot, Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task A_reserved_slot_before_its_release_goes_only_to_an_accepted_referral_which_becomes_scheduled()
    {
        var (_, slots) = await PublishAsync(daysAhead: 10, share: 0.5);
        var reserved = slots.Where(s => s!["reserved"]!.GetValue<bool>()).Select(s => Id(s!)).ToList();
        var patient = await NewPatientAsync();
        var desk = await As("zzzx");

        var refused = await Post(desk, "/api/v1/booking/bookings", BookBody(reserved[0], patient), HttpStatusCode.Conflict);
        refused["code"]!.GetValue<string>().ShouldBe("reserved_for_referrals");

        var elsewhere = await AcceptedReferralAsync(patient, TestRegion.CityHospital);
        var wrongPlace = await Post(desk, "/api/v1/booking/bookings", BookBody(reserved[0], patient, elsewhere), HttpStatusCode.BadRequest);
        ErrorFields(wrongPlace).ShouldBe(["referralId"]);

        var referral = await AcceptedReferralAsync(patient);
        var booked = await Post(desk, "/api/v1/booking/bookings", BookBody(reserved[0], patient, referral), HttpStatusCode.Created);
        booked["referralId"]!.GetValue<long>().ShouldBe(referral);
        var number = booked["number"]!.GetValue<string>();
        await using (var db = Server.OpenDb())
        {
            var scheduled = await db.Referrals.SingleAsync(r => r.Id == referral, Ct);
            (scheduled.Status, scheduled.BookingReference).ShouldBe((ReferralStatus.Scheduled, number));
            (await db.ReferralTransitions.SingleAsync(t => t.ReferralId == referral, Ct)).Detail.ShouldBe(number, "the lifecycle records the booking");
        }

        // Scheduled now, so it cannot take a second slot.
        var twice = await Post(desk, "/api/v1/booking/bookings", BookBody(reserved[1], patient, referral), HttpStatusCode.Conflict);
        twice["code"]!.GetValue<string>().ShouldBe("referral_not_accepted");

        // Cancelling the booking takes the referral back to accepted, so it can be booked again.
        await Post(desk, $"/api/v1/booking/bookings/{booked["id"]!.GetValue<long>()}/cancel", new { }, HttpStatusCode.OK);
        await using (var db = Server.OpenDb())
        {
            var back = await db.Referrals.SingleAsync(r => r.Id == referral, Ct);
            (back.Status, back.BookingReference).ShouldBe((ReferralStatus.Accepted, (string?)null));
            (await db.ReferralTransitions.Where(t => t.ReferralId == referral).OrderBy(t => t.Id).Select(t => t.Action).ToListAsync(Ct)).ShouldBe(["schedule", "unschedule"]);
        }

        await Post(desk, "/api/v1/booking/bookings", BookBody(reserved[1], patient, referral), HttpStatusCode.Created);
    }

    /// <summary>The township doctor's referral of a patient up to the county hospital's internal medicine, submitted.</summary>
    private async Task<long> SubmittedReferralAsync(long patient) =>
        (await Post(await As("doctor"), "/api/v1/referrals", new
        {
            patientId = patient, direction = "up", toInstitution = Hospital, toDepartment = "03", diagnosisCode = "I21.900", reason = "胸痛，心电图ST段改变",
        }, HttpStatusCode.Created))["summary"]!["id"]!.GetValue<long>();

    [Fact]
    public async Task In_one_flow_the_doctor_refers_up_and_books_a_reserved_slot_which_the_hospitals_acceptance_schedules()
    {
        var (_, slots) = await PublishAsync(daysAhead: 14, share: 1);
        var patient = await NewPatientAsync();
        var referral = await SubmittedReferralAsync(patient);
        var booked = await Post(await As("doctor"), "/api/v1/booking/bookings", BookBody(Id(slots[0]!), patient, referral), HttpStatusCode.Created);
        var number = booked["number"]!.GetValue<string>();

        var waiting = await Get(await As("doctor"), $"/api/v1/referrals/{referral}");
        (waiting["summary"]!["status"]!.GetValue<string>(), waiting["bookingReference"]!.GetValue<string>()).ShouldBe(("submitted", number));

        var accepted = await Post(await As("zzzx"), $"/api/v1/referrals/{referral}/accept", new { }, HttpStatusCode.OK);
        accepted["summary"]!["status"]!.GetValue<string>().ShouldBe("scheduled");
        accepted["transitions"]!.AsArray().Select(t => t!["action"]!.GetValue<string>()).ShouldBe(["create", "submit", "accept", "schedule"]);
    }

    [Fact]
    public async Task A_rejected_referral_gives_its_booked_slot_back()
    {
        var (_, slots) = await PublishAsync(daysAhead: 15, share: 1);
        var patient = await NewPatientAsync();
        var referral = await SubmittedReferralAsync(patient);
        var booked = await Post(await As("doctor"), "/api/v1/booking/bookings", BookBody(Id(slots[0]!), patient, referral), HttpStatusCode.Created);
        await Post(await As("zzzx"), $"/api/v1/referrals/{referral}/reject", new { reason = "该专科本周停诊" }, HttpStatusCode.OK);
        await using var db = Server.OpenDb();
        (await db.Bookings.SingleAsync(b => b.Id == Id(booked), Ct)).Status.ShouldBe(TieredCare.Referrals.Booking.BookingStatus.Cancelled);
        var again = await NewPatientAsync();
        await Post(await As("doctor"), "/api/v1/booking/bookings", BookBody(Id(slots[0]!), again, await SubmittedReferralAsync(again)), HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_database_refuses_a_second_active_booking_and_a_reserved_slot_without_referral_whoever_writes()
    {
        var (_, slots) = await PublishAsync(daysAhead: 10, share: 0.5);
        var reserved = slots.First(s => s!["reserved"]!.GetValue<bool>())!;
        var open = slots.First(s => !s!["reserved"]!.GetValue<bool>())!;
        var patient = await NewPatientAsync();
        await Post(await As("zzzx"), "/api/v1/booking/bookings", BookBody(Id(open), patient), HttpStatusCode.Created);

        await using var db = Server.OpenDb();
        var openRow = await db.Slots.AsNoTracking().SingleAsync(s => s.Id == Id(open), Ct);
        db.Bookings.Add(Row(openRow, patient, DateTimeOffset.UtcNow));
        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        db.ChangeTracker.Clear();

        var reservedRow = await db.Slots.AsNoTracking().SingleAsync(s => s.Id == Id(reserved), Ct);
        db.Bookings.Add(Row(reservedRow, patient, DateTimeOffset.UtcNow));
        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        db.ChangeTracker.Clear();

        var forged = Row(reservedRow, patient, DateTimeOffset.UtcNow);
        forged.SlotReserved = false; // a copy that disagrees with the slot breaks the foreign key
        db.Bookings.Add(forged);
        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task A_slot_in_the_past_is_refused()
    {
        var slot = await InsertSlotAsync(DateTimeOffset.UtcNow.AddHours(-2));
        var refused = await Post(await As("zzzx"), "/api/v1/booking/bookings", BookBody(slot.Id, await NewPatientAsync()), HttpStatusCode.Conflict);
        refused["code"]!.GetValue<string>().ShouldBe("slot_in_past");
    }

    [Fact]
    public async Task A_cancelled_slot_is_offered_to_the_waiting_list_in_order_and_held_for_that_patient()
    {
        var (doctor, slots) = await PublishAsync(daysAhead: 6);
        var slot = Id(slots[0]!);
        var (holder, first, second, stranger) = (await NewPatientAsync(), await NewPatientAsync(), await NewPatientAsync(), await NewPatientAsync());
        var desk = await As("zzzx");
        var booking = await Post(desk, "/api/v1/booking/bookings", BookBody(slot, holder), HttpStatusCode.Created);
        var wait = new { institution = Hospital, department = "03", kind = "outpatient", resource = doctor };
        var a = await Post(desk, "/api/v1/booking/waiting-list", new { wait.institution, wait.department, wait.kind, wait.resource, patientId = first }, HttpStatusCode.Created);
        await Post(await As("doctor"), "/api/v1/booking/waiting-list", new { wait.institution, wait.department, wait.kind, wait.resource, patientId = second }, HttpStatusCode.Created);

        var cancelled = await Post(desk, $"/api/v1/booking/bookings/{Id(booking)}/cancel", new { }, HttpStatusCode.OK);
        cancelled["booking"]!["status"]!.GetValue<string>().ShouldBe("cancelled");
        cancelled["offeredTo"]!["id"]!.GetValue<long>().ShouldBe(Id(a));
        cancelled["offeredTo"]!["offeredSlotId"]!.GetValue<long>().ShouldBe(slot);

        var list = (await Get(desk, $"/api/v1/booking/waiting-list?institution={Hospital}")).AsArray()
            .Where(e => e!["resource"]!.GetValue<string>() == doctor).ToList();
        list.Select(e => e!["status"]!.GetValue<string>()).ShouldBe(["offered", "waiting"]);
        list[0]!["patientName"]!.GetValue<string>().ShouldNotBe("赵测试");

        var held = await Post(desk, "/api/v1/booking/bookings", BookBody(slot, stranger), HttpStatusCode.Conflict);
        held["code"]!.GetValue<string>().ShouldBe("held_for_waiting_list");
        await Post(desk, "/api/v1/booking/bookings", BookBody(slot, first), HttpStatusCode.Created);
        await using var db = Server.OpenDb();
        (await db.WaitingListEntries.SingleAsync(e => e.Id == Id(a), Ct)).Status.ShouldBe(WaitingStatus.Booked);
        await Post(desk, $"/api/v1/booking/bookings/{Id(booking)}/cancel", new { }, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Check_in_and_no_show_follow_the_engine_and_only_the_slots_institution_records_them()
    {
        var soon = await InsertSlotAsync(DateTimeOffset.UtcNow.AddMinutes(30));
        var patient = await NewPatientAsync();
        var booking = await Post(await As("doctor"), "/api/v1/booking/bookings", BookBody(soon.Id, patient), HttpStatusCode.Created);

        await Post(await As("doctor"), $"/api/v1/booking/bookings/{Id(booking)}/check-in", new { }, HttpStatusCode.Forbidden);
        var early = await Post(await As("zzzx"), $"/api/v1/booking/bookings/{Id(booking)}/no-show", new { }, HttpStatusCode.Conflict);
        early["currentStatus"]!.GetValue<string>().ShouldBe("booked");
        var checkedIn = await Post(await As("zzzx"), $"/api/v1/booking/bookings/{Id(booking)}/check-in", new { }, HttpStatusCode.OK);
        checkedIn["booking"]!["status"]!.GetValue<string>().ShouldBe("checked_in");
        var again = await Post(await As("zzzx"), $"/api/v1/booking/bookings/{Id(booking)}/check-in", new { }, HttpStatusCode.Conflict);
        again["currentStatus"]!.GetValue<string>().ShouldBe("checked_in");

        var past = await InsertSlotAsync(DateTimeOffset.UtcNow.AddMinutes(-45));
        long pastBooking;
        await using (var db = Server.OpenDb())
        {
            var row = Row(past, patient, DateTimeOffset.UtcNow.AddDays(-1));
            db.Bookings.Add(row);
            await db.SaveChangesAsync(Ct);
            pastBooking = row.Id;
        }

        var noShow = await Post(await As("zzzx"), $"/api/v1/booking/bookings/{pastBooking}/no-show", new { }, HttpStatusCode.OK);
        noShow["booking"]!["status"]!.GetValue<string>().ShouldBe("no_show");
        noShow["booking"]!["noShowAt"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Bookings_are_listed_in_scope_with_masked_patients_and_other_scopes_are_refused()
    {
        var (_, slots) = await PublishAsync(daysAhead: 7);
        var patient = await NewPatientAsync();
        await Post(await As("doctor"), "/api/v1/booking/bookings", BookBody(Id(slots[0]!), patient), HttpStatusCode.Created);

        var page = await Get(await As("zzzx"), $"/api/v1/booking/bookings?patient={patient}&institution={Hospital}&date={Today.AddDays(7):yyyy-MM-dd}");
        var item = page["items"]!.AsArray().ShouldHaveSingleItem()!;
        item["patientName"]!.GetValue<string>().ShouldBe(Masking.Name("赵测试"));
        item["patientResidentId"]!.GetValue<string>().ShouldContain("*");

        await Get(await As("doctor"), $"/api/v1/booking/bookings?institution={TestRegion.CityHospital}", HttpStatusCode.Forbidden);
        await Post(await As("ybj"), "/api/v1/booking/bookings", BookBody(Id(slots[1]!), patient), HttpStatusCode.Forbidden);
        await Post(await As("zzzx"), "/api/v1/booking/schedules", new { institution = Hospital }, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Two_hundred_concurrent_requests_for_fifty_slots_make_exactly_fifty_bookings()
    {
        var (_, slots) = await PublishAsync(daysAhead: 8, sessionEnd: "08:30:00", parallel: 50);
        slots.Count.ShouldBe(50);
        var patient = await NewPatientAsync();
        var clients = new[] { await As("zzzx"), await As("doctor") };
        var ids = slots.Select(s => Id(s!)).ToList();

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            clients[i % 2].PostAsJsonAsync("/api/v1/booking/bookings", BookBody(ids[i % 50], patient), Ct)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(50);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(150);
        await using var db = Server.OpenDb();
        var active = await db.Bookings.Where(b => ids.Contains(b.SlotId) && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.CheckedIn))
            .GroupBy(b => b.SlotId).Select(g => g.Count()).ToListAsync(Ct);
        active.Count.ShouldBe(50);
        active.ShouldAllBe(n => n == 1);
    }

    private static Persistence.Booking.Booking Row(SlotRow slot, long patient, DateTimeOffset at)
    {
        var id = Next() + 9_000_000_000;
        return new()
        {
            Id = id, Number = $"YYTEST{id}", SlotId = slot.Id, SlotReserved = slot.Reserved, SlotReleaseAt = slot.ReleaseAt, PatientId = patient,
            Status = BookingStatus.Booked, BookedBy = "test", BookedAt = at, IdempotencyKey = $"test-{id}",
        };
    }

    /// <summary>A slot at a chosen moment (the API publishes only future dates), under a schedule of its own.</summary>
    private async Task<SlotRow> InsertSlotAsync(DateTimeOffset start)
    {
        await using var db = Server.OpenDb();
        var schedule = new Schedule
        {
            InstitutionCode = Hospital, DepartmentCode = "03", Kind = SlotKind.Outpatient, Resource = $"D{Next()}", FromDate = Today, ToDate = Today,
            Weekdays = "Monday", SessionStart = new TimeOnly(8, 0), SessionEnd = new TimeOnly(9, 0), SlotMinutes = 30, SlotCount = 1, PublishedBy = "test",
            PublishedAt = DateTimeOffset.UtcNow.AddDays(-2),
        };
        db.Schedules.Add(schedule);
        await db.SaveChangesAsync(Ct);
        var id = Next() + 8_000_000_000;
        var slot = new SlotRow
        {
            Id = id, ScheduleId = schedule.Id, Key = $"test/{id}", InstitutionCode = Hospital, DepartmentCode = "03", Kind = SlotKind.Outpatient,
            Resource = schedule.Resource, StartsAt = start.ToUniversalTime(), EndsAt = start.ToUniversalTime().AddMinutes(30), Reserved = false,
            ReleaseAt = schedule.PublishedAt,
        };
        db.Slots.Add(slot);
        await db.SaveChangesAsync(Ct);
        return slot;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteBookingTests(SqliteServer server) : BookingTests(server);

[Collection(PostgresCollection.Name)]
public sealed class PostgresBookingTests(PostgresServer server) : BookingTests(server);
