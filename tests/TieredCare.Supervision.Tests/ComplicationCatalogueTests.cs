namespace TieredCare.Supervision.Tests;

public class ComplicationCatalogueTests
{
    private static ComplicationCatalogue Read(string mcc, string cc = "code\texclusion_table\n", string cce = "principal_code\texclusion_table\n") =>
        ComplicationCatalogue.Read(new StringReader(mcc), new StringReader(cc), new StringReader(cce));

    [Fact]
    public void A_secondary_diagnosis_counts_unless_the_principals_exclusion_table_is_its_own()
    {
        var catalogue = Read("code\texclusion_table\nJ96.000\t7\n", "code\texclusion_table\nE11.900\t3\n", "principal_code\texclusion_table\nJ18.900\t7\nE10.900\t3\n");

        catalogue.Classify("J15.900", "J96.000").ShouldBe(ComplicationLevel.Mcc);
        catalogue.Classify("J18.900", "J96.000").ShouldBe(ComplicationLevel.ExcludedMcc);
        catalogue.Classify("J18.900", "E11.900").ShouldBe(ComplicationLevel.Cc);
        catalogue.Classify("E10.900", "E11.900").ShouldBe(ComplicationLevel.ExcludedCc);
        catalogue.Classify("J18.900", "I10.x00").ShouldBe(ComplicationLevel.None);
    }

    [Theory]
    [InlineData("", "mcc.tsv: the file is empty")]
    [InlineData("code\n", "mcc.tsv: line 1 lacks column 'exclusion_table'")]
    [InlineData("code\texclusion_table\nJ96.000\tseven\n", "mcc.tsv: line 2, column exclusion_table: 'seven' is not an integer")]
    [InlineData("code\texclusion_table\nJ96.000\t7\nJ96.000\t8\n", "mcc.tsv: line 3: code 'J96.000' is listed twice")]
    [InlineData("code\texclusion_table\nJ96.000\n", "mcc.tsv: line 2 has 1 cells, the header has 2")]
    public void A_malformed_table_is_named_with_its_line(string mcc, string message) =>
        Should.Throw<FormatException>(() => Read(mcc)).Message.ShouldBe(message);
}

public class FindingKindTests
{
    [Fact]
    public void Every_kind_has_a_word_that_parses_back_a_Chinese_label_and_a_default_weight()
    {
        foreach (var kind in FindingKinds.All)
        {
            FindingKinds.Parse(kind.ToWord()).ShouldBe(kind);
            kind.ToChinese().ShouldNotBeNullOrEmpty();
            SupervisionOptions.DefaultWeights[kind].ShouldBeInRange(0, 1);
        }
        FindingKinds.Parse("nonsense").ShouldBeNull();
    }
}
