using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Patients;
using TieredCare.Persistence;
using TieredCare.Persistence.Audit;
using TieredCare.Persistence.Patients;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Patients;

/// <summary>
/// Finds probable duplicates in an area and merges one record into another: the merged record
/// stays (pointing at the survivor), its visits, stays and referrals move to the survivor, and
/// the merge is kept with a snapshot and audited. Nothing is deleted.
/// </summary>
public static class MergePatients
{
    public const int MaxPatientsScanned = 200_000;

    // Readable Chinese in the stored snapshot, for whoever reviews a merge later.
    private static readonly JsonSerializerOptions SnapshotJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed record DuplicateDto(DuplicateReason Reason, MaskedPatientDto First, MaskedPatientDto Second);

    public sealed record MergeRequest(long? SurvivorId, long? MergedId, string? Reason);

    public sealed record MergeResult(long SurvivorId, long MergedId, long MergeId, int VisitsMoved, int DischargesMoved, int ReferralsMoved);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/duplicates", FindAsync).RequireAuthorization(Permissions.PatientMerge);
        api.MapPost("/merge", MergeAsync).RequireAuthorization(Permissions.PatientMerge);
    }

    private static async Task<Results<Ok<List<DuplicateDto>>, ValidationProblem>> FindAsync(
        string? region, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, AuditLog audit, CancellationToken ct)
    {
        var user = http.User();
        var scope = await scopes.ResolveAsync(user, ct);
        var prefix = scope.RegionPrefix;
        if (region is not null)
        {
            if (!DivisionCode.TryParse(region, out var code, out var error))
            {
                return Problems.Validation("region", error);
            }

            if (!scope.CoversRegion(code.Value) && !code.SignificantPrefix.StartsWith(prefix, StringComparison.Ordinal))
            {
                return Problems.Validation("region", $"区划 {region} 不在您的管辖范围内 (region {region} is outside your scope)");
            }

            prefix = code.SignificantPrefix.Length > prefix.Length ? code.SignificantPrefix : prefix;
        }

        var patients = await db.Patients.AsNoTracking()
            .Where(p => p.MergedIntoId == null && p.ResidenceRegionCode != null && p.ResidenceRegionCode.StartsWith(prefix))
            .OrderBy(p => p.Id).Take(MaxPatientsScanned + 1).ToListAsync(ct);
        if (patients.Count > MaxPatientsScanned)
        {
            return Problems.Validation("region", $"范围内患者超过{MaxPatientsScanned}人，请选择更小的区划 (more than {MaxPatientsScanned} patients; choose a smaller region)");
        }

        var byId = patients.ToDictionary(p => p.Id);
        var candidates = DuplicateRules.FindCandidates(patients.Select(p => new PatientIdentity(p.Id, p.ResidentId, p.Name, p.Sex, p.BirthDate, p.Phone)));
        await audit.AppendAsync(new AuditRecord(user.UserName, "find-duplicates", "patient", $"region={prefix}; pairs={candidates.Count}"), ct);
        return TypedResults.Ok(candidates.Select(c => new DuplicateDto(c.Reason, MaskedPatientDto.From(byId[c.FirstId]), MaskedPatientDto.From(byId[c.SecondId]))).ToList());
    }

    private static async Task<Results<Ok<MergeResult>, ValidationProblem, ProblemHttpResult>> MergeAsync(
        MergeRequest request, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (request.SurvivorId is null)
        {
            errors.Add(new("survivor_id", "请指定保留的患者 (survivor_id is required)"));
        }

        if (request.MergedId is null)
        {
            errors.Add(new("merged_id", "请指定被合并的患者 (merged_id is required)"));
        }
        else if (request.MergedId == request.SurvivorId)
        {
            errors.Add(new("merged_id", "不能与自身合并 (a record cannot be merged into itself)"));
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Trim().Length < 4)
        {
            errors.Add(new("reason", "请填写合并理由，至少4个字 (state the reason, at least 4 characters)"));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var survivor = await db.Patients.FirstOrDefaultAsync(p => p.Id == request.SurvivorId, ct);
        var merged = await db.Patients.FirstOrDefaultAsync(p => p.Id == request.MergedId, ct);
        if (survivor is null || merged is null)
        {
            return Problems.NotFound($"患者 {(survivor is null ? request.SurvivorId : request.MergedId)} 不存在 (patient does not exist)");
        }

        if (survivor.MergedIntoId is not null || merged.MergedIntoId is not null)
        {
            return Problems.Conflict($"已合并过的记录不能再合并 (a record that was already merged cannot be merged again; it points to {survivor.MergedIntoId ?? merged.MergedIntoId})");
        }

        if (survivor.ResidentId is not null && merged.ResidentId is not null && survivor.ResidentId != merged.ResidentId)
        {
            return Problems.Conflict("两条记录的身份证号不同，不是同一人 (the two records carry different ID numbers; they are different people)");
        }

        var scope = await scopes.ResolveAsync(http.User(), ct);
        if (!scope.CoversRegion(survivor.ResidenceRegionCode ?? "") || !scope.CoversRegion(merged.ResidenceRegionCode ?? ""))
        {
            return Problems.Forbidden("患者不在您的管辖范围内 (a patient lives outside your scope)");
        }

        var user = http.User().UserName;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var snapshot = JsonSerializer.Serialize(PatientDto.From(merged), SnapshotJson);
        merged.MergedIntoId = survivor.Id;
        await db.SaveChangesAsync(ct); // first, so the ID number is free for the survivor

        survivor.ResidentId ??= merged.ResidentId;
        survivor.Phone ??= merged.Phone;
        survivor.Address ??= merged.Address;
        survivor.ResidenceRegionCode ??= merged.ResidenceRegionCode;
        var merge = new PatientMerge { SurvivorId = survivor.Id, MergedId = merged.Id, MergedBy = user, MergedAt = clock.GetUtcNow(), Reason = request.Reason!.Trim(), MergedSnapshotJson = snapshot };
        db.PatientMerges.Add(merge);
        await db.SaveChangesAsync(ct);

        var visits = await db.Visits.Where(v => v.PatientId == merged.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.PatientId, survivor.Id), ct);
        var discharges = await db.DischargeAbstracts.Where(a => a.PatientId == merged.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.PatientId, survivor.Id), ct);
        var referrals = await db.Referrals.Where(r => r.PatientId == merged.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.PatientId, survivor.Id), ct);
        await transaction.CommitAsync(ct);

        var key = string.Create(CultureInfo.InvariantCulture, $"{merged.Id}->{survivor.Id}");
        await audit.AppendAsync(new AuditRecord(user, "merge", "patient", key, merged.Id, merge.Reason), ct);
        await audit.AppendAsync(new AuditRecord(user, "merge", "patient", key, survivor.Id, merge.Reason), ct);
        return TypedResults.Ok(new MergeResult(survivor.Id, merged.Id, merge.Id, visits, discharges, referrals));
    }
}
