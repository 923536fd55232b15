using Hl7.Fhir.Model;
using TieredCare.Persistence.Facts;
using TieredCare.Web.Modules.Referrals.Lifecycle;

namespace TieredCare.Web.Modules.Fhir;

/// <summary>
/// A referral as FHIR R4 sees it: the ServiceRequest is the order (who refers whom to whom for which diagnosis), the
/// Task its fulfilment by the receiving institution (the lifecycle state, the answer, the feedback).
/// </summary>
public static class ReferralResources
{
    public const string Icd10 = "http://hl7.org/fhir/sid/icd-10";
    public const string DirectionSystem = "urn:tieredcare:referral-direction";
    public const string NumberSystem = "urn:tieredcare:referral-number";

    public static ServiceRequest ServiceRequest(Referral r)
    {
        var request = new ServiceRequest
        {
            Id = Id(r),
            Status = r.Status switch
            {
                ReferralStatus.Draft => RequestStatus.Draft,
                ReferralStatus.Completed => RequestStatus.Completed,
                ReferralStatus.Rejected or ReferralStatus.Cancelled or ReferralStatus.Expired => RequestStatus.Revoked,
                _ => RequestStatus.Active,
            },
            Intent = RequestIntent.Order,
            Priority = r.IsEmergency ? RequestPriority.Stat : r.IsUrgent ? RequestPriority.Urgent : RequestPriority.Routine,
            Subject = r.PatientId is { } p ? new ResourceReference($"Patient/{p}") : new ResourceReference { Display = "unknown patient" },
            Requester = Organization(r.FromInstitutionCode),
            AuthoredOn = r.SubmittedAt.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        };
        request.Identifier.Add(new Identifier(NumberSystem, ReferralStates.Number(r.Id)));
        request.Category.Add(new CodeableConcept(DirectionSystem, ReferralStates.Word(r.Direction), DirectionName(r.Direction)));
        request.Code = new CodeableConcept("http://snomed.info/sct", "3457005", "Patient referral");
        request.Performer.Add(Organization(r.ToInstitutionCode));
        request.ReasonCode.Add(new CodeableConcept(Icd10, r.DiagnosisCode));
        if (r.Reason is not null) request.Note.Add(new Annotation { Text = r.Reason });
        if (r.FollowUpPlan is not null) request.PatientInstruction = r.FollowUpPlan;
        return request;
    }

    public static Hl7.Fhir.Model.Task Task(Referral r)
    {
        var task = new Hl7.Fhir.Model.Task
        {
            Id = Id(r),
            Status = r.Status switch
            {
                ReferralStatus.Draft => Hl7.Fhir.Model.Task.TaskStatus.Draft,
                ReferralStatus.Submitted => Hl7.Fhir.Model.Task.TaskStatus.Requested,
                ReferralStatus.Accepted => Hl7.Fhir.Model.Task.TaskStatus.Accepted,
                ReferralStatus.Rejected => Hl7.Fhir.Model.Task.TaskStatus.Rejected,
                ReferralStatus.Scheduled => Hl7.Fhir.Model.Task.TaskStatus.Ready,
                ReferralStatus.Arrived => Hl7.Fhir.Model.Task.TaskStatus.InProgress,
                ReferralStatus.Completed => Hl7.Fhir.Model.Task.TaskStatus.Completed,
                ReferralStatus.Cancelled => Hl7.Fhir.Model.Task.TaskStatus.Cancelled,
                _ => Hl7.Fhir.Model.Task.TaskStatus.Failed, // expired: the time limit passed
            },
            Intent = Hl7.Fhir.Model.Task.TaskIntent.Order,
            Focus = new ResourceReference($"ServiceRequest/{Id(r)}"),
            For = r.PatientId is { } p ? new ResourceReference($"Patient/{p}") : null,
            Requester = Organization(r.FromInstitutionCode),
            Owner = Organization(r.ToInstitutionCode),
            AuthoredOn = r.SubmittedAt.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
            LastModified = (r.ClosedAt ?? r.ArrivedAt ?? r.ScheduledAt ?? r.AcceptedAt ?? r.SubmittedAt).ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        };
        task.Identifier.Add(new Identifier(NumberSystem, ReferralStates.Number(r.Id)));
        if ((r.Status == ReferralStatus.Rejected ? r.RejectReason : r.Status == ReferralStatus.Cancelled ? r.CancelReason : null) is { } why)
        {
            task.StatusReason = new CodeableConcept { Text = why };
        }

        if (r.FeedbackDiagnosisCode is not null)
        {
            task.Output.Add(Output("discharge-diagnosis", new CodeableConcept(Icd10, r.FeedbackDiagnosisCode)));
            task.Output.Add(Output("discharge-summary", new FhirString(r.FeedbackSummary)));
            task.Output.Add(Output("care-plan", new FhirString(r.FeedbackCarePlan)));
        }

        return task;
    }

    private static Hl7.Fhir.Model.Task.OutputComponent Output(string kind, DataType value) =>
        new() { Type = new CodeableConcept("urn:tieredcare:referral-feedback", kind), Value = value };

    private static string Id(Referral r) => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ResourceReference Organization(string code) => new($"Organization/{code}");

    private static string DirectionName(Persistence.Facts.ReferralDirection d) => d switch
    {
        Persistence.Facts.ReferralDirection.Up => "上转",
        Persistence.Facts.ReferralDirection.Down => "下转",
        _ => "平转",
    };
}
