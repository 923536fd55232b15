using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Access;
using TieredCare.Persistence.Audit;
using TieredCare.Referrals.Lifecycle;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Booking;

namespace TieredCare.Web.Modules.Referrals.Lifecycle;

/// <summary>
/// Moves a referral along its lifecycle: the sender submits or cancels; the receiver accepts, rejects (with a reason),
/// schedules (a booking made outside the booking module), marks the patient arrived, and completes with feedback.
/// The engine's transition table decides; an illegal move is 409 with the current state, and two people acting at
/// once cannot both win (the state is a concurrency token).
/// </summary>
public static class ReferralActions
{
    public sealed record ActionRequest(string? Reason, string? BookingReference, string? DiagnosisCode, string? DischargeSummary, string? CarePlan);

    public sealed record ConflictDto(string CurrentState, string Action, string Message, string MessageEn);

    private static readonly Dictionary<string, (ReferralActionKind Kind, bool BySender)> Actions = new(StringComparer.Ordinal)
    {
        ["submit"] = (ReferralActionKind.Submit, true),
        ["cancel"] = (ReferralActionKind.Cancel, true),
        ["accept"] = (ReferralActionKind.Accept, false),
        ["reject"] = (ReferralActionKind.Reject, false),
        ["schedule"] = (ReferralActionKind.Schedule, false),
        ["arrive"] = (ReferralActionKind.Arrive, false),
        ["complete"] = (ReferralActionKind.Complete, false),
    };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/referrals/{id:long}/{action:regex(^(submit|cancel)$)}", HandleAsync).RequireAuthorization(Permissions.ReferralsCreate);
        api.MapPost("/referrals/{id:long}/{action:regex(^(accept|reject|schedule|arrive|complete)$)}", HandleAsync).RequireAuthorization(Permissions.ReferralsHandle);
    }

    private static async Task<Results<Ok<ReferralDto>, ValidationProblem, ProblemHttpResult, Conflict<ConflictDto>>> HandleAsync(
        long id, string action, ActionRequest? request, HttpContext http, TieredCareDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var (kind, bySender) = Actions[action];
        var user = http.User();
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null || (referral.Status == Persistence.Facts.ReferralStatus.Draft && !bySender)) // a draft is the sender's alone
        {
            return Problems.NotFound($"没有转诊 {id} (no referral {id})");
        }

        var side = bySender ? referral.FromInstitutionCode : referral.ToInstitutionCode;
        if (user.ScopeKind != ScopeKind.Institution || user.ScopeCode != side)
        {
            return Problems.Forbidden(bySender
                ? $"只有转出机构 {side} 可以{action}此转诊 (only the sending institution {side} may {action} it)"
                : $"只有接收机构 {side} 可以{action}此转诊 (only the receiving institution {side} may {action} it)");
        }

        var r = request ?? new ActionRequest(null, null, null, null, null);
        ReferralAction command = kind switch
        {
            ReferralActionKind.Submit => new SubmitReferral(),
            ReferralActionKind.Accept => new AcceptReferral(),
            ReferralActionKind.Reject => new RejectReferral(r.Reason ?? ""),
            ReferralActionKind.Cancel => new CancelReferral(r.Reason ?? ""),
            ReferralActionKind.Schedule => new ScheduleReferral(r.BookingReference ?? ""),
            ReferralActionKind.Arrive => new ArriveReferral(),
            _ => new CompleteReferral(new ReferralFeedback(r.DiagnosisCode ?? "", r.DischargeSummary ?? "", r.CarePlan ?? "")),
        };

        (var outcome, referral) = await TransitionAsync(db, referral, command, user.UserName, clock.GetUtcNow(), ct);
        if (outcome is IllegalTransition refused)
        {
            return refused.Kind == RefusalKind.InvalidInput
                ? Problems.Validation(ReferralStates.Snake((refused.Field ?? action).Split('.')[^1]), $"{refused.Message.Zh} ({refused.Message.En})")
                : TypedResults.Conflict(new ConflictDto(ReferralStates.Word(ReferralStates.Status(refused.CurrentState)), action, refused.Message.Zh, refused.Message.En));
        }

        var now = clock.GetUtcNow();
        switch (kind)
        {
            case ReferralActionKind.Accept:
                await ReferralBookings.ScheduleIfBookedAsync(db, referral, user.UserName, now, ct);
                break;
            case ReferralActionKind.Reject or ReferralActionKind.Cancel:
                await ReferralBookings.ReleaseAsync(db, referral.Id, now, ct);
                break;
        }

        await audit.AppendAsync(new AuditRecord(user.UserName, action, "referral", id.ToString(System.Globalization.CultureInfo.InvariantCulture), referral.PatientId), ct);
        return TypedResults.Ok(await ViewReferral.DtoAsync(db, referral, ct));
    }

    /// <summary>
    /// Applies an action to a tracked referral and stores it with its history record; when someone else moved it first, the
    /// action is judged again against the state they left (usually a refusal naming that state).
    /// </summary>
    internal static async Task<(TransitionResult Outcome, Persistence.Facts.Referral Referral)> TransitionAsync(
        TieredCareDbContext db, Persistence.Facts.Referral referral, ReferralAction command, string by, DateTimeOffset at, CancellationToken ct)
    {
        while (true)
        {
            var outcome = ReferralStateMachine.Apply(ReferralStates.Snapshot(referral), command, by, at);
            if (outcome is not TransitionAccepted accepted)
            {
                return (outcome, referral);
            }

            db.ReferralTransitions.Add(ReferralStates.Apply(referral, accepted));
            try
            {
                await db.SaveChangesAsync(ct);
                return (outcome, referral);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                referral = await db.Referrals.FirstAsync(x => x.Id == referral.Id, ct);
            }
        }
    }
}
