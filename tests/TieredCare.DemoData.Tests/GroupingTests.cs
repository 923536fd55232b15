using System.Collections.Immutable;
using System.Globalization;
using TieredCare.Drg;

namespace TieredCare.DemoData.Tests;

/// <summary>The demo's discharge abstracts are coded well enough for the national CHS-DRG 1.1 grouper.</summary>
public sealed class GroupingTests(DemoFolder demo)
{
    [Fact]
    public void Every_demo_discharge_groups_into_a_drg()
    {
        var folder = DemoFolder.SharedDictionaries();
        Assert.SkipUnless(File.Exists(Path.Combine(folder, "mdc.tsv")), "The national CHS-DRG 1.1 tables are not beside the repository (../shared/data/chs-drg-1.1).");
        var tables = DrgTableSet.Load(folder);

        var procedures = demo.Read("discharge_procedures.csv");
        var byAbstract = procedures.Rows
            .GroupBy(r => r[procedures["abstract_id"]])
            .ToDictionary(g => g.Key, g => g.OrderBy(r => int.Parse(r[procedures["sequence"]], CultureInfo.InvariantCulture)).Select(r => r[procedures["code"]]).ToImmutableArray());
        var discharges = demo.Read("discharges.csv");
        int? Int(string[] row, string column) => row[discharges[column]] is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

        var failures = new List<string>();
        foreach (var row in discharges.Rows)
        {
            var id = row[discharges["abstract_id"]];
            var others = row[discharges["other_diagnoses"]].Split('|', StringSplitOptions.RemoveEmptyEntries);
            var record = new GroupingRecord(Int(row, "sex"), Int(row, "age_years"), Int(row, "age_days"), Int(row, "newborn_weight_g"),
                [row[discharges["principal_diagnosis"]], .. others], byAbstract.GetValueOrDefault(id, []));
            var result = DrgGrouper.GroupFast(record, tables);
            if (result.Status != GroupingStatus.Success)
            {
                failures.Add($"{id} {record.Diagnoses[0]} [{string.Join('|', record.Procedures)}]: {result.Status.ToWord()}");
            }
        }

        failures.Take(20).ShouldBeEmpty($"{failures.Count} of {discharges.Rows.Count} discharges do not group");
    }
}
