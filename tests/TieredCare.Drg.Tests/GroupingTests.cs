using TieredCare.Drg;

namespace TieredCare.Drg.Tests;

public sealed class GroupingTests
{
    private static readonly DrgTableSet Tables = new TinyTableSet().Load();

    [Fact]
    public void A_secondary_mcc_from_another_exclusion_table_chooses_the_mcc_drg()
    {
        var result = DrgGrouper.Group(TinyTableSet.Record(["B01", "M02"], "02.0000"), Tables);
        result.ShouldBe(result with { Mdc = "MDCB", Adrg = "BB1", Drg = "BB11", Status = GroupingStatus.Success });
        result.Trace.ShouldContain(s => s.Subject == "BB11" && s.Message.Contains("mcc found: M02 (table 2)"));
    }

    [Fact]
    public void An_mcc_in_the_principals_exclusion_table_is_ignored()
    {
        var result = DrgGrouper.Group(TinyTableSet.Record(["B01", "M01"], "02.0000"), Tables);
        result.Drg.ShouldBe("BB15");
        result.Trace.ShouldContain(s => s.Subject == "BB11" && s.Message.Contains("M01 excluded by exclusion table 1 of principal B01"));
    }

    [Fact]
    public void A_principal_without_an_exclusion_table_excludes_nothing() =>
        DrgGrouper.Group(TinyTableSet.Record(["B02", "M01"], "02.0000"), Tables).Drg.ShouldBe("BB11");

    [Fact]
    public void A_cc_without_an_mcc_chooses_the_cc_drg()
    {
        var result = DrgGrouper.Group(TinyTableSet.Record(["B01", "C02"], "02.0000"), Tables);
        result.Drg.ShouldBe("BB13");
        result.Trace.ShouldContain(s => s.Subject == "BB13" && s.Message.Contains("cc found: C02"));
    }

    [Fact]
    public void A_cc_in_the_principals_exclusion_table_is_ignored() =>
        DrgGrouper.Group(TinyTableSet.Record(["B01", "C01"], "02.0000"), Tables).Drg.ShouldBe("BB15");

    [Fact]
    public void The_principal_itself_is_never_its_own_complication() =>
        DrgGrouper.Group(TinyTableSet.Record(["M02"], "02.0000"), new TinyTableSet()
            .Replace("lists.tsv", "MDCB\tmdc_zd\tB02", "MDCB\tmdc_zd\tM02").Replace("cc.tsv", "C02", "C03").Load())
            .Drg.ShouldBe("BB15");

    [Fact]
    public void An_OR_procedure_record_enters_MDCA_and_falls_through_to_its_own_MDC()
    {
        var result = DrgGrouper.Group(TinyTableSet.Record(["B01"], "02.0000"), Tables);

        result.Mdc.ShouldBe("MDCB");
        result.Drg.ShouldBe("BB15");
        result.Trace.Select(s => s.ToString()).ShouldBe(
        [
            "validation: passed",
            "MDCA: entered: entry 'main_proc in or_procedures' is true",
            "MDCA: no ADRG matched; falling through to the next MDC",
            "MDCB: entered: entry 'main_dx in mdc_zd' is true",
            "BB1: matched: condition 'main_proc in ss' is true (the ADRGs of MDCB before it did not match)",
            "BB11: not chosen: split 'mcc' is false (no mcc: no secondary diagnosis; no cc: no secondary diagnosis)",
            "BB13: not chosen: split 'mcc or cc' is false (no mcc: no secondary diagnosis; no cc: no secondary diagnosis)",
            "BB15: chosen: split 'true' is true",
        ]);
    }

    [Fact]
    public void A_pre_MDC_procedure_stays_in_MDCA() =>
        DrgGrouper.Group(TinyTableSet.Record(["B01"], "01.0000"), Tables).Drg.ShouldBe("AA19");

    [Fact]
    public void An_unknown_principal_still_groups_through_a_pre_MDC_procedure() =>
        DrgGrouper.Group(TinyTableSet.Record(["NOT.A.CODE"], "01.0000"), Tables).Drg.ShouldBe("AA19");

    [Fact]
    public void A_record_with_very_many_codes_groups_like_a_short_one()
    {
        var diagnoses = new[] { "B01" }.Concat(Enumerable.Repeat("X99", 80)).Append("M02").ToArray();
        DrgGrouper.GroupFast(TinyTableSet.Record(diagnoses, "02.0000"), Tables).Drg.ShouldBe("BB11");
    }

    [Fact]
    public void A_principal_no_MDC_lists_is_ungroupable()
    {
        var result = DrgGrouper.Group(TinyTableSet.Record(["X99"]), Tables);
        (result.Mdc, result.Adrg, result.Drg, result.Status.ToWord()).ShouldBe(("0000", "00", "0000", "ungroupable"));
        result.Trace.ShouldContain(s => s.Subject == "MDCB" && s.Message.StartsWith("skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void An_active_QY_check_reports_an_ambiguous_case_when_a_non_surgical_ADRG_would_get_an_OR_procedure()
    {
        var tables = new TinyTableSet().Replace("mdc.tsv", "main_dx in mdc_zd\t0\tBB1", "main_dx in mdc_zd\t1\tBB1").Load();

        var result = DrgGrouper.Group(TinyTableSet.Record(["B01"], "03.0000", "02.0000"), tables);

        (result.Mdc, result.Adrg, result.Drg, result.Status.ToWord()).ShouldBe(("MDCB", "QY", "BQY", "ambiguous_qy"));
        result.Trace[^1].Subject.ShouldBe("QY");
        DrgGrouper.GroupFast(TinyTableSet.Record(["B01"], "03.0000", "02.0000"), tables).Drg.ShouldBe("BQY");
    }

    [Fact]
    public void An_inactive_QY_check_lets_the_medical_ADRG_match() =>
        DrgGrouper.Group(TinyTableSet.Record(["B01"], "03.0000", "02.0000"), Tables).Drg.ShouldBe("BR19");

    [Fact]
    public void The_fast_path_gives_the_same_result_without_a_trace()
    {
        var record = TinyTableSet.Record(["B01", "M02"], "02.0000");
        var fast = DrgGrouper.GroupFast(record, Tables);
        fast.Trace.ShouldBeEmpty();
        fast.ShouldBe(DrgGrouper.Group(record, Tables) with { Trace = [] });
    }

    [Fact]
    public void Grouping_from_several_threads_gives_the_same_results()
    {
        var records = new[] { TinyTableSet.Record(["B01", "M02"], "02.0000"), TinyTableSet.Record(["B02"]), TinyTableSet.Record(["X99"]) };
        var expected = records.Select(r => DrgGrouper.GroupFast(r, Tables).Drg).ToArray();
        Parallel.For(0, 10_000, i => DrgGrouper.GroupFast(records[i % 3], Tables).Drg.ShouldBe(expected[i % 3]));
    }
}
