using static TieredCare.Payment.Tests.Build;

namespace TieredCare.Payment.Tests;

/// <summary>Every settlement can be re-run to the cent: same inputs, same fingerprint, same amounts, whatever the input order.</summary>
public sealed class ReproducibilityTests
{
    private static IReadOnlyList<SettlementCase> Cases() =>
        [.. WorkedExample(), Case("sr1", "T1", "A", 70000m, 300m, specialReview: true), Case("pd1", "S1", "TR19", 8000m, 800m, level: 2, los: 17)];

    private static PaymentPolicy Policy() => Build.Policy(1_234_567.89m).WithHospitalCoefficient("S1", 0.97m).WithPerDiemRate("TR1", 310m);

    private static IEnumerable<string> Cents(Settlement s) =>
        s.Lines.Select(l => $"{l.CaseId} {l.Rule} {l.Points} {l.Amount}")
            .Concat(s.Hospitals.Select(h => $"{h.Hospital} {h.Points} {h.Due} {h.Advances} {h.Balance}"));

    [Fact]
    public void Settling_twice_gives_identical_amounts_and_fingerprint()
    {
        var first = DrgPointSettlement.Settle(Cases(), Policy());
        var second = DrgPointSettlement.Settle(Cases(), Policy());
        second.Fingerprint.ShouldBe(first.Fingerprint);
        Cents(second).ShouldBe(Cents(first));
        first.Fingerprint.ShouldMatch("^[0-9a-f]{64}$");
        (first.PolicyName, first.PolicyVersion).ShouldBe(("test", "1"));
    }

    [Fact]
    public void A_permuted_input_gives_the_same_fingerprint_and_the_same_exact_amounts()
    {
        var cases = Cases();
        var random = new Random(7);
        var shuffled = cases.OrderBy(_ => random.Next()).ToList();
        shuffled.Select(c => c.CaseId).ShouldNotBe(cases.Select(c => c.CaseId));

        var a = DrgPointSettlement.Settle(cases, Policy());
        var b = DrgPointSettlement.Settle(shuffled, Policy());
        b.Fingerprint.ShouldBe(a.Fingerprint);
        Cents(b).ShouldBe(Cents(a), "the same to the last digit, not only to the cent");
        b.PointValue.ShouldBe(a.PointValue);
    }

    [Fact]
    public void One_cent_of_self_pay_or_one_policy_parameter_changes_the_fingerprint()
    {
        var cases = Cases().ToList();
        var baseline = DrgPointSettlement.Settle(cases, Policy()).Fingerprint;
        cases[0] = cases[0] with { SelfPay = cases[0].SelfPay + 0.01m };
        DrgPointSettlement.Settle(cases, Policy()).Fingerprint.ShouldNotBe(baseline);
        DrgPointSettlement.Settle(Cases(), Policy() with { AdvanceRate = 0.8m }).Fingerprint.ShouldNotBe(baseline);
    }

    [Fact]
    public void Trailing_zeros_of_an_amount_do_not_change_the_fingerprint()
    {
        var cases = Cases().ToList();
        var baseline = DrgPointSettlement.Settle(cases, Policy()).Fingerprint;
        cases[0] = cases[0] with { TotalCost = 13000.00m };
        DrgPointSettlement.Settle(cases, Policy()).Fingerprint.ShouldBe(baseline);
    }

    [Fact]
    public void The_hospitals_dues_add_up_to_the_budget()
    {
        var s = DrgPointSettlement.Settle(Cases(), Policy());
        Rounding.Cents(s.Totals.Due).ShouldBe(1_234_567.89m);
        s.Hospitals.Sum(h => h.Due).ShouldBe(s.Totals.Due);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("0.00", "0")]
    [InlineData("1.50", "1.5")]
    [InlineData("100.00", "100")]
    [InlineData("1000", "1000")]
    [InlineData("0.0001", "0.0001")]
    [InlineData("-1.10", "-1.1")]
    [InlineData("123456789.123456789000", "123456789.123456789")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    public void Numbers_in_the_fingerprint_and_policy_json_are_exact_without_trailing_zeros(string value, string canonical)
    {
        var number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Rounding.Canonical(number).ShouldBe(canonical);
        var utf8 = new byte[40];
        System.Text.Encoding.UTF8.GetString(utf8, 0, Rounding.Canonical(number, utf8)).ShouldBe(canonical);
    }
}
