using System.Text;

namespace TieredCare.Payment.Tests;

/// <summary>The policy file: JSON, versioned, validated; every problem reported at once and named by its item.</summary>
public sealed class PolicyFileTests
{
    private static string ReferencePath => Path.Combine(AppContext.BaseDirectory, "Policies", "reference.json");

    private static PaymentPolicy Read(string json) => PaymentPolicy.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static IReadOnlyList<string> Problems(string json) => Should.Throw<PaymentPolicyException>(() => Read(json)).Problems;

    /// <summary>The reference file with one textual replacement.</summary>
    private static string ReferenceWith(string from, string to)
    {
        var text = File.ReadAllText(ReferencePath);
        text.ShouldContain(from);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_reference_json_is_the_reference_policy_byte_for_byte()
    {
        using var written = new MemoryStream();
        PaymentPolicy.Reference.Write(written);
        Encoding.UTF8.GetString(written.ToArray()).ShouldBe(File.ReadAllText(ReferencePath).TrimEnd('\n'));
        using var file = File.OpenRead(ReferencePath);
        PaymentPolicy.Read(file).ToCanonicalJson().ShouldBe(PaymentPolicy.Reference.ToCanonicalJson());
    }

    [Fact]
    public void The_reference_policy_has_the_issues_numbers()
    {
        var p = PaymentPolicy.Reference;
        (p.PointsPerRw, p.LowOutlierRatio, p.FeeForServiceRate, p.AdvanceRate, p.SpecialReviewMaxShare).ShouldBe((100m, 0.4m, 1m, 0.85m, 0.05m));
        (p.HighOutlierMultipleFor(3), p.HighOutlierMultipleFor(2), p.HighOutlierMultipleFor(1), p.HighOutlierMultipleFor(0)).ShouldBe((3m, 2m, 2m, 2m));
        p.IncompleteDispositions.ShouldBe([2, 4]);
        p.CoefficientOf("ANY").ShouldBe(1m);
        p.WeightReference.ShouldBe("period");
        p.Problems().ShouldBeEmpty();
    }

    [Fact]
    public void A_policy_with_coefficients_and_per_diem_groups_round_trips_and_optional_keys_default()
    {
        var policy = PaymentPolicy.Reference.WithHospitalCoefficient("H0001", 1.05m).WithPerDiemRate("TR1", 300m) with { Name = "湖州 2025", Version = "2025.2" };
        using var stream = new MemoryStream();
        policy.Write(stream);
        stream.Position = 0;
        PaymentPolicy.Read(stream).ToCanonicalJson().ShouldBe(policy.ToCanonicalJson());

        var minimal = Read(ReferenceWith("  \"weightReference\": \"period\",\n  \"hospitalCoefficients\": {},\n", "")
            .Replace("  \"perDiem\": {\n    \"groups\": {}\n  },\n", "", StringComparison.Ordinal));
        minimal.ToCanonicalJson().ShouldBe(PaymentPolicy.Reference.ToCanonicalJson(), "weightReference, hospitalCoefficients and perDiem may be left out");
    }

    [Fact]
    public void Policies_with_the_same_values_are_equal()
    {
        using var file = File.OpenRead(ReferencePath);
        PaymentPolicy.Read(file).ShouldBe(PaymentPolicy.Reference);
        PaymentPolicy.Reference.WithHospitalCoefficient("H1", 1m).ShouldNotBe(PaymentPolicy.Reference, "listing k = 1 changes the file, if not the money");
        (PaymentPolicy.Reference with { Budget = 1m }).ShouldNotBe(PaymentPolicy.Reference);
    }

    [Fact]
    public void Trailing_zeros_and_layout_do_not_change_the_canonical_json()
    {
        var policy = Read(ReferenceWith("\"lowOutlierRatio\": 0.4", "\"lowOutlierRatio\": 0.40").Replace("\n", " ", StringComparison.Ordinal));
        policy.ToCanonicalJson().ShouldBe(PaymentPolicy.Reference.ToCanonicalJson());
    }

    [Fact]
    public void A_missing_parameter_is_named() =>
        Problems(ReferenceWith("  \"budget\": 8000000000,\n", "")).ShouldBe(["budget: missing"]);

    [Fact]
    public void A_negative_parameter_is_named() =>
        Problems(ReferenceWith("\"advanceRate\": 0.85", "\"advanceRate\": -0.1")).ShouldBe(["advanceRate: -0.1 must be between 0 and 1"]);

    [Fact]
    public void Overlapping_bands_are_named() =>
        Problems(ReferenceWith("\"from\": 1.1", "\"from\": 1.05")).ShouldBe(["globalBudget.bands[2]: from 1.05 overlaps globalBudget.bands[1], which ends at 1.1"]);

    [Fact]
    public void Bands_that_leave_a_gap_are_named() =>
        Problems(ReferenceWith("\"from\": 1.1", "\"from\": 1.2")).ShouldBe(["globalBudget.bands[2]: from 1.2 leaves a gap after globalBudget.bands[1], which ends at 1.1"]);

    [Fact]
    public void A_table_not_starting_at_zero_and_an_overspend_band_below_one_are_named()
    {
        var problems = Problems(ReferenceWith("\"from\": 0,", "\"from\": 0.1,").Replace("\"from\": 1,", "\"from\": 0.95,", StringComparison.Ordinal)
            .Replace("\"to\": 1,", "\"to\": 0.95,", StringComparison.Ordinal));
        problems.ShouldBe(
        [
            "globalBudget.bands[0]: from 0.1 leaves a gap; the first band starts at 0",
            "globalBudget.bands[1]: an overspend band must start at or above a ratio of 1",
        ]);
    }

    [Fact]
    public void Unknown_keys_wrong_types_and_bad_values_are_all_reported_at_once()
    {
        var problems = Problems(ReferenceWith("\"pointsPerRw\": 100", "\"pointsPerRw\": -100, \"budgett\": 1")
            .Replace("\"kind\": \"surplus\"", "\"kind\": \"surplus\", \"shar\": 1", StringComparison.Ordinal)
            .Replace("\"specialReviewMaxShare\": 0.05", "\"specialReviewMaxShare\": 1.5", StringComparison.Ordinal)
            .Replace("\"3\": 3", "\"3\": 3, \"4\": 2", StringComparison.Ordinal));
        problems.ShouldBe(
        [
            "budgett: unknown key; expected name, version, budget, pointsPerRw, weightReference, hospitalCoefficients, highOutlierMultiple, lowOutlierRatio, " +
                "incompleteDispositions, feeForServiceRate, specialReviewMaxShare, advanceRate, perDiem, globalBudget",
            "globalBudget.bands[0].shar: unknown key; expected from, to, networkShare, kind",
            "pointsPerRw: -100 must be positive",
            "highOutlierMultiple.4: unknown hospital level; expected 3, 2, 1, 0 or default",
            "specialReviewMaxShare: 1.5 must be between 0 and 1",
        ]);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_named()
    {
        Problems(ReferenceWith("\"lowOutlierRatio\": 0.4", "\"lowOutlierRatio\": \"0.4\"")).ShouldBe(["lowOutlierRatio: expected a number, found the string \"0.4\""]);
        Problems(ReferenceWith("\"kind\": \"surplus\"", "\"kind\": \"gain\"")).ShouldBe(["globalBudget.bands[0].kind: expected \"surplus\" or \"overspend\", found \"gain\""]);
        Problems(ReferenceWith("\"default\": 2", "")).ShouldContain(p => p.Contains("JSON", StringComparison.Ordinal), "a trailing comma is not JSON");
    }

    [Fact]
    public void A_missing_default_multiple_and_a_negative_per_diem_rate_are_named()
    {
        var problems = Problems(ReferenceWith(",\n    \"default\": 2", "").Replace("\"groups\": {}", "\"groups\": {\"TR1\": -300}", StringComparison.Ordinal));
        problems.ShouldBe(["highOutlierMultiple.default: missing", "perDiem.groups.TR1: -300 is negative"]);
    }

    [Fact]
    public void Malformed_json_says_where()
    {
        var error = Should.Throw<PaymentPolicyException>(() => Read("{\n  \"name\": \"x\",\n  oops\n}"));
        error.Message.ShouldStartWith("the policy is not valid JSON (line 3,");
    }

    [Fact]
    public void A_policy_changed_in_code_is_validated_when_settling() =>
        Should.Throw<PaymentPolicyException>(() => Build.Settle(Build.TwoHospitals(), Build.Policy(-5m))).Problems.ShouldBe(["budget: -5 must be positive"]);
}
