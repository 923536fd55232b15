using TieredCare.Drg.Analytics;
using static TieredCare.Drg.Tests.Analytics.Cases;

namespace TieredCare.Drg.Tests.Analytics;

public sealed class TrimmingTests
{
    private static readonly WeightOptions Iqr = new() { Trimming = WeightTrimming.Iqr };
    private static readonly WeightOptions ThreeSigmaLog = new() { Trimming = WeightTrimming.ThreeSigmaLog };

    [Theory]
    [InlineData(new[] { 10.0, 20.0, 30.0, 40.0, 50.0 }, 20.0, 40.0)]
    [InlineData(new[] { 1.0, 2.0, 3.0, 4.0, 5.0, 6.0 }, 2.25, 4.75)]
    [InlineData(new[] { 7.0 }, 7.0, 7.0)]
    public void Quartiles_interpolate_between_order_statistics(double[] sorted, double q1, double q3)
    {
        var values = sorted.Select(v => (decimal)v).ToArray();
        RelativeWeights.Quartile(values, 1).ShouldBe((decimal)q1);
        RelativeWeights.Quartile(values, 3).ShouldBe((decimal)q3);
    }

    [Fact]
    public void Iqr_drops_a_cost_beyond_the_fences_and_keeps_one_on_the_fence()
    {
        // A: 100 110 120 130 | 1000 → Q1 110, Q3 130, fences [80, 160]: 1000 goes.
        // B: 100 110 120 130 | 160 → the same fences: 160 sits on the upper fence and stays.
        var table = RelativeWeights.Compute(
            [.. new[] { 100m, 110m, 120m, 130m, 1000m }.Select(c => Grouped("A", c, 2)), .. new[] { 100m, 110m, 120m, 130m, 160m }.Select(c => Grouped("B", c, 2))],
            Iqr);

        var a = table.Find("A")!;
        (a.Cases, a.CasesUsed, a.MeanCost).ShouldBe((5, 4, 115.00m));
        var b = table.Find("B")!;
        (b.Cases, b.CasesUsed, b.MeanCost).ShouldBe((5, 5, 124.00m));
        table.OverallMeanCost.ShouldBe((460m + 620m) / 9, "the overall mean is over the kept cases");
    }

    [Fact]
    public void Iqr_leaves_a_DRG_with_fewer_than_five_cases_alone()
    {
        var table = RelativeWeights.Compute([.. new[] { 100m, 110m, 120m, 1000m }.Select(c => Grouped("A", c))], Iqr);
        table.Find("A")!.CasesUsed.ShouldBe(4);
    }

    [Fact]
    public void The_trimming_threshold_is_an_option()
    {
        var table = RelativeWeights.Compute([.. new[] { 100m, 110m, 120m, 1000m }.Select(c => Grouped("A", c))], Iqr with { MinimumCasesForTrimming = 4 });
        table.Find("A")!.CasesUsed.ShouldBe(3);
    }

    [Fact]
    public void Three_sigma_log_drops_a_cost_far_out_on_the_log_scale_and_keeps_a_moderately_high_one()
    {
        // 20 cases around 1000, one at 3000 (ln-distance ≈ 1.0) and one at 1,000,000 (≈ 6.6, beyond 3 SD ≈ 4.6).
        var usual = Enumerable.Range(0, 4).SelectMany(_ => new[] { 900m, 950m, 1000m, 1050m, 1100m });
        var table = RelativeWeights.Compute([.. usual.Select(c => Grouped("A", c, 3)), Grouped("A", 3000m, 8), Grouped("A", 1_000_000m, 60)], ThreeSigmaLog);

        var a = table.Find("A")!;
        (a.Cases, a.CasesUsed).ShouldBe((22, 21));
        a.MeanCost.ShouldBe(RelativeWeights.Round((20_000m + 3000m) / 21, 2));
        a.MeanLos.ShouldBe(RelativeWeights.Round(68m / 21, 4));
    }

    [Fact]
    public void Three_sigma_log_drops_a_zero_cost_which_has_no_logarithm()
    {
        var table = RelativeWeights.Compute([.. new[] { 0m, 100m, 100m, 100m, 100m }.Select(c => Grouped("A", c))], ThreeSigmaLog);
        (table.Find("A")!.CasesUsed, table.Find("A")!.MeanCost).ShouldBe((4, 100.00m));
    }

    [Fact]
    public void A_DRG_whose_cases_would_all_be_trimmed_keeps_its_untrimmed_mean()
    {
        var table = RelativeWeights.Compute([.. Enumerable.Repeat(0m, 5).Select(c => Grouped("A", c)), Grouped("B", 500m)], ThreeSigmaLog);
        (table.Find("A")!.CasesUsed, table.Find("A")!.MeanCost, table.Find("A")!.RelativeWeight).ShouldBe((5, 0.00m, 0.0000m));
        table.Find("B")!.RelativeWeight.ShouldBe(6.0000m, "overall mean 500 / 6");
    }

    [Theory]
    [InlineData(WeightTrimming.Iqr)]
    [InlineData(WeightTrimming.ThreeSigmaLog)]
    public void Trimming_a_reference_without_costs_gives_an_empty_table(WeightTrimming trimming)
    {
        RelativeWeights.Compute([], new WeightOptions { Trimming = trimming }).Count.ShouldBe(0);
        RelativeWeights.Compute([Grouped("A", null)], new WeightOptions { Trimming = trimming }).Count.ShouldBe(0);
    }

    [Fact]
    public void Trimming_removes_costs_but_not_deaths()
    {
        var table = RelativeWeights.Compute(
            [Grouped("A", 100m), Grouped("A", 110m), Grouped("A", 120m), Grouped("A", 130m), Grouped("A", 1000m, died: true)], Iqr);
        var a = table.Find("A")!;
        (a.CasesUsed, a.Deaths, a.Mortality).ShouldBe((4, 1, 0.2m));
    }
}
