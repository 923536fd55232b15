using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Facts;
using TieredCare.Referrals.Lifecycle;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Referrals.Lifecycle;

/// <summary>One referral with its history and the actions open to it; for the sender, the receiver and those overseeing either.</summary>
public static class ViewReferral
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/referrals/{id:long}", HandleAsync).RequireAuthorization(Permissions.ReferralsRead);

    private static async Task<Results<Ok<ReferralDto>, ProblemHttpResult>> HandleAsync(
        long id, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var referral = await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return Problems.NotFound($"没有转诊 {id} (no referral {id})");
        }

        var inScope = await ReferralScope.InstitutionsAsync(http, scopes, db, ct);
        if (referral.Status == ReferralStatus.Draft && !inScope.Contains(referral.FromInstitutionCode))
        {
            return Problems.NotFound($"没有转诊 {id} (no referral {id})"); // a draft is the sender's alone
        }

        if (!inScope.Contains(referral.FromInstitutionCode) && !inScope.Contains(referral.ToInstitutionCode))
        {
            return Problems.Forbidden($"转诊 {id} 不涉及您管辖的机构 (referral {id} involves no institution in your scope)");
        }

        return TypedResults.Ok(await DtoAsync(db, referral, ct));
    }

    internal static async Task<ReferralDto> DtoAsync(TieredCareDbContext db, Referral r, CancellationToken ct)
    {
        var names = await db.Institutions.AsNoTracking().Where(i => i.Code == r.FromInstitutionCode || i.Code == r.ToInstitutionCode)
            .ToDictionaryAsync(i => i.Code, i => i.Name, ct);
        var patientName = r.PatientId is { } pid ? await db.Patients.AsNoTracking().Where(p => p.Id == pid).Select(p => p.Name).FirstOrDefaultAsync(ct) : null;
        var transitions = await db.ReferralTransitions.AsNoTracking().Where(t => t.ReferralId == r.Id).OrderBy(t => t.At).ThenBy(t => t.Id)
            .Select(t => new { t.FromStatus, t.ToStatus, t.Action, t.By, t.At, t.Detail }).ToListAsync(ct);
        var feedback = r.FeedbackDiagnosisCode is null ? null : new FeedbackDto(r.FeedbackDiagnosisCode, r.FeedbackSummary ?? "", r.FeedbackCarePlan ?? "");
        return new ReferralDto(
            ReferralDtoMapping.Summary(r, names, patientName), r.FromDepartmentCode, r.Reason, r.CatalogueVerdict, r.AppropriatenessReason,
            r.OutsideNetworkReason, r.FollowUpPlan, r.IsInpatient, r.BookingReference, r.ScheduledAt, r.CompletedAt, r.ClosedAt, r.RejectReason, r.CancelReason,
            feedback, [.. ReferralStateMachine.ActionsFrom(ReferralStates.State(r.Status)).Where(a => a is not (ReferralActionKind.Expire or ReferralActionKind.Unschedule)).Select(ReferralStates.Word)],
            [.. transitions.Select(t => new TransitionDto(ReferralStates.Word(t.FromStatus), ReferralStates.Word(t.ToStatus), t.Action, t.By, t.At, t.Detail))]);
    }
}
