using TieredCare.Referrals.Catalogue;

namespace TieredCare.Referrals.Tests.Catalogue;

public class IcdCodeTests
{
    [Theory]
    [InlineData("I10", "I10")]
    [InlineData("E11.9", "E11")]
    [InlineData("J18.900", "J18")]
    [InlineData(" i10.x00x002 ", "I10")]
    [InlineData("A15.000x001", "A15")]
    public void Valid_codes_are_read_with_their_category(string text, string category)
    {
        IcdCode.TryParse(text, out var code, out var reason).ShouldBeTrue();
        reason.ShouldBeNull();
        code.Category.ShouldBe(category);
        code.Value.ShouldBe(text.Trim());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("I1")]
    [InlineData("110")]
    [InlineData("II0")]
    [InlineData("I10.")]
    [InlineData("I10x")]
    [InlineData("I10.9-")]
    [InlineData("I10.9 1")]
    [InlineData("中10")]
    public void Malformed_codes_are_refused_with_a_reason_in_both_languages(string text)
    {
        IcdCode.TryParse(text, out _, out var reason).ShouldBeFalse();
        reason!.Value.Zh.ShouldNotBeNullOrWhiteSpace();
        reason.Value.En.ShouldNotBeNullOrWhiteSpace();
        Should.Throw<FormatException>(() => IcdCode.Parse(text));
    }

    [Fact]
    public void Codes_that_differ_only_in_case_are_equal()
    {
        IcdCode.Parse("I10.x00x002").ShouldBe(IcdCode.Parse("I10.X00X002"));
        IcdCode.Parse("I10.x00x002").GetHashCode().ShouldBe(IcdCode.Parse("I10.X00X002").GetHashCode());
    }

    [Theory]
    [InlineData("E11", IcdPatternKind.Category, "E11")]
    [InlineData("e11.9", IcdPatternKind.Code, "E11.9")]
    [InlineData("I20-I25", IcdPatternKind.Range, "I20-I25")]
    [InlineData(" c00 - d48 ", IcdPatternKind.Range, "C00-D48")]
    [InlineData("I10-I10", IcdPatternKind.Range, "I10-I10")]
    public void Patterns_are_codes_categories_or_ranges(string text, IcdPatternKind kind, string normalised)
    {
        var pattern = IcdPattern.Parse(text);
        pattern.Kind.ShouldBe(kind);
        pattern.Text.ShouldBe(normalised);
    }

    [Theory]
    [InlineData("I25-I20", "starts after it ends")]
    [InlineData("D48-C00", "starts after it ends")]
    [InlineData("I20.1-I25", "3-character categories")]
    [InlineData("I20-", "3-character categories")]
    [InlineData("-I25", "3-character categories")]
    [InlineData("I2O", "is not an ICD-10 code")]
    public void Bad_patterns_say_why(string text, string why)
    {
        IcdPattern.TryParse(text, out _, out var reason).ShouldBeFalse();
        reason!.Value.En.ShouldContain(why);
    }

    [Theory]
    [InlineData("E11", "E11.900", true)]
    [InlineData("E11", "E11", true)]
    [InlineData("E11", "E12.900", false)]
    [InlineData("E11.9", "E11.900", true)]
    [InlineData("E11.9", "E11.400", false)]
    [InlineData("I10.x00", "I10.X00X002", true)]
    [InlineData("I20-I25", "I19.900", false)]
    [InlineData("I20-I25", "I20.000", true)]
    [InlineData("I20-I25", "I25.100x003", true)]
    [InlineData("I20-I25", "I26.900x001", false)]
    [InlineData("C00-D48", "C97", true)]
    [InlineData("C00-D48", "D48.100", true)]
    [InlineData("C00-D48", "D49", false)]
    public void A_pattern_covers_its_code_its_subcodes_or_its_categories(string pattern, string code, bool covered) =>
        IcdPattern.Parse(pattern).Matches(IcdCode.Parse(code)).ShouldBe(covered);
}
