using static TieredCare.Payment.Tests.Build;

namespace TieredCare.Payment.Tests;

/// <summary>
/// Per-diem groups (按床日): the point-value example plus p1 at H2, DRG TR19 (a psychiatric group), C 8000, P 800, 20 days,
/// under a policy paying the ADRG prefix TR1 300 a day. p1 is grouped, so it counts in the means: m = 40000 / 5 = 8000 still.
/// </summary>
public sealed class PerDiemTests
{
    private static List<SettlementCase> Cases() => [.. TwoHospitals(), Case("p1", "H2", "TR19", 8000m, 800m, level: 2, month: "2025-02", los: 20)];

    [Fact]
    public void A_per_diem_case_is_paid_LOS_20_times_300_is_6000_from_the_budget_first_and_v_is_29000_over_400_is_72_5()
    {
        // v = (30000 − 1600 − 6000 + 6600) / 400 = 72.5. H1 = 72.5 × 200 − 2600 + 1600 = 13500; H2 = 72.5 × 200 − 4000 + 6000 = 16500.
        var settlement = Settle(Cases(), Policy(30000m).WithPerDiemRate("TR1", 300m));
        var p1 = settlement.Line("p1")!;
        (p1.Rule, p1.Points, p1.Amount).ShouldBe((SettlementRule.PerDiem, 0m, 6000m));
        p1.Explanation.ShouldBe("per-diem group TR1 (按床日): LOS 20 × rate 300 = 6000, from the budget first");
        settlement.PointValue.ShouldBe(72.5m);
        settlement.Totals.PerDiem.ShouldBe(6000m);
        settlement.Hospital("H1")!.Due.ShouldBe(13500m);
        var h2 = settlement.Hospital("H2")!;
        (h2.PerDiem, h2.Due).ShouldBe((6000m, 16500m));
        h2.MonthlyAdvances.Select(a => a.Paid).ShouldBe([2550m, 7650m], "per-diem cases are paid at the final settlement, not advanced");
    }

    [Fact]
    public void The_longest_matching_prefix_sets_the_rate_TR1_300_over_T_100()
    {
        var settlement = Settle(Cases(), Policy(30000m).WithPerDiemRate("T", 100m).WithPerDiemRate("TR1", 300m));
        settlement.Line("p1")!.Amount.ShouldBe(6000m);
    }

    [Fact]
    public void Without_a_per_diem_group_the_same_case_earns_points()
    {
        var settlement = Settle(Cases());
        settlement.Line("p1")!.Rule.ShouldBe(SettlementRule.Normal);
        settlement.Line("p1")!.Points.ShouldBe(100m, "M_TR19 = 8000 = m");
    }

    [Fact]
    public void A_per_diem_case_without_a_length_of_stay_is_refused_naming_the_case()
    {
        var cases = Cases();
        cases[^1] = cases[^1] with { LosDays = null };
        var error = Should.Throw<SettlementException>(() => Settle(cases, Policy(30000m).WithPerDiemRate("TR1", 300m)));
        error.Message.ShouldContain("case p1: DRG TR19 is in per-diem group TR1");
    }
}
