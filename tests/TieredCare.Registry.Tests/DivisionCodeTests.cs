using TieredCare.Registry;

namespace TieredCare.Registry.Tests;

public sealed class DivisionCodeTests
{
    [Theory]
    [InlineData("330000000000", DivisionLevel.Province)]
    [InlineData("330500000000", DivisionLevel.City)]
    [InlineData("330502000000", DivisionLevel.County)]
    [InlineData("330502001000", DivisionLevel.Township)]
    [InlineData("330502001001", DivisionLevel.Village)]
    public void Level_follows_from_the_trailing_zero_groups(string code, DivisionLevel level) =>
        DivisionCode.Parse(code).Level.ShouldBe(level);

    [Fact]
    public void Parent_and_ancestors_are_derived_from_the_digits()
    {
        var village = DivisionCode.Parse("330502001001");
        village.Parent!.Value.Value.ShouldBe("330502001000");
        village.AncestorAt(DivisionLevel.County).Value.ShouldBe("330502000000");
        village.AncestorAt(DivisionLevel.Province).Value.ShouldBe("330000000000");
        DivisionCode.Parse("330000000000").Parent.ShouldBeNull();
    }

    [Fact]
    public void A_county_contains_its_villages_but_not_its_neighbours()
    {
        var county = DivisionCode.Parse("330502000000");
        county.Contains(DivisionCode.Parse("330502001001")).ShouldBeTrue();
        county.Contains(DivisionCode.Parse("330503001001")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("33050200000", "12 digits")]
    [InlineData("33050200000A", "12 digits")]
    [InlineData("000000000000", "province")]
    [InlineData("330000001000", "lower level")]
    public void Invalid_codes_are_refused_with_the_reason(string code, string reason)
    {
        DivisionCode.TryParse(code, out _, out var error).ShouldBeFalse();
        error.ShouldContain(reason);
    }
}
