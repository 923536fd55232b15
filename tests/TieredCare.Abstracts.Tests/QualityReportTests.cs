using TieredCare.Abstracts;

namespace TieredCare.Abstracts.Tests;

public sealed class QualityReportTests
{
    private static readonly QcFinding MissingSex = QcRuleCatalogue.Get("QC-M05").Raise();
    private static readonly QcFinding UnknownCode = QcRuleCatalogue.Get("QC-C01").Raise("Z99.999");
    private static readonly QcFinding Disposition9 = QcRuleCatalogue.Get("QC-X02").Raise("9");

    [Fact]
    public void Totals_count_records_passed_failed_and_warned()
    {
        var report = QualityReport.Build(
        [
            ("H1", "D1", []),
            ("H1", "D1", [Disposition9]),
            ("H1", "D2", [MissingSex, Disposition9]),
        ]);

        report.Totals.ShouldBe(new QualityTotals(3, 2, 1, 0.6667m, 2));
    }

    [Fact]
    public void Top_rules_count_each_record_once_and_share_is_of_all_records()
    {
        var report = QualityReport.Build(
        [
            ("H1", "D1", [UnknownCode, UnknownCode]),
            ("H1", "D1", [UnknownCode, MissingSex]),
            ("H2", "D1", [MissingSex]),
            ("H2", "D1", [Disposition9]),
        ]);

        report.TopRules.ShouldBe(
        [
            new RuleFailureCount("QC-C01", QcSeverity.Error, 2, 0.5m),
            new RuleFailureCount("QC-M05", QcSeverity.Error, 2, 0.5m),
            new RuleFailureCount("QC-X02", QcSeverity.Warning, 1, 0.25m),
        ]);
        QualityReport.Build([("H1", "D1", [UnknownCode, MissingSex, Disposition9])], topRules: 1).TopRules.Length.ShouldBe(1);
    }

    [Fact]
    public void Departments_are_per_institution_and_institutions_add_them_up()
    {
        var report = QualityReport.Build(
        [
            ("H2", "D1", [Disposition9]),
            ("H1", "D2", [MissingSex]),
            ("H1", "D1", []),
            ("H1", "D1", [UnknownCode]),
            ("H1", "D1", [UnknownCode, Disposition9]),
        ]);

        report.ByDepartment.ShouldBe(
        [
            new GroupQuality("H1", "D1", 3, 1, 0.3333m, "QC-C01"),
            new GroupQuality("H1", "D2", 1, 0, 0m, "QC-M05"),
            new GroupQuality("H2", "D1", 1, 1, 1m, "QC-X02"),
        ]);
        report.ByInstitution.ShouldBe(
        [
            new GroupQuality("H1", null, 4, 1, 0.25m, "QC-C01"),
            new GroupQuality("H2", null, 1, 1, 1m, "QC-X02"),
        ]);
    }

    [Fact]
    public void On_a_tie_the_top_rule_is_the_error()
    {
        var report = QualityReport.Build([("H1", "D1", [Disposition9]), ("H1", "D1", [MissingSex])]);

        report.ByInstitution.ShouldHaveSingleItem().TopRule.ShouldBe("QC-M05");
    }

    [Fact]
    public void A_clean_group_has_no_top_rule_and_an_empty_batch_has_zero_totals()
    {
        QualityReport.Build([("H1", "D1", [])]).ByDepartment.ShouldHaveSingleItem().ShouldBe(new GroupQuality("H1", "D1", 1, 1, 1m, null));

        var empty = QualityReport.Build([]);
        empty.Totals.ShouldBe(new QualityTotals(0, 0, 0, 0m, 0));
        (empty.TopRules.IsEmpty, empty.ByDepartment.IsEmpty, empty.ByInstitution.IsEmpty).ShouldBe((true, true, true));
    }

    [Fact]
    public void The_report_reads_the_findings_of_checked_abstracts()
    {
        var records = new[]
        {
            Fixture.Valid,
            Fixture.Valid with { AbstractId = "1002", PrincipalDiagnosis = "Z99.999" },
            Fixture.Valid with { AbstractId = "1003", DepartmentCode = "D02", Disposition = 9 },
        };

        var report = QualityReport.Build(records.Select(r => (r.InstitutionCode!, r.DepartmentCode!, Fixture.Check(r))));

        report.Totals.ShouldBe(new QualityTotals(3, 2, 1, 0.6667m, 1));
        report.ByDepartment.Select(d => (d.DepartmentCode, d.PassRate)).ShouldBe([("D01", 0.5m), ("D02", 1m)]);
    }
}
