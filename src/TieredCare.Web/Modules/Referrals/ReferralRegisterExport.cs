using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using TieredCare.Persistence;
using TieredCare.Web.Infrastructure.Security;
using static TieredCare.Web.Modules.Referrals.ReferralRegister;

namespace TieredCare.Web.Modules.Referrals;

/// <summary>The monthly referral register as an Excel workbook with Chinese headers, for the commission's monthly filing.</summary>
public static class ReferralRegisterExport
{
    // Typed rows, so that an empty sheet still carries its headers.
    public sealed record SummaryRow([property: ExcelColumnName("项目")] string Item, [property: ExcelColumnName("数值")] object? Value);

    public sealed record InstitutionRow(
        [property: ExcelColumnName("机构代码")] string Code, [property: ExcelColumnName("机构名称")] string? Name,
        [property: ExcelColumnName("上转转出")] int SentUp, [property: ExcelColumnName("下转转出")] int SentDown, [property: ExcelColumnName("平转转出")] int SentLateral,
        [property: ExcelColumnName("上转转入")] int ReceivedUp, [property: ExcelColumnName("下转转入")] int ReceivedDown,
        [property: ExcelColumnName("平转转入")] int ReceivedLateral);

    public sealed record DepartmentRow(
        [property: ExcelColumnName("接收机构代码")] string Code, [property: ExcelColumnName("接收机构名称")] string? Name,
        [property: ExcelColumnName("科室代码")] string? DepartmentCode, [property: ExcelColumnName("科室名称")] string? DepartmentName,
        [property: ExcelColumnName("转诊人次")] int Referrals, [property: ExcelColumnName("上转")] int Up, [property: ExcelColumnName("下转")] int Down,
        [property: ExcelColumnName("平转")] int Lateral);

    public sealed record RejectionRow([property: ExcelColumnName("拒绝原因")] string Reason, [property: ExcelColumnName("人次")] int Count);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/referrals/register/export", ExportAsync).RequireAuthorization(Permissions.ReferralsRegister);

    private static async Task<IResult> ExportAsync(
        string? month, string? network, string? institution, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var (r, problem) = await BuildAsync(month, network, institution, http, scopes, db, ct);
        if (r is null)
        {
            return problem!;
        }

        var scopeName = r.Institution is { } code
            ? await db.Institutions.AsNoTracking().Where(i => i.Code == code).Select(i => i.Name).FirstOrDefaultAsync(ct)
            : r.Network is { } net ? await db.Networks.AsNoTracking().Where(n => n.Code == net).Select(n => n.Name).FirstOrDefaultAsync(ct) : null;
        var summary = new List<SummaryRow>
        {
            new("月份（按提交时间，北京时间 UTC+8）", r.Month), new("范围", scopeName ?? (await scopes.ResolveAsync(http.User(), ct)).Label),
            new("转诊总人次", r.Total), new("上转人次", r.ByDirection.Up), new("下转人次", r.ByDirection.Down), new("平转人次", r.ByDirection.Lateral),
            new("下转住院患者人次", r.DownReferredInpatients), new("急诊转诊人次", r.Emergency),
        };
        summary.AddRange(r.ByStatus.Select(s => new SummaryRow($"状态：{StatusName(s.Status)}", s.Count)));
        summary.AddRange([
            new("已接收人次", r.AcceptedWithin.Referrals), new("提交至接收 平均(小时)", r.AcceptedWithin.MeanHours), new("提交至接收 中位数(小时)", r.AcceptedWithin.MedianHours),
            new("已到诊人次", r.ArrivedWithin.Referrals), new("接收至到诊 平均(小时)", r.ArrivedWithin.MeanHours), new("接收至到诊 中位数(小时)", r.ArrivedWithin.MedianHours),
        ]);

        var sheets = new Dictionary<string, object>
        {
            ["汇总"] = summary,
            ["按机构"] = r.Institutions.Select(i => new InstitutionRow(i.InstitutionCode, i.InstitutionName, i.SentUp, i.SentDown, i.SentLateral,
                i.ReceivedUp, i.ReceivedDown, i.ReceivedLateral)).ToList(),
            ["按科室"] = r.Departments.Select(d => new DepartmentRow(d.InstitutionCode, d.InstitutionName, d.DepartmentCode, d.DepartmentName,
                d.Referrals, d.Up, d.Down, d.Lateral)).ToList(),
            ["拒绝原因"] = r.Rejections.Select(x => new RejectionRow(x.Reason ?? "（未填写）", x.Count)).ToList(),
        };
        var workbook = new MemoryStream();
        await workbook.SaveAsAsync(sheets, cancellationToken: ct);
        workbook.Position = 0;
        return Results.File(workbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"双向转诊登记-{r.Month}.xlsx");
    }

    private static string StatusName(string status) => status switch
    {
        "draft" => "草稿",
        "submitted" => "已提交",
        "accepted" => "已接收",
        "rejected" => "已拒绝",
        "scheduled" => "已预约",
        "arrived" => "已到诊",
        "completed" => "已完成",
        "cancelled" => "已取消",
        "expired" => "已过期",
        _ => status,
    };
}
