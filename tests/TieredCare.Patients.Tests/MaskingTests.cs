using TieredCare.Patients;

namespace TieredCare.Patients.Tests;

public sealed class MaskingTests
{
    [Fact]
    public void Resident_id_keeps_the_division_and_the_last_four() =>
        Masking.ResidentId("330502200002290017").ShouldBe("330502********0017");

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("李", "*")]
    public void Name_keeps_the_family_name_only(string name, string masked) => Masking.Name(name).ShouldBe(masked);

    [Fact]
    public void Mobile_number_hides_the_middle_four() => Masking.Phone("13812345678").ShouldBe("138****5678");

    [Fact]
    public void Empty_values_stay_empty()
    {
        Masking.ResidentId(null).ShouldBe("");
        Masking.Phone("").ShouldBe("");
    }
}
