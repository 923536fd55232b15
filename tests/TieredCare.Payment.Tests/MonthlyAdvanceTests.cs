using static TieredCare.Payment.Tests.Build;

namespace TieredCare.Payment.Tests;

/// <summary>
/// Rule 7 on the point-value example: January's pointed cases x1 (3000, 50 points) and x2 (5000, 50) give v_Jan =
/// 8000 / 100 = 80; February's y1 (10000, 150) and y2 (14000, 150) give v_Feb = 24000 / 300 = 80.
/// </summary>
public sealed class MonthlyAdvanceTests
{
    private static readonly Settlement Example = Settle(TwoHospitals());

    [Fact]
    public void Month_point_value_is_the_months_cost_of_pointed_cases_over_its_points_8000_over_100_is_80()
    {
        Example.Months.ShouldBe(
        [
            new MonthValue(YearMonth.Parse("2025-01"), 2, 8000m, 100m, 80m),
            new MonthValue(YearMonth.Parse("2025-02"), 2, 24000m, 300m, 80m),
        ], "u1 is fee-for-service and not in January's figures");
    }

    [Fact]
    public void Advance_is_85_percent_of_v_month_times_points_minus_self_pay_H1_January_0_85_times_80_times_50_minus_600_is_2890()
    {
        // H1 Jan: 0.85 × (80 × 50 − 600) = 2890; Feb: 0.85 × (80 × 150 − 2000) = 8500.
        // H2 Jan: 0.85 × (80 × 50 − 1000) = 2550; Feb: 0.85 × (80 × 150 − 3000) = 7650.
        Example.Hospital("H1")!.MonthlyAdvances.ShouldBe(
        [
            new MonthlyAdvance(YearMonth.Parse("2025-01"), 50m, 80m, 600m, 2890m, 2890m),
            new MonthlyAdvance(YearMonth.Parse("2025-02"), 150m, 80m, 2000m, 8500m, 8500m),
        ]);
        Example.Hospital("H2")!.MonthlyAdvances.Select(a => a.Paid).ShouldBe([2550m, 7650m]);
    }

    [Fact]
    public void Each_month_is_paid_to_the_cent_and_the_advances_are_the_sum_of_what_was_paid()
    {
        // One hospital, one DRG, P 0: Jan 1000 and 1001.01, Feb 1000.505. M = m = 3001.515 / 3 = 1000.505, so B = 100 for each.
        // Jan: v_Jan = 2001.01 / 200 = 10.00505; 0.85 × 10.00505 × 200 = 1700.8585, paid 1700.86.
        // Feb: v_Feb = 1000.505 / 100; 0.85 × 1000.505 = 850.42925, paid 850.43. Advances 2551.29; v = 3000 / 300 = 10, due 3000.
        var settlement = Settle(
        [
            Case("1", "H", "A", 1000m, month: "2025-01"), Case("2", "H", "A", 1001.01m, month: "2025-01"), Case("3", "H", "A", 1000.505m, month: "2025-02"),
        ], Policy(3000m));
        var h = settlement.Hospital("H")!;
        h.MonthlyAdvances.Select(a => (a.Amount, a.Paid)).ShouldBe([(1700.8585m, 1700.86m), (850.42925m, 850.43m)]);
        h.Advances.ShouldBe(2551.29m);
        h.Balance.ShouldBe(3000m - 2551.29m);
    }

    [Fact]
    public void A_hospital_without_pointed_cases_in_a_month_gets_no_advance_that_month()
    {
        // H3 only has an ungroupable case: its fee-for-service is paid at the final settlement.
        var settlement = Settle([.. TwoHospitals(), Ungroupable("u3", "H3", 1000m, 0m, month: "2025-03")]);
        var h3 = settlement.Hospital("H3")!;
        h3.MonthlyAdvances.ShouldBeEmpty();
        (h3.Due, h3.Advances, h3.Balance).ShouldBe((1000m, 0m, 1000m));
    }
}
