using TieredCare.Patients;
using TieredCare.Persistence.Facts;

namespace TieredCare.Web.Modules.Referrals.Lifecycle;

/// <summary>A referral in a list: the patient masked (the whole record is the patient module's, audited).</summary>
public sealed record ReferralSummaryDto(
    long Id, string Number, string Direction, string Urgency, string Status, string FromInstitutionCode, string? FromInstitutionName,
    string ToInstitutionCode, string? ToInstitutionName, string? ToDepartmentCode, long? PatientId, string? PatientName, string DiagnosisCode,
    bool BelowCatalogueTier, DateTimeOffset SubmittedAt, DateTimeOffset? AcceptedAt, DateTimeOffset? ArrivedAt);

public sealed record TransitionDto(string From, string To, string Action, string By, DateTimeOffset At, string? Detail);

public sealed record FeedbackDto(string DiagnosisCode, string DischargeSummary, string CarePlan);

/// <summary>One referral with its history and the actions the lifecycle allows next.</summary>
public sealed record ReferralDto(
    ReferralSummaryDto Summary, string? FromDepartmentCode, string? Reason, string? CatalogueVerdict, string? AppropriatenessReason,
    string? OutsideNetworkReason, string? FollowUpPlan, bool IsInpatient, string? BookingReference, DateTimeOffset? ScheduledAt,
    DateTimeOffset? CompletedAt, DateTimeOffset? ClosedAt, string? RejectReason, string? CancelReason, FeedbackDto? Feedback,
    IReadOnlyList<string> NextActions, IReadOnlyList<TransitionDto> Transitions);

internal static class ReferralDtoMapping
{
    public static ReferralSummaryDto Summary(Referral r, IReadOnlyDictionary<string, string> institutionNames, string? patientName) => new(
        r.Id, ReferralStates.Number(r.Id), ReferralStates.Word(r.Direction), ReferralStates.Word(ReferralStates.Urgency(r)), ReferralStates.Word(r.Status),
        r.FromInstitutionCode, institutionNames.GetValueOrDefault(r.FromInstitutionCode), r.ToInstitutionCode, institutionNames.GetValueOrDefault(r.ToInstitutionCode),
        r.ToDepartmentCode, r.PatientId, patientName is null ? null : Masking.Name(patientName), r.DiagnosisCode, r.BelowCatalogueTier,
        r.SubmittedAt, r.AcceptedAt, r.ArrivedAt);
}
