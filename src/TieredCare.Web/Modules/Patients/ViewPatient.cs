using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Access;
using TieredCare.Persistence.Audit;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Patients;

/// <summary>
/// The whole record of one patient. A clinician of an institution that has treated or referred
/// the patient (a care relationship) sees it directly; anyone else allowed to view records
/// must state a reason (break-glass). Both are audited.
/// </summary>
public static class ViewPatient
{
    public const int MinimumReasonLength = 4;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/{id:long}", HandleAsync).RequireAuthorization(Permissions.PatientView);

    private static async Task<Results<Ok<PatientDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        long id, string? reason, HttpContext http, TieredCareDbContext db, AuditLog audit, CancellationToken ct)
    {
        var patient = await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (patient is null)
        {
            return Problems.NotFound($"患者 {id} 不存在 (patient {id} does not exist)");
        }

        var user = http.User();
        var related = await HasCareRelationshipAsync(user, id, db, ct);
        var stated = reason?.Trim();
        if (!related && (stated is null || stated.Length < MinimumReasonLength))
        {
            return Problems.Validation("reason", $"您与该患者无诊疗关系，查看完整信息须填写至少{MinimumReasonLength}个字的理由 (no care relationship: state a reason of at least {MinimumReasonLength} characters)");
        }

        await audit.AppendAsync(new AuditRecord(user.UserName, related ? "view" : "view-break-glass", "patient", id.ToString(System.Globalization.CultureInfo.InvariantCulture), id, stated), ct);
        return TypedResults.Ok(PatientDto.From(patient));
    }

    /// <summary>The user's institution has a visit, a discharge or a referral of this patient.</summary>
    internal static async Task<bool> HasCareRelationshipAsync(CurrentUser user, long patientId, TieredCareDbContext db, CancellationToken ct)
    {
        if (user.ScopeKind != ScopeKind.Institution)
        {
            return false;
        }

        var code = user.ScopeCode;
        return await db.Visits.AnyAsync(v => v.PatientId == patientId && v.InstitutionCode == code, ct)
            || await db.DischargeAbstracts.AnyAsync(a => a.PatientId == patientId && a.InstitutionCode == code, ct)
            || await db.Referrals.AnyAsync(r => r.PatientId == patientId && (r.FromInstitutionCode == code || r.ToInstitutionCode == code), ct);
    }
}
