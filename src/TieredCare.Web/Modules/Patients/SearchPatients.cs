using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Audit;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Registry;

namespace TieredCare.Web.Modules.Patients;

/// <summary>
/// Finds patients by ID number, name or index number within the user's area (residence). The
/// answer is masked; the search itself is audited (who looked for whom).
/// </summary>
public static class SearchPatients
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/", HandleAsync).RequireAuthorization(Permissions.PatientSearch);

    private static async Task<Results<Ok<Page<MaskedPatientDto>>, ValidationProblem>> HandleAsync(
        string? q, int? page, int? pageSize, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, AuditLog audit, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length < 2)
        {
            return Problems.Validation("q", "请输入至少2个字符的身份证号、姓名或患者编号 (enter at least 2 characters of an ID number, name or patient number)");
        }

        if (pageSize is < 1 or > 200 || page is < 1)
        {
            return Problems.Validation("page_size", "每页1-200条，页码从1开始 (page size 1-200, page from 1)");
        }

        var user = http.User();
        var scope = await scopes.ResolveAsync(user, ct);
        var term = q.Trim().ToUpperInvariant();
        var prefix = scope.RegionPrefix;
        var query = db.Patients.AsNoTracking().Where(p => p.ResidenceRegionCode != null && p.ResidenceRegionCode.StartsWith(prefix));
        query = long.TryParse(term, out var id) && term.Length < 18
            ? query.Where(p => p.Id == id || p.ResidentId == term)
            : term.Length == 18 ? query.Where(p => p.ResidentId == term) : query.Where(p => p.Name.StartsWith(term));

        var size = pageSize ?? 20;
        var number = page ?? 1;
        var total = await query.CountAsync(ct);
        var patients = await query.OrderBy(p => p.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        await audit.AppendAsync(new AuditRecord(user.UserName, "search", "patient", $"q={MaskTerm(term)}; results={total}"), ct);
        return TypedResults.Ok(new Page<MaskedPatientDto>(patients.Select(MaskedPatientDto.From).ToList(), total, number, size));
    }

    // The audit line must not itself leak the ID number that was searched for.
    private static string MaskTerm(string term) => term.Length == 18 ? TieredCare.Patients.Masking.ResidentId(term) : term.Length > 20 ? term[..20] : term;
}
