using TieredCare.Referrals.Catalogue;

namespace TieredCare.Referrals.Tests.Catalogue;

public class DiseaseCatalogueTests
{
    private const string Header = "icd10,name,lowest_tier,up_criteria,down_criteria";

    internal static CatalogueLoadResult Load(params string[] lines) => DiseaseCatalogue.Load(new StringReader(string.Join("\n", lines)), "test", "1");

    private static readonly DiseaseCatalogue Catalogue = Load(
        Header,
        "I20-I25,缺血性心脏病,county,,",
        "I21,急性心肌梗死,city,,",
        "I21.0,急性前壁心肌梗死,county,,",
        "I21.000x001,某扩展码,township,,",
        "C00-D48,肿瘤,county,,").Catalogue;

    [Theory]
    [InlineData("I21.000x001", "I21.000X001", CatalogueMatchKind.Exact)]
    [InlineData("i21.000X001", "I21.000X001", CatalogueMatchKind.Exact)]
    [InlineData("I21.000", "I21.0", CatalogueMatchKind.Prefix)]
    [InlineData("I21.900", "I21", CatalogueMatchKind.Prefix)]
    [InlineData("I21", "I21", CatalogueMatchKind.Exact)]
    [InlineData("I25.100x003", "I20-I25", CatalogueMatchKind.Range)]
    [InlineData("D25.900", "C00-D48", CatalogueMatchKind.Range)]
    public void The_most_specific_entry_wins(string code, string pattern, CatalogueMatchKind kind)
    {
        var match = Catalogue.Find(IcdCode.Parse(code)).ShouldNotBeNull();
        (match.Entry.Pattern.Text, match.Kind).ShouldBe((pattern, kind));
    }

    [Fact]
    public void A_code_no_entry_covers_is_not_found() => Catalogue.Find(IcdCode.Parse("J18.900")).ShouldBeNull();

    [Fact]
    public void Every_field_is_read_and_tiers_may_be_written_in_chinese()
    {
        var result = Load(
            Header,
            "I10-I15,高血压病,村,\"血压≥160/100, 或急症\",血压稳定",
            "",
            "E11,2型糖尿病,VILLAGE,血糖不达标,",
            "J18,肺炎,乡,,",
            "I63,脑梗死,县,,",
            "I60,蛛网膜下腔出血,市,,");

        result.IsClean.ShouldBeTrue();
        result.Catalogue.Entries.Select(e => e.LowestTier).ShouldBe(
            [TreatmentTier.Village, TreatmentTier.Village, TreatmentTier.Township, TreatmentTier.County, TreatmentTier.City]);
        result.Catalogue.Entries[0].ShouldBe(new CatalogueEntry(IcdPattern.Parse("I10-I15"), "高血压病", TreatmentTier.Village, "血压≥160/100, 或急症", "血压稳定", 2));
        result.Catalogue.Entries[1].Line.ShouldBe(4); // the blank line still counts
        (result.Catalogue.Name, result.Catalogue.Version).ShouldBe(("test", "1"));
    }

    [Theory]
    [InlineData("X1,肺炎,township,,", "icd10", "is not an ICD-10 code")]
    [InlineData(",肺炎,township,,", "icd10", "the code is empty")]
    [InlineData("J20-J18,支气管炎,township,,", "icd10", "starts after it ends")]
    [InlineData("J18, ,township,,", "name", "the disease name is empty")]
    [InlineData("J18,肺炎,province,,", "lowest_tier", "'province' is not a tier")]
    [InlineData("J18,肺炎,,,", "lowest_tier", "'' is not a tier")]
    [InlineData("J18,肺炎,township,", "row", "the row has 4 fields, the header 5")]
    public void A_bad_row_is_reported_by_line_and_field_and_the_good_rows_are_kept(string row, string field, string reason)
    {
        var result = Load(Header, "E11,2型糖尿病,village,,", row, "I10-I15,高血压病,village,,");

        var error = result.Errors.ShouldHaveSingleItem();
        (error.Line, error.Field).ShouldBe((3, field));
        error.Reason.En.ShouldContain(reason);
        error.Reason.Zh.ShouldNotBeNullOrWhiteSpace();
        error.ToString().ShouldStartWith($"第3行 {field}：");
        result.Catalogue.Entries.Select(e => e.Pattern.Text).ShouldBe(["E11", "I10-I15"]);
    }

