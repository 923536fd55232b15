using System.Globalization;
using static TieredCare.Payment.Dip.Tests.Cases;

namespace TieredCare.Payment.Dip.Tests;

/// <summary>
/// Scoring against the catalogue of <see cref="Cases.ScoringReference"/>: J18.9|conservative (mean 8,000, score 800) and
/// K35.8|47.0901 (mean 12,000, score 1200), with level coefficients {3: 1.0, 2: 0.9, 1: 0.8} (example parameters).
/// </summary>
public sealed class ScoringTests
{
    private static readonly DipCatalogue Catalogue = DipCatalogue.Build(ScoringReference());

    private static readonly DipScoringPolicy Policy = new() { LevelCoefficients = new Dictionary<int, decimal> { [3] = 1.0m, [2] = 0.9m, [1] = 0.8m } };

    private static DipScore Appendectomy(int level, decimal cost) => DipScoring.Score(At(level, "K35.800", cost, "47.0901"), Catalogue, Policy);

    [Theory]
    [InlineData(3, "1200")] // 1200 × 1.0
    [InlineData(2, "1080")] // 1200 × 0.9
    [InlineData(1, "960")]  // 1200 × 0.8
    [InlineData(0, "1200")] // level 0 is not in the policy: coefficient 1
    public void A_normal_case_scores_the_combination_score_times_its_level_coefficient(int level, string score)
    {
        var result = Appendectomy(level, 12000m);
        (result.Rule, result.BaseScore, result.Score).ShouldBe((DipRule.Normal, 1200m, decimal.Parse(score, CultureInfo.InvariantCulture)));
        (result.CombinationKey, result.Kind).ShouldBe(("K35.8|47.0901", DipCombinationKind.Core));
    }

    [Fact]
    public void A_case_at_exactly_twice_the_mean_is_not_an_outlier()
    {
        // 24,000 = 2 × 12,000 is not above it: normal, 1200 × 0.9 = 1080.
        var result = Appendectomy(2, 24000m);
        (result.Rule, result.Score).ShouldBe((DipRule.Normal, 1080m));
        result.Explanation.ShouldBe(
            "K35.8|47.0901 (core, 15 cases, mean 12000.00, score 1200.0000); cost 24000.00 within [0.5 × 12000.00, 2 × 12000.00] = [6000.00, 24000.00]: " +
            "normal, score = 1200.0000 × level-2 coefficient 0.9 = 1080.0000");
    }

