using TieredCare.Abstracts;

namespace TieredCare.Abstracts.Tests;

public sealed class ColumnTests
{
    [Fact]
    public void The_discharge_columns_are_those_of_the_data_format_plus_the_two_optional_ones()
    {
        AbstractColumns.Discharge.Length.ShouldBe(37);
        AbstractColumns.Discharge[0].ShouldBe("abstract_id");
        AbstractColumns.Discharge.ShouldContain("cost_surgery");
        AbstractColumns.DischargeOptional.ShouldBe(["external_cause_code", "pathology_code"]);
        AbstractColumns.Procedure.ShouldBe(["abstract_id", "sequence", "code", "surgery_level", "date"]);
    }

    [Fact]
    public void Every_column_has_its_own_Chinese_and_English_label()
    {
        var fields = AbstractColumns.Discharge.Concat(AbstractColumns.Procedure.Skip(1).Select(c => "procedures." + c)).ToList();

        fields.Select(AbstractColumns.Label).ShouldBeUnique();
        fields.Select(AbstractColumns.LabelEn).ShouldBeUnique();
        fields.ShouldAllBe(f => AbstractColumns.Label(f) != f && AbstractColumns.LabelEn(f).Length > 0);
        AbstractColumns.Label("principal_diagnosis").ShouldBe("主要诊断编码");
        AbstractColumns.Label("procedures.code").ShouldBe("手术操作编码");
        AbstractColumns.Label("no_such_field").ShouldBe("no_such_field");
    }

    [Fact]
    public void An_English_header_maps_in_any_case_and_order()
    {
        var header = AbstractColumns.Discharge.Reverse().Select(c => c.ToUpperInvariant()).ToList();
        header[0] = " \uFEFF" + header[0] + " ";

        var mapping = AbstractColumns.MapDischargeHeader(header);

        mapping.IsValid.ShouldBeTrue();
        mapping.Columns.ShouldBe(AbstractColumns.Discharge.Reverse().Cast<string?>());
    }

    [Fact]
    public void A_Chinese_header_maps_to_canonical_names_with_full_width_brackets_too()
    {
        var header = AbstractColumns.Discharge.Select(AbstractColumns.Label).ToList();
        header[header.IndexOf("年龄(天)")] = "年龄（天）";

        var mapping = AbstractColumns.MapDischargeHeader(header);

        mapping.IsValid.ShouldBeTrue();
        mapping.Columns.ShouldBe(AbstractColumns.Discharge.Cast<string?>());
        mapping.IndexOf("age_days").ShouldBe(AbstractColumns.Discharge.IndexOf("age_days"));
    }

    [Theory]
    [InlineData("组织机构代码", "institution_code")]
    [InlineData("医疗付款方式", "insurance_type")]
    [InlineData("住院天数", "los_days")]
    [InlineData("病案号", "medical_record_no")]
    [InlineData("损伤中毒外部原因编码", "external_cause_code")]
    public void Common_Chinese_variants_are_accepted(string header, string column) =>
        AbstractColumns.MapDischargeHeader([header]).Columns[0].ShouldBe(column);

    [Fact]
    public void Unknown_repeated_and_missing_columns_are_reported()
    {
        var mapping = AbstractColumns.MapDischargeHeader(["abstract_id", "性别", "sex", "diagnosis", "total_cost"]);

        mapping.IsValid.ShouldBeFalse();
        mapping.Columns.ShouldBe(["abstract_id", "sex", null, null, "total_cost"]);
        mapping.Unknown.ShouldBe(["diagnosis"]);
        mapping.Duplicates.ShouldBe(["sex"]);
        mapping.Missing.ShouldContain("principal_diagnosis");
        mapping.Missing.ShouldNotContain("sex");
        mapping.Missing.ShouldNotContain("pathology_code");
    }

    [Fact]
    public void A_procedure_header_maps_in_Chinese()
    {
        var mapping = AbstractColumns.MapProcedureHeader(["首页编号", "序号", "手术操作编码", "手术级别", "手术日期"]);

        mapping.IsValid.ShouldBeTrue();
        mapping.Columns.ShouldBe(AbstractColumns.Procedure.Cast<string?>());
    }

    [Fact]
    public void A_row_under_a_Chinese_header_reads_into_the_same_record_as_under_the_English_one()
    {
        var cells = Fixture.ValidCells();
        var header = cells.Keys.Select(AbstractColumns.Label).ToList();
        var row = cells.Values.Select(v => v ?? "").ToList();
        var procedureHeader = new[] { "序号", "手术操作编码", "手术级别", "手术日期", "首页编号" };
        var procedureRow = new[] { "1", "47.0901", "3", "2025/3/2 10:00", "1001" };

        var mapping = AbstractColumns.MapDischargeHeader(header);
        var procedureMapping = AbstractColumns.MapProcedureHeader(procedureHeader);
        var (record, findings) = DischargeRecordReader.Read(mapping.Cells(row), [procedureMapping.Cells(procedureRow)]);

        findings.ShouldBeEmpty();
        record.ShouldEqual(Fixture.Valid);
    }
}
