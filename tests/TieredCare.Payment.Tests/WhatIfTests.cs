using static TieredCare.Payment.Tests.Build;

namespace TieredCare.Payment.Tests;

/// <summary>Policy what-if: settle under A and B, compare every hospital before adopting B.</summary>
public sealed class WhatIfTests
{
    [Fact]
    public void Raising_the_budget_from_30000_to_33000_raises_v_to_95_and_each_hospital_by_1500()
    {
        // v_B = (33000 − 1600 + 6600) / 400 = 95. H1: 95 × 200 − 2600 + 1600 = 18000; H2: 19000 − 4000 = 15000.
        var comparison = WhatIf.Compare(TwoHospitals(), Policy(30000m), Policy(30000m) with { Budget = 33000m, Version = "2" });

        comparison.Hospitals.ShouldBe(
        [
            new HospitalChange("H1", 16500m, 18000m, 1500m, 200m, 200m, 87.5m, 95m),
            new HospitalChange("H2", 13500m, 15000m, 1500m, 200m, 200m, 87.5m, 95m),
        ]);
        (comparison.ChangedRules, comparison.CasesOnlyInA, comparison.CasesOnlyInB).ShouldBe((0, 0, 0));
        (comparison.PolicyA, comparison.PolicyB).ShouldBe(("test 1", "test 2"));
        (comparison.TotalDueA, comparison.TotalDueB).ShouldBe((30000m, 33000m));
    }

    [Fact]
    public void A_coefficient_of_1_2_for_H1_moves_1590_91_from_H2_to_H1_within_the_same_budget()
    {
        // H1 points 1.2 × (50 + 150) = 240, total 440, v = 35000 / 440 = 79.5454…
        // H1: 79.5454… × 240 − 2600 + 1600 = 18090.909… → 18090.91; H2: 79.5454… × 200 − 4000 = 11909.0909… → 11909.09.
        var comparison = WhatIf.Compare(TwoHospitals(), Policy(30000m), Policy(30000m).WithHospitalCoefficient("H1", 1.2m));
        comparison.Hospitals.Select(h => (h.Hospital, h.DueB, h.Difference)).ShouldBe([("H1", 18090.91m, 1590.91m), ("H2", 11909.09m, -1590.91m)]);
        comparison.PointValueB.ShouldBe(35000m / 440m);
        comparison.Hospitals[0].PointsB.ShouldBe(240m);
    }

    [Fact]
    public void Lowering_the_tertiary_multiple_to_2_turns_one_normal_case_into_a_high_outlier()
    {
        // Worked example, T1: a02 costs 12000 > 2 × 4000 (it was = 3 × 4000); a01 and b01 were high outliers already.
        var a = Settle(WorkedExample(), Policy(1_000_000m));
        var b = Settle(WorkedExample(), Policy(1_000_000m).WithHighOutlierMultiple("3", 2m));
        var comparison = WhatIf.Compare(a, b);
        comparison.ChangedRules.ShouldBe(1);
        comparison.RuleChanges.ShouldBe([new RuleChange(SettlementRule.Normal, SettlementRule.HighOutlier, 1)]);
        b.Line("a02")!.Points.ShouldBe(100m, "50 + (12000 − 8000) / 8000 × 100");
    }

    [Fact]
    public void A_hospital_in_only_one_run_is_compared_against_nothing()
    {
        var a = Settle(TwoHospitals());
        var b = Settle([.. TwoHospitals(), Ungroupable("u3", "H3", 1000m, 0m)]);
        var comparison = WhatIf.Compare(a, b);
        comparison.Hospitals.Single(h => h.Hospital == "H3").ShouldBe(new HospitalChange("H3", 0m, 1000m, 1000m, 0m, 0m, a.PointValue, b.PointValue));
        comparison.CasesOnlyInB.ShouldBe(1);
    }
}