    [Theory]
    [InlineData("30000", "1800")]    // 1200 × [(30000 ÷ 12000 − 2) + 1] = 1200 × 1.5
    [InlineData("24012", "1201.2")]  // 1200 × [(24012 ÷ 12000 − 2) + 1] = 1200 × 1.001
    [InlineData("60000", "4800")]    // 1200 × [(5 − 2) + 1] = 1200 × 4
    public void A_case_above_twice_the_mean_scores_by_the_national_high_cost_formula(string cost, string score)
    {
        // 病例分值 = 该病种分值 × [(病例费用 ÷ 该病种次均费用 − 2) + 1]; no level coefficient, so level 2 scores as level 3.
        foreach (var level in new[] { 3, 2 })
        {
            var result = Appendectomy(level, decimal.Parse(cost, CultureInfo.InvariantCulture));
            (result.Rule, result.BaseScore, result.Score).ShouldBe((DipRule.HighOutlier, 1200m, decimal.Parse(score, CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void A_high_cost_outlier_explains_its_arithmetic() =>
        Appendectomy(2, 30000m).Explanation.ShouldBe(
            "K35.8|47.0901 (core, 15 cases, mean 12000.00, score 1200.0000); cost 30000.00 > 2 × 12000.00 = 24000.00: high-cost outlier, " +
            "score = 1200.0000 × [(30000.00 ÷ 12000.00 − 2) + 1] = 1800.0000 (no level coefficient)");

    [Fact]
    public void A_case_at_exactly_half_the_mean_is_not_an_outlier()
    {
        // 6,000 = 0.5 × 12,000 is not below it: normal, 1200 × 0.8 = 960.
        var result = Appendectomy(1, 6000m);
        (result.Rule, result.Score).ShouldBe((DipRule.Normal, 960m));
    }

    [Theory]
    [InlineData("3000", "300")]        // 1200 × 3000 ÷ 12000
    [InlineData("5999.99", "599.999")] // 1200 × 5999.99 ÷ 12000
    [InlineData("0", "0")]
    public void A_case_below_half_the_mean_scores_its_share_of_the_combination_score(string cost, string score)
    {
        // 病例分值 = 该病种分值 × 病例费用 ÷ 该病种次均费用; no level coefficient.
        foreach (var level in new[] { 3, 1 })
        {
            var result = Appendectomy(level, decimal.Parse(cost, CultureInfo.InvariantCulture));
            (result.Rule, result.Score).ShouldBe((DipRule.LowOutlier, decimal.Parse(score, CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void A_low_cost_outlier_explains_its_arithmetic() =>
        Appendectomy(1, 3000m).Explanation.ShouldBe(
            "K35.8|47.0901 (core, 15 cases, mean 12000.00, score 1200.0000); cost 3000.00 < 0.5 × 12000.00 = 6000.00: low-cost outlier, " +
            "score = 1200.0000 × 3000.00 ÷ 12000.00 = 300.0000 (no level coefficient)");

    [Fact]
    public void The_outlier_multiples_are_parameters()
    {
        // H = 3, L = 0.4: 30,000 ≤ 36,000 is normal (1200); 40,000 scores 1200 × [(40000 ÷ 12000 − 3) + 1] = 1200 × 4/3 = 1600;
        // 6,000 ≥ 4,800 is normal; 4,000 scores 1200 × 4000 ÷ 12000 = 400.
        var policy = new DipScoringPolicy { HighOutlierMultiple = 3m, LowOutlierMultiple = 0.4m };
        DipScore Score(decimal cost) => DipScoring.Score(Case("K35.800", cost, "47.0901"), Catalogue, policy);

        (Score(30000m).Rule, Score(30000m).Score).ShouldBe((DipRule.Normal, 1200m));
        (Score(40000m).Rule, Score(40000m).Score).ShouldBe((DipRule.HighOutlier, 1600m));
        (Score(6000m).Rule, Score(6000m).Score).ShouldBe((DipRule.Normal, 1200m));
        (Score(4000m).Rule, Score(4000m).Score).ShouldBe((DipRule.LowOutlier, 400m));
    }

    [Fact]
    public void The_procedure_order_does_not_change_the_score()
    {
        var catalogue = DipCatalogue.Build(Many(15, "K80.100", 10000m, "51.2300", "51.2301"));
        DipScoring.Score(Case("K80.100", 10000m, "51.2301", "51.2300", "51.2301"), catalogue).CombinationKey.ShouldBe("K80.1|51.2300+51.2301");
    }

    [Fact]
    public void A_case_without_a_core_combination_is_scored_by_the_first_pool_it_falls_into()
    {
        // Catalogue of Cases.PoolingReference (overall mean 5,000).
        var catalogue = DipCatalogue.Build(PoolingReference());

        // J18.2 conservative → J18|conservative (mean 4000, score 800): 4,000 is normal, 800 × 1.
        var j18 = DipScoring.Score(Case("J18.200", 4000m), catalogue);
        (j18.CombinationKey, j18.Kind, j18.Rule, j18.Score).ShouldBe(("J18|conservative", DipCombinationKind.Pooled, DipRule.Normal, 800m));
        j18.Explanation.ShouldStartWith("J18.2|conservative is not in the catalogue; pooled into J18|conservative (pooled, 15 cases, mean 4000.00, score 800.0000); ");

        // J22 has no category pool → chapter pool J|conservative (score 480).
        DipScoring.Score(Case("J22.x00", 2400m), catalogue).CombinationKey.ShouldBe("J|conservative");

        // K35.8 + 47.0901 had only 3 reference cases → *|surgery (mean 12,800, score 2560); 32,000 > 25,600 is a high outlier:
        // 2560 × [(32000 ÷ 12800 − 2) + 1] = 2560 × 1.5 = 3840.
        var k35 = DipScoring.Score(Case("K35.800", 32000m, "47.0901"), catalogue);
        (k35.CombinationKey, k35.Rule, k35.Score).ShouldBe(("*|surgery", DipRule.HighOutlier, 3840m));
    }

    [Fact]
    public void A_case_no_entry_fits_is_unmatched_and_scores_0()
    {
        // The pooling reference has no diagnostic case at all.
        var result = DipScoring.Score(Case("J18.900", 800m, "88.0101"), DipCatalogue.Build(PoolingReference()));
        result.ShouldBe(new DipScore(result.CaseId, "", null, DipRule.Unmatched, 0m, 0m,
            "neither J18.9|88.0101 nor the pools J18|diagnostic, J|diagnostic and *|diagnostic are in the catalogue: unmatched, score 0"));
    }

    [Fact]
    public void A_combination_with_a_mean_cost_of_0_has_no_outlier_test()
    {
        // Z00.0 cost nothing in the reference: score 0, and a case costing 100 is normal, 0 × 1 = 0.
        var catalogue = DipCatalogue.Build([.. Many(15, "Z00.000", 0m), .. Many(15, "J18.900", 1000m)]);
        var result = DipScoring.Score(Case("Z00.000", 100m), catalogue);
        (result.Rule, result.Score).ShouldBe((DipRule.Normal, 0m));
        result.Explanation.ShouldEndWith("mean cost 0, no outlier test: normal, score = 0.0000 × level-3 coefficient 1 (not in the policy) = 0.0000");
    }

    [Fact]
    public void A_policy_out_of_range_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new DipScoringPolicy { LevelCoefficients = new Dictionary<int, decimal> { [2] = 0m } });
        Should.Throw<ArgumentOutOfRangeException>(() => new DipScoringPolicy { HighOutlierMultiple = 1m });
        Should.Throw<ArgumentOutOfRangeException>(() => new DipScoringPolicy { LowOutlierMultiple = 1m });
        Should.Throw<ArgumentOutOfRangeException>(() => new DipScoringPolicy { LowOutlierMultiple = -0.1m });
    }

    [Fact]
    public void The_policy_keeps_its_own_copy_of_the_coefficients()
    {
        var coefficients = new Dictionary<int, decimal> { [2] = 0.9m };
        var policy = new DipScoringPolicy { LevelCoefficients = coefficients };
        coefficients[2] = 0.5m;
        (policy.CoefficientFor(2), policy.CoefficientFor(3)).ShouldBe((0.9m, 1m));
    }
}
