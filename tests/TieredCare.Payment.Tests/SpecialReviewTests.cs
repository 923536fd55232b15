using static TieredCare.Payment.Tests.Build;

namespace TieredCare.Payment.Tests;

/// <summary>
/// Special review (特例单议) and its cap: at most ⌊specialReviewMaxShare × the hospital's cases⌋ flagged cases are accepted,
/// the costliest first; the rest are settled by the point rules with the refusal in the explanation.
/// </summary>
public sealed class SpecialReviewTests
{
    /// <summary>
    /// H1 (tertiary) has 40 cases of DRG A: 37 at 4000 and three flagged, f1 50000, f2 30000, f3 10000 (P 0).
    /// M_A = m = (148000 + 90000) / 40 = 5950, B = 100. The 5 % cap admits ⌊0.05 × 40⌋ = 2: f1 and f2.
    /// </summary>
    private static List<SettlementCase> Flagged()
    {
        var cases = Enumerable.Range(1, 37).Select(i => Case($"s{i:00}", "H1", "A", 4000m)).ToList();
        cases.Add(Case("f1", "H1", "A", 50000m, specialReview: true));
        cases.Add(Case("f2", "H1", "A", 30000m, specialReview: true));
        cases.Add(Case("f3", "H1", "A", 10000m, specialReview: true));
        return cases;
    }

    [Fact]
    public void Accepted_special_review_is_paid_fee_for_service_r_times_C_minus_P_50000_from_the_budget_first()
    {
        var settlement = Settle(Flagged(), Policy(500000m));
        var f1 = settlement.Line("f1")!;
        (f1.Rule, f1.Points, f1.Amount).ShouldBe((SettlementRule.SpecialReview, 0m, 50000m));
        f1.Explanation.ShouldBe("special review (特例单议), fee-for-service: r 1 × (C 50000 − P 0) = 50000, from the budget first");
        settlement.Line("f2")!.Rule.ShouldBe(SettlementRule.SpecialReview);
        // v = (500000 − 80000 + 0) / (38 × 100) = 420000 / 3800.
        settlement.Totals.FeeForService.ShouldBe(80000m);
        settlement.PointValue.ShouldBe(420000m / 3800m);
    }

    [Fact]
    public void The_cap_of_5_percent_of_40_cases_admits_2_so_the_cheapest_flagged_case_10000_is_refused_and_earns_100_points()
    {
        // f3: 10000 ≤ 3 × 5950, ≥ 0.4 × 5950: normal, 100 points.
        var settlement = Settle(Flagged(), Policy(500000m));
        var f3 = settlement.Line("f3")!;
        (f3.Rule, f3.Points).ShouldBe((SettlementRule.Normal, 100m));
        f3.Note.ShouldBe("special review refused: H1 flagged 3 of its 40 cases and the cap of 5 % admits 2 (the costliest first); settled by the point rules");
        f3.Explanation.ShouldStartWith(f3.Note + "; normal: B 100 × k 1 = 100 points");
        settlement.Totals.RefusedSpecialReviews.ShouldBe(1);
    }

    [Fact]
    public void A_hospital_of_10_cases_under_a_5_percent_cap_admits_none_and_a_share_of_1_admits_all()
    {
        var cases = Enumerable.Range(1, 9).Select(i => Case($"c{i}", "H", "A", 1000m)).Append(Case("f", "H", "A", 1000m, specialReview: true)).ToList();
        Settle(cases, Policy(10000m)).Line("f")!.Rule.ShouldBe(SettlementRule.Normal, "⌊0.05 × 10⌋ = 0");
        Settle(cases, Policy(10000m) with { SpecialReviewMaxShare = 1m }).Line("f")!.Rule.ShouldBe(SettlementRule.SpecialReview);
    }

    [Fact]
    public void Equal_costs_at_the_cap_are_decided_by_case_id()
    {
        // 20 cases, cap ⌊0.05 × 20⌋ = 1; g1 and g2 flagged, both 5000: g1 (the lower id) is accepted.
        var cases = Enumerable.Range(1, 18).Select(i => Case($"c{i:00}", "H", "A", 1000m)).ToList();
        cases.Add(Case("g2", "H", "A", 5000m, specialReview: true));
        cases.Add(Case("g1", "H", "A", 5000m, specialReview: true));
        var settlement = Settle(cases, Policy(100000m));
        settlement.Line("g1")!.Rule.ShouldBe(SettlementRule.SpecialReview);
        settlement.Line("g2")!.Note.ShouldNotBeNull();
    }

    [Fact]
    public void A_flagged_case_that_did_not_group_is_paid_as_ungroupable_and_does_not_use_the_cap()
    {
        var cases = Flagged();
        cases.Add(Case("f0", "H1", "0000", 900m, status: TieredCare.Drg.GroupingStatus.Ungroupable, specialReview: true));
        // 41 cases now: cap ⌊2.05⌋ = 2, still f1 and f2.
        var settlement = Settle(cases, Policy(500000m));
        settlement.Line("f0")!.Rule.ShouldBe(SettlementRule.FeeForServiceUngroupable);
        settlement.Line("f2")!.Rule.ShouldBe(SettlementRule.SpecialReview);
        settlement.Line("f3")!.Rule.ShouldBe(SettlementRule.Normal);
    }
}
