using Hl7.Fhir.Model;
using TieredCare.Referrals.Booking;
using BookingRow = TieredCare.Persistence.Booking.Booking;
using ScheduleRow = TieredCare.Persistence.Booking.Schedule;
using SlotRow = TieredCare.Persistence.Booking.Slot;

namespace TieredCare.Web.Modules.Fhir;

/// <summary>
/// Booking as FHIR R4 sees it: a published schedule is a Schedule of its institution (and department, doctor, device or
/// ward), each slot a Slot (busy once booked), each booking an Appointment of the patient in that slot, based on the
/// referral that reserved it.
/// </summary>
public static class BookingResources
{
    public const string KindSystem = "urn:tieredcare:slot-kind";
    public const string NumberSystem = "urn:tieredcare:booking-number";

    public static Hl7.Fhir.Model.Schedule Schedule(ScheduleRow s)
    {
        var schedule = new Hl7.Fhir.Model.Schedule
        {
            Id = Id(s.Id),
            Active = true,
            PlanningHorizon = new Period { Start = s.FromDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), End = s.ToDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
            Comment = $"{s.SlotCount} slots, {s.ReservedCount} reserved for referrals, released {s.ReleaseLeadHours} h before",
        };
        schedule.ServiceType.Add(new CodeableConcept(KindSystem, Word(s.Kind)));
        schedule.Actor.Add(new ResourceReference($"Organization/{s.InstitutionCode}"));
        if (s.Resource is { Length: > 0 } resource) schedule.Actor.Add(new ResourceReference { Display = resource });
        return schedule;
    }

    public static Hl7.Fhir.Model.Slot Slot(SlotRow s, bool booked)
    {
        var slot = new Hl7.Fhir.Model.Slot
        {
            Id = Id(s.Id),
            Schedule = new ResourceReference($"Schedule/{Id(s.ScheduleId)}"),
            Status = booked ? Hl7.Fhir.Model.Slot.SlotStatus.Busy : Hl7.Fhir.Model.Slot.SlotStatus.Free,
            StartElement = new Instant(s.StartsAt),
            EndElement = new Instant(s.EndsAt),
            Comment = s.Reserved ? $"reserved for referrals until {s.ReleaseAt:O}" : null,
        };
        slot.ServiceType.Add(new CodeableConcept(KindSystem, Word(s.Kind)));
        return slot;
    }

    public static Hl7.Fhir.Model.Appointment Appointment(BookingRow b, SlotRow s)
    {
        var appointment = new Hl7.Fhir.Model.Appointment
        {
            Id = Id(b.Id),
            Status = b.Status switch
            {
                BookingStatus.Booked => Hl7.Fhir.Model.Appointment.AppointmentStatus.Booked,
                BookingStatus.CheckedIn => Hl7.Fhir.Model.Appointment.AppointmentStatus.CheckedIn,
                BookingStatus.Cancelled => Hl7.Fhir.Model.Appointment.AppointmentStatus.Cancelled,
                _ => Hl7.Fhir.Model.Appointment.AppointmentStatus.Noshow,
            },
            StartElement = new Instant(s.StartsAt),
            EndElement = new Instant(s.EndsAt),
            CreatedElement = new FhirDateTime(b.BookedAt),
        };
        appointment.Identifier.Add(new Identifier(NumberSystem, b.Number));
        appointment.Slot.Add(new ResourceReference($"Slot/{Id(s.Id)}"));
        appointment.ServiceType.Add(new CodeableConcept(KindSystem, Word(s.Kind)));
        if (b.ReferralId is { } referral) appointment.BasedOn.Add(new ResourceReference($"ServiceRequest/{Id(referral)}"));
        appointment.Participant.Add(new Hl7.Fhir.Model.Appointment.ParticipantComponent
        {
            Actor = new ResourceReference($"Patient/{Id(b.PatientId)}"), Status = ParticipationStatus.Accepted,
        });
        appointment.Participant.Add(new Hl7.Fhir.Model.Appointment.ParticipantComponent
        {
            Actor = new ResourceReference($"Organization/{s.InstitutionCode}"), Status = ParticipationStatus.Accepted,
        });
        return appointment;
    }

    private static string Word(SlotKind kind) => kind.ToString().ToLowerInvariant();

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
