using static TieredCare.Payment.Tests.Build;

namespace TieredCare.Payment.Tests;

/// <summary>
/// The final settlement sets off what the monthly advance runs actually paid. On the point-value example rule 7 would
/// advance H1 2890 (Jan) + 8500 (Feb) and H2 2550 + 7650; due H1 16500, H2 13500.
/// </summary>
public sealed class RecordedAdvanceTests
{
    private static PaidAdvances January(params (string Hospital, decimal Paid)[] paid) =>
        new(new Dictionary<YearMonth, IReadOnlyDictionary<string, decimal>>
        {
            [YearMonth.Parse("2025-01")] = paid.ToDictionary(p => p.Hospital, p => p.Paid, StringComparer.Ordinal),
        });

    [Fact]
    public void January_paid_2700_to_H1_in_a_monthly_run_so_H1s_advances_are_2700_plus_Februarys_rule_7_8500_and_its_balance_16500_minus_11200()
    {
        // The January run saw fewer cases than the final one and paid H1 2700; February had no run, so rule 7 gives 8500.
        var settlement = DrgPointSettlement.Settle(TwoHospitals(), Policy(30000m), January(("H1", 2700m), ("H2", 2550m)));
        var h1 = settlement.Hospital("H1")!;
        h1.MonthlyAdvances.Select(a => (a.Month.ToString(), a.Paid, a.Recorded)).ShouldBe([("2025-01", 2700m, true), ("2025-02", 8500m, false)]);
        h1.MonthlyAdvances[0].Amount.ShouldBe(2890m, "rule 7's figure stays beside the recorded payment");
        (h1.Due, h1.Advances, h1.Balance).ShouldBe((16500m, 11200m, 5300m));
        settlement.Hospital("H2")!.Advances.ShouldBe(10200m);
    }

    [Fact]
    public void A_hospital_absent_from_a_recorded_month_was_paid_nothing_that_month()
    {
        // The January run paid only H1; H2's January advance is 0, so its advances are February's 7650.
        var h2 = DrgPointSettlement.Settle(TwoHospitals(), Policy(30000m), January(("H1", 2890m))).Hospital("H2")!;
        h2.MonthlyAdvances.Select(a => (a.Month.ToString(), a.Paid, a.Recorded)).ShouldBe([("2025-01", 0m, true), ("2025-02", 7650m, false)]);
        (h2.Advances, h2.Balance).ShouldBe((7650m, 13500m - 7650m));
    }

    [Fact]
    public void Recorded_advances_equal_to_rule_7_give_the_same_amounts_but_another_fingerprint()
    {
        var plain = Settle(TwoHospitals());
        var recorded = DrgPointSettlement.Settle(TwoHospitals(), Policy(30000m), January(("H1", 2890m), ("H2", 2550m)));
        recorded.Hospitals.Select(h => (h.Due, h.Advances, h.Balance)).ShouldBe(plain.Hospitals.Select(h => (h.Due, h.Advances, h.Balance)));
        recorded.Fingerprint.ShouldNotBe(plain.Fingerprint, "the recorded payments are inputs of the balances");
        DrgPointSettlement.Settle(TwoHospitals(), Policy(30000m), January(("H1", 2890m), ("H2", 2550m))).Fingerprint.ShouldBe(recorded.Fingerprint);
    }

    [Fact]
    public void An_advance_paid_to_a_hospital_without_a_case_in_the_period_is_refused_by_name()
    {
        var e = Should.Throw<SettlementException>(() => DrgPointSettlement.Settle(TwoHospitals(), Policy(30000m), January(("H9", 1234.5m))));
        e.Problems.ShouldContain("hospital H9: an advance of 1234.5 was paid for 2025-01 but the hospital has no case in the period, so it cannot be set off");
    }
}
