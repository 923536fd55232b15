using TieredCare.Drg;
using TieredCare.Drg.Analytics;
using static TieredCare.Payment.Tests.Build;

namespace TieredCare.Payment.Tests;

/// <summary>Bad input gives a clear error naming the item, and no settlement at all.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void A_zero_total_of_points_is_refused()
    {
        var error = Should.Throw<SettlementException>(() => Settle([Ungroupable("u1", "H", 100m, 0m), Case("g", "H", "A", 100m, specialReview: true)],
            Policy(1000m) with { SpecialReviewMaxShare = 1m }));
        error.Message.ShouldBe("no settlement: the total of points is zero: none of the 2 cases earned points (0 pointed), so there is no point value");
    }

    [Fact]
    public void No_grouped_case_at_all_leaves_no_group_means() =>
        Should.Throw<SettlementException>(() => Settle([Ungroupable("u1", "H", 100m, 0m)])).Message.ShouldContain("no successfully grouped case");

    [Fact]
    public void Every_case_problem_is_listed_duplicate_ids_self_pay_above_cost_and_a_hospital_with_two_levels()
    {
        var error = Should.Throw<SettlementException>(() => Settle(
        [
            Case("1", "H1", "A", 100m), Case("1", "H1", "A", 200m), Case("2", "H1", "A", 100m) with { SelfPay = 150m }, Case("3", "H1", "A", 100m, level: 2),
        ]));
        error.Problems.ShouldBe(
        [
            "case 1: the case id appears more than once",
            "case 2: self-pay 150 is above the total cost 100",
            "hospital H1: level 3 on case 1 but 2 on case 3; a hospital has one level",
        ]);
    }

    [Fact]
    public void A_budget_that_does_not_cover_fee_for_service_is_refused_naming_the_amounts()
    {
        // 1000 − 1600 < 0: v = (−600 + 6600) / 400 = 15 would be positive, but the pointed cases would get −600 from the fund in all.
        var error = Should.Throw<SettlementException>(() => Settle(TwoHospitals(), Policy(1000m)));
        error.Message.ShouldBe("no settlement: budget 1000 does not cover the fee-for-service 1600 and per-diem 0 payments taken from it first; " +
            "-600 would be left for pointed cases");
    }

    [Fact]
    public void A_DRG_absent_from_the_weight_table_is_refused_naming_the_case_and_the_DRG()
    {
        var table = new DrgWeightTable([Weight("A", 4000m, 0.5m)]);
        var error = Should.Throw<SettlementException>(() => DrgPointSettlement.Settle(TwoHospitals(), Policy(30000m), table));
        error.Problems.ShouldBe(
        [
            "case y1: DRG B is absent from the weight table (1 DRGs), so the case has no base points",
            "case y2: DRG B is absent from the weight table (1 DRGs), so the case has no base points",
        ]);
    }

    [Fact]
    public void A_policy_naming_a_weight_file_needs_the_table() =>
        Should.Throw<SettlementException>(() => Settle(TwoHospitals(), Policy(30000m) with { WeightReference = "weights-2024.tsv" }))
            .Message.ShouldContain("takes its weights from 'weights-2024.tsv'");

    [Fact]
    public void Bad_values_cannot_even_make_a_case()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Case("1", "H", "A", -1m));
        Should.Throw<ArgumentOutOfRangeException>(() => Case("1", "H", "A", 1m, -1m));
        Should.Throw<ArgumentOutOfRangeException>(() => Case("1", "H", "A", 1m, level: 4));
        Should.Throw<ArgumentException>(() => Case("", "H", "A", 1m));
        Should.Throw<ArgumentException>(() => Case("1", "H\t2", "A", 1m));
    }

    internal static DrgWeight Weight(string drg, decimal mean, decimal rw, int cases = 10) =>
        new(drg, "", cases, cases, mean, 5m, rw, 0, 0m, RiskLevel.Low);
}
