using TieredCare.Drg;

namespace TieredCare.DemoData.Tests;

/// <summary>The demo's discharge abstracts are coded well enough for the national CHS-DRG 1.1 grouper.</summary>
public sealed class GroupingTests(DemoFolder demo)
{
    [Fact]
    public void Every_defect_free_demo_discharge_groups_into_a_drg()
    {
        var folder = DemoFolder.SharedDictionaries();
        Assert.SkipUnless(File.Exists(Path.Combine(folder, "mdc.tsv")), "The national CHS-DRG 1.1 tables are not beside the repository (../shared/data/chs-drg-1.1).");
        var tables = DrgTableSet.Load(folder);

        var clean = demo.Abstracts.Rows.Where(a => a.Findings.Clean).ToList();
        clean.Count.ShouldBeGreaterThan(demo.Abstracts.Rows.Count * 9 / 10, "the quality defects stay rare");
        var failures = new List<string>();
        foreach (var a in clean)
        {
            var result = DrgGrouper.GroupFast(a.Record, tables);
            if (result.Status != GroupingStatus.Success)
            {
                failures.Add($"{a.Id} {a.Record.Diagnoses[0]} [{string.Join('|', a.Record.Procedures)}]: {result.Status.ToWord()}");
            }
        }

        failures.Take(20).ShouldBeEmpty($"{failures.Count} of {clean.Count} defect-free discharges do not group");
    }
}
