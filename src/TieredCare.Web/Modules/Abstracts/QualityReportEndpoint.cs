using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Abstracts;
using TieredCare.Persistence;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Abstracts;

/// <summary>The monthly quality report of discharge abstracts (pass rate, top failing rules, by institution and department), and the rule catalogue.</summary>
public static partial class QualityReportEndpoint
{
    public sealed record RuleCountDto(string Rule, string Severity, string Message, string MessageEn, int Count, decimal Share);

    public sealed record GroupDto(string InstitutionCode, string? InstitutionName, string? DepartmentCode, string? DepartmentName, int Records, int Passed, decimal PassRate, string? TopRule);

    public sealed record QualityReportDto(
        string? Month, IReadOnlyList<string> Months, string? InstitutionCode, int Records, int Passed, int Failed, int WithWarnings, decimal PassRate,
        IReadOnlyList<RuleCountDto> TopRules, IReadOnlyList<GroupDto> ByInstitution, IReadOnlyList<GroupDto> ByDepartment);

    public sealed record QcRuleDto(string Rule, string Severity, string Field, string Category, string Message, string MessageEn);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/abstracts/quality", ReportAsync);
        api.MapGet("/abstracts/qc-rules", () => TypedResults.Ok(QcRuleCatalogue.All
            .Select(r => new QcRuleDto(r.Code, r.Severity == QcSeverity.Error ? "error" : "warning", r.Field, r.Category,
                General(r.MessageZh, r.Field, false), General(r.MessageEn, r.Field, true))).ToList()));
    }

    private static async Task<Results<Ok<QualityReportDto>, ValidationProblem, ProblemHttpResult>> ReportAsync(
        string? month, string? institution, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var inScope = await AbstractScope.InstitutionsAsync(http, scopes, db, ct);
        if (institution is not null && !inScope.Contains(institution))
        {
            return Problems.Forbidden($"无权查看机构 {institution} (institution {institution} is outside your scope)");
        }

        var scoped = db.DischargeAbstracts.AsNoTracking().Where(a => inScope.Contains(a.InstitutionCode) && (institution == null || a.InstitutionCode == institution));
        var months = (await scoped.GroupBy(a => new { a.DischargeDate.Year, a.DischargeDate.Month }).Select(g => g.Key).ToListAsync(ct))
            .Select(k => $"{k.Year:D4}-{k.Month:D2}").Order(StringComparer.Ordinal).ToList();
        month ??= months.LastOrDefault();
        if (month is null)
        {
            return TypedResults.Ok(new QualityReportDto(null, [], institution, 0, 0, 0, 0, 0m, [], [], []));
        }

        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return Problems.Validation("month", $"月份格式须为 yyyy-MM (month must be yyyy-MM): '{month}'");
        }

        var last = first.AddMonths(1).AddDays(-1);
        var inMonth = scoped.Where(a => a.DischargeDate >= first && a.DischargeDate <= last);
        var abstracts = await inMonth.Select(a => new { a.Id, a.InstitutionCode, a.DepartmentCode }).ToListAsync(ct);
        var findings = (await (from f in db.AbstractQcFindings.AsNoTracking()
                               join a in inMonth on f.AbstractId equals a.Id
                               select new { f.AbstractId, f.Rule, f.IsError, f.Field, f.Message, f.MessageEn }).ToListAsync(ct))
            .ToLookup(f => f.AbstractId, f => new QcFinding(f.Rule, f.IsError ? QcSeverity.Error : QcSeverity.Warning, f.Field, f.Message, f.MessageEn));
        var report = QualityReport.Build(abstracts.Select(a => (a.InstitutionCode, a.DepartmentCode ?? "", (IReadOnlyList<QcFinding>)[.. findings[a.Id]])));

        var institutions = await db.Institutions.AsNoTracking().Where(i => inScope.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Name, ct);
        var departments = (await db.Departments.AsNoTracking().Where(d => inScope.Contains(d.InstitutionCode)).Select(d => new { d.InstitutionCode, d.Code, d.Name }).ToListAsync(ct))
            .ToDictionary(d => (d.InstitutionCode, d.Code), d => d.Name);
        var t = report.Totals;
        return TypedResults.Ok(new QualityReportDto(month, months, institution, t.Records, t.Passed, t.Failed, t.RecordsWithWarnings, t.PassRate,
            [.. report.TopRules.Select(r => Describe(r))],
            [.. report.ByInstitution.Select(g => new GroupDto(g.InstitutionCode, institutions.GetValueOrDefault(g.InstitutionCode), null, null, g.Records, g.Passed, g.PassRate, g.TopRule))],
            [.. report.ByDepartment.Select(g => new GroupDto(g.InstitutionCode, institutions.GetValueOrDefault(g.InstitutionCode), g.DepartmentCode,
                departments.GetValueOrDefault((g.InstitutionCode, g.DepartmentCode ?? "")), g.Records, g.Passed, g.PassRate, g.TopRule))]));
    }

    // The rule catalogue's wording with the per-record values left out; a finding not in the catalogue keeps its code.
    private static RuleCountDto Describe(RuleFailureCount r) => QcRuleCatalogue.TryGet(r.RuleCode, out var rule)
        ? new(r.RuleCode, r.Severity == QcSeverity.Error ? "error" : "warning", General(rule.MessageZh, rule.Field, false), General(rule.MessageEn, rule.Field, true), r.Records, r.Share)
        : new(r.RuleCode, r.Severity == QcSeverity.Error ? "error" : "warning", r.RuleCode, r.RuleCode, r.Records, r.Share);

    private static string General(string template, string field, bool english)
    {
        var label = field == "*" ? (english ? "a field" : "字段") : english ? AbstractColumns.LabelEn(field) : AbstractColumns.Label(field);
        return Placeholder().Replace(template.Replace("{label}", label, StringComparison.Ordinal), "…");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();
}
