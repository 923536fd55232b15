namespace TieredCare.Supervision.Tests;

public class SupervisedCaseFileTests
{
    private const string Header = "case_id\thospital\tdepartment\tpatient_id\tadmission_date\tdischarge_date\tlos_days\tdrg\tprincipal_diagnosis\tother_diagnoses\ttotal_cost\tdisposition\tadmission_route\textra";

    private static IReadOnlyList<SupervisedCase> Read(params string[] lines) => SupervisedCaseFile.Read(new StringReader(string.Join("\n", lines)));

    private static CaseFileException Bad(params string[] lines) => Should.Throw<CaseFileException>(() => Read(lines));

    [Fact]
    public void Every_column_is_read_and_unknown_columns_are_ignored()
    {
        var c = Read(Header, "C1\tH1\t03\tP1\t2025-03-01\t2025-03-06\t5\tES33\tJ18.900\tJ96.000|E11.900\t12345.67\t2\t1\tanything", "").ShouldHaveSingleItem();

        c.ShouldBe(c with
        {
            CaseId = "C1", Hospital = "H1", Department = "03", PatientId = "P1", AdmissionDate = new(2025, 3, 1), DischargeDate = new(2025, 3, 6),
            LosDays = 5, Drg = "ES33", PrincipalDiagnosis = "J18.900", TotalCost = 12_345.67m, Disposition = 2, AdmissionRoute = 1,
        });
        c.OtherDiagnoses.ShouldBe(["J96.000", "E11.900"]);
    }

    [Fact]
    public void Optional_columns_may_be_absent_or_empty_and_a_missing_stay_comes_from_the_dates()
    {
        var cases = Read(
            "case_id\thospital\tpatient_id\tadmission_date\tdischarge_date\tdrg\tprincipal_diagnosis\ttotal_cost",
            "C1\tH1\tP1\t2025-03-01\t2025-03-01\tFM19\tI21.000\t100",
            "",
            "C2\tH1\tP1\t2025-03-10\t2025-03-14\tFM19\tI21.000\t100.5");

        cases.Select(c => c.LosDays).ShouldBe([1, 4]); // a same-day stay counts one day
        cases.ShouldAllBe(c => c.Department == null && c.Disposition == null && c.AdmissionRoute == null && c.OtherDiagnoses.Count == 0);
        Read(Header, "C1\tH1\t\tP1\t2025-03-01\t2025-03-06\t\tES33\tJ18.900\t\t1\t\t\t").Single().LosDays.ShouldBe(5);
    }

    [Fact]
    public void A_missing_required_column_is_named_on_line_1()
    {
        var e = Bad("case_id\thospital\tpatient_id\tadmission_date\tdischarge_date\tdrg\tprincipal_diagnosis", "C1\tH1\tP1\t2025-03-01\t2025-03-01\tFM19\tI21.000");

        (e.Line, e.Column, e.Reason).ShouldBe((1, "total_cost", "the header lacks this required column"));
        e.Message.ShouldBe("line 1, column total_cost: the header lacks this required column");
    }

    [Theory]
    [InlineData("C1\tH1\t03\tP1\t2025-3-01\t2025-03-06\t5\tES33\tJ18.900\t\t100\t1\t1\tx", "admission_date", "'2025-3-01' is not a date in the form yyyy-MM-dd")]
    [InlineData("C1\tH1\t03\tP1\t2025-03-07\t2025-03-06\t5\tES33\tJ18.900\t\t100\t1\t1\tx", "discharge_date", "the discharge date 2025-03-06 is before the admission date 2025-03-07")]
    [InlineData("C1\tH1\t03\tP1\t2025-03-01\t2025-03-06\tfive\tES33\tJ18.900\t\t100\t1\t1\tx", "los_days", "'five' is not an integer")]
    [InlineData("C1\tH1\t03\tP1\t2025-03-01\t2025-03-06\t-1\tES33\tJ18.900\t\t100\t1\t1\tx", "los_days", "-1 is negative")]
    [InlineData("C1\tH1\t03\tP1\t2025-03-01\t2025-03-06\t5\tES33\tJ18.900\t\t1,000\t1\t1\tx", "total_cost", "'1,000' is not a number (元, with a decimal point and no separators)")]
    [InlineData("C1\tH1\t03\tP1\t2025-03-01\t2025-03-06\t5\tES33\tJ18.900\t\t-5\t1\t1\tx", "total_cost", "-5 is negative")]
    [InlineData("C1\tH1\t03\t\t2025-03-01\t2025-03-06\t5\tES33\tJ18.900\t\t100\t1\t1\tx", "patient_id", "the cell is empty")]
    [InlineData("C1\tH1\t03\tP1\t2025-03-01\t2025-03-06\t5\tES33\tJ18.900\t\t100\tx\t1\tx", "disposition", "'x' is not an integer")]
    public void A_bad_cell_is_named_by_line_and_column(string row, string column, string reason)
    {
        var e = Bad(Header, "", row);

        (e.Line, e.Column, e.Reason).ShouldBe((3, column, reason));
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_named_by_line()
    {
        var e = Bad(Header, "C1\tH1\t03\tP1");

        (e.Line, e.Column).ShouldBe((2, null));
        e.Message.ShouldBe("line 2: 4 cells, the header has 14");
    }

    [Fact]
    public void A_repeated_case_id_names_both_lines()
    {
        const string row = "C1\tH1\t03\tP1\t2025-03-01\t2025-03-06\t5\tES33\tJ18.900\t\t100\t1\t1\tx";

        Bad(Header, row, row).Message.ShouldBe("line 3, column case_id: case 'C1' was already given on line 2");
    }

    [Fact]
    public void An_empty_file_or_a_repeated_header_column_is_refused()
    {
        Bad().Message.ShouldBe("line 1: the file is empty (no header)");
        Bad(Header + "\tdrg").Message.ShouldBe("line 1, column drg: the column appears twice in the header");
    }
}