    [Fact]
    public void Every_bad_field_of_a_row_is_reported()
    {
        var result = Load(Header, "X,,nowhere,,");

        result.Errors.Select(e => e.Field).ShouldBe(["icd10", "name", "lowest_tier"]);
        result.Catalogue.Entries.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("I20-I25", "I25-I28", "'I25-I28' overlaps 'I20-I25' on line 2")]
    [InlineData("C00-D48", "D10-D20", "'D10-D20' overlaps 'C00-D48' on line 2")]
    [InlineData("E11", "e11", "'E11' overlaps 'E11' on line 2")]
    [InlineData("E11.9", "E11.9", "'E11.9' overlaps 'E11.9' on line 2")]
    public void Entries_a_lookup_could_not_choose_between_are_rejected_with_both_lines(string first, string second, string reason)
    {
        var result = Load(Header, $"{first},甲,county,,", "J18,肺炎,township,,", $"{second},乙,county,,");

        var error = result.Errors.ShouldHaveSingleItem();
        (error.Line, error.Field, error.Reason.En).ShouldBe((4, "icd10", reason));
        error.Reason.Zh.ShouldContain("第2行");
        result.Catalogue.Entries.Select(e => e.Name).ShouldBe(["甲", "肺炎"]);
    }

    [Theory]
    [InlineData("I20-I25", "I21")]
    [InlineData("I20-I25", "I26-I28")]
    [InlineData("E11", "E11.9")]
    public void Nested_or_adjacent_entries_are_not_overlaps(string first, string second) =>
        Load(Header, $"{first},甲,county,,", $"{second},乙,county,,").IsClean.ShouldBeTrue();

    [Fact]
    public void A_header_without_a_column_names_it_and_reads_nothing()
    {
        var result = Load("icd10,name,lowest_tier,down_criteria", "E11,2型糖尿病,village,");

        var error = result.Errors.ShouldHaveSingleItem();
        (error.Line, error.Field, error.Reason.En).ShouldBe((1, "up_criteria", "the header lacks this column"));
        result.Catalogue.Entries.ShouldBeEmpty();
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_extra_columns_are_ignored()
    {
        var result = Load("name,icd10,note,down_criteria,lowest_tier,up_criteria", "肺炎,J18,x,好转,township,重症");

        result.IsClean.ShouldBeTrue();
        result.Catalogue.Entries.ShouldHaveSingleItem().ShouldBe(new CatalogueEntry(IcdPattern.Parse("J18"), "肺炎", TreatmentTier.Township, "重症", "好转", 2));
    }

    [Fact]
    public void An_empty_file_is_one_error() =>
        Load("").Errors.ShouldHaveSingleItem().ShouldBe(new CatalogueRowError(1, "row", new BilingualText("文件为空（没有表头）", "the file is empty (no header)")));

    [Fact]
    public void A_row_with_a_quoted_line_break_is_named_by_its_first_line_and_later_rows_keep_their_lines()
    {
        var result = Load(Header, "E11,2型糖尿病,village,\"第一行\n第二行\",", "X,坏,village,,");

        result.Catalogue.Entries.ShouldHaveSingleItem().Line.ShouldBe(2);
        result.Errors.ShouldHaveSingleItem().Line.ShouldBe(4);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_read()
    {
        var result = DiseaseCatalogue.Load(new StringReader("\uFEFF" + Header + "\r\n\r\nE11,2型糖尿病,village,\"甲\r\n乙\",\r\nX,坏,village,,\r\n"), "test", "1");

        result.Catalogue.Entries.ShouldHaveSingleItem().ShouldBe(new CatalogueEntry(IcdPattern.Parse("E11"), "2型糖尿病", TreatmentTier.Village, "甲\r\n乙", "", 3));
        result.Errors.ShouldHaveSingleItem().Line.ShouldBe(5);
    }
}
