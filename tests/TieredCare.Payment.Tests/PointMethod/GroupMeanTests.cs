using static TieredCare.Payment.Tests.Build;

namespace TieredCare.Payment.Tests.PointMethod;

/// <summary>Rule 1: group means M_d, overall mean m, RW_d = M_d / m, B_d = 100 × RW_d, over the successfully grouped cases.</summary>
public sealed class GroupMeanTests
{
    [Fact]
    public void Group_means_A_4000_and_B_12000_over_m_8000_give_RW_0_5_and_1_5_and_base_points_50_and_150()
    {
        // A: 120000 / 30 = 4000; B: 360000 / 30 = 12000; m = 480000 / 60 = 8000 (u01, q01, i01 did not group and do not count).
        var settlement = Settle(WorkedExample(), Policy(1_000_000m));

        settlement.OverallMeanCost.ShouldBe(8000m);
        settlement.Groups.ShouldBe(
        [
            new GroupBase("A", 30, 4000m, 0.5m, 50m),
            new GroupBase("B", 30, 12000m, 1.5m, 150m),
        ]);
        settlement.Method.ShouldBe("drg-points");
        settlement.Reference.ShouldBe("the settlement period itself");
    }

    [Fact]
    public void Weights_are_not_rounded_RW_of_a_mean_of_1000_over_m_3000_is_one_third_to_28_digits()
    {
        // A: 1000; B: 2000 and 6000 (M_B 4000); m = 9000 / 3 = 3000. RW_A = 1/3, B_A = 33.333…; RW_B = 4/3, B_B = 133.333…
        var settlement = Settle([Case("1", "H", "A", 1000m), Case("2", "H", "B", 2000m), Case("3", "H", "B", 6000m)]);

        var a = settlement.Groups.Single(g => g.Group == "A");
        a.RelativeWeight.ShouldBe(1000m / 3000m);
        a.BasePoints.ShouldBe(100m * (1000m / 3000m));
        a.BasePoints.ShouldNotBe(33.3333m);
        settlement.Line("1")!.Points.ShouldBe(a.BasePoints, "a normal case gets B × k with k = 1, unrounded");
    }

    [Fact]
    public void The_points_of_the_whole_period_weighted_by_cases_average_100_when_every_case_is_normal()
    {
        // Σ B_d × n_d = 100 × Σ M_d n_d / m = 100 × Σ C / m = 100 × n.
        var settlement = Settle([Case("1", "H", "A", 3000m), Case("2", "H", "A", 5000m), Case("3", "H", "B", 10000m), Case("4", "H", "B", 14000m)]);
        settlement.Totals.Points.ShouldBe(400m);
    }
}
