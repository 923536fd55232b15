using static TieredCare.Payment.Tests.Build;

namespace TieredCare.Payment.Tests.PointMethod;

/// <summary>
/// Rules 2 and 3 on the worked example (<see cref="Build.WorkedExample"/>): M_A = 4000, M_B = 12000, m = 8000, B_A = 50,
/// B_B = 150, k = 1 unless the policy says otherwise; tertiary H = 3, secondary H = 2; low outliers below 0.4 × M.
/// </summary>
public sealed class CasePointTests
{
    private static readonly Settlement Worked = Settle(WorkedExample(), Policy(1_000_000m));

    private static void ShouldSettle(string caseId, SettlementRule rule, decimal points, Settlement? settlement = null)
    {
        var line = (settlement ?? Worked).Line(caseId)!;
        line.Rule.ShouldBe(rule, caseId);
        line.Points.ShouldBe(points, caseId);
    }

    [Fact]
    public void A_normal_case_gets_B_times_k_50_times_1_is_50() => ShouldSettle("a11", SettlementRule.Normal, 50m);

    [Fact]
    public void A_normal_case_of_B_gets_150() => ShouldSettle("b02", SettlementRule.Normal, 150m);

    [Fact]
    public void Hospital_coefficient_0_9_scales_base_points_50_to_45_but_not_the_excess_of_a_high_outlier()
    {
        // S1 with k = 0.9: a04 normal 50 × 0.9 = 45; a03 high outlier 50 × 0.9 + (10000 − 2 × 4000) / 8000 × 100 = 45 + 25 = 70.
        // T1 keeps k = 1: a02 = 50.
        var settlement = Settle(WorkedExample(), Policy(1_000_000m).WithHospitalCoefficient("S1", 0.9m));
        ShouldSettle("a04", SettlementRule.Normal, 45m, settlement);
        ShouldSettle("a03", SettlementRule.HighOutlier, 70m, settlement);
        ShouldSettle("a02", SettlementRule.Normal, 50m, settlement);
    }

    [Fact]
    public void High_outlier_at_a_tertiary_hospital_above_3_M_13000_gets_50_plus_1000_over_8000_times_100_is_62_5()
    {
        // C 13000 > 3 × 4000 = 12000: 50 × 1 + (13000 − 12000) / 8000 × 100 = 50 + 12.5.
        ShouldSettle("a01", SettlementRule.HighOutlier, 62.5m);
        Worked.Line("a01")!.Explanation.ShouldStartWith(
            "high outlier (C 13000 > H 3 × M 4000): B 50 × k 1 + (C 13000 − 3 × M 4000) / m 8000 × 100 = 62.5 points; amount v ");
    }

    [Fact]
    public void High_outlier_of_B_40000_at_a_tertiary_hospital_gets_150_plus_4000_over_8000_times_100_is_200() =>
        ShouldSettle("b01", SettlementRule.HighOutlier, 200m);

    [Fact]
    public void Exactly_3_M_12000_at_a_tertiary_hospital_is_not_a_high_outlier() => ShouldSettle("a02", SettlementRule.Normal, 50m);

    [Fact]
    public void High_outlier_at_a_secondary_hospital_above_2_M_10000_gets_50_plus_2000_over_8000_times_100_is_75() =>
        ShouldSettle("a03", SettlementRule.HighOutlier, 75m);

    [Fact]
    public void Exactly_2_M_8000_at_a_secondary_hospital_is_not_a_high_outlier() => ShouldSettle("a04", SettlementRule.Normal, 50m);

    [Fact]
    public void Primary_and_unrated_hospitals_take_the_default_multiple_2_so_11000_over_2_M_10000_gets_100_plus_20()
    {
        // One DRG: t1 (tertiary), p1 (primary), z1 (unrated) at 11000 and six tertiary cases at 2000: M = m = 45000 / 9 = 5000, B = 100.
        // p1, z1: 11000 > 2 × 5000 → 100 + (11000 − 10000) / 5000 × 100 = 120. t1: 11000 ≤ 3 × 5000 → normal 100.
        List<SettlementCase> cases = [Case("t1", "T", "A", 11000m), Case("p1", "P", "A", 11000m, level: 1), Case("z1", "Z", "A", 11000m, level: 0)];
        cases.AddRange(Enumerable.Range(1, 6).Select(i => Case($"n{i}", "T", "A", 2000m)));
        var settlement = Settle(cases);
        ShouldSettle("p1", SettlementRule.HighOutlier, 120m, settlement);
        ShouldSettle("z1", SettlementRule.HighOutlier, 120m, settlement);
        ShouldSettle("t1", SettlementRule.Normal, 100m, settlement);
    }

