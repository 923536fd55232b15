using System.Net;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using PatientRow = TieredCare.Persistence.Patients.Patient;
using Sex = TieredCare.Patients.Sex;
using TieredCare.Testing;
using Task = System.Threading.Tasks.Task;

namespace TieredCare.Web.Tests;

/// <summary>Booking as FHIR R4 Schedule, Slot and Appointment through the real server, read back with the Firely SDK.</summary>
public abstract class FhirBookingTests(ServerFixture server) : ApiTest(server)
{
    private static readonly JsonSerializerOptions Fhir = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);
    private static long sequence = 8_000_000;

    private async Task<T> Read<T>(string user, string path) where T : Resource
    {
        var response = await (await As(user)).GetAsync(path, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return JsonSerializer.Deserialize<T>(await response.Content.ReadAsStringAsync(Ct), Fhir)!;
    }

    [Fact]
    public async Task A_published_schedule_its_slots_and_a_booking_read_as_Schedule_Slot_and_Appointment()
    {
        var doctor = $"F{Interlocked.Increment(ref sequence)}";
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(20);
        var schedule = await Post(await As("yyadmin"), "/api/v1/booking/schedules", new
        {
            institution = TestRegion.CountyHospital, department = "03", kind = "outpatient", doctor, from = day, to = day,
            weekdays = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" },
            sessionStart = "08:00", sessionEnd = "09:00", slotMinutes = 30, reservedShare = 0, releaseLeadHours = 48,
        }, HttpStatusCode.Created);
        var scheduleId = schedule["id"]!.GetValue<long>();
        var slots = (await Get(await As("zzzx"), $"/api/v1/booking/slots?institution={TestRegion.CountyHospital}&resource={doctor}"))["items"]!.AsArray();
        var patient = Interlocked.Increment(ref sequence);
        await using (var db = Server.OpenDb())
        {
            db.Patients.Add(new PatientRow { Id = patient, Name = "钱测试", Sex = Sex.Female, BirthDate = new DateOnly(1980, 2, 2), CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(Ct);
        }

        var slotId = slots[0]!["id"]!.GetValue<long>();
        var booking = await Post(await As("zzzx"), "/api/v1/booking/bookings", new { slotId, patientId = patient, idempotencyKey = Guid.NewGuid().ToString("N") },
            HttpStatusCode.Created);

        var fhirSchedule = await Read<Schedule>("zzzx", $"/fhir/Schedule/{scheduleId}");
        fhirSchedule.Actor.First().Reference.ShouldBe($"Organization/{TestRegion.CountyHospital}");
        var busy = await Read<Bundle>("zzzx", $"/fhir/Slot?schedule=Schedule/{scheduleId}&status=busy");
        busy.Entry.Select(e => e.Resource!.Id).ShouldBe([slotId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        (await Read<Bundle>("zzzx", $"/fhir/Slot?schedule=Schedule/{scheduleId}&status=free")).Total.ShouldBe(slots.Count - 1);

        var appointment = await Read<Appointment>("zzzx", $"/fhir/Appointment/{booking["id"]}");
        appointment.Status.ShouldBe(Appointment.AppointmentStatus.Booked);
        appointment.Slot.ShouldHaveSingleItem().Reference.ShouldBe($"Slot/{slotId}");
        appointment.Identifier.ShouldHaveSingleItem().Value.ShouldBe(booking["number"]!.GetValue<string>());
        appointment.Participant.Select(p => p.Actor!.Reference).ShouldContain($"Patient/{patient}");

        (await (await As("ybj")).GetAsync($"/fhir/Appointment/{booking["id"]}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await As("zzzx")).GetAsync("/fhir/Slot?status=taken", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteFhirBookingTests(SqliteServer server) : FhirBookingTests(server);

[Collection(PostgresCollection.Name)]
public sealed class PostgresFhirBookingTests(PostgresServer server) : FhirBookingTests(server);
