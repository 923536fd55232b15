using System.Globalization;

namespace TieredCare.Payment.Dip.Tests;

public sealed class DipCaseTests
{
    private static DipCase Make(string diagnosis = "J18.900", string[]? procedures = null, decimal cost = 100m, decimal selfPay = 10m, int level = 3) =>
        new("C1", "H001", level, diagnosis, procedures ?? [], cost, selfPay);

    [Theory]
    [InlineData("-1", "0", "totalCost", "case 'C1': total cost -1 is negative")]
    [InlineData("100", "-1", "selfPay", "case 'C1': self-pay -1 is negative")]
    [InlineData("100", "100.01", "selfPay", "case 'C1': self-pay 100.01 exceeds the total cost 100")]
    public void A_case_with_an_impossible_cost_is_refused_naming_it(string cost, string selfPay, string field, string message)
    {
        var e = Should.Throw<ArgumentException>(() => Make(cost: decimal.Parse(cost, CultureInfo.InvariantCulture), selfPay: decimal.Parse(selfPay, CultureInfo.InvariantCulture)));
        (e.ParamName, e.Message).ShouldBe((field, $"{message} (Parameter '{field}')"));
    }

    [Fact]
    public void Self_pay_may_equal_the_total_cost() => Make(cost: 100m, selfPay: 100m).SelfPay.ShouldBe(100m);

    [Fact]
    public void A_principal_diagnosis_that_is_not_ICD_10_is_refused() =>
        Should.Throw<ArgumentException>(() => Make(diagnosis: "18.9")).Message.ShouldStartWith("case 'C1': principal diagnosis '18.9' is not an ICD-10 code");

    [Theory]
    [InlineData("", "a procedure code is empty")]
    [InlineData("51.23+51.24", "procedure code '51.23+51.24' contains white space, '+' or '|'")]
    [InlineData("51.23 ", "procedure code '51.23 ' contains white space, '+' or '|'")]
    [InlineData("conservative", "'conservative' is a treatment word, not a procedure code")]
    public void A_procedure_code_that_cannot_be_keyed_is_refused(string code, string problem) =>
        Should.Throw<ArgumentException>(() => Make(procedures: [code])).Message.ShouldStartWith($"case 'C1': {problem}");

    [Fact]
    public void A_negative_hospital_level_is_refused() =>
        Should.Throw<ArgumentException>(() => Make(level: -1)).ParamName.ShouldBe("hospitalLevel");

    [Fact]
    public void The_procedures_are_copied_and_cases_compare_by_value()
    {
        var procedures = new List<string> { "47.0901" };
        var a = Make(procedures: [.. procedures]);
        var b = new DipCase("C1", "H001", 3, "J18.900", procedures, 100m, 10m);
        procedures.Add("99.2501");

        b.Procedures.ShouldBe(["47.0901"]);
        b.ShouldBe(a);
        b.GetHashCode().ShouldBe(a.GetHashCode());
        Make(procedures: ["99.2501"]).ShouldNotBe(a);
    }
}
