using TieredCare.Drg;

namespace TieredCare.Drg.Tests;

public sealed class ValidationTests
{
    private static readonly DrgTableSet Tables = new TinyTableSet().Load();

    [Theory]
    [InlineData(null, 50, null, null, ValidationRule.SexMissing)]
    [InlineData(0, 50, null, null, ValidationRule.SexNotOneOrTwo)]
    [InlineData(9, 50, null, null, ValidationRule.SexNotOneOrTwo)]
    [InlineData(2, null, null, null, ValidationRule.AgeMissing)]
    [InlineData(2, 0, null, 3000, ValidationRule.AgeDaysMissingAtAgeZero)]
    [InlineData(2, 0, 28, null, ValidationRule.NewbornWeightMissing)]
    public void A_record_failing_a_rule_is_invalid_and_the_trace_names_the_rule(int? sex, int? age, int? ageDays, int? weight, ValidationRule rule)
    {
        var result = DrgGrouper.Group(TinyTableSet.Demographics(sex, age, ageDays, weight, "B01"), Tables);

        result.Status.ShouldBe(GroupingStatus.Invalid);
        result.Status.ToWord().ShouldBe("invalid");
        (result.Mdc, result.Adrg, result.Drg).ShouldBe(("0000", "00", "0000"));
        result.FailedRule.ShouldBe(rule);
        result.Trace.ShouldHaveSingleItem().Message.ShouldContain(rule.Describe());
    }

    [Fact]
    public void A_record_without_diagnoses_is_invalid()
    {
        var result = DrgGrouper.Group(TinyTableSet.Demographics(1, 50, null, null), Tables);
        result.Status.ShouldBe(GroupingStatus.Invalid);
        result.FailedRule.ShouldBe(ValidationRule.NoDiagnoses);
        result.Trace[0].Message.ShouldContain("no diagnoses");
    }

    [Fact]
    public void The_first_failing_rule_is_reported() =>
        DrgGrouper.Validate(TinyTableSet.Demographics(null, null, null, null)).ShouldBe(ValidationRule.SexMissing);

    [Fact]
    public void A_newborn_weight_of_0_is_not_missing()
    {
        var result = DrgGrouper.Group(TinyTableSet.Demographics(1, 0, 3, 0, "B01"), Tables);
        result.Status.ShouldBe(GroupingStatus.Success);
        result.FailedRule.ShouldBeNull();
    }

    [Fact]
    public void An_infant_older_than_28_days_needs_no_weight() =>
        DrgGrouper.Validate(TinyTableSet.Demographics(1, 0, 29, null, "B01")).ShouldBeNull();

    [Fact]
    public void A_newborn_with_weight_0_fails_every_weight_band_of_the_national_tables_and_lands_in_PR1_PU1_or_PV1()
    {
        var result = DrgGrouper.Group(new GroupingRecord(1, 0, 3, 0, ["P07.100"], []), NationalTables.Tables);
        result.Status.ShouldBe(GroupingStatus.Success);
        result.Mdc.ShouldBe("MDCP");
        result.Adrg.ShouldBeOneOf("PR1", "PU1", "PV1");
    }
}
