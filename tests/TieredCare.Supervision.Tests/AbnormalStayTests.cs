using static TieredCare.Supervision.Tests.Cases;

namespace TieredCare.Supervision.Tests;

public class AbnormalStayTests
{
    // 20 stays of 4 (×6), 5 (×9), 6 (×5) plus the tested one x ≥ 6: sorted, Q1 = s[5] = 4, median = s[10] = 5, Q3 = s[15] = 6,
    // IQR = 2, upper fence 6 + 3 × 2 = 12 days.
    private static SupervisedCase[] WithLongCandidate(int los, out SupervisedCase candidate)
    {
        candidate = Stay("X", "H1", los: los, drg: "FR39");
        return [.. Distribution("FR39", [.. Repeat(4, 6), .. Repeat(5, 9), .. Repeat(6, 5)]), candidate];
    }

    // 20 stays of 10 (×10) and 11 (×10) plus the tested one x ≤ 10: Q1 = s[5] = 10, median = s[10] = 10, Q3 = s[15] = 11,
    // IQR = 1, lower fence 10 − 3 × 1 = 7 days.
    private static SupervisedCase[] WithShortCandidate(int los, out SupervisedCase candidate, decimal cost = 10_000m, int? disposition = 1, string drg = "FR39")
    {
        candidate = Stay("X", "H1", los: los, drg: drg, cost: cost, disposition: disposition);
        return [.. Distribution(drg, [.. Repeat(10, 10), .. Repeat(11, 10)]), candidate];
    }

    [Theory]
    [InlineData(12, false)]
    [InlineData(13, true)]
    public void A_stay_is_long_above_Q3_plus_3_IQR(int los, bool flagged)
    {
        var findings = AbnormalStayDetector.Detect(WithLongCandidate(los, out var candidate));

        if (!flagged)
        {
            findings.ShouldBeEmpty();
            return;
        }
        var finding = findings.ShouldHaveSingleItem();
        finding.Kind.ShouldBe(FindingKind.LongStay);
        finding.CaseIds.ShouldBe([candidate.CaseId]);
        finding.Facts["q1_days"].ShouldBe("4.00");
        finding.Facts["q3_days"].ShouldBe("6.00");
        finding.Facts["fence_days"].ShouldBe("12.00");
        // Strength x / (x + 3) with x = (13 − 6) / 2 = 3.5 IQRs above Q3; weight 0.7.
        finding.Score.ShouldBe(0.7 * 3.5 / 6.5, 1e-12);
        finding.Evidence.Chinese.ShouldContain("Q1 4.0、中位数 5.0、Q3 6.0 天，上限 Q3 + 3.0×IQR = 12.0 天");
    }

    [Theory]
    [InlineData(7, false)]
    [InlineData(6, true)]
    public void A_stay_is_short_below_Q1_minus_3_IQR_when_that_fence_is_at_least_a_day(int los, bool flagged) =>
        AbnormalStayDetector.Detect(WithShortCandidate(los, out _)).Any(f => f.Kind == FindingKind.ShortStay).ShouldBe(flagged);

    [Fact]
    public void A_lower_fence_below_one_day_flags_no_short_stay() =>
        AbnormalStayDetector.Detect(WithLongCandidate(6, out _).Append(Stay("Y", los: 0, drg: "FR39")).ToArray())
            .ShouldNotContain(f => f.Kind == FindingKind.ShortStay);

    [Theory]
    [InlineData(2)] // 医嘱转院
    [InlineData(4)] // 非医嘱离院
    [InlineData(5)] // 死亡
    public void A_short_stay_explained_by_its_disposition_is_not_flagged(int disposition) =>
        AbnormalStayDetector.Detect(WithShortCandidate(2, out _, cost: 50_000m, disposition: disposition)).ShouldBeEmpty();

