using TieredCare.Abstracts;

namespace TieredCare.Abstracts.Tests;

public sealed class AbstractQualityTests
{
    [Fact]
    public void The_fixture_abstract_has_no_findings()
    {
        Fixture.Check(Fixture.Valid).ShouldBeEmpty();
        AbstractQuality.Evaluate(Fixture.Valid, Fixture.Codes).Passed.ShouldBeTrue();
    }

    [Fact]
    public void An_unknown_principal_diagnosis_is_named_in_Chinese_and_English()
    {
        var finding = Fixture.Check(Fixture.Valid with { PrincipalDiagnosis = "Z99.999" }).ShouldHaveSingleItem();

        finding.ShouldBe(new QcFinding("QC-C01", QcSeverity.Error, "principal_diagnosis",
            "主要诊断编码 Z99.999 不在疾病编码字典中", "principal diagnosis code Z99.999 is not in the diagnosis code dictionary"));
    }

    [Fact]
    public void A_rule_on_several_fields_names_the_field_it_found()
    {
        var finding = Fixture.Check(Fixture.Valid with { OtherDiagnoses = ["I10.x00", "O80.000"] }).ShouldHaveSingleItem();

        finding.RuleCode.ShouldBe("QC-S06");
        finding.Field.ShouldBe("other_diagnoses");
        finding.Message.ShouldBe("其他诊断编码 O80.000 为女性专用编码（妊娠、分娩和产褥期），与性别 男 不符");
        finding.MessageEn.ShouldBe("other diagnosis code O80.000 is for women only (pregnancy, childbirth and the puerperium) but the patient is male");
    }

    [Fact]
    public void A_procedure_finding_names_the_procedure_by_its_sequence()
    {
        var record = Fixture.Valid with
        {
            Procedures = [Fixture.Valid.Procedures[0], new RecordedProcedure(2, "99.9999", null, new DateOnly(2025, 3, 3))],
        };

        var finding = Fixture.Check(record).ShouldHaveSingleItem();

        finding.Field.ShouldBe("procedures.code");
        finding.Message.ShouldBe("手术操作编码 99.9999（序号2）不在手术操作编码字典中");
    }

    [Fact]
    public void A_lone_asterisk_principal_gives_the_reason_from_the_code_ranges()
    {
        var finding = Fixture.Check(Fixture.Valid with { PrincipalDiagnosis = "I32.0*" }).ShouldHaveSingleItem();

        finding.Message.ShouldBe("主要诊断编码 I32.0* 不能作为主要诊断：星号编码不能单独使用，须与剑号编码成对");
        finding.MessageEn.ShouldEndWith("an asterisk code used without its dagger code");
    }

    [Fact]
    public void Warnings_do_not_fail_an_abstract_and_errors_do()
    {
        var warned = AbstractQuality.Evaluate(Fixture.Valid with { Disposition = 9 }, Fixture.Codes);
        warned.Passed.ShouldBeTrue();
        (warned.ErrorCount, warned.WarningCount).ShouldBe((0, 1));

        var failed = AbstractQuality.Evaluate(Fixture.Valid with { Disposition = 9, Sex = null }, Fixture.Codes);
        failed.Passed.ShouldBeFalse();
        (failed.ErrorCount, failed.WarningCount).ShouldBe((1, 1));
        AbstractQuality.Passed(failed.Findings).ShouldBeFalse();
    }

    [Fact]
    public void An_unreadable_cell_is_reported_as_a_format_problem_and_not_also_as_missing()
    {
        var cells = Fixture.ValidCells();
        cells["admission_date"] = "2025.03.01";

        var outcome = Fixture.ReadAndCheck(cells, Fixture.ValidProcedureCells());

        outcome.Findings.Select(f => f.RuleCode).ShouldBe(["QC-F05"]);
        outcome.Findings[0].Message.ShouldBe("入院日期 2025.03.01 不是有效日期（应为yyyy-MM-dd）");
    }

    [Fact]
    public void A_missing_cell_is_reported_as_missing()
    {
        var cells = Fixture.ValidCells();
        cells["admission_date"] = "";

        Fixture.ReadAndCheck(cells, Fixture.ValidProcedureCells()).Findings.Select(f => f.RuleCode).ShouldBe(["QC-M08"]);
    }

    [Fact]
    public void An_empty_record_fails_every_mandatory_rule_and_nothing_else_throws()
    {
        var findings = Fixture.Check(new DischargeRecord());

        findings.Select(f => f.RuleCode).ShouldBe(QcRuleCatalogue.All.Select(r => r.Code).Where(c => c.StartsWith("QC-M", StringComparison.Ordinal) && c != "QC-M18"));
    }

    [Fact]
    public void A_record_with_default_arrays_is_checked_like_one_with_empty_ones()
    {
        var record = Fixture.Valid with { OtherDiagnoses = default, Procedures = default, CostSurgery = 0m };

        record.OtherDiagnoses.IsEmpty.ShouldBeTrue();
        Fixture.Check(record).ShouldBeEmpty();
    }
}
