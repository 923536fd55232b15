using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Access;
using TieredCare.Persistence.Audit;
using TieredCare.Persistence.Facts;
using TieredCare.Referrals.Catalogue;
using TieredCare.Web.Modules.Referrals;
using TieredCare.Referrals.Lifecycle;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Referrals.Lifecycle;

/// <summary>
/// A doctor of an institution refers a patient: up to a county or city hospital department, down to a township or
/// community centre with a follow-up plan, or laterally. Submitted at once unless kept as a draft; the same
/// idempotency key from the same user returns the referral already made.
/// </summary>
public static class CreateReferral
{
    public sealed record CreateReferralRequest(
        long? PatientId, string? Direction, string? ToInstitution, string? ToDepartment, string? FromDepartment, string? DiagnosisCode, string? Urgency,
        string? Reason, string? AppropriatenessReason, string? OutsideNetworkReason, string? FollowUpPlan, bool? IsInpatient, bool? Draft, string? IdempotencyKey);

    public static void Map(RouteGroupBuilder api) => api.MapPost("/referrals", HandleAsync).RequireAuthorization(Permissions.ReferralsCreate);

    private static async Task<Results<Created<ReferralDto>, Ok<ReferralDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        CreateReferralRequest request, HttpContext http, TieredCareDbContext db, CatalogueStore catalogues, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var user = http.User();
        if (user.ScopeKind != ScopeKind.Institution)
        {
            return Problems.Forbidden("转诊由机构的医务人员发起 (referrals are sent by an institution's staff)");
        }

        var from = user.ScopeCode;
        if (request.IdempotencyKey is { Length: > 64 })
        {
            return Problems.Validation("idempotency_key", "幂等键最长64个字符 (the idempotency key has at most 64 characters)");
        }

        if (await ExistingAsync(db, user.UserName, request.IdempotencyKey, ct) is { } existing)
        {
            return TypedResults.Ok(await ViewReferral.DtoAsync(db, existing, ct));
        }

        var (draft, errors) = await ValidateAsync(request, from, db, catalogues, ct);
        if (draft is null)
        {
            return Problems.Validation(errors);
        }

