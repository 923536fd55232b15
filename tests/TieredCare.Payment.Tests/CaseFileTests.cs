using TieredCare.Drg;

namespace TieredCare.Payment.Tests;

/// <summary>The cases TSV: required and optional columns, other columns ignored, every bad cell reported with line and column.</summary>
public sealed class CaseFileTests
{
    private const string Header = "case_id\thospital\thospital_level\tmonth\tdrg\tstatus\ttotal_cost\tself_pay\tdisposition";

    private static IReadOnlyList<SettlementCase> Read(string text) => SettlementCaseFile.Read(new StringReader(text));

    [Fact]
    public void Reads_the_required_columns_in_any_order_ignores_others_and_takes_los_and_special_review_when_present()
    {
        var cases = Read("note\tself_pay\t" + Header.Replace("\tself_pay", "", StringComparison.Ordinal) + "\tlos_days\tspecial_review\n" +
            "x\t100.50\tC1\tH0001\t3\t2025-03\tFM19\tsuccess\t30000.00\t1\t7\t1\n" +
            "\n" +
            "y\t0\tC2\tH0002\t2\t2025-04\t0000\tungroupable\t500\t\t\t0\n");

        cases.ShouldBe(
        [
            new SettlementCase("C1", "H0001", 3, new YearMonth(2025, 3), "FM19", GroupingStatus.Success, 30000.00m, 100.50m, 1, 7, true),
            new SettlementCase("C2", "H0002", 2, new YearMonth(2025, 4), "0000", GroupingStatus.Ungroupable, 500m, 0m, null, null, false),
        ]);
    }

    [Fact]
    public void Every_bad_cell_is_reported_with_its_line_column_and_reason_and_nothing_is_returned()
    {
        var error = Should.Throw<SettlementCaseFileException>(() => Read(Header + "\n" +
            "C1\tH1\t3\t2025-03\tA\tsuccess\t-5\t0\t1\n" +      // negative cost
            "C2\tH1\t3\t2025-03\tA\tsuccess\t100\t120\t1\n" +   // self-pay above cost
            "C3\tH1\t3\t2025-03\tA\tgrouped\t100\t0\t1\n" +     // unknown status word
            "C4\tH1\t3\t2025-13\tA\tsuccess\t100\t0\t1\n" +     // bad month
            "C4\tH1\t4\t2025-01\tA\tsuccess\t100\t0\tx\n" +     // repeated id, bad level, bad disposition
            "C6\tH1\t3\t2025-01\tA\n"));                        // too few cells

        error.Problems.Select(p => p.ToString()).ShouldBe(
        [
            "line 2, column 'total_cost': -5 is negative",
            "line 3, column 'self_pay': self-pay 120 is above the total cost 100",
            "line 4, column 'status': unknown status word 'grouped'; expected success, ungroupable, ambiguous_qy or invalid",
            "line 5, column 'month': '2025-13' is not a month in the form yyyy-MM",
            "line 6, column 'hospital_level': '4' is not a hospital level (3 tertiary, 2 secondary, 1 primary, 0 unrated)",
            "line 6, column 'disposition': 'x' is not a 离院方式 code",
            "line 6, column 'case_id': case 'C4' is already on line 5",
            "line 7: 5 cells, the header has 9",
        ]);
        error.Message.ShouldStartWith("8 problem(s) in the cases file:");
    }

    [Fact]
    public void A_header_without_a_required_column_is_refused_naming_it()
    {
        var error = Should.Throw<SettlementCaseFileException>(() => Read("case_id\thospital\tmonth\n"));
        error.Problems.Select(p => p.Column).ShouldBe(["hospital_level", "drg", "status", "total_cost", "self_pay", "disposition"]);
    }

    [Fact]
    public void A_grouped_case_without_a_DRG_is_refused() =>
        Should.Throw<SettlementCaseFileException>(() => Read(Header + "\nC1\tH1\t3\t2025-03\t\tsuccess\t100\t0\t1\n"))
            .Problems.Single().ToString().ShouldBe("line 2, column 'drg': a successfully grouped case needs its DRG");

    [Fact]
    public void Written_cases_read_back_equal()
    {
        var cases = Build.TwoHospitals();
        cases.Add(Build.Case("sr", "H1", "A", 9000m, 10m, specialReview: true, los: null, disposition: null));
        var writer = new StringWriter();
        SettlementCaseFile.Write(writer, cases);
        Read(writer.ToString()).ShouldBe(cases);
    }

    [Theory]
    [InlineData("2025-01", 2025, 1)]
    [InlineData("0999-12", 999, 12)]
    public void Months_parse_and_format_as_yyyy_MM(string text, int year, int month)
    {
        var value = YearMonth.Parse(text);
        (value.Year, value.Month).ShouldBe((year, month));
        value.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("2025-1")]
    [InlineData("2025/01")]
    [InlineData("2025-00")]
    [InlineData("0000-01")]
    [InlineData("+025-01")]
    public void Other_month_texts_are_refused(string text) => YearMonth.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Months_order_by_year_then_month() => (YearMonth.Parse("2024-12") < YearMonth.Parse("2025-01")).ShouldBeTrue();
}
