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
            mismatches.AppendLine($"{c.CaseId} sex {c.Record.Sex} age {c.Record.AgeYears}/{c.Record.AgeDays} weight {c.Record.WeightG} "
                + $"dx {string.Join('|', c.Record.Diagnoses)} proc {string.Join('|', c.Record.Procedures)}: expected {c.ExpectedMdc}/{c.ExpectedAdrg}/{c.ExpectedDrg} {c.ExpectedStatus}, got {result}");
            foreach (var step in result.Trace)
            {
                mismatches.AppendLine($"    {step}");
            }
        }
        failed.ShouldBe(0, $"{failed} of {cases.Count} cases disagree; the first:\n{mismatches}");
    }

    [Fact]
    public void Records_with_an_OR_main_procedure_enter_MDCA_and_most_fall_through_to_their_own_MDC()
    {
        var tables = NationalTables.Tables;
        using var reader = new StreamReader(Path.Combine(NationalTables.Folder, "conformance", "cases.tsv"));
        var results = DrgCaseFile.Read(reader).Select(c => DrgGrouper.Group(c.Record, tables)).ToList();

        var fellThrough = results.Where(r => r.Trace.Any(s => s.ToString() == "MDCA: no ADRG matched; falling through to the next MDC")).ToList();

        fellThrough.Count.ShouldBeGreaterThan(100);
        fellThrough.ShouldAllBe(r => r.Trace.Any(s => s.ToString().StartsWith("MDCA: entered", StringComparison.Ordinal)));
        fellThrough.Count(r => r.Status == GroupingStatus.Success && r.Mdc != "MDCA").ShouldBeGreaterThan(100);
    }
}
