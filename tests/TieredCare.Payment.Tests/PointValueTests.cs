using static TieredCare.Payment.Tests.Build;

namespace TieredCare.Payment.Tests;

/// <summary>
/// Rules 4–6 on the point-value example (<see cref="Build.TwoHospitals"/>): points 50 + 50 + 150 + 150 = 400; u1 is paid
/// fee-for-service 1 × (2000 − 400) = 1600 from the budget first; Σ P of pointed cases = 600 + 2000 + 1000 + 3000 = 6600.
/// </summary>
public sealed class PointValueTests
{
    private static readonly Settlement Example = Settle(TwoHospitals());

    [Fact]
    public void Point_value_is_budget_30000_minus_fee_for_service_1600_plus_self_pay_6600_over_400_points_is_87_5()
    {
        Example.Totals.Points.ShouldBe(400m);
        Example.Totals.FeeForService.ShouldBe(1600m);
        Example.Totals.SelfPay.ShouldBe(6600m);
        Example.PointValue.ShouldBe(87.5m);
    }

    [Fact]
    public void Fee_for_service_at_rate_0_9_takes_1440_from_the_budget_first_so_v_is_35160_over_400_is_87_9()
    {
        var settlement = Settle(TwoHospitals(), Policy(30000m) with { FeeForServiceRate = 0.9m });
        settlement.Line("u1")!.Amount.ShouldBe(1440m);
        settlement.PointValue.ShouldBe(87.9m);
    }

    [Fact]
    public void Hospital_due_is_v_times_points_minus_self_pay_plus_fee_for_service_H1_16500_H2_13500()
    {
        // H1: 87.5 × 200 − (600 + 2000) + 1600 = 16500. H2: 87.5 × 200 − (1000 + 3000) = 13500. Together the budget.
        var h1 = Example.Hospital("H1")!;
        (h1.Cases, h1.PointedCases, h1.Points, h1.SelfPay, h1.FeeForService, h1.PerDiem, h1.Due).ShouldBe((3, 2, 200m, 2600m, 1600m, 0m, 16500m));
        var h2 = Example.Hospital("H2")!;
        (h2.Cases, h2.PointedCases, h2.Points, h2.SelfPay, h2.FeeForService, h2.Due).ShouldBe((2, 2, 200m, 4000m, 0m, 13500m));
        Example.Totals.Due.ShouldBe(30000m);
    }

    [Fact]
    public void Case_amounts_are_v_times_points_minus_self_pay_and_add_up_to_the_hospital_due()
    {
        // x1: 87.5 × 50 − 600 = 3775; y1: 87.5 × 150 − 2000 = 11125; u1: 1600. 3775 + 11125 + 1600 = 16500.
        Example.Line("x1")!.Amount.ShouldBe(3775m);
        Example.Line("y1")!.Amount.ShouldBe(11125m);
        Example.Lines.Where(l => l.Hospital == "H1").Sum(l => l.Amount).ShouldBe(16500m);
        Example.Line("x1")!.Explanation.ShouldBe(
            "normal: B 50 × k 1 = 50 points; amount v 87.5 × 50 − P 600 = 3775 (A: M 4000, RW 0.5, B = 100 × RW)");
    }

    [Fact]
    public void Balance_is_due_minus_the_advances_paid_H1_16500_minus_11390_is_5110_and_H2_13500_minus_10200_is_3300()
    {
        var h1 = Example.Hospital("H1")!;
        (h1.Advances, h1.Balance).ShouldBe((11390m, 5110m));
        var h2 = Example.Hospital("H2")!;
        (h2.Advances, h2.Balance).ShouldBe((10200m, 3300m));
        (Example.Totals.Advances, Example.Totals.Balance).ShouldBe((21590m, 8410m));
    }

    [Fact]
    public void Due_is_exact_and_only_rounded_to_the_cent_when_paid_half_a_cent_rounds_away_from_zero()
    {
        // One DRG, one hospital, two cases of 100 (B 100 each), self-pay 0; u: 0.5 × (100.01 − 0) = 50.005 fee-for-service.
        // v = (1000.005 − 50.005) / 200 = 4.75; due = 4.75 × 200 + 50.005 = 1000.005, paid 1000.01 (banker's rounding would give 1000.00).
        // Advance (one month): v_month = 200 / 200 = 1; 0.85 × (1 × 200 − 0) = 170. Balance 1000.01 − 170 = 830.01.
        var settlement = Settle(
            [Case("1", "H", "A", 100m), Case("2", "H", "A", 100m), Ungroupable("u", "H", 100.01m, 0m)],
            Policy(1000.005m) with { FeeForServiceRate = 0.5m });
        var h = settlement.Hospital("H")!;
        h.FeeForService.ShouldBe(50.005m);
        h.Due.ShouldBe(1000.005m);
        Rounding.Cents(h.Due).ShouldBe(1000.01m);
        h.Balance.ShouldBe(830.01m);
        Rounding.MoneyText(h.Due).ShouldBe("1000.01");
    }
}
