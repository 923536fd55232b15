using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TieredCare.Persistence;
using TieredCare.Persistence.Payment;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Abstracts;
using TieredCare.Web.Modules.Drg;
using TieredCare.Web.Modules.Registry;
using static TieredCare.Web.Modules.Payment.Settlements;

namespace TieredCare.Web.Modules.Payment;

/// <summary>
/// A hospital's own settlement statements (结算单): the hospital's administrator sees its own, a network manager its
/// members', the bureau's and commission's analysts every hospital of their region — the line, the monthly advances,
/// the rules its cases fell under and its case lines, and the statement as an Excel workbook.
/// </summary>
public static class HospitalStatements
{
    public sealed record StatementSummaryDto(RunDto Run, HospitalDto Hospital);

    public sealed record AdvanceDto(string Month, decimal Points, decimal MonthPointValue, decimal SelfPay, decimal Amount, decimal Paid, bool Recorded);

    public sealed record StatementDto(RunDto Run, HospitalDto Hospital, IReadOnlyList<AdvanceDto> Advances, IReadOnlyList<RuleCountDto> Rules);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/payment/statements", ListAsync);
        api.MapGet("/payment/settlements/{id:long}/statements/{institution}", GetAsync);
        api.MapGet("/payment/settlements/{id:long}/statements/{institution}/cases", CasesAsync);
        api.MapGet("/payment/settlements/{id:long}/statements/{institution}/cases/{abstractId:long}", ExplainAsync);
        api.MapGet("/payment/settlements/{id:long}/statements/{institution}/export", ExportAsync);
    }

    /// <summary>The latest statements of the institutions in scope, or of one of them.</summary>
    private static async Task<Results<Ok<List<StatementSummaryDto>>, ProblemHttpResult>> ListAsync(
        string? institution, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var inScope = await AbstractScope.InstitutionsAsync(http, scopes, db, ct);
        if (institution is not null && !inScope.Contains(institution))
        {
            return OutOfScope(institution);
        }

        var codes = institution is null ? inScope.ToList() : [institution];
        var lines = await db.SettlementHospitalLines.AsNoTracking().Where(h => codes.Contains(h.InstitutionCode))
            .OrderByDescending(h => h.RunId).ThenBy(h => h.InstitutionCode).Take(500).ToListAsync(ct);
        var runIds = lines.Select(l => l.RunId).Distinct().ToList();
        var runs = await db.SettlementRuns.AsNoTracking().Where(r => runIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var institutions = await InstitutionsAsync(db, lines.Select(l => l.InstitutionCode), ct);
        return TypedResults.Ok(lines.Select(l => new StatementSummaryDto(RunDto.From(runs[l.RunId]), Hospital(l, institutions))).ToList());
    }

    private static async Task<Results<Ok<StatementDto>, ProblemHttpResult>> GetAsync(
        long id, string institution, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var (statement, problem) = await FindAsync(id, institution, http, scopes, db, ct);
        if (statement is null)
        {
            return problem!;
        }

        var (run, line, institutions) = statement.Value;
        var advances = await db.SettlementAdvanceLines.AsNoTracking().Where(a => a.RunId == id && a.InstitutionCode == institution).OrderBy(a => a.Month)
            .Select(a => new AdvanceDto(a.Month, a.Points, a.MonthPointValue, a.SelfPay, a.Amount, a.Paid, a.Recorded)).ToListAsync(ct);
        var rules = await db.SettlementCaseLines.AsNoTracking().Where(l => l.RunId == id && l.InstitutionCode == institution).GroupBy(l => l.Rule)
            .Select(g => new RuleCountDto(g.Key, g.Count())).ToListAsync(ct);
        return TypedResults.Ok(new StatementDto(RunDto.From(run), Hospital(line, institutions), advances, [.. rules.OrderByDescending(r => r.Cases)]));
    }

    private static async Task<Results<Ok<Page<CaseLineDto>>, ValidationProblem, ProblemHttpResult>> CasesAsync(
        long id, string institution, string? rule, int? page, int? pageSize, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        if (number < 1 || size is < 1 or > 500)
        {
            return Problems.Validation("page_size", "每页1-500条，页码从1开始 (page size 1-500, page from 1)");
        }

        var (statement, problem) = await FindAsync(id, institution, http, scopes, db, ct);
        if (statement is null)
        {
            return problem!;
        }

        var query = db.SettlementCaseLines.AsNoTracking().Where(l => l.RunId == id && l.InstitutionCode == institution);
        if (rule is not null)
        {
            query = query.Where(l => l.Rule == rule);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(l => l.AbstractId).Skip((number - 1) * size).Take(size)
            .Select(l => new CaseLineDto(l.AbstractId, l.InstitutionCode, l.Drg, l.Rule, l.Points, l.Amount)).ToListAsync(ct);
        return TypedResults.Ok(new Page<CaseLineDto>(items, total, number, size));
    }

    private static async Task<Results<Ok<ExplainedLineDto>, ProblemHttpResult>> ExplainAsync(
        long id, string institution, long abstractId, HttpContext http, ScopeResolver scopes, DrgTableSets sets, TieredCareDbContext db, CancellationToken ct)
    {
        var inScope = await AbstractScope.InstitutionsAsync(http, scopes, db, ct);
        return inScope.Contains(institution) ? await ExplainLineAsync(id, abstractId, institution, sets, db, ct) : OutOfScope(institution);
    }

    private static async Task<IResult> ExportAsync(long id, string institution, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var (statement, problem) = await FindAsync(id, institution, http, scopes, db, ct);
        if (statement is null)
        {
            return problem!;
        }

        var (run, h, institutions) = statement.Value;
        var name = institutions.GetValueOrDefault(institution)?.Name;
        var isAdvance = run.Kind == SettlementRecords.Advance;
        var about = new (string Item, object? Value)[]
        {
            ("结算", run.Title), ("类型", isAdvance ? "月度预付" : "年度清算"), ("结算期间", $"{run.PeriodFrom:yyyy-MM-dd} 至 {run.PeriodTo:yyyy-MM-dd}"),
            ("政策", $"{run.PolicyName} {run.PolicyVersion}"), ("分组方案", run.TableSet), ("机构代码", institution), ("机构名称", name),
            ("病例数", h.Cases), ("点数", h.Points), (isAdvance ? "月点值(元/点)" : "点值(元/点)", h.PointValue), ("自付(元)", h.SelfPay),
            ("按项目付费(元)", h.FeeForService), ("按床日(元)", h.PerDiem), (isAdvance ? "本月预付(元)" : "应付(元)", h.Due),
            ("已预付(元)", h.Advances), ("结算余额(元)", h.Balance), ("输入指纹", run.Fingerprint),
        }.Select(r => new Dictionary<string, object?> { ["项目"] = r.Item, ["内容"] = r.Value }).ToList();
        var advances = (await db.SettlementAdvanceLines.AsNoTracking().Where(a => a.RunId == id && a.InstitutionCode == institution).OrderBy(a => a.Month).ToListAsync(ct))
            .Select(a => new Dictionary<string, object?>
            {
                ["月份"] = a.Month, ["点数"] = a.Points, ["月点值(元/点)"] = a.MonthPointValue, ["自付(元)"] = a.SelfPay, ["按规则预付(元)"] = a.Amount,
                ["已付(元)"] = a.Paid, ["来源"] = a.Recorded ? "月度预付记录" : "按规则计算",
            }).ToList();
        var cases = (await db.SettlementCaseLines.AsNoTracking().Where(l => l.RunId == id && l.InstitutionCode == institution).OrderBy(l => l.AbstractId).ToListAsync(ct))
            .Select(l => new Dictionary<string, object?> { ["首页编号"] = l.AbstractId, ["DRG"] = l.Drg, ["规则"] = l.Rule, ["点数"] = l.Points, ["金额(元)"] = l.Amount })
            .ToList();

        var workbook = new MemoryStream();
        var sheets = new Dictionary<string, object> { ["结算单"] = about };
        if (advances.Count > 0)
        {
            sheets["月度预付"] = advances;
        }

        sheets["病例明细"] = cases;

        await workbook.SaveAsAsync(sheets, cancellationToken: ct);
        workbook.Position = 0;
        return Results.File(workbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"结算单-{id}-{institution}.xlsx");
    }

    private static async Task<((SettlementRun Run, SettlementHospitalLine Line, Dictionary<string, Persistence.Registry.Institution> Institutions)? Statement, ProblemHttpResult? Problem)>
        FindAsync(long id, string institution, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var inScope = await AbstractScope.InstitutionsAsync(http, scopes, db, ct);
        if (!inScope.Contains(institution))
        {
            return (null, OutOfScope(institution));
        }

        var run = await db.SettlementRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        var line = await db.SettlementHospitalLines.AsNoTracking().FirstOrDefaultAsync(h => h.RunId == id && h.InstitutionCode == institution, ct);
        if (run is null || line is null)
        {
            return (null, Problems.NotFound($"结算 {id} 中没有 {institution} 的结算单 (settlement {id} has no statement of {institution})"));
        }

        return ((run, line, await InstitutionsAsync(db, [institution], ct)), null);
    }

    private static ProblemHttpResult OutOfScope(string institution) =>
        Problems.Forbidden($"{institution} 不在您的管辖范围内 (institution {institution} is outside your scope)");

    private static Task<Dictionary<string, Persistence.Registry.Institution>> InstitutionsAsync(TieredCareDbContext db, IEnumerable<string> codes, CancellationToken ct)
    {
        var list = codes.Distinct().ToList();
        return db.Institutions.AsNoTracking().Where(i => list.Contains(i.Code)).ToDictionaryAsync(i => i.Code, ct);
    }

    private static HospitalDto Hospital(SettlementHospitalLine h, Dictionary<string, Persistence.Registry.Institution> institutions)
    {
        var institution = institutions.GetValueOrDefault(h.InstitutionCode);
        return new HospitalDto(h.InstitutionCode, institution?.Name, SettlementCases.LevelNumber(institution?.Level ?? InstitutionLevel.Unrated),
            h.Cases, h.Points, h.PointValue, h.SelfPay, h.FeeForService, h.PerDiem, h.Due, h.Advances, h.Balance);
    }
}
