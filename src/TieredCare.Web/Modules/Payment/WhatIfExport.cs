using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using TieredCare.Payment;
using TieredCare.Persistence;
using TieredCare.Web.Modules.Drg;

namespace TieredCare.Web.Modules.Payment;

/// <summary>
/// A what-if as an Excel workbook for the bureau's files: every hospital before and after with the totals, the parameters
/// changed, and the cases that moved to another rule. The numbers are the what-if's own answer (<see cref="WhatIfEndpoint.ComputeAsync"/>),
/// money rounded to the cent as there.
/// </summary>
public static class WhatIfExport
{
    private const string Money = "#,##0.00";
    private const string Points = "#,##0.0000";

    // Header keys of the hospital sheet.
    private const string Code = "机构编码", Name = "机构名称", PointsBase = "原点数", PointsChanged = "新点数", DueBase = "原应付(元)",
        DueChanged = "新应付(元)", Difference = "差额(元)", Rate = "变化率";

    // Header keys of the parameter sheet.
    private const string Item = "名称", Before = "原值", After = "新值";

    public static void Map(RouteGroupBuilder api) => api.MapPost("/payment/what-if/export", ExportAsync);

    private static async Task<IResult> ExportAsync(WhatIfEndpoint.WhatIfRequest request, DrgTableSets sets, TieredCareDbContext db, CancellationToken ct)
    {
        var (outcome, problem) = await WhatIfEndpoint.ComputeAsync(request, sets, db, ct);
        if (outcome is null)
        {
            return problem!;
        }

        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns =
            [
                new DynamicExcelColumn(Code) { Width = 14 }, new DynamicExcelColumn(Name) { Width = 28 },
                new DynamicExcelColumn(PointsBase) { Format = Points, Width = 16 }, new DynamicExcelColumn(PointsChanged) { Format = Points, Width = 16 },
                new DynamicExcelColumn(DueBase) { Format = Money, Width = 18 }, new DynamicExcelColumn(DueChanged) { Format = Money, Width = 18 },
                new DynamicExcelColumn(Difference) { Format = Money, Width = 16 }, new DynamicExcelColumn(Rate) { Format = "0.00%", Width = 10 },
                new DynamicExcelColumn(Item) { Width = 30 }, new DynamicExcelColumn(Before) { Width = 26 }, new DynamicExcelColumn(After) { Width = 26 },
            ],
        };
        var workbook = new MemoryStream();
        await workbook.SaveAsAsync(new Dictionary<string, object>
        {
            ["医院对比"] = HospitalRows(outcome.Result),
            ["参数"] = ParameterRows(outcome),
            ["规则变化"] = outcome.Result.RuleChanges.Select(r => new Dictionary<string, object?> { ["原规则"] = r.From, ["新规则"] = r.To, ["病例数"] = r.Cases }).ToList(),
        }, configuration: configuration, cancellationToken: ct);
        workbook.Position = 0;
        return Results.File(workbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"政策模拟-{Day(outcome.From)}-{Day(outcome.To)}.xlsx");
    }

    /// <summary>One row a hospital, as the JSON what-if has it, then the totals.</summary>
    internal static List<Dictionary<string, object?>> HospitalRows(WhatIfEndpoint.WhatIfDto result)
    {
        var rows = result.Hospitals.Select(h => Row(h.InstitutionCode, h.InstitutionName, h.PointsBase, h.PointsChanged, h.DueBase, h.DueChanged, h.Difference)).ToList();
        rows.Add(Row("合计", null, Rounding.Points(result.Hospitals.Sum(h => h.PointsBase)), Rounding.Points(result.Hospitals.Sum(h => h.PointsChanged)),
            result.Base.Due, result.Changed.Due, result.Changed.Due - result.Base.Due));
        return rows;

        static Dictionary<string, object?> Row(string code, string? name, decimal pointsBase, decimal pointsChanged, decimal dueBase, decimal dueChanged, decimal difference) =>
            new()
            {
                [Code] = code, [Name] = name, [PointsBase] = pointsBase, [PointsChanged] = pointsChanged, [DueBase] = Rounding.Cents(dueBase),
                [DueChanged] = Rounding.Cents(dueChanged), [Difference] = Rounding.Cents(difference),
                // A share (0.0123 shows as 1.23 %); none for a hospital that was due nothing before.
                [Rate] = dueBase == 0 ? null : Math.Round(difference / dueBase, 4, MidpointRounding.AwayFromZero),
            };
    }

    /// <summary>The period, the table set and the policy, then every parameter the what-if changes with its value before and after.</summary>
    internal static List<Dictionary<string, object?>> ParameterRows(WhatIfEndpoint.Outcome outcome)
    {
        var (policy, changed, c) = (outcome.Base, outcome.Changed, outcome.Changes);
        var rows = new List<Dictionary<string, object?>>
        {
            Row("模拟期间", $"{Day(outcome.From)} 至 {Day(outcome.To)}", $"{Day(outcome.From)} 至 {Day(outcome.To)}"),
            Row("分组方案", outcome.TableSet, outcome.TableSet),
            Row("政策", $"{policy.Name} {policy.Version}", $"{changed.Name} {changed.Version}"),
        };
        if (c?.Budget is { } budget) rows.Add(Row("预算(元)", policy.Budget, budget));
        foreach (var (hospital, k) in Sorted(c?.HospitalCoefficients)) rows.Add(Row($"医院系数 {hospital}", policy.CoefficientOf(hospital), k));
        foreach (var (level, h) in Sorted(c?.HighOutlierMultiples))
        {
            rows.Add(Row($"高倍率倍数 {LevelName(level)}", policy.HighOutlierMultiples.TryGetValue(level, out var was) ? was : null, h));
        }
        if (c?.LowOutlierRatio is { } low) rows.Add(Row("低倍率比例", policy.LowOutlierRatio, low));
        if (c?.FeeForServiceRate is { } ffs) rows.Add(Row("按项目付费比例", policy.FeeForServiceRate, ffs));
        foreach (var (group, rate) in Sorted(c?.PerDiemRates))
        {
            rows.Add(Row($"床日付费 {group} (元/床日)", policy.PerDiemRates.TryGetValue(group, out var was) ? was : "不按床日", rate));
        }
        return rows;

        static Dictionary<string, object?> Row(string item, object? before, object? after) => new() { [Item] = item, [Before] = before, [After] = after };
        static IEnumerable<KeyValuePair<string, decimal>> Sorted(Dictionary<string, decimal>? map) =>
            (map ?? []).OrderBy(p => p.Key, StringComparer.Ordinal);
        static string LevelName(string level) => level == PaymentPolicy.DefaultLevel ? "(其他级别)" : $"({level}级医院)";
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
