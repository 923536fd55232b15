namespace TieredCare.Payment.Dip.Tests;

public sealed class DipCodesTests
{
    [Theory]
    [InlineData("J18.900", "J18.9")]             // 医保版 6-character code: category J18, subcategory digit 9
    [InlineData("I10.x00x002", "I10.x")]         // 'x' placeholder of a category without subcategories, extension ignored
    [InlineData("I10.X00", "I10.x")]             // the placeholder is written lower-case
    [InlineData("j18.900", "J18.9")]             // the chapter letter is upper-cased
    [InlineData("C34.100x001", "C34.1")]
    [InlineData(" K35.800 ", "K35.8")]           // surrounding white space
    [InlineData("J189", "J18.9")]                // no dot: the fourth character is the subcategory
    [InlineData("I10", "I10.x")]                 // category level only: keyed with the placeholder
    [InlineData("A18.0+M49.0*", "A18.0")]        // dagger-asterisk pair: the first code
    [InlineData("A18†", "A18.x")]
    public void A_diagnosis_keys_as_its_four_character_subcategory(string code, string key) =>
        DipCodes.Subcategory(code).ShouldBe(key);

    [Theory]
    [InlineData("")]
    [InlineData("18.9")]
    [InlineData("JJ8.9")]
    [InlineData("J1")]
    [InlineData("J18.")]
    [InlineData("J18.-")]
    [InlineData("J18A")]
    public void A_code_that_is_not_ICD_10_has_no_subcategory(string code) =>
        Should.Throw<ArgumentException>(() => DipCodes.Subcategory(code)).Message.ShouldStartWith($"'{code}' is not an ICD-10 code");

    [Fact]
    public void The_core_key_is_the_subcategory_and_the_sorted_distinct_procedures()
    {
        DipCodes.CoreKey("K80.100", ["51.2301", "51.2300", "51.2301"]).ShouldBe("K80.1|51.2300+51.2301");
        DipCodes.CoreKey("K80.100", ["51.2300", "51.2301"]).ShouldBe("K80.1|51.2300+51.2301");
        DipCodes.CoreKey("J18.900", ["99.2501"]).ShouldBe("J18.9|99.2501");
    }

    [Fact]
    public void No_procedure_is_the_conservative_combination() =>
        DipCodes.CoreKey("J18.900", []).ShouldBe("J18.9|conservative");

    [Theory]
    [InlineData("00.6601", TreatmentType.Surgery)]     // chapter 00: interventions such as PTCA
    [InlineData("47.0901", TreatmentType.Surgery)]
    [InlineData("86.2201", TreatmentType.Surgery)]     // last surgical chapter
    [InlineData("3606", TreatmentType.Surgery)]        // no dot
    [InlineData("87.4101", TreatmentType.Diagnostic)]  // first diagnostic chapter
    [InlineData("88.7101", TreatmentType.Diagnostic)]
    [InlineData("91.x", TreatmentType.Diagnostic)]     // last diagnostic chapter
    [InlineData("92.2401", TreatmentType.Therapeutic)] // first therapeutic chapter
    [InlineData("99.2501", TreatmentType.Therapeutic)]
    public void The_default_treatment_type_follows_the_ICD_9_CM_3_chapter(string code, TreatmentType type) =>
        DipCodes.DefaultTreatmentType(code).ShouldBe(type);

    [Theory]
    [InlineData("4")]
    [InlineData("x7.09")]
    [InlineData("")]
    public void The_default_classifier_refuses_a_code_without_two_chapter_digits(string code) =>
        Should.Throw<ArgumentException>(() => DipCodes.DefaultTreatmentType(code)).Message.ShouldContain("two digits of its chapter");
}
