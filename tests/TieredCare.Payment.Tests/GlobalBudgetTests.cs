namespace TieredCare.Payment.Tests;

/// <summary>
/// Rule 8, the network's global budget, with the reference bands [0, 1) surplus 100 %, [1, 1.1) overspend 50 %,
/// [1.1, ∞) overspend 100 %, on a budget of 1,000,000.
/// </summary>
public sealed class GlobalBudgetTests
{
    private static readonly IReadOnlyList<BudgetBand> Bands = PaymentPolicy.Reference.BudgetBands;

    private static BudgetPosition At(decimal spending) => GlobalBudget.Evaluate(1_000_000m, spending, Bands);

    [Fact]
    public void Spending_900000_is_u_0_9_and_the_network_keeps_100_percent_of_the_100000_surplus()
    {
        var p = At(900_000m);
        (p.Ratio, p.Standing, p.Surplus, p.NetworkKeeps, p.FundKeeps, p.NetworkBears).ShouldBe((0.9m, BudgetStanding.Surplus, 100_000m, 100_000m, 0m, 0m));
        p.Bands[0].Explanation.ShouldBe("[0, 1) surplus 1: surplus between 900000 and 1000000 = 100000 × share 1 = network keeps 100000");
        p.Bands[1].Explanation.ShouldBe("[1, 1.1) overspend 0.5: nothing falls in this band");
    }

    [Fact]
    public void Spending_exactly_the_budget_u_1_0_is_balanced_nothing_kept_nothing_borne()
    {
        var p = At(1_000_000m);
        (p.Ratio, p.Standing, p.Surplus, p.Overspend, p.NetworkKeeps, p.NetworkBears).ShouldBe((1m, BudgetStanding.Balanced, 0m, 0m, 0m, 0m));
        p.Bands.ShouldAllBe(b => b.Amount == 0);
    }

    [Fact]
    public void Spending_1050000_u_1_05_the_network_bears_50_percent_of_the_50000_overspend_25000()
    {
        var p = At(1_050_000m);
        (p.Standing, p.Overspend, p.NetworkBears, p.FundBears).ShouldBe((BudgetStanding.Overspend, 50_000m, 25_000m, 25_000m));
        p.Bands[1].Explanation.ShouldBe("[1, 1.1) overspend 0.5: overspend between 1000000 and 1050000 = 50000 × share 0.5 = network bears 25000");
    }

    [Fact]
    public void Spending_exactly_1100000_u_1_10_the_network_bears_half_of_100000_and_nothing_in_the_last_band()
    {
        var p = At(1_100_000m);
        p.Ratio.ShouldBe(1.1m);
        p.Bands.Select(b => (b.Amount, b.NetworkAmount)).ShouldBe([(0m, 0m), (100_000m, 50_000m), (0m, 0m)]);
        p.NetworkBears.ShouldBe(50_000m);
    }

    [Fact]
    public void Spending_1200000_u_1_2_the_network_bears_half_of_the_first_100000_and_all_of_the_next_100000_150000()
    {
        var p = At(1_200_000m);
        p.Bands.Select(b => b.NetworkAmount).ShouldBe([0m, 50_000m, 100_000m]);
        (p.NetworkBears, p.FundBears).ShouldBe((150_000m, 50_000m));
    }

    [Fact]
    public void Two_surplus_bands_keep_all_of_the_surplus_near_the_budget_and_half_of_the_rest_800000_keeps_150000()
    {
        // [0, 0.9) 50 %, [0.9, 1) 100 %: surplus 800000…900000 × 0.5 = 50000, 900000…1000000 × 1 = 100000.
        BudgetBand[] bands =
        [
            new(0m, 0.9m, 0.5m, BandKind.Surplus), new(0.9m, 1m, 1m, BandKind.Surplus), new(1m, null, 1m, BandKind.Overspend),
        ];
        var p = GlobalBudget.Evaluate(1_000_000m, 800_000m, bands);
        p.Bands.Select(b => b.NetworkAmount).ShouldBe([50_000m, 100_000m, 0m]);
        (p.NetworkKeeps, p.FundKeeps).ShouldBe((150_000m, 50_000m));
    }

    [Fact]
    public void Year_end_projection_is_linear_220000_in_73_of_365_days_projects_1100000()
    {
        // 2025-03-14 is day 31 + 28 + 14 = 73 of 365: 220000 × 365 / 73 = 1100000, u = 1.1.
        var projection = GlobalBudget.ProjectCalendarYear(220_000m, new DateOnly(2025, 3, 14));
        (projection.DaysElapsed, projection.DaysInPeriod, projection.ProjectedSpending).ShouldBe((73, 365, 1_100_000m));
        projection.Explanation.ShouldBe("projected spending = 220000 to 2025-03-14 × 365 days in 2025-01-01…2025-12-31 ÷ 73 days elapsed = 1100000");
        var p = GlobalBudget.Evaluate(1_000_000m, projection, Bands);
        (p.Spending, p.NetworkBears, p.Projection).ShouldBe((1_100_000m, 50_000m, projection));
    }

    [Fact]
    public void Bad_bands_and_amounts_are_refused()
    {
        Should.Throw<PaymentPolicyException>(() => GlobalBudget.Evaluate(1m, 1m, [new BudgetBand(0m, 1m, 1m, BandKind.Surplus)]))
            .Message.ShouldContain("the last band must be open-ended");
        Should.Throw<ArgumentOutOfRangeException>(() => GlobalBudget.Evaluate(0m, 1m, Bands));
        Should.Throw<ArgumentOutOfRangeException>(() => GlobalBudget.Evaluate(1m, -1m, Bands));
        Should.Throw<ArgumentOutOfRangeException>(() => GlobalBudget.Project(1m, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 1)));
    }
}
