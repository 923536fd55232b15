using System.Globalization;
using TieredCare.Drg;
using static TieredCare.Payment.Explain;

namespace TieredCare.Payment;

/// <summary>
/// The same formulas as <see cref="Explain"/>, worded for the insurance bureau's and hospitals' staff:
/// 基准点数 B, 医院系数 k, 病组均值 M, 全部病例均值 m, 点值 v, 总费用 C, 自付 P.
/// </summary>
internal static class ChineseExplain
{
    public static string Line(SettlementLine line, LineContext context)
    {
        var c = line.Case;
        var policy = context.Policy;
        var text = line.Rule switch
        {
            SettlementRule.FeeForServiceUngroupable or SettlementRule.FeeForServiceAmbiguous or SettlementRule.SpecialReview =>
                $"{FeeForServiceReason(line)}，按项目付费：支付比例 r {Show(policy.FeeForServiceRate)} ×（总费用 C {Money(c.TotalCost)} − 自付 P {Money(c.SelfPay)}）= {Money(line.Amount)} 元，先从预算中支付",
            SettlementRule.PerDiem => PerDiem(line, policy),
            _ => Points(line, context),
        };
        return line.Refusal is not { } refusal ? text : Refused(refusal) + "；" + text;
    }

    public static string Refused(RefusedReview r) => string.Create(CultureInfo.InvariantCulture,
        $"特例单议未获准：{r.Hospital} 申报 {r.Flagged} 例（共 {r.Cases} 例），上限 {Rounding.Canonical(r.MaxShare * 100)}% 只准 {r.Cap} 例（费用高者优先），本例按点数规则结算");

    private static string FeeForServiceReason(SettlementLine line) => line.Rule switch
    {
        SettlementRule.SpecialReview => "特例单议",
        SettlementRule.FeeForServiceAmbiguous => "歧义病案（QY）",
        _ when line.Case.Status == GroupingStatus.Invalid => "病案无效，按无法入组处理",
        _ => "无法入组",
    };

    private static string PerDiem(SettlementLine line, PaymentPolicy policy)
    {
        var (group, rate) = policy.PerDiemGroupOf(line.Drg)!.Value;
        return $"按床日付费（病组 {group}）：住院 {line.Case.LosDays?.ToString(CultureInfo.InvariantCulture)} 床日 × 床日标准 {Money(rate)} 元 = {Money(line.Amount)} 元，先从预算中支付";
    }

    private static string Points(SettlementLine line, LineContext context)
    {
        var (formula, group) = PointsFormula(line, context);
        var c = line.Case;
        return $"{formula} = {Pts(line.Points)} 点；支付 = 点值 v {Show(context.PointValue, 6)} × {Pts(line.Points)} 点 − 自付 P {Money(c.SelfPay)} = {Money(line.Amount)} 元（{group}）";
    }

    public static string Advance(SettlementLine line, LineContext context, decimal monthPointValue, decimal amount)
    {
        var (formula, group) = PointsFormula(line, context);
        return $"{formula} = {Pts(line.Points)} 点；月度预付 = 预付比例 {Show(context.Policy.AdvanceRate)} ×（月点值 {Show(monthPointValue, 6)} × {Pts(line.Points)} 点 − 自付 P " +
            $"{Money(line.Case.SelfPay)}）= {Money(Rounding.Cents(amount))} 元（{group}）";
    }

    /// <summary>The rule's name for a case that earns no points.</summary>
    public static string RuleName(SettlementLine line) => line.Rule == SettlementRule.PerDiem ? "按床日付费" : FeeForServiceReason(line) + "，按项目付费";

    private static (string Formula, string Group) PointsFormula(SettlementLine line, LineContext context)
    {
        var c = line.Case;
        var g = line.Group!;
        var policy = context.Policy;
        var k = policy.CoefficientOf(c.Hospital);
        var h = policy.HighOutlierMultipleFor(c.HospitalLevel);
        var (b, mean, m, scale) = (Pts(g.BasePoints), Money(g.MeanCost), Money(context.Method.OverallMeanCost), Show(context.Method.PointsPerWeight));
        var cost = Money(c.TotalCost);
        var formula = line.Rule switch
        {
            SettlementRule.HighOutlier =>
                $"高倍率病例（C {cost} > {Show(h)} × M {mean}）：B {b} × k {Show(k)} +（C {cost} − {Show(h)} × M {mean}）÷ m {m} × {scale}",
            SettlementRule.LowOutlier =>
                $"低倍率病例（C {cost} < {Show(policy.LowOutlierRatio)} × M {mean}）：B {b} × k {Show(k)} × min(1, C {cost} ÷ M {mean})",
            SettlementRule.IncompleteStay =>
                $"未完成治疗（离院方式 {c.Disposition?.ToString(CultureInfo.InvariantCulture)}）：B {b} × k {Show(k)} × min(1, C {cost} ÷ M {mean})",
            _ => $"正常病例：B {b} × k {Show(k)}",
        };
        return (formula, $"{g.Group}：病组均值 M {mean} 元，相对权重 RW {Show(g.RelativeWeight, 6)}，基准点数 B = {scale} × RW");
    }
}
