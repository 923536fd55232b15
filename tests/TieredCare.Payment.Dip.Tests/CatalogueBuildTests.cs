using static TieredCare.Payment.Dip.Tests.Cases;

namespace TieredCare.Payment.Dip.Tests;

public sealed class CatalogueBuildTests
{
    private static (string Key, DipCombinationKind Kind, int Cases, decimal MeanCost, decimal Score)[] Rows(DipCatalogue catalogue) =>
        [.. catalogue.Combinations.Select(c => (c.Key, c.Kind, c.Cases, c.MeanCost, c.Score))];

    [Fact]
    public void A_combination_with_exactly_15_cases_is_core_and_one_with_14_is_pooled()
    {
        // J18.9 has 15 cases: core. J18.0 has 14: its pool J18|conservative and chapter pool J|conservative also have 14,
        // so they land in the last-resort pool *|conservative. Every case costs 1000, so every score is 1000 ÷ 1000 × 1000.
        var catalogue = DipCatalogue.Build([.. Many(15, "J18.900", 1000m), .. Many(14, "J18.000", 1000m)]);

        Rows(catalogue).ShouldBe(
        [
            ("*|conservative", DipCombinationKind.Pooled, 14, 1000.00m, 1000.0000m),
            ("J18.9|conservative", DipCombinationKind.Core, 15, 1000.00m, 1000.0000m),
        ]);
    }

    [Fact]
    public void The_score_is_the_combination_mean_over_the_overall_mean_times_1000()
    {
        // J18.9: 10 × 6000 + 5 × 12000 = 120,000 over 15 cases, mean 8000; K35.8 + 47.0901: 15 × 12000, mean 12,000.
        // Overall 300,000 ÷ 30 = 10,000: scores 8000 ÷ 10000 × 1000 = 800 and 12000 ÷ 10000 × 1000 = 1200.
        var catalogue = DipCatalogue.Build([.. Many(10, "J18.900", 6000m), .. Many(5, "J18.900", 12000m), .. Many(15, "K35.800", 12000m, "47.0901")]);

        Rows(catalogue).ShouldBe(
        [
            ("J18.9|conservative", DipCombinationKind.Core, 15, 8000.00m, 800.0000m),
            ("K35.8|47.0901", DipCombinationKind.Core, 15, 12000.00m, 1200.0000m),
        ]);
        catalogue.OverallMeanCost.ShouldBe(10000m);
        var k35 = catalogue.Find("K35.8|47.0901")!;
        (k35.Diagnosis, k35.Treatment).ShouldBe(("K35.8", TreatmentType.Surgery));
        k35.Procedures.ShouldBe(["47.0901"]);
    }

    [Fact]
    public void Scores_are_rounded_once_to_four_places()
    {
        // Overall 7000 ÷ 3 = 2333.33…; 1000 ÷ 2333.33… × 1000 = 428.571428…, 2000 → 857.142857…, 4000 → 1714.285714…
        var catalogue = DipCatalogue.Build([Case("A01.000", 1000m), Case("B01.000", 2000m), Case("C01.000", 4000m)], new DipOptions { MinimumCasesForCore = 1 });
        catalogue.Combinations.Select(c => c.Score).ShouldBe([428.5714m, 857.1429m, 1714.2857m]);
    }

    [Fact]
    public void The_score_comes_from_the_exact_mean_not_the_published_one()
    {
        // A: 1000.00 + 1000.01 + 1000.005 = 3000.015 over 3, mean 1000.005, published 1000.01 (half away from zero).
        // B: 999.995, published 1000.00. Overall 4000.01 ÷ 4 = 1000.0025.
        // Score A = 1000.005 ÷ 1000.0025 × 1000 = 1000.00249999… → 1000.0025 (from the published 1000.01 it would be 1000.0075);
        // score B = 999.995 ÷ 1000.0025 × 1000 = 999.99250001… → 999.9925.
        var catalogue = DipCatalogue.Build(
            [Case("A01.000", 1000.00m), Case("A01.000", 1000.01m), Case("A01.000", 1000.005m), Case("B01.000", 999.995m)],
            new DipOptions { MinimumCasesForCore = 1 });

        Rows(catalogue).ShouldBe(
        [
            ("A01.0|conservative", DipCombinationKind.Core, 3, 1000.01m, 1000.0025m),
            ("B01.0|conservative", DipCombinationKind.Core, 1, 1000.00m, 999.9925m),
        ]);
    }

    [Fact]
    public void The_score_base_is_an_option()
    {
        // 12,000 ÷ 10,000 × 100 = 120.
        var catalogue = DipCatalogue.Build(ScoringReference(), new DipOptions { ScoreBase = 100m });
        catalogue.Find("K35.8|47.0901")!.Score.ShouldBe(120.0000m);
    }

