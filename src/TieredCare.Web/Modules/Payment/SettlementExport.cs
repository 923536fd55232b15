using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TieredCare.Persistence;

namespace TieredCare.Web.Modules.Payment;

/// <summary>A settlement's hospital statements and case lines as an Excel workbook, with Chinese headers, for the bureau's own files.</summary>
public static class SettlementExport
{
    private const int ExcelRowLimit = 1_048_575;

    public static void Map(RouteGroupBuilder api) => api.MapGet("/payment/settlements/{id:long}/export", ExportAsync);

    private static async Task<IResult> ExportAsync(long id, TieredCareDbContext db, CancellationToken ct)
    {
        var run = await db.SettlementRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (run is null)
        {
            return Infrastructure.Problems.NotFound($"结算 {id} 不存在 (settlement {id} does not exist)");
        }

        var names = await db.Institutions.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Name, ct);
        var hospitals = (await db.SettlementHospitalLines.AsNoTracking().Where(h => h.RunId == id).OrderBy(h => h.InstitutionCode).ToListAsync(ct))
            .Select(h => new Dictionary<string, object?>
            {
                ["机构代码"] = h.InstitutionCode, ["机构名称"] = names.GetValueOrDefault(h.InstitutionCode), ["病例数"] = h.Cases, ["点数"] = h.Points,
                ["点值(元/点)"] = h.PointValue, ["自付(元)"] = h.SelfPay, ["按项目付费(元)"] = h.FeeForService, ["按床日(元)"] = h.PerDiem,
                ["应付(元)"] = h.Due, ["已预付(元)"] = h.Advances, ["结算余额(元)"] = h.Balance,
            }).ToList();
        var lines = await db.SettlementCaseLines.AsNoTracking().Where(l => l.RunId == id).OrderBy(l => l.InstitutionCode).ThenBy(l => l.AbstractId)
            .Take(ExcelRowLimit).ToListAsync(ct);
        var cases = lines.Select(l => new Dictionary<string, object?>
        {
            ["首页编号"] = l.AbstractId, ["机构代码"] = l.InstitutionCode, ["DRG"] = l.Drg, ["规则"] = l.Rule, ["点数"] = l.Points, ["金额(元)"] = l.Amount,
        }).ToList();
        var about = new[]
        {
            new Dictionary<string, object?> { ["项目"] = "标题", ["内容"] = run.Title },
            new Dictionary<string, object?> { ["项目"] = "结算期间", ["内容"] = $"{run.PeriodFrom:yyyy-MM-dd} 至 {run.PeriodTo:yyyy-MM-dd}" },
            new Dictionary<string, object?> { ["项目"] = "政策", ["内容"] = $"{run.PolicyName} {run.PolicyVersion}" },
            new Dictionary<string, object?> { ["项目"] = "分组方案", ["内容"] = run.TableSet },
            new Dictionary<string, object?> { ["项目"] = "预算(元)", ["内容"] = run.Budget },
            new Dictionary<string, object?> { ["项目"] = "点值(元/点)", ["内容"] = run.PointValue },
            new Dictionary<string, object?> { ["项目"] = "输入指纹", ["内容"] = run.Fingerprint },
        };

        var workbook = new MemoryStream();
        await workbook.SaveAsAsync(new Dictionary<string, object> { ["结算说明"] = about, ["医院结算单"] = hospitals, ["病例明细"] = cases }, cancellationToken: ct);
        workbook.Position = 0;
        return Results.File(workbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"结算-{id}.xlsx");
    }
}
