using System.Globalization;
using TieredCare.Drg;

namespace TieredCare.Payment;

/// <summary>What every line of one settlement shares: the policy, the base-point method and the point value.</summary>
internal sealed class LineContext(PaymentPolicy policy, IBasePointMethod method, decimal pointValue)
{
    public PaymentPolicy Policy { get; } = policy;

    public IBasePointMethod Method { get; } = method;

    public decimal PointValue { get; } = pointValue;
}

/// <summary>The language of an explanation: Chinese for the product's users, English for the CLI and the specification's wording.</summary>
public enum ExplanationLanguage
{
    /// <summary>简体中文.</summary>
    Chinese,

    /// <summary>English.</summary>
    English,
}

/// <summary>Writes a line's formula with its numbers; computed on demand so a year's lines cost no strings until read.</summary>
internal static class Explain
{
    public static string Line(SettlementLine line, LineContext context, ExplanationLanguage language)
    {
        if (language == ExplanationLanguage.Chinese)
        {
            return ChineseExplain.Line(line, context);
        }

        var c = line.Case;
        var policy = context.Policy;
        var text = line.Rule switch
        {
            SettlementRule.FeeForServiceUngroupable or SettlementRule.FeeForServiceAmbiguous or SettlementRule.SpecialReview =>
                $"{FeeForServiceReason(line)}: r {Show(policy.FeeForServiceRate)} × (C {Money(c.TotalCost)} − P {Money(c.SelfPay)}) = {Money(line.Amount)}, from the budget first",
            SettlementRule.PerDiem => PerDiem(line, policy),
            _ => Points(line, context),
        };
        return line.Refusal is not { } refusal ? text : Refused(refusal) + "; " + text;
    }

    public static string Refused(RefusedReview r) => string.Create(CultureInfo.InvariantCulture,
        $"special review refused: {r.Hospital} flagged {r.Flagged} of its {r.Cases} cases and the cap of " +
        $"{Rounding.Canonical(r.MaxShare * 100)} % admits {r.Cap} (the costliest first); settled by the point rules");

    private static string FeeForServiceReason(SettlementLine line) => line.Rule switch
    {
        SettlementRule.SpecialReview => "special review (特例单议), fee-for-service",
        SettlementRule.FeeForServiceAmbiguous => "ambiguous (歧义病案), fee-for-service",
        _ when line.Case.Status == GroupingStatus.Invalid => "invalid abstract, paid as ungroupable, fee-for-service",
        _ => "ungroupable (无法入组), fee-for-service",
    };

    private static string PerDiem(SettlementLine line, PaymentPolicy policy)
    {
        var (group, rate) = policy.PerDiemGroupOf(line.Drg)!.Value;
        return $"per-diem group {group} (按床日): LOS {line.Case.LosDays?.ToString(CultureInfo.InvariantCulture)} × rate {Money(rate)} = {Money(line.Amount)}, from the budget first";
    }

    private static string Points(SettlementLine line, LineContext context)
    {
        var (formula, group) = PointsFormula(line, context);
        var c = line.Case;
        return $"{formula} = {Pts(line.Points)} points; amount v {Show(context.PointValue, 6)} × {Pts(line.Points)} − P {Money(c.SelfPay)} = {Money(line.Amount)} ({group})";
    }

    /// <summary>A line of a monthly advance run: its points as in any run, paid advanceRate × (month point value × points − P); other cases wait for the final settlement.</summary>
    public static string Advance(SettlementLine line, LineContext context, decimal monthPointValue, ExplanationLanguage language)
    {
        var c = line.Case;
        var rate = context.Policy.AdvanceRate;
        var amount = rate * ((monthPointValue * line.Points) - c.SelfPay);
        if (!line.Rule.EarnsPoints())
        {
            return language == ExplanationLanguage.Chinese
                ? $"{ChineseExplain.RuleName(line)}：不参与月度预付，年度清算时支付"
                : $"{line.Rule.ToWord()}: not advanced; paid at the final settlement";
        }

        if (language == ExplanationLanguage.Chinese)
        {
            return ChineseExplain.Advance(line, context, monthPointValue, amount);
        }

        var (formula, group) = PointsFormula(line, context);
        return $"{formula} = {Pts(line.Points)} points; advance r {Show(rate)} × (month v {Show(monthPointValue, 6)} × {Pts(line.Points)} − P {Money(c.SelfPay)}) = " +
            $"{Money(Rounding.Cents(amount))} ({group})";
    }

    private static (string Formula, string Group) PointsFormula(SettlementLine line, LineContext context)
    {
        var c = line.Case;
        var g = line.Group!;
        var policy = context.Policy;
        var k = policy.CoefficientOf(c.Hospital);
        var h = policy.HighOutlierMultipleFor(c.HospitalLevel);
        var (b, mean, m, scale) = (Pts(g.BasePoints), Money(g.MeanCost), Money(context.Method.OverallMeanCost), Show(context.Method.PointsPerWeight));
        var formula = line.Rule switch
        {
            SettlementRule.HighOutlier =>
                $"high outlier (C {Money(c.TotalCost)} > H {Show(h)} × M {mean}): B {b} × k {Show(k)} + (C {Money(c.TotalCost)} − {Show(h)} × M {mean}) / m {m} × {scale}",
            SettlementRule.LowOutlier =>
                $"low outlier (C {Money(c.TotalCost)} < {Show(policy.LowOutlierRatio)} × M {mean}): B {b} × k {Show(k)} × min(1, C {Money(c.TotalCost)} / M {mean})",
            SettlementRule.IncompleteStay =>
                $"incomplete stay (离院方式 {c.Disposition?.ToString(CultureInfo.InvariantCulture)}): B {b} × k {Show(k)} × min(1, C {Money(c.TotalCost)} / M {mean})",
            _ => $"normal: B {b} × k {Show(k)}",
        };
        return (formula, $"{g.Group}: M {mean}, RW {Show(g.RelativeWeight, 6)}, B = {scale} × RW");
    }

    internal static string Money(decimal value) => Rounding.Money(value);

    internal static string Pts(decimal value) => Rounding.Pts(value);

    internal static string Show(decimal value, int places = 4) => Rounding.Show(value, places);
}
