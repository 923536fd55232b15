using TieredCare.Patients;

namespace TieredCare.Patients.Tests;

public sealed class ResidentIdTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("11010519491231002X", 1949, 12, 31, Sex.Female)] // the GB 11643 example
    [InlineData("11010519491231002x", 1949, 12, 31, Sex.Female)] // a lower-case check character is accepted
    [InlineData("330502200002290017", 2000, 2, 29, Sex.Male)]
    public void A_valid_number_yields_birth_date_and_sex(string text, int year, int month, int day, Sex sex)
    {
        ResidentId.TryParse(text, Today, out var id, out var error).ShouldBeTrue(error);
        id.BirthDate.ShouldBe(new DateOnly(year, month, day));
        id.Sex.ShouldBe(sex);
        id.Value.ShouldEndWith("X".Equals(text[^1..], StringComparison.OrdinalIgnoreCase) ? "X" : text[^1..]);
    }

    [Theory]
    [InlineData("110105194912310021", "check digit should be 'X'")]
    [InlineData("11010519491231002", "18 characters")]
    [InlineData("1101051949123100AX", "character 17")]
    [InlineData("110105194902300029", "birth date")]        // 30 February
    [InlineData("110105203001010029", "birth date")]        // born in the future
    [InlineData("990101199001010123", "division prefix")]   // not a national province
    [InlineData("", "required")]
    public void An_invalid_number_is_refused_with_the_reason(string text, string reason)
    {
        ResidentId.TryParse(text, Today, out _, out var error).ShouldBeFalse();
        error.ShouldContain(reason);
    }

    [Fact]
    public void A_deployment_can_add_its_own_province_prefixes() =>
        ResidentId.TryParse("990101199001010123", Today, out _, out _, p => p == "99").ShouldBeTrue();

    [Fact]
    public void Created_numbers_are_valid_and_carry_the_sex()
    {
        for (var sequence = 0; sequence < 100; sequence++)
        {
            var female = ResidentId.Create("990101", new DateOnly(1985, 6, 15), sequence, Sex.Female);
            ResidentId.TryParse(female.Value, Today, out var parsed, out var error, _ => true).ShouldBeTrue(error);
            parsed.Sex.ShouldBe(Sex.Female);
            ResidentId.Create("990101", new DateOnly(1985, 6, 15), sequence, Sex.Male).Sex.ShouldBe(Sex.Male);
        }
    }
}