        var now = clock.GetUtcNow();
        draft.SubmittedAt = now; // when drafted, until submitted
        draft.CreatedBy = user.UserName;
        var snapshot = ReferralStates.Snapshot(draft);
        var submitted = request.Draft == true ? null : (TransitionAccepted)ReferralStateMachine.Apply(snapshot, new SubmitReferral(), user.UserName, now);
        for (var attempt = 0; ; attempt++)
        {
            // Imported history brings its own ids, so a live referral takes the next free one; a clash with a
            // concurrent referral is retried.
            draft.Id = (await db.Referrals.MaxAsync(r => (long?)r.Id, ct) ?? 0) + 1;
            db.Referrals.Add(draft);
            db.ReferralTransitions.Add(new ReferralTransitionRecord
            {
                ReferralId = draft.Id, FromStatus = ReferralStatus.Draft, ToStatus = ReferralStatus.Draft, Action = "create", By = user.UserName, At = now,
            });
            if (submitted is not null)
            {
                db.ReferralTransitions.Add(ReferralStates.Apply(draft, submitted));
            }

            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.ChangeTracker.Clear();
                draft.Status = ReferralStatus.Draft;
                if (await ExistingAsync(db, user.UserName, request.IdempotencyKey, ct) is { } raced)
                {
                    return TypedResults.Ok(await ViewReferral.DtoAsync(db, raced, ct));
                }
            }
        }

        await audit.AppendAsync(new AuditRecord(user.UserName, "create", "referral", draft.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), draft.PatientId), ct);
        return TypedResults.Created($"/api/v1/referrals/{draft.Id}", await ViewReferral.DtoAsync(db, draft, ct));
    }

    private static async Task<Referral?> ExistingAsync(TieredCareDbContext db, string user, string? key, CancellationToken ct) =>
        key is null ? null : await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.CreatedBy == user && r.IdempotencyKey == key, ct);

    /// <summary>Every field's problem at once, or the new referral (a draft, not yet stored).</summary>
    private static async Task<(Referral? Draft, List<FieldError> Errors)> ValidateAsync(
        CreateReferralRequest r, string from, TieredCareDbContext db, CatalogueStore catalogues, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var patient = r.PatientId is { } pid ? await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
        if (patient is null)
        {
            errors.Add(new("patient_id", r.PatientId is null ? "请指明患者 (give the patient)" : $"没有编号为 {r.PatientId} 的患者 (no patient {r.PatientId})"));
        }
        else if (patient.MergedIntoId is { } survivor)
        {
            errors.Add(new("patient_id", $"该患者记录已合并到 {survivor}，请转诊合并后的记录 (the record was merged into {survivor}; refer that one)"));
        }

        Persistence.Facts.ReferralDirection? direction = r.Direction switch
        {
            "up" => Persistence.Facts.ReferralDirection.Up,
            "down" => Persistence.Facts.ReferralDirection.Down,
            "lateral" => Persistence.Facts.ReferralDirection.Lateral,
            _ => null,
        };
        if (direction is null)
        {
            errors.Add(new("direction", $"转诊方向须为 up（上转）、down（下转）或 lateral（平转） (direction must be up, down or lateral): '{r.Direction}'"));
        }

        var urgency = r.Urgency ?? "routine";
        if (urgency is not ("routine" or "urgent" or "emergency"))
        {
            errors.Add(new("urgency", $"紧急程度须为 routine、urgent 或 emergency (urgency must be routine, urgent or emergency): '{urgency}'"));
        }

        var institutions = await db.Institutions.AsNoTracking().Where(i => i.Code == from || i.Code == r.ToInstitution).ToDictionaryAsync(i => i.Code, ct);
        var sender = institutions.GetValueOrDefault(from);
        var receiver = r.ToInstitution is null ? null : institutions.GetValueOrDefault(r.ToInstitution);
        if (receiver is null || !receiver.IsActive)
        {
            errors.Add(new("to_institution", r.ToInstitution is null ? "请指明接收机构 (give the receiving institution)" : $"没有在用的机构 {r.ToInstitution} (no active institution {r.ToInstitution})"));
        }
        else if (sender is not null && direction is { } d && !DirectionFits(d, sender.Tier, receiver.Tier))
        {
            errors.Add(new("direction", $"{sender.Name}（{TierName(sender.Tier)}）到 {receiver.Name}（{TierName(receiver.Tier)}）不是{DirectionName(d)} " +
                $"(from a {sender.Tier} to a {receiver.Tier} institution is not a {d} referral)"));
        }

        if (r.ToDepartment is not null && receiver is not null
            && !await db.Departments.AnyAsync(x => x.InstitutionCode == receiver.Code && x.Code == r.ToDepartment, ct))
        {
            errors.Add(new("to_department", $"{receiver.Name} 没有科室 {r.ToDepartment} ({receiver.Code} has no department {r.ToDepartment})"));
        }
        else if (r.ToDepartment is null && direction == Persistence.Facts.ReferralDirection.Up)
        {
            errors.Add(new("to_department", "上转须指明接收科室 (an up-referral names the receiving department)"));
        }

        if (r.FromDepartment is not null && !await db.Departments.AnyAsync(x => x.InstitutionCode == from && x.Code == r.FromDepartment, ct))
        {
            errors.Add(new("from_department", $"本机构没有科室 {r.FromDepartment} (your institution has no department {r.FromDepartment})"));
        }

        if (!IcdCode.TryParse(r.DiagnosisCode, out var diagnosis, out var bad))
        {
            errors.Add(new("diagnosis_code", $"{bad.Value.Zh} ({bad.Value.En})"));
        }

        if (string.IsNullOrWhiteSpace(r.Reason))
        {
            errors.Add(new("reason", "请填写转诊原因 (state the reason for the referral)"));
        }

        if (direction == Persistence.Facts.ReferralDirection.Down && string.IsNullOrWhiteSpace(r.FollowUpPlan))
        {
            errors.Add(new("follow_up_plan", "下转须附随访计划 (a down-referral carries a follow-up plan)"));
        }

        if (receiver is not null && string.IsNullOrWhiteSpace(r.OutsideNetworkReason) && !await ShareNetworkAsync(db, from, receiver.Code, ct))
        {
            errors.Add(new("outside_network_reason", $"{receiver.Name} 与本机构不在同一医联体/医共体，须说明理由 ({receiver.Code} is in none of your networks: state why)"));
        }

        // The network's tiered disease catalogue judges the referral; an up-referral of a disease the referring tier should
        // treat needs a stated reason and is counted.
        AppropriatenessResult? judged = null;
        if (errors.Count == 0 && await CheckAppropriateness.CatalogueForAsync(db, from, ct) is { } version)
        {
            judged = Appropriateness.Check(await catalogues.EngineCatalogueAsync(version, ct), diagnosis.Value,
                InstitutionTiers.Of(sender!.Type, sender.Level), InstitutionTiers.Of(receiver!.Type, receiver.Level), ReferralStates.Direction(direction!.Value));
            if (judged.NeedsReason && string.IsNullOrWhiteSpace(r.AppropriatenessReason))
            {
                errors.Add(new("appropriateness_reason", $"{judged.Explanation}；请说明上转理由 (the network's catalogue places this disease at the referring tier: state why it is referred up)"));
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new Referral
        {
            CatalogueVerdict = judged is null ? null : Codes.ToCode(judged.Verdict), BelowCatalogueTier = judged?.IsQuestionableUpReferral ?? false,
            Direction = direction!.Value, FromInstitutionCode = from, ToInstitutionCode = receiver!.Code, ToDepartmentCode = r.ToDepartment,
            FromDepartmentCode = r.FromDepartment, PatientId = patient!.Id, DiagnosisCode = diagnosis.Value,
            IsEmergency = urgency == "emergency", IsUrgent = urgency == "urgent", IsInpatient = r.IsInpatient ?? false, Status = ReferralStatus.Draft,
            Reason = r.Reason!.Trim(), AppropriatenessReason = Trimmed(r.AppropriatenessReason), OutsideNetworkReason = Trimmed(r.OutsideNetworkReason),
            FollowUpPlan = Trimmed(r.FollowUpPlan), IdempotencyKey = r.IdempotencyKey,
        }, errors);
    }

    private static bool DirectionFits(Persistence.Facts.ReferralDirection direction, CareTier from, CareTier to) => direction switch
    {
        Persistence.Facts.ReferralDirection.Up => Rank(to) > Rank(from),
        Persistence.Facts.ReferralDirection.Down => Rank(to) < Rank(from),
        _ => true,
    };

    private static int Rank(CareTier tier) => tier switch { CareTier.Grassroots => 0, CareTier.County => 1, _ => 2 };

    private static string TierName(CareTier tier) => tier switch { CareTier.Grassroots => "基层", CareTier.County => "县级", _ => "市级" };

    private static string DirectionName(Persistence.Facts.ReferralDirection d) => d switch
    {
        Persistence.Facts.ReferralDirection.Up => "上转",
        Persistence.Facts.ReferralDirection.Down => "下转",
        _ => "平转",
    };

    private static Task<bool> ShareNetworkAsync(TieredCareDbContext db, string a, string b, CancellationToken ct) =>
        db.NetworkMembers.Where(m => m.InstitutionCode == a && m.LeftOn == null)
            .Join(db.NetworkMembers.Where(m => m.InstitutionCode == b && m.LeftOn == null), x => x.NetworkCode, y => y.NetworkCode, (x, _) => x)
            .AnyAsync(ct);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
