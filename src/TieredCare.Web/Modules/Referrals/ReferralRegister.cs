using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Facts;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Abstracts;

namespace TieredCare.Web.Modules.Referrals;

/// <summary>
/// The monthly two-way referral register (双向转诊登记) of the referrals from or to the institutions in scope, drafts left out. The month
/// is the month of submission in China time (UTC+8); counts are made by the database, the waiting-time medians over the
/// month's accepted referrals in memory.
/// </summary>
public static class ReferralRegister
{
    public sealed record DirectionCountsDto(int Up, int Down, int Lateral);

    public sealed record InstitutionRowDto(string InstitutionCode, string? InstitutionName, int SentUp, int SentDown, int SentLateral,
        int ReceivedUp, int ReceivedDown, int ReceivedLateral);

    public sealed record DepartmentRowDto(string InstitutionCode, string? InstitutionName, string? DepartmentCode, string? DepartmentName,
        int Referrals, int Up, int Down, int Lateral);

    public sealed record StatusCountDto(string Status, int Count);

    public sealed record RejectionDto(string? Reason, int Count);

    public sealed record WaitDto(int Referrals, double? MeanHours, double? MedianHours);

    public sealed record RegisterDto(string Month, string TimeZone, string? Network, string? Institution, int Total, DirectionCountsDto ByDirection,
        IReadOnlyList<StatusCountDto> ByStatus, IReadOnlyList<InstitutionRowDto> Institutions, IReadOnlyList<DepartmentRowDto> Departments,
        IReadOnlyList<RejectionDto> Rejections, WaitDto AcceptedWithin, WaitDto ArrivedWithin, int DownReferredInpatients, int Emergency);

    public static void Map(RouteGroupBuilder api) => api.MapGet("/referrals/register", GetAsync).RequireAuthorization(Permissions.ReferralsRegister);