    [Fact]
    public void Low_outlier_below_0_4_M_1000_gets_50_times_min_1_1000_over_4000_is_12_5()
    {
        ShouldSettle("a05", SettlementRule.LowOutlier, 12.5m);
        Worked.Line("a05")!.Explanation.ShouldStartWith("low outlier (C 1000 < 0.4 × M 4000): B 50 × k 1 × min(1, C 1000 / M 4000) = 12.5 points");
    }

    [Fact]
    public void Exactly_0_4_M_1600_is_not_a_low_outlier() => ShouldSettle("a06", SettlementRule.Normal, 50m);

    [Fact]
    public void Incomplete_stay_with_disposition_2_costing_3000_gets_50_times_3000_over_4000_is_37_5()
    {
        ShouldSettle("a07", SettlementRule.IncompleteStay, 37.5m);
        Worked.Line("a07")!.Explanation.ShouldStartWith("incomplete stay (离院方式 2): B 50 × k 1 × min(1, C 3000 / M 4000) = 37.5 points");
    }

    [Fact]
    public void Incomplete_stay_with_disposition_4_costing_6000_above_M_is_capped_at_min_1_and_gets_50() =>
        ShouldSettle("a08", SettlementRule.IncompleteStay, 50m);

    [Fact]
    public void High_outlier_beats_incomplete_stay_9000_with_disposition_4_at_a_secondary_hospital_gets_50_plus_12_5() =>
        ShouldSettle("a09", SettlementRule.HighOutlier, 62.5m);

    [Fact]
    public void A_low_outlier_with_an_incomplete_stay_is_named_low_outlier_1200_over_4000_times_50_is_15() =>
        ShouldSettle("a10", SettlementRule.LowOutlier, 15m);

    [Fact]
    public void The_incomplete_dispositions_are_a_policy_parameter()
    {
        // Without 2 among them, a07 (3000, 离院方式 2) is normal: 3000 ≥ 1600.
        var settlement = Settle(WorkedExample(), Policy(1_000_000m) with { IncompleteDispositions = [4] });
        ShouldSettle("a07", SettlementRule.Normal, 50m, settlement);
        ShouldSettle("a08", SettlementRule.IncompleteStay, 50m, settlement);
    }

    [Fact]
    public void Ungroupable_ambiguous_and_invalid_cases_get_no_points_and_fee_for_service_r_times_C_minus_P()
    {
        // u01: 1 × (5000 − 1000) = 4000; q01: 1 × (7000 − 500) = 6500; i01 (invalid abstract): 1 × (900 − 100) = 800, as ungroupable.
        var u = Worked.Line("u01")!;
        (u.Rule, u.Points, u.Amount).ShouldBe((SettlementRule.FeeForServiceUngroupable, 0m, 4000m));
        u.Explanation.ShouldBe("ungroupable (无法入组), fee-for-service: r 1 × (C 5000 − P 1000) = 4000, from the budget first");
        var q = Worked.Line("q01")!;
        (q.Rule, q.Points, q.Amount).ShouldBe((SettlementRule.FeeForServiceAmbiguous, 0m, 6500m));
        var i = Worked.Line("i01")!;
        (i.Rule, i.Points, i.Amount).ShouldBe((SettlementRule.FeeForServiceUngroupable, 0m, 800m));
        i.Explanation.ShouldStartWith("invalid abstract, paid as ungroupable");
        Worked.Totals.FeeForService.ShouldBe(11300m);
    }

    [Fact]
    public void Rule_counts_of_the_worked_example_add_up()
    {
        var counts = Worked.Totals.CasesByRule;
        counts[SettlementRule.HighOutlier].ShouldBe(4);    // a01, a03, a09, b01
        counts[SettlementRule.LowOutlier].ShouldBe(2);     // a05, a10
        counts[SettlementRule.IncompleteStay].ShouldBe(2); // a07, a08
        counts[SettlementRule.Normal].ShouldBe(52);
        counts[SettlementRule.FeeForServiceUngroupable].ShouldBe(2);
        counts[SettlementRule.FeeForServiceAmbiguous].ShouldBe(1);
        Worked.Totals.PointedCases.ShouldBe(60);
    }
}
