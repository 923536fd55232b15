using TieredCare.Drg.Analytics;
using static TieredCare.Drg.Tests.Analytics.Cases;

namespace TieredCare.Drg.Tests.Analytics;

public sealed class RiskStrataTests
{
    // Mortality 0.001, 0.01, 0.1 and 1: ln = −6.908, −4.605, −2.303, 0; mean −3.454, sample SD 2.973, so the cut points
    // are −6.427, −3.454 and −0.481.
    private static IEnumerable<GroupedCase> FourRatedDrgs() =>
        [.. WithDeaths("D1", 1000, 1), .. WithDeaths("D2", 100, 1), .. WithDeaths("D3", 10, 1), .. WithDeaths("D4", 1, 1)];

    [Fact]
    public void DRGs_fall_into_the_four_strata_by_their_log_mortality()
    {
        var table = RelativeWeights.Compute(FourRatedDrgs());

        table.Weights.Select(w => (w.Drg, w.Risk)).ShouldBe(
            [("D1", RiskLevel.Low), ("D2", RiskLevel.MidLow), ("D3", RiskLevel.MidHigh), ("D4", RiskLevel.High)]);
        table.Strata!.Groups.ShouldBe(4);
        table.Strata.Mean.ShouldBe(Math.Log(1e-6) / 4, 1e-12);
        table.Strata.StandardDeviation.ShouldBe(Math.Sqrt((2 * Math.Pow(1.5 * Math.Log(10), 2) + 2 * Math.Pow(0.5 * Math.Log(10), 2)) / 3), 1e-12);
    }

    [Fact]
    public void A_DRG_without_deaths_is_low_risk_and_does_not_shape_the_strata()
    {
        var table = RelativeWeights.Compute([.. FourRatedDrgs(), .. WithDeaths("Z1", 50, 0)]);
        table.Find("Z1")!.Risk.ShouldBe(RiskLevel.Low);
        table.Find("Z1")!.Mortality.ShouldBe(0m);
        table.Strata!.Groups.ShouldBe(4);
        table.Find("D2")!.Risk.ShouldBe(RiskLevel.MidLow, "the zero-mortality group moves no cut point");
    }

    [Fact]
    public void Without_any_death_every_DRG_is_low_risk_and_there_are_no_strata()
    {
        var table = RelativeWeights.Compute([.. WithDeaths("A", 3, 0), .. WithDeaths("B", 2, 0)]);
        table.Weights.Select(w => w.Risk).ShouldAllBe(r => r == RiskLevel.Low);
        table.Strata.ShouldBeNull();
    }

    [Fact]
    public void A_single_DRG_with_deaths_sits_on_every_cut_point_and_is_high_risk()
    {
        var table = RelativeWeights.Compute([.. WithDeaths("A", 10, 2), .. WithDeaths("B", 10, 0)]);
        table.Find("A")!.Risk.ShouldBe(RiskLevel.High);
        table.Strata!.StandardDeviation.ShouldBe(0);
    }

    [Fact]
    public void A_DRG_below_the_minimum_case_count_is_unrated_and_left_out_of_the_strata()
    {
        // E1–E3: ln −6.908, −3.912, −2.303 → mean −4.374, SD 2.337, cut points −6.711, −4.374, −2.037.
        // Were the one-case DRG (ln 0) rated, the mean would be −3.281 and E2 mid-low instead of mid-high.
        IEnumerable<GroupedCase> cases =
            [.. WithDeaths("E1", 1000, 1), .. WithDeaths("E2", 50, 1), .. WithDeaths("E3", 10, 1), .. WithDeaths("S1", 1, 1), .. WithDeaths("S2", 2, 0)];

        var table = RelativeWeights.Compute(cases, new WeightOptions { MinimumCasesForRisk = 5 });

        table.Weights.Select(w => (w.Drg, w.Risk)).ShouldBe(
        [
            ("E1", RiskLevel.Low), ("E2", RiskLevel.MidHigh), ("E3", RiskLevel.MidHigh), ("S1", RiskLevel.Unrated), ("S2", RiskLevel.Unrated),
        ]);
        table.Strata!.Groups.ShouldBe(3);
        RelativeWeights.Compute(cases).Find("E2")!.Risk.ShouldBe(RiskLevel.MidLow);
    }

    [Theory]
    [InlineData(0.0, RiskLevel.Low)]
    [InlineData(0.05, RiskLevel.Low)]
    [InlineData(0.2, RiskLevel.MidLow)]
    [InlineData(0.5, RiskLevel.MidHigh)]
    [InlineData(0.9, RiskLevel.High)]
    public void Classify_compares_log_mortality_with_the_cut_points(double mortality, RiskLevel expected) =>
        new RiskStrata(3, Math.Log(0.3), 1.0).Classify(mortality).ShouldBe(expected);
}
