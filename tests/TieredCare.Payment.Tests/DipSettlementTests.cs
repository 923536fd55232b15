using TieredCare.Drg;
using TieredCare.Payment.Dip;

namespace TieredCare.Payment.Tests;

/// <summary>DIP through the point settlement: the settlement's points are the national DIP case scores.</summary>
public sealed class DipSettlementTests
{
    private static readonly YearMonth March = new(2025, 3);

    /// <summary>
    /// 15 pneumonia stays at 1,000 元 and one at 5,000 元, all conservative treatment (J18.9, no procedure):
    /// one core combination, M = (15 × 1,000 + 5,000) ÷ 16 = 1,250 = m, so its score B = 1,250 ÷ 1,250 × 1,000 = 1,000.
    /// </summary>
    private static (List<SettlementCase> Cases, Dictionary<string, DipCase> Dip) Pneumonia()
    {
        var cases = new List<SettlementCase>();
        var dip = new Dictionary<string, DipCase>();
        for (var i = 1; i <= 16; i++)
        {
            var id = $"C{i:00}";
            var cost = i == 16 ? 5000m : 1000m;
            cases.Add(new SettlementCase(id, "H1", 2, March, "ES35", GroupingStatus.Success, cost, 0m, 1, 7, false));
            dip[id] = new DipCase(id, "H1", 2, "J18.900", [], cost, 0m);
        }

        return (cases, dip);
    }

    [Fact]
    public void A_normal_case_gets_the_score_1000_and_the_5000_case_the_national_high_cost_score_1000_times_5000_over_1250_minus_2_plus_1_is_3000()
    {
        var (cases, dip) = Pneumonia();
        var method = DipBasePoints.Build(dip, dip.Values);
        var settlement = PointSettlement.Settle(cases, PaymentPolicy.DipReference with { Budget = 100_000m }, method);

        settlement.Line("C01")!.Points.ShouldBe(1000m);
        settlement.Line("C01")!.Rule.ShouldBe(SettlementRule.Normal);
        // Settlement: B·k + (C − 2M) ÷ m × 1,000 = 1,000 + (5,000 − 2,500) ÷ 1,250 × 1,000 = 3,000; national: 1,000 × [(5,000 ÷ 1,250 − 2) + 1] = 3,000.
        settlement.Line("C16")!.Points.ShouldBe(3000m);
        settlement.Line("C16")!.Rule.ShouldBe(SettlementRule.HighOutlier);
        settlement.Method.ShouldBe("dip");
    }

    [Fact]
    public void Every_case_gets_the_points_the_DIP_engine_scores_it()
    {
        var (cases, dip) = Pneumonia();
        cases[0] = cases[0] with { TotalCost = 500m }; // below 0.5 × M: a low-cost case, B × C ÷ M
        dip["C01"] = new DipCase("C01", "H1", 2, "J18.900", [], 500m, 0m);
        var method = DipBasePoints.Build(dip, dip.Values);
        var catalogue = DipCatalogue.Build(dip.Values);
        var settlement = PointSettlement.Settle(cases, PaymentPolicy.DipReference with { Budget = 100_000m }, method);

        foreach (var line in settlement.Lines)
        {
            line.Points.ShouldBe(DipScoring.Score(dip[line.CaseId], catalogue).Score, 0.0001m, line.CaseId);
        }
    }
}
