using TieredCare.Patients;

namespace TieredCare.Patients.Tests;

public sealed class PatientRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static (ValidPatient? Patient, List<TieredCare.Registry.FieldError> Errors) Check(PatientDraft d) =>
        PatientRules.Validate(d, Today, ResidentId.IsNationalProvince, code => code == "330502001001");

    private static PatientDraft Valid() => new("330502200002290017", "王小明", Sex.Male, new DateOnly(2000, 2, 29), "330502001001", "13812345678", null);

    [Fact]
    public void A_consistent_record_is_accepted() => Check(Valid()).Errors.ShouldBeEmpty();

    [Fact]
    public void Sex_and_birth_date_must_agree_with_the_id_number()
    {
        var (_, errors) = Check(Valid() with { Sex = Sex.Female, BirthDate = new DateOnly(2000, 3, 1) });
        errors.Select(e => e.Field).ShouldBe(["sex", "birth_date"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("王小明2")]
    [InlineData("王 小明")]
    [InlineData("王")]
    public void Names_with_digits_spaces_or_one_character_are_refused(string name) =>
        Check(Valid() with { Name = name }).Errors.ShouldContain(e => e.Field == "name");

    [Theory]
    [InlineData("11111111111")]
    [InlineData("12345678901")]
    [InlineData("1381234567")]
    public void Placeholder_or_malformed_phones_are_refused(string phone) =>
        Check(Valid() with { Phone = phone }).Errors.ShouldContain(e => e.Field == "phone");

    [Fact]
    public void A_residence_outside_the_registry_is_refused() =>
        Check(Valid() with { ResidenceRegionCode = "330502001002" }).Errors.ShouldContain(e => e.Field == "residence_region_code");

    [Fact]
    public void Without_an_id_number_the_birth_date_is_required() =>
        Check(Valid() with { ResidentId = null, BirthDate = null }).Errors.ShouldContain(e => e.Field == "birth_date");
}
