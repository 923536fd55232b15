using static TieredCare.Payment.Dip.Tests.Cases;

namespace TieredCare.Payment.Dip.Tests;

public sealed class CatalogueFileTests
{
    private const string Header = "key\tkind\tdiagnosis\tprocedures\ttreatment\tcases\tmean_cost\tscore";

    private static string Text(DipCatalogue catalogue)
    {
        using var writer = new StringWriter();
        catalogue.Write(writer);
        return writer.ToString();
    }

    private static DipCatalogueException Malformed(params string[] lines) =>
        Should.Throw<DipCatalogueException>(() => DipCatalogue.Read(new StringReader(string.Join('\n', lines))));

    [Fact]
    public void A_catalogue_is_written_with_fixed_places_and_reads_back_to_the_same_entries()
    {
        // Overall (15 × 8000 + 15 × 12000 + 15 × 10000 + 10000) ÷ 46 = 10,000.
        var built = DipCatalogue.Build([.. ScoringReference(), .. Many(15, "K80.100", 10000m, "51.2301", "51.2300"), Case("J18.000", 10000m)]);

        var text = Text(built);
        text.ShouldBe(string.Join('\n',
            Header,
            "*|conservative\tpooled\t*\t\tconservative\t1\t10000.00\t1000.0000",
            "J18.9|conservative\tcore\tJ18.9\t\tconservative\t15\t8000.00\t800.0000",
            "K35.8|47.0901\tcore\tK35.8\t47.0901\tsurgery\t15\t12000.00\t1200.0000",
            "K80.1|51.2300+51.2301\tcore\tK80.1\t51.2300+51.2301\tsurgery\t15\t10000.00\t1000.0000",
            ""));

        var read = DipCatalogue.Read(new StringReader(text));
        read.Combinations.ShouldBe(built.Combinations);
        Text(read).ShouldBe(text);
        read.OverallMeanCost.ShouldBeNull("the file does not carry it");
    }

