using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Access;
using TieredCare.Persistence.Facts;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Registry;

namespace TieredCare.Web.Modules.Referrals.Lifecycle;

/// <summary>
/// An institution's incoming referrals (the receiving coordinator's inbox, including down-referrals and their follow-up
/// plans for a township or community centre's work list) or outgoing ones, newest first, patients masked.
/// </summary>
public static class ListReferrals
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/referrals", HandleAsync).RequireAuthorization(Permissions.ReferralsRead);

    private static async Task<Results<Ok<Page<ReferralSummaryDto>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? box, string? institution, string? status, string? direction, int? page, int? pageSize,
        HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var (number, size) = (page ?? 1, pageSize ?? 20);
        if (number < 1 || size is < 1 or > 100)
        {
            errors.Add(new("page_size", "每页1-100条，页码从1开始 (page size 1-100, page from 1)"));
        }

        var incoming = (box ?? "incoming") switch { "incoming" => true, "outgoing" => false, _ => (bool?)null };
        if (incoming is null)
        {
            errors.Add(new("box", $"box 须为 incoming（转入）或 outgoing（转出） (box must be incoming or outgoing): '{box}'"));
        }

        ReferralStatus? wantedStatus = null;
        if (status is not null)
        {
            if (Enum.TryParse<ReferralStatus>(status, ignoreCase: true, out var s) && status.All(char.IsAsciiLetterLower)) wantedStatus = s;
            else errors.Add(new("status", $"未知的转诊状态 (unknown status): '{status}'"));
        }

        Persistence.Facts.ReferralDirection? wantedDirection = null;
        if (direction is not null)
        {
            if (direction is "up" or "down" or "lateral") wantedDirection = Enum.Parse<Persistence.Facts.ReferralDirection>(direction, ignoreCase: true);
            else errors.Add(new("direction", $"direction 须为 up、down 或 lateral (direction must be up, down or lateral): '{direction}'"));
        }

        var user = http.User();
        var code = institution ?? (user.ScopeKind == ScopeKind.Institution ? user.ScopeCode : null);
        if (code is null)
        {
            errors.Add(new("institution", "请指明机构 (give the institution whose referrals to list)"));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        if (!(await ReferralScope.InstitutionsAsync(http, scopes, db, ct)).Contains(code!))
        {
            return Problems.Forbidden($"{code} 不在您的管辖范围内 ({code} is outside your scope)");
        }

        var query = db.Referrals.AsNoTracking().Where(r => incoming == true ? r.ToInstitutionCode == code : r.FromInstitutionCode == code);
        if (incoming == true)
        {
            query = query.Where(r => r.Status != ReferralStatus.Draft); // a draft is the sender's alone
        }

        if (wantedStatus is { } ws) query = query.Where(r => r.Status == ws);
        if (wantedDirection is { } wd) query = query.Where(r => r.Direction == wd);

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var codes = rows.SelectMany(r => new[] { r.FromInstitutionCode, r.ToInstitutionCode }).Distinct().ToList();
        var names = await db.Institutions.AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Name, ct);
        var patientIds = rows.Where(r => r.PatientId is not null).Select(r => r.PatientId!.Value).Distinct().ToList();
        var patients = await db.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var items = rows.Select(r => ReferralDtoMapping.Summary(r, names, r.PatientId is { } pid ? patients.GetValueOrDefault(pid) : null)).ToList();
        return TypedResults.Ok(new Page<ReferralSummaryDto>(items, total, number, size));
    }
}
