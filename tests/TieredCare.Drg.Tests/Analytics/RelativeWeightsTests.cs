using TieredCare.Drg.Analytics;
using static TieredCare.Drg.Tests.Analytics.Cases;

namespace TieredCare.Drg.Tests.Analytics;

public sealed class RelativeWeightsTests
{
    [Fact]
    public void The_weight_of_a_DRG_is_its_mean_cost_over_the_mean_cost_of_all_cases()
    {
        // A: 1000 and 3000 (mean 2000), B: 6000; overall 10000 / 3.
        var table = RelativeWeights.Compute([Grouped("A", 1000m, 2), Grouped("A", 3000m, 4), Grouped("B", 6000m, 9)]);

        table.Weights.ShouldBe(
        [
            new DrgWeight("A", "", 2, 2, 2000.00m, 3.0000m, 0.6000m, 0, 0m, RiskLevel.Low),
            new DrgWeight("B", "", 1, 1, 6000.00m, 9.0000m, 1.8000m, 0, 0m, RiskLevel.Low),
        ]);
        table.OverallMeanCost.ShouldBe(10000m / 3);
        table.Weights.Sum(w => w.RelativeWeight * w.CasesUsed).ShouldBe(table.Weights.Sum(w => w.CasesUsed));
    }

    [Fact]
    public void Weights_are_rounded_to_four_places_from_the_unrounded_means()
    {
        // Overall 7000 / 3 = 2333.33…; 1000 / 2333.33… = 0.428571…, 2000 / … = 0.857142…, 4000 / … = 1.714285…
        var table = RelativeWeights.Compute([Grouped("A", 1000m), Grouped("B", 2000m), Grouped("C", 4000m)]);
        table.Weights.Select(w => w.RelativeWeight).ShouldBe([0.4286m, 0.8571m, 1.7143m]);
    }

    [Fact]
    public void Mean_cost_and_stay_are_rounded_half_away_from_zero()
    {
        // Costs sum to 3000.015, mean 1000.005 → 1000.01; stays 1, 2, 2 → 1.6667.
        var table = RelativeWeights.Compute([Grouped("A", 1000.00m, 1), Grouped("A", 1000.01m, 2), Grouped("A", 1000.005m, 2)]);
        var a = table.Find("A")!;
        a.MeanCost.ShouldBe(1000.01m);
        a.MeanLos.ShouldBe(1.6667m);
        a.RelativeWeight.ShouldBe(1.0000m);
    }

    [Fact]
    public void Only_grouped_cases_count_and_a_case_without_cost_counts_for_mortality_but_not_for_the_mean()
    {
        var table = RelativeWeights.Compute(
        [
            Grouped("A", 1000m, 2), Grouped("A", null, 3, died: true), Grouped("A", 2000m, null), Grouped("B", 4000m, 4),
            NotGrouped(GroupingStatus.Ungroupable), NotGrouped(GroupingStatus.Invalid), NotGrouped(GroupingStatus.AmbiguousQy),
        ]);

        table.Weights.Select(w => w.Drg).ShouldBe(["A", "B"], "0000 and BQY are not DRGs");
        var a = table.Find("A")!;
        (a.Cases, a.CasesUsed, a.MeanCost, a.Deaths, a.Mortality).ShouldBe((3, 1, 1000.00m, 1, 0.333333m));
        table.OverallMeanCost.ShouldBe(2500m, "(1000 + 4000) / 2 used cases");
        a.RelativeWeight.ShouldBe(0.4000m);
    }

    [Fact]
    public void A_DRG_without_any_case_of_known_cost_gets_no_row()
    {
        var table = RelativeWeights.Compute([Grouped("A", 1000m), Grouped("B", null)]);
        table.Weights.Select(w => w.Drg).ShouldBe(["A"]);
        table.Find("B").ShouldBeNull();
    }

    [Fact]
    public void Names_come_from_the_options_and_rows_are_in_code_order()
    {
        var names = new Dictionary<string, string> { ["FM19"] = "经皮心脏消融术", ["BR19"] = "脑缺血性疾患" };
        var table = RelativeWeights.Compute([Grouped("FM19", 30000m), Grouped("BR19", 8000m), Grouped("AA19", 200000m)], new WeightOptions { Names = names });
        table.Weights.Select(w => (w.Drg, w.Name)).ShouldBe([("AA19", ""), ("BR19", "脑缺血性疾患"), ("FM19", "经皮心脏消融术")]);
    }

    [Fact]
    public void A_reference_without_grouped_cases_gives_an_empty_table() =>
        RelativeWeights.Compute([NotGrouped(GroupingStatus.Ungroupable)]).Count.ShouldBe(0);

    [Fact]
    public void Options_out_of_range_are_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => RelativeWeights.Compute([], new WeightOptions { MinimumCasesForRisk = 0 }));

    [Fact]
    public void A_negative_cost_cannot_be_a_case() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Grouped("A", -1m)).ParamName.ShouldBe("totalCost");
}