    [Fact]
    public void A_catalogue_read_back_scores_cases_as_the_one_written()
    {
        var built = DipCatalogue.Build(PoolingReference());
        var read = DipCatalogue.Read(new StringReader(Text(built)));
        DipCase[] cases = [Case("J18.900", 13000m), Case("J18.200", 1000m), Case("K35.800", 20000m, "47.0901"), Case("J18.900", 1m, "88.0101")];
        cases.Select(c => DipScoring.Score(c, read)).ShouldBe(cases.Select(c => DipScoring.Score(c, built)));
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_empty_lines_are_skipped()
    {
        var catalogue = DipCatalogue.Read(new StringReader(
            "score\tkey\tkind\tdiagnosis\tprocedures\ttreatment\tcases\tmean_cost\n\n1200.5\tK35.8|47.0901\tcore\tK35.8\t47.0901\tsurgery\t15\t12000.125\n"));
        catalogue.Combinations.Single().ToString().ShouldBe("K35.8|47.0901 (core, 15 cases, mean 12000.125, score 1200.5000)");
        catalogue.Combinations.Single().MeanCost.ShouldBe(12000.125m, "values keep the places the file gives");
    }

    [Fact]
    public void A_header_without_a_column_is_refused_naming_it() =>
        Malformed("key\tkind\tdiagnosis\tprocedures\ttreatment\tcases\tmean_cost").Message.ShouldBe("line 1, column 'score': the header lacks this column");

    [Fact]
    public void An_unknown_column_is_refused() =>
        Malformed(Header + "\tweight").Message.ShouldStartWith("line 1, column 'weight': unknown column");

    [Fact]
    public void A_column_given_twice_is_refused() =>
        Malformed(Header + "\tscore").Message.ShouldBe("line 1, column 'score': the column appears twice");

    [Fact]
    public void An_empty_file_is_refused() =>
        Should.Throw<DipCatalogueException>(() => DipCatalogue.Read(new StringReader(""))).Line.ShouldBe(1);

    [Fact]
    public void An_unreadable_score_is_reported_with_its_line_and_column()
    {
        var e = Malformed(Header, "J18.9|conservative\tcore\tJ18.9\t\tconservative\t15\t8000.00\t800.0000", "J18|conservative\tpooled\tJ18\t\tconservative\t15\t8000.00\tabc");
        (e.Line, e.Column).ShouldBe((3, "score"));
        e.Message.ShouldBe("line 3, column 'score': 'abc' is not a decimal number (digits and '.', no sign or exponent)");
    }

    [Theory]
    [InlineData("J18.9|conservative\tcore\tJ18.9\t\tconservative\t15", "line 2: 6 cells, the header has 8")]
    [InlineData("\tcore\tJ18.9\t\tconservative\t15\t8000\t800", "line 2, column 'key': the cell is empty")]
    [InlineData("J18.9|conservative\tmain\tJ18.9\t\tconservative\t15\t8000\t800", "line 2, column 'kind': 'main' is not a kind (core, pooled)")]
    [InlineData("J18.9|conservative\tcore\tJ18.9\t\t保守治疗\t15\t8000\t800", "line 2, column 'treatment': '保守治疗' is not a treatment type (conservative, diagnostic, therapeutic, surgery)")]
    [InlineData("J18|conservative\tcore\tJ18\t\tconservative\t15\t8000\t800", "line 2, column 'diagnosis': 'J18' is not a subcategory key such as J18.9 or I10.x")]
    [InlineData("J18.9|conservative\tcore\tJ18.900\t\tconservative\t15\t8000\t800", "line 2, column 'diagnosis': 'J18.900' is not a subcategory key such as J18.9 or I10.x")]
    [InlineData("J18.9|conservative\tpooled\tJ18.9\t\tconservative\t15\t8000\t800", "line 2, column 'diagnosis': 'J18.9' is not a pool's category (J18), chapter letter (J) or '*'")]
    [InlineData("J18|surgery\tpooled\tJ18\t47.0901\tsurgery\t15\t8000\t800", "line 2, column 'procedures': a pooled combination has no procedures")]
    [InlineData("K80.1|51.2301+51.2300\tcore\tK80.1\t51.2301+51.2300\tsurgery\t15\t8000\t800", "line 2, column 'procedures': '51.2301+51.2300' is not sorted without repeats; write '51.2300+51.2301'")]
    [InlineData("K80.1|51.2300+\tcore\tK80.1\t51.2300+\tsurgery\t15\t8000\t800", "line 2, column 'procedures': a procedure code is empty")]
    [InlineData("K80.1|x1.23\tcore\tK80.1\tx1.23\tsurgery\t15\t8000\t800", "line 2, column 'procedures': 'x1.23' is not an ICD-9-CM-3 code: it must start with the two digits of its chapter (Parameter 'procedure')")]
    [InlineData("J18.9|99.2501\tcore\tJ18.9\t99.2501\tsurgery\t15\t8000\t800", "line 2, column 'treatment': 'surgery' disagrees with the classifier, which makes these procedures 'therapeutic'")]
    [InlineData("J18.9|47.0901\tcore\tJ18.9\t\tconservative\t15\t8000\t800", "line 2, column 'key': 'J18.9|47.0901' should be 'J18.9|conservative', as the other cells give it")]
    [InlineData("J18|conservative\tpooled\tJ18\t\tsurgery\t15\t8000\t800", "line 2, column 'key': 'J18|conservative' should be 'J18|surgery', as the other cells give it")]
    [InlineData("J18.9|conservative\tcore\tJ18.9\t\tconservative\t0\t8000\t800", "line 2, column 'cases': '0' is not a whole number of cases of at least 1")]
    [InlineData("J18.9|conservative\tcore\tJ18.9\t\tconservative\t1.5\t8000\t800", "line 2, column 'cases': '1.5' is not a whole number of cases of at least 1")]
    [InlineData("J18.9|conservative\tcore\tJ18.9\t\tconservative\t15\t-8000\t800", "line 2, column 'mean_cost': '-8000' is not a decimal number (digits and '.', no sign or exponent)")]
    public void A_malformed_or_inconsistent_row_is_refused_with_its_line_and_column(string row, string message) =>
        Malformed(Header, row).Message.ShouldBe(message);

    [Fact]
    public void A_combination_listed_twice_is_refused_naming_the_first_line() =>
        Malformed(Header, "J18.9|conservative\tcore\tJ18.9\t\tconservative\t15\t8000\t800", "", "J18.9|conservative\tcore\tJ18.9\t\tconservative\t16\t8000\t800")
            .Message.ShouldBe("line 4, column 'key': combination 'J18.9|conservative' is already on line 2");

    [Fact]
    public void A_catalogue_is_read_with_the_classifier_it_was_built_with()
    {
        // Built with a classifier that calls 47.0901 diagnostic; the default classifier would call it surgery.
        Func<string, TreatmentType> classifier = _ => TreatmentType.Diagnostic;
        var text = Text(DipCatalogue.Build(Many(15, "K35.800", 12000m, "47.0901"), new DipOptions { Classifier = classifier }));

        DipCatalogue.Read(new StringReader(text), classifier).Combinations.Single().Treatment.ShouldBe(TreatmentType.Diagnostic);
        Should.Throw<DipCatalogueException>(() => DipCatalogue.Read(new StringReader(text))).Column.ShouldBe("treatment");
    }
}
