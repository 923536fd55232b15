using static TieredCare.Payment.Tests.Build;

namespace TieredCare.Payment.Tests;

/// <summary>
/// The explanations the product's users read are Chinese: the same formulas and numbers as the English ones, on the worked
/// example (M_A 4000, m 8000, B_A 50) and the per-diem and special-review examples.
/// </summary>
public sealed class ChineseExplanationTests
{
    private static readonly Settlement Worked = Settle(WorkedExample(), Policy(1_000_000m));

    private static string Chinese(Settlement settlement, string caseId) => settlement.Line(caseId)!.ExplanationIn(ExplanationLanguage.Chinese);

    [Fact]
    public void A_high_outlier_13000_over_3_times_4000_reads_in_Chinese_with_its_numbers() =>
        Chinese(Worked, "a01").ShouldStartWith("高倍率病例（C 13000 > 3 × M 4000）：B 50 × k 1 +（C 13000 − 3 × M 4000）÷ m 8000 × 100 = 62.5 点；支付 = 点值 v ");

    [Fact]
    public void A_low_outlier_and_an_incomplete_stay_name_their_rule_and_disposition()
    {
        Chinese(Worked, "a05").ShouldStartWith("低倍率病例（C 1000 < 0.4 × M 4000）：B 50 × k 1 × min(1, C 1000 ÷ M 4000) = 12.5 点");
        Chinese(Worked, "a07").ShouldStartWith("未完成治疗（离院方式 2）：B 50 × k 1 × min(1, C 3000 ÷ M 4000) = 37.5 点");
    }

    [Fact]
    public void A_normal_case_ends_with_its_group_mean_weight_and_base_points() =>
        Chinese(Worked, "a11").ShouldEndWith("（A：病组均值 M 4000 元，相对权重 RW 0.5，基准点数 B = 100 × RW）");

    [Fact]
    public void An_ungroupable_case_is_fee_for_service_4000_from_the_budget_first() =>
        Chinese(Worked, "u01").ShouldBe("无法入组，按项目付费：支付比例 r 1 ×（总费用 C 5000 − 自付 P 1000）= 4000 元，先从预算中支付");

    [Fact]
    public void A_per_diem_case_reads_20_bed_days_times_300_is_6000()
    {
        var settlement = Settle([.. TwoHospitals(), Case("p1", "H2", "TR19", 8000m, 800m, level: 2, month: "2025-02", los: 20)],
            Policy(30000m).WithPerDiemRate("TR1", 300m));
        Chinese(settlement, "p1").ShouldBe("按床日付费（病组 TR1）：住院 20 床日 × 床日标准 300 元 = 6000 元，先从预算中支付");
    }

    [Fact]
    public void A_refused_special_review_says_why_before_its_point_formula()
    {
        // H1: 40 cases of which 3 flagged; the 5 % cap admits 2, the cheapest (f3, 10000) is refused.
        var cases = Enumerable.Range(1, 37).Select(i => Case($"s{i:00}", "H1", "A", 4000m)).ToList();
        cases.Add(Case("f1", "H1", "A", 50000m, specialReview: true));
        cases.Add(Case("f2", "H1", "A", 30000m, specialReview: true));
        cases.Add(Case("f3", "H1", "A", 10000m, specialReview: true));
        var settlement = Settle(cases, Policy(500000m));
        Chinese(settlement, "f3").ShouldStartWith("特例单议未获准：H1 申报 3 例（共 40 例），上限 5% 只准 2 例（费用高者优先），本例按点数规则结算；正常病例：B 100 × k 1 = 100 点");
        Chinese(settlement, "f1").ShouldStartWith("特例单议，按项目付费");
    }
}

/// <summary>A monthly advance run explains a case by its points and its share of the advance (rule 7), not by the year's point value.</summary>
public sealed class AdvanceExplanationTests
{
    private static readonly Settlement Example = Settle(TwoHospitals());

    [Fact]
    public void X1_in_January_is_advanced_0_85_times_80_times_50_minus_600_is_2890()
    {
        var x1 = Example.Line("x1")!;
        x1.AdvanceExplanationIn(80m, ExplanationLanguage.Chinese)
            .ShouldBe("正常病例：B 50 × k 1 = 50 点；月度预付 = 预付比例 0.85 ×（月点值 80 × 50 点 − 自付 P 600）= 2890 元（A：病组均值 M 4000 元，相对权重 RW 0.5，基准点数 B = 100 × RW）");
        x1.AdvanceExplanationIn(80m, ExplanationLanguage.English).ShouldStartWith("normal: B 50 × k 1 = 50 points; advance r 0.85 × (month v 80 × 50 − P 600) = 2890");
    }

    [Fact]
    public void A_fee_for_service_case_is_not_advanced() =>
        Example.Line("u1")!.AdvanceExplanationIn(80m, ExplanationLanguage.Chinese).ShouldBe("无法入组，按项目付费：不参与月度预付，年度清算时支付");
}
