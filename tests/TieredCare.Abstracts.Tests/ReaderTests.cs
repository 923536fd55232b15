using TieredCare.Abstracts;

namespace TieredCare.Abstracts.Tests;

public sealed class ReaderTests
{
    [Fact]
    public void The_fixture_cells_read_into_the_fixture_record()
    {
        var (record, findings) = Fixture.Read(Fixture.ValidCells(), Fixture.ValidProcedureCells());

        findings.ShouldBeEmpty();
        record.ShouldEqual(Fixture.Valid);
    }

    [Fact]
    public void Absent_columns_and_empty_cells_are_missing_values()
    {
        var (record, findings) = Fixture.Read(new Dictionary<string, string?> { ["sex"] = "", ["age_years"] = "  " }, []);

        findings.ShouldBeEmpty();
        record.ShouldEqual(new DischargeRecord());
    }

    [Fact]
    public void An_unreadable_cell_leaves_the_field_empty_and_the_rest_of_the_record_read()
    {
        var cells = Fixture.ValidCells();
        cells["total_cost"] = "6000元";
        cells["birth_date"] = "1980年5月10日";

        var (record, findings) = Fixture.Read(cells, Fixture.ValidProcedureCells());

        record.ShouldEqual(Fixture.Valid with { TotalCost = null, BirthDate = null });
        findings.Select(f => (f.RuleCode, f.Field)).ShouldBe([("QC-F05", "birth_date"), ("QC-F02", "total_cost")]);
        findings[1].Message.ShouldBe("总费用 6000元 不是有效金额（元，小数点用“.”，不用千分位）");
    }

    [Fact]
    public void Other_diagnoses_split_on_bars_and_skip_empty_items()
    {
        var cells = Fixture.ValidCells();
        cells["other_diagnoses"] = "I10.x00||E11.900|";

        Fixture.Read(cells, []).Record.OtherDiagnoses.ShouldBe(["I10.x00", "E11.900"]);
    }

    [Fact]
    public void A_bad_item_among_other_diagnoses_is_dropped_and_reported()
    {
        var cells = Fixture.ValidCells();
        cells["other_diagnoses"] = "I10.x00|E11 .900";

        var (record, findings) = Fixture.Read(cells, []);

        record.OtherDiagnoses.ShouldBe(["I10.x00"]);
        findings.ShouldHaveSingleItem().Message.ShouldBe("其他诊断编码 E11 .900 含有空格");
    }

    [Fact]
    public void Procedures_come_out_in_sequence_order_and_a_row_without_sequence_takes_its_position()
    {
        var rows = new List<Dictionary<string, string?>>
        {
            new() { ["sequence"] = "3", ["code"] = "99.0401" },
            new() { ["sequence"] = "", ["code"] = "47.0100", ["surgery_level"] = "2" },
            new() { ["sequence"] = "1", ["code"] = "47.0901", ["surgery_level"] = "3", ["date"] = "2025-03-02 08:00" },
        };

        var (record, findings) = Fixture.Read(Fixture.ValidCells(), rows);

        findings.ShouldBeEmpty();
        record.Procedures.ShouldBe(
        [
            new RecordedProcedure(1, "47.0901", 3, new DateOnly(2025, 3, 2)),
            new RecordedProcedure(2, "47.0100", 2, null),
            new RecordedProcedure(3, "99.0401", null, null),
        ]);
    }

    [Fact]
    public void A_procedure_cell_problem_names_the_procedure_field()
    {
        var rows = Fixture.ValidProcedureCells();
        rows[0]["surgery_level"] = "III";

        var (record, findings) = Fixture.Read(Fixture.ValidCells(), rows);

        record.Procedures[0].SurgeryLevel.ShouldBeNull();
        findings.ShouldHaveSingleItem().ShouldBe(new QcFinding("QC-F01", QcSeverity.Error, "procedures.surgery_level",
            "手术级别 III 不是整数", "surgery level III is not an integer"));
    }

    [Fact]
    public void A_patient_id_beyond_int_range_reads()
    {
        var cells = Fixture.ValidCells();
        cells["patient_id"] = "990100000012345";

        Fixture.Read(cells, []).Record.PatientId.ShouldBe(990100000012345L);
    }

    [Fact]
    public void The_optional_codes_are_read()
    {
        var cells = Fixture.ValidCells();
        cells["external_cause_code"] = "W19.x00";
        cells["pathology_code"] = "M81400/3";

        var record = Fixture.Read(cells, []).Record;

        (record.ExternalCauseCode, record.PathologyCode).ShouldBe(("W19.x00", "M81400/3"));
    }
}