    // Median stay 10, so at most 2.5 days is very short; median cost 10,000, so 20,000 is very high.
    [Theory]
    [InlineData(2, 20_000, true)]
    [InlineData(2, 19_999.99, false)]
    [InlineData(3, 50_000, false)]
    public void A_very_short_stay_at_twice_the_median_cost_is_flagged(int los, decimal cost, bool flagged)
    {
        var findings = AbnormalStayDetector.Detect(WithShortCandidate(los, out _, cost));

        var finding = findings.SingleOrDefault(f => f.Kind == FindingKind.ShortStayHighCost);
        (finding is not null).ShouldBe(flagged);
        if (finding is null) return;
        finding.Facts["cost_ratio"].ShouldBe("2.00");
        finding.Score.ShouldBe(0.8 * 2 / (2 + 2.0), 1e-12);
        finding.Evidence.Chinese.ShouldContain("为该 DRG 中位费用 10,000.00 元的 2.00 倍");
    }

    [Fact]
    public void A_one_day_stay_in_a_surgical_DRG_where_such_stays_are_rare_is_flagged()
    {
        var finding = AbnormalStayDetector.Detect(WithShortCandidate(1, out var candidate, drg: "GB15"))
            .Single(f => f.Kind == FindingKind.ShortSurgicalStay);

        finding.CaseIds.ShouldBe([candidate.CaseId]);
        // 1 of 21 stays ≤ 1 day; cost at the median gives strength 0.5, weight 0.4.
        finding.Facts["short_surgical_share"].ShouldBe("0.0476");
        finding.Score.ShouldBe(0.2, 1e-12);
    }

    [Fact]
    public void A_one_day_stay_in_a_medical_DRG_is_not_a_short_surgical_stay() =>
        AbnormalStayDetector.Detect(WithShortCandidate(1, out _, drg: "ES35")).ShouldNotContain(f => f.Kind == FindingKind.ShortSurgicalStay);

    [Fact]
    public void Surgical_DRGs_often_done_in_a_day_or_on_the_day_surgery_list_are_left_alone()
    {
        // 3 of 21 stays (14 %) are 1-day stays: above the 10 % limit.
        SupervisedCase[] routine = [.. Distribution("GB15", [.. Repeat(1, 3), .. Repeat(10, 18)])];
        AbnormalStayDetector.Detect(routine).ShouldNotContain(f => f.Kind == FindingKind.ShortSurgicalStay);

        AbnormalStayDetector.Detect(WithShortCandidate(1, out _, drg: "GB15"), new SupervisionOptions { DaySurgeryAdrgs = ["GB1"] })
            .ShouldNotContain(f => f.Kind == FindingKind.ShortSurgicalStay);
    }

    [Fact]
    public void A_DRG_with_fewer_than_20_cases_has_no_distribution_to_judge_by()
    {
        SupervisedCase[] cases = [.. Distribution("FR39", [.. Repeat(5, 18)]), Stay("X", los: 60, drg: "FR39")];

        AbnormalStayDetector.Detect(cases).ShouldBeEmpty();
        AbnormalStayDetector.Detect(cases, new SupervisionOptions { StayMinimumDrgCases = 19 }).ShouldHaveSingleItem().Kind.ShouldBe(FindingKind.LongStay);
    }

    [Fact]
    public void The_IQR_is_at_least_a_day_so_one_day_over_a_uniform_DRG_is_not_flagged()
    {
        // All 20 at 5 days: IQR 0 taken as 1, fence 5 + 3 = 8.
        AbnormalStayDetector.Detect([.. Distribution("FR39", [.. Repeat(5, 20)]), Stay("X", los: 8, drg: "FR39")]).ShouldBeEmpty();
        AbnormalStayDetector.Detect([.. Distribution("FR39", [.. Repeat(5, 20)]), Stay("X", los: 9, drg: "FR39")]).ShouldHaveSingleItem();
    }

    [Fact]
    public void A_weight_of_zero_switches_a_kind_off() =>
        AbnormalStayDetector.Detect(WithLongCandidate(30, out _),
            new SupervisionOptions { Weights = new Dictionary<FindingKind, double> { [FindingKind.LongStay] = 0 } }).ShouldBeEmpty();
}
