using TieredCare.Drg.Analytics;
using static TieredCare.Drg.Tests.Analytics.Cases;

namespace TieredCare.Drg.Tests.Analytics;

public sealed class WeightTableFileTests
{
    private const string Header = "drg\tname\tcases\tcases_used\tmean_cost\tmean_los\trw\tdeaths\tmortality\trisk";

    private static string Text(DrgWeightTable table)
    {
        using var writer = new StringWriter();
        table.Write(writer);
        return writer.ToString();
    }

    private static DrgWeightTableException Malformed(params string[] rows) =>
        Should.Throw<DrgWeightTableException>(() => DrgWeightTable.Read(new StringReader(string.Join('\n', rows))));

    [Fact]
    public void A_table_is_written_with_fixed_places_and_reads_back_to_the_same_rows()
    {
        var table = RelativeWeights.Compute(
            [.. WithDeaths("D1", 30, 1), Grouped("FM19", 31234.567m, 4), Grouped("FM19", 30000m, 3, died: true), Grouped("BR19", 8000m, 9)],
            new WeightOptions { Names = new Dictionary<string, string> { ["FM19"] = "经皮心脏消融术，伴严重并发症" } });

        var text = Text(table);
        text.Split('\n')[0].ShouldBe(Header);
        text.ShouldContain("FM19\t经皮心脏消融术，伴严重并发症\t2\t2\t30617.28\t3.5000\t");
        text.ShouldEndWith("\n");

        var read = DrgWeightTable.Read(new StringReader(text));
        read.Weights.ShouldBe(table.Weights);
        Text(read).ShouldBe(text);
        (read.OverallMeanCost, read.Strata).ShouldBe((null, null), "the file carries neither");
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_empty_lines_are_skipped()
    {
        var table = DrgWeightTable.Read(new StringReader(
            "risk\tdrg\tname\tcases\tcases_used\tmean_cost\tmean_los\trw\tdeaths\tmortality\n\nhigh\tA\t\t4\t3\t10.5\t2\t1.25\t1\t0.25\n"));
        table.Weights.ShouldBe([new DrgWeight("A", "", 4, 3, 10.5m, 2m, 1.25m, 1, 0.25m, RiskLevel.High)]);
    }

    [Fact]
    public void An_unreadable_weight_is_reported_with_its_line_and_column()
    {
        var e = Malformed(Header, "A\t\t4\t3\t10.50\t2.0000\t1.2500\t1\t0.250000\tlow", "B\t\t4\t3\t10.50\t2.0000\tabc\t1\t0.250000\tlow");
        (e.Line, e.Column).ShouldBe((3, "rw"));
        e.Message.ShouldBe("line 3, column 'rw': 'abc' is not a decimal number (digits and '.', no sign or exponent)");
    }

    [Fact]
    public void A_header_without_a_column_is_refused_naming_it() =>
        Malformed("drg\tname\tcases\tcases_used\tmean_cost\tmean_los\tdeaths\tmortality\trisk").Message.ShouldBe("line 1, column 'rw': the header lacks this column");

    [Fact]
    public void An_unknown_column_is_refused() =>
        Malformed(Header + "\tpoints").Message.ShouldStartWith("line 1, column 'points': unknown column");

    [Fact]
    public void An_empty_file_is_refused() =>
        Should.Throw<DrgWeightTableException>(() => DrgWeightTable.Read(new StringReader(""))).Line.ShouldBe(1);

    [Theory]
    [InlineData("A\t\t4\t3\t10\t2\t1", "line 2: 7 cells, the header has 10")]
    [InlineData("A\t\t-4\t3\t10\t2\t1\t1\t0.25\tlow", "line 2, column 'cases': '-4' is not a whole number of cases")]
    [InlineData("A\t\t4\t3\t10\t2\t1\t1\t0.25\tsevere", "line 2, column 'risk': 'severe' is not a risk level (low, mid_low, mid_high, high, unrated)")]
    [InlineData("\t\t4\t3\t10\t2\t1\t1\t0.25\tlow", "line 2, column 'drg': the cell is empty")]
    [InlineData("A\t\t4\t5\t10\t2\t1\t1\t0.25\tlow", "line 2: cases_used 5 exceeds cases 4")]
    [InlineData("A\t\t4\t3\t10\t2\t1\t1\t1.25\tlow", "line 2: mortality 1.25 is not a fraction between 0 and 1")]
    public void A_malformed_row_is_refused_with_its_line(string row, string message) =>
        Malformed(Header, row).Message.ShouldBe(message);

    [Fact]
    public void A_DRG_listed_twice_is_refused_naming_the_first_line() =>
        Malformed(Header, "A\t\t4\t3\t10\t2\t1\t1\t0.25\tlow", "A\t\t4\t3\t10\t2\t1\t1\t0.25\tlow")
            .Message.ShouldBe("line 3, column 'drg': DRG 'A' is already on line 2");

    [Fact]
    public void A_name_with_a_tab_cannot_enter_a_table() =>
        Should.Throw<ArgumentException>(() => new DrgWeightTable([new DrgWeight("A", "x\ty", 1, 1, 1m, 1m, 1m, 0, 0m, RiskLevel.Low)]));
}