    private static async Task<Results<Ok<RegisterDto>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string? month, string? network, string? institution, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var (register, problem) = await BuildAsync(month, network, institution, http, scopes, db, ct);
        return problem switch
        {
            ValidationProblem invalid => invalid,
            ProblemHttpResult refused => refused,
            _ => TypedResults.Ok(register!),
        };
    }

    /// <summary>The register, or the problem with the request (400 naming the field, 403 outside the scope).</summary>
    internal static async Task<(RegisterDto? Register, IResult? Problem)> BuildAsync(
        string? month, string? network, string? institution, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(month?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return (null, Problems.Validation("month", "月份格式应为 yyyy-MM，如 2025-03 (month must be yyyy-MM, e.g. 2025-03)"));
        }

        var codes = await AbstractScope.InstitutionsAsync(http, scopes, db, ct);
        if (!string.IsNullOrWhiteSpace(network))
        {
            var found = await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Code == network, ct);
            if (found is null)
            {
                return (null, Problems.Validation("network", $"网络 {network} 不存在 (network {network} does not exist)"));
            }

            if (!(await scopes.ResolveAsync(http.User(), ct)).CanRead(found))
            {
                return (null, Problems.Forbidden($"网络 {network} 不在您的管辖范围内 (network {network} is outside your scope)"));
            }

            var members = await db.NetworkMembers.AsNoTracking().Where(m => m.NetworkCode == network && m.LeftOn == null).Select(m => m.InstitutionCode).ToListAsync(ct);
            members.Add(found.LeadInstitutionCode);
            codes = codes.Intersect(members, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        }

        if (!string.IsNullOrWhiteSpace(institution))
        {
            if (!await db.Institutions.AnyAsync(i => i.Code == institution, ct))
            {
                return (null, Problems.Validation("institution", $"机构 {institution} 不存在 (institution {institution} does not exist)"));
            }

            if (!codes.Contains(institution))
            {
                return (null, Problems.Forbidden($"{institution} 不在您的管辖范围内 (institution {institution} is outside your scope)"));
            }

            codes = new HashSet<string>([institution], StringComparer.Ordinal);
        }

        // Midnight China time of the 1st, as a UTC instant (PostgreSQL's timestamptz takes UTC parameters only).
        var from = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUniversalTime();
        var to = new DateTimeOffset(first.AddMonths(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUniversalTime();
        // One array (JSON on SQLite) parameter, however many institutions a region holds.
        var list = codes.ToList();
        var q = db.Referrals.AsNoTracking()
            .Where(r => r.SubmittedAt >= from && r.SubmittedAt < to && r.Status != ReferralStatus.Draft // a draft is not yet a referral
                && (EF.Parameter(list).Contains(r.FromInstitutionCode) || EF.Parameter(list).Contains(r.ToInstitutionCode)));

        var directions = await q.GroupBy(r => r.Direction)
            .Select(g => new { g.Key, Count = g.Count(), Inpatients = g.Count(r => r.IsInpatient), Emergency = g.Count(r => r.IsEmergency) }).ToListAsync(ct);
        int Of(ReferralDirection d) => directions.Where(x => x.Key == d).Sum(x => x.Count);
        var statuses = await q.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var sent = await q.GroupBy(r => new { r.FromInstitutionCode, r.Direction }).Select(g => new { Code = g.Key.FromInstitutionCode, g.Key.Direction, Count = g.Count() }).ToListAsync(ct);
        var received = await q.GroupBy(r => new { r.ToInstitutionCode, r.Direction }).Select(g => new { Code = g.Key.ToInstitutionCode, g.Key.Direction, Count = g.Count() }).ToListAsync(ct);
        var departments = await q.GroupBy(r => new { r.ToInstitutionCode, r.ToDepartmentCode, r.Direction })
            .Select(g => new { g.Key.ToInstitutionCode, g.Key.ToDepartmentCode, g.Key.Direction, Count = g.Count() }).ToListAsync(ct);
        var rejections = await q.Where(r => r.Status == ReferralStatus.Rejected).GroupBy(r => r.RejectReason)
            .Select(g => new RejectionDto(g.Key, g.Count())).ToListAsync(ct);
        var times = await q.Where(r => r.AcceptedAt != null).Select(r => new { r.SubmittedAt, r.AcceptedAt, r.ArrivedAt }).ToListAsync(ct);

        var involved = sent.Select(s => s.Code).Concat(received.Select(r => r.Code)).Distinct().ToList();
        var names = await db.Institutions.AsNoTracking().Where(i => involved.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Name, ct);
        var departmentNames = (await db.Departments.AsNoTracking().Where(d => involved.Contains(d.InstitutionCode)).ToListAsync(ct))
            .ToDictionary(d => (d.InstitutionCode, d.Code), d => d.Name);

        int Count<T>(IEnumerable<T> rows, Func<T, bool> match, Func<T, int> count) => rows.Where(match).Sum(count);
        var institutions = involved.Order(StringComparer.Ordinal).Select(c => new InstitutionRowDto(c, names.GetValueOrDefault(c),
            Count(sent, s => s.Code == c && s.Direction == ReferralDirection.Up, s => s.Count), Count(sent, s => s.Code == c && s.Direction == ReferralDirection.Down, s => s.Count),
            Count(sent, s => s.Code == c && s.Direction == ReferralDirection.Lateral, s => s.Count),
            Count(received, s => s.Code == c && s.Direction == ReferralDirection.Up, s => s.Count), Count(received, s => s.Code == c && s.Direction == ReferralDirection.Down, s => s.Count),
            Count(received, s => s.Code == c && s.Direction == ReferralDirection.Lateral, s => s.Count))).ToList();
        var byDepartment = departments.GroupBy(d => (d.ToInstitutionCode, d.ToDepartmentCode))
            .Select(g => new DepartmentRowDto(g.Key.ToInstitutionCode, names.GetValueOrDefault(g.Key.ToInstitutionCode), g.Key.ToDepartmentCode,
                g.Key.ToDepartmentCode is null ? null : departmentNames.GetValueOrDefault((g.Key.ToInstitutionCode, g.Key.ToDepartmentCode)),
                g.Sum(x => x.Count), Count(g, x => x.Direction == ReferralDirection.Up, x => x.Count), Count(g, x => x.Direction == ReferralDirection.Down, x => x.Count),
                Count(g, x => x.Direction == ReferralDirection.Lateral, x => x.Count)))
            .OrderBy(d => d.InstitutionCode, StringComparer.Ordinal).ThenBy(d => d.DepartmentCode ?? "", StringComparer.Ordinal).ToList();

        return (new RegisterDto(
            first.ToString("yyyy-MM", CultureInfo.InvariantCulture), "UTC+08:00", NullIfBlank(network), NullIfBlank(institution), directions.Sum(d => d.Count),
            new DirectionCountsDto(Of(ReferralDirection.Up), Of(ReferralDirection.Down), Of(ReferralDirection.Lateral)),
            [.. statuses.OrderBy(s => s.Key).Select(s => new StatusCountDto(Codes.ToCode(s.Key), s.Count))],
            institutions, byDepartment,
            [.. rejections.OrderByDescending(r => r.Count).ThenBy(r => r.Reason, StringComparer.Ordinal)],
            Wait([.. times.Select(t => (t.AcceptedAt!.Value - t.SubmittedAt).TotalHours)]),
            Wait([.. times.Where(t => t.ArrivedAt is not null).Select(t => (t.ArrivedAt!.Value - t.AcceptedAt!.Value).TotalHours)]),
            directions.Where(d => d.Key == ReferralDirection.Down).Sum(d => d.Inpatients), directions.Sum(d => d.Emergency)), null);
    }

    /// <summary>Mean and median in hours, rounded to 0.01 h; none when there is no referral to measure.</summary>
    internal static WaitDto Wait(List<double> hours)
    {
        if (hours.Count == 0)
        {
            return new WaitDto(0, null, null);
        }

        hours.Sort();
        var middle = hours.Count / 2;
        var median = hours.Count % 2 == 1 ? hours[middle] : (hours[middle - 1] + hours[middle]) / 2;
        return new WaitDto(hours.Count, Math.Round(hours.Average(), 2), Math.Round(median, 2));
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