    [Fact]
    public void Small_combinations_are_pooled_by_category_then_chapter_then_all_diagnoses()
    {
        // The worked reference of Cases.PoolingReference: overall mean 255,000 ÷ 51 = 5,000.
        var catalogue = DipCatalogue.Build(PoolingReference());

        catalogue.OverallMeanCost.ShouldBe(5000m);
        Rows(catalogue).ShouldBe(
        [
            ("*|surgery", DipCombinationKind.Pooled, 5, 12800.00m, 2560.0000m),       // 64,000 ÷ 5 = 12,800; ÷ 5,000 × 1000
            ("*|therapeutic", DipCombinationKind.Pooled, 1, 5000.00m, 1000.0000m),    // J18.9 + 99.2501, alone
            ("J18.9|conservative", DipCombinationKind.Core, 15, 6000.00m, 1200.0000m),
            ("J18|conservative", DipCombinationKind.Pooled, 15, 4000.00m, 800.0000m), // (10 × 3000 + 5 × 6000) ÷ 15
            ("J|conservative", DipCombinationKind.Pooled, 15, 2400.00m, 480.0000m),   // (7 × 2000 + 8 × 2750) ÷ 15
        ]);
        catalogue.Combinations.Sum(c => c.Cases).ShouldBe(51, "each case is in exactly one combination");
        catalogue.Find("J18|conservative")!.Procedures.ShouldBeEmpty();
        catalogue.Find("J|conservative")!.Diagnosis.ShouldBe("J");
        catalogue.Find("*|surgery")!.Diagnosis.ShouldBe("*");
    }

    [Fact]
    public void The_order_and_repeats_of_procedures_do_not_change_the_combination()
    {
        // Three orderings of {51.2300, 51.2301}: one combination of 3 cases, mean (3000 + 6000 + 9000) ÷ 3 = 6000.
        var catalogue = DipCatalogue.Build(
            [Case("K80.100", 3000m, "51.2300", "51.2301"), Case("K80.100", 6000m, "51.2301", "51.2300"), Case("K80.100x002", 9000m, "51.2301", "51.2300", "51.2301")],
            new DipOptions { MinimumCasesForCore = 3 });

        Rows(catalogue).ShouldBe([("K80.1|51.2300+51.2301", DipCombinationKind.Core, 3, 6000.00m, 1000.0000m)]);
        catalogue.Combinations[0].Procedures.ShouldBe(["51.2300", "51.2301"]);
    }

    [Fact]
    public void A_case_is_pooled_under_the_highest_treatment_type_among_its_procedures()
    {
        // 88.0101 diagnostic, 99.2501 therapeutic, 47.0901 surgery: single cases go to the last-resort pools.
        var catalogue = DipCatalogue.Build(
            [Case("J18.900", 1000m, "88.0101"), Case("J18.900", 1000m, "88.0101", "99.2501"), Case("J18.900", 1000m, "99.2501", "47.0901", "88.0101")]);
        catalogue.Combinations.Select(c => c.Key).ShouldBe(["*|diagnostic", "*|surgery", "*|therapeutic"]);
    }

    [Fact]
    public void A_classifier_in_the_options_decides_the_treatment_types()
    {
        var catalogue = DipCatalogue.Build([Case("J18.900", 1000m, "47.0901")], new DipOptions { Classifier = _ => TreatmentType.Diagnostic });
        catalogue.Combinations.Select(c => c.Key).ShouldBe(["*|diagnostic"]);
    }

    [Fact]
    public void A_code_the_classifier_refuses_stops_the_build() =>
        Should.Throw<ArgumentException>(() => DipCatalogue.Build([Case("J18.900", 1000m, "x7.09")])).Message.ShouldContain("'x7.09' is not an ICD-9-CM-3 code");

    [Fact]
    public void No_reference_cases_give_an_empty_catalogue()
    {
        var catalogue = DipCatalogue.Build([]);
        (catalogue.Count, catalogue.OverallMeanCost).ShouldBe((0, null));
    }

    [Fact]
    public void A_reference_that_cost_nothing_is_refused() =>
        Should.Throw<ArgumentException>(() => DipCatalogue.Build(Many(15, "J18.900", 0m))).Message.ShouldStartWith("the reference cases cost 0 in total");

    [Fact]
    public void Options_out_of_range_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new DipOptions { MinimumCasesForCore = 0 });
        Should.Throw<ArgumentOutOfRangeException>(() => new DipOptions { ScoreBase = 0m });
    }
}
