using System.Text;
using TieredCare.Drg;

namespace TieredCare.Drg.Tests;

public sealed class ConformanceTests
{
    [Fact]
    public void The_national_table_set_loads_with_26_mdc_376_adrg_and_628_drg()
    {
        var tables = NationalTables.Tables;
        tables.Mdcs.Count.ShouldBe(26);
        tables.AdrgCount.ShouldBe(376);
        tables.DrgCount.ShouldBe(628);
        tables.Mdcs[0].Code.ShouldBe("MDCA");
    }

    [Fact]
    public void All_3000_conformance_cases_group_exactly_as_the_oracle()
    {
        var tables = NationalTables.Tables;
        using var reader = new StreamReader(Path.Combine(NationalTables.Folder, "conformance", "cases.tsv"));
        var cases = DrgCaseFile.Read(reader);
        cases.Count.ShouldBe(3000);

        var mismatches = new StringBuilder();
        var failed = 0;
        foreach (var c in cases)
        {
            var result = DrgGrouper.Group(c.Record, tables);
            DrgGrouper.GroupFast(c.Record, tables).ShouldBe(result with { Trace = [] }, $"{c.CaseId}: fast path differs");
            if (result.Mdc == c.ExpectedMdc && result.Adrg == c.ExpectedAdrg && result.Drg == c.ExpectedDrg && result.Status == c.ExpectedStatus) continue;
            if (++failed > 10) continue;
            mismatches.AppendLine($"{c.CaseId} {c.Record}: expected {c.ExpectedMdc}/{c.ExpectedAdrg}/{c.ExpectedDrg} {c.ExpectedStatus}, got {result}");
            foreach (var step in result.Trace)
            {
                mismatches.AppendLine($"    {step}");
            }
        }
        failed.ShouldBe(0, $"{failed} of {cases.Count} cases disagree; the first:\n{mismatches}");
    }
}
