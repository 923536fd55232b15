using TieredCare.Drg;

namespace TieredCare.Drg.Tests;

public sealed class LoadingTests
{
    [Fact]
    public void The_tiny_table_set_loads_in_try_order()
    {
        var tables = new TinyTableSet().Load();
        tables.Mdcs.Select(m => m.Code).ShouldBe(["MDCA", "MDCB"]);
        tables.Mdcs[1].Adrgs.Select(a => a.Code).ShouldBe(["BB1", "BR1"]);
        tables.DrgCount.ShouldBe(5);
    }

    [Fact]
    public void A_table_set_with_a_missing_file_is_rejected()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"tieredcare-drg-{Guid.NewGuid():N}");
        try
        {
            new TinyTableSet().Without("cc.tsv").WriteTo(folder);
            var e = Should.Throw<DrgTableSetException>(() => DrgTableSet.Load(folder));
            e.File.ShouldBe("cc.tsv");
            e.Message.ShouldContain("cc.tsv: file is missing");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_table_set_written_to_a_folder_loads_from_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"tieredcare-drg-{Guid.NewGuid():N}");
        try
        {
            new TinyTableSet().WriteTo(folder);
            DrgTableSet.Load(folder).Mdcs.Count.ShouldBe(2);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_list_the_rows_owner_does_not_have_is_rejected_naming_file_row_and_list()
    {
        var e = Should.Throw<DrgTableSetException>(() => new TinyTableSet().Replace("adrg.tsv", "BR1\tMDCB\t2\tmain_dx in zd", "BR1\tMDCB\t2\tmain_dx in zd1").Load());
        e.Message.ShouldBe("adrg.tsv line 4: condition 'main_dx in zd1' of BR1: unknown list 'zd1' (no such list of BR1 in lists.tsv)");
    }

    [Fact]
    public void Another_owners_list_is_not_visible() =>
        Should.Throw<DrgTableSetException>(() => new TinyTableSet().Replace("adrg.tsv", "BB1\tMDCB\t1\tmain_proc in ss", "BB1\tMDCB\t1\tmain_dx in zd").Load())
            .Message.ShouldContain("adrg.tsv line 3: condition 'main_dx in zd' of BB1: unknown list 'zd'");

    [Fact]
    public void An_unknown_atom_is_rejected()
    {
        var e = Should.Throw<DrgTableSetException>(() => new TinyTableSet().Replace("drg.tsv", "BB13\tBB1\t2\tmcc or cc", "BB13\tBB1\t2\tmcc or los_days > 3").Load());
        e.File.ShouldBe("drg.tsv");
        e.Line.ShouldBe(4);
        e.Problem.ShouldContain("unknown atom 'los_days'");
    }

    [Theory]
    [InlineData("main_dx in")]
    [InlineData("main_dx in mdc_zd and")]
    [InlineData("(main_dx in mdc_zd")]
    [InlineData("main_dx in mdc_zd)")]
    [InlineData("sex = male")]
    [InlineData("sex ~ 1")]
    public void Bad_syntax_is_rejected(string entry) =>
        Should.Throw<DrgTableSetException>(() => new TinyTableSet().Replace("mdc.tsv", "MDCB\t2\tmain_dx in mdc_zd", $"MDCB\t2\t{entry}").Load())
            .Message.ShouldStartWith("mdc.tsv line 3: entry");

    [Fact]
    public void A_row_with_too_few_cells_is_rejected() =>
        Should.Throw<DrgTableSetException>(() => new TinyTableSet().Replace("mcc.tsv", "M02\t2", "M02").Load())
            .Message.ShouldBe("mcc.tsv line 3: row has 1 cells, the header has 2");

    [Fact]
    public void A_non_numeric_exclusion_table_is_rejected() =>
        Should.Throw<DrgTableSetException>(() => new TinyTableSet().Replace("cce.tsv", "B01\t1", "B01\tone").Load())
            .Message.ShouldBe("cce.tsv line 2: column 'exclusion_table' is not an integer: 'one'");

    [Fact]
    public void A_DRG_of_an_unknown_ADRG_is_rejected() =>
        Should.Throw<DrgTableSetException>(() => new TinyTableSet().Replace("drg.tsv", "BR19\tBR1", "BR19\tBR2").Load())
            .Message.ShouldBe("drg.tsv line 6: DRG 'BR19' belongs to unknown ADRG 'BR2'");

    [Fact]
    public void Every_expression_of_the_grammar_compiles()
    {
        var tables = new TinyTableSet()
            .Replace("adrg.tsv", "BR1\tMDCB\t2\tmain_dx in zd",
                "BR1\tMDCB\t2\tnot (any_dx in zd and has_proc) and (sex != 2 or age_years >= 18) and age_days < 29 and weight_g <= 9000 "
                + "and body_regions(zd) > 0 and not proc_sections(zd) has \"1\" and any_proc in or_procedures or false")
            .Load();
        tables.Mdcs[1].Adrgs[1].Condition.ShouldContain("proc_sections(zd) has \"1\"");
    }
}
