using TieredCare.DemoData.Generation;
using TieredCare.DemoData.Model;
using TieredCare.Drg;

namespace TieredCare.DemoData.Tests;

/// <summary>
/// The demo's own DRG table set (DrgTables/qingchuan-demo-1.0) loads, names only codes of its dictionaries,
/// covers every code the generator writes, and groups the demo's discharges as CHS-DRG 1.1 does.
/// </summary>
public sealed class DemoDrgTableTests(DemoFolder demo)
{
    private static readonly string NationalMissing = "The national CHS-DRG 1.1 tables are not beside the repository (../shared/data/chs-drg-1.1).";

    private static readonly Lazy<DrgTableSet> Tables = new(() => DrgTableSet.Load(DemoDrgTables.Folder));

    [Fact]
    public void Demo_table_set_loads_and_every_code_it_names_is_in_its_dictionaries()
    {
        var tables = Tables.Value;
        tables.Mdcs.Count.ShouldBeInRange(10, 26);
        tables.AdrgCount.ShouldBeInRange(60, 140);
        tables.DrgCount.ShouldBeInRange(tables.AdrgCount, 3 * tables.AdrgCount);
        File.Exists(Path.Combine(DemoDrgTables.Folder, "README.md")).ShouldBeTrue();

        var icd10 = Dictionary("icd10.tsv");
        var icd9 = Dictionary("icd9cm3.tsv");
        icd10.Values.Concat(icd9.Values).ShouldAllBe(name => name.Length > 0);
        foreach (var row in Rows("lists.tsv"))
        {
            var dictionary = row[1] is "ss" or "ss1" ? icd9 : icd10;
            dictionary.ShouldContainKey(row[2], $"{row[0]} {row[1]}");
        }

        Rows("mcc.tsv").Concat(Rows("cc.tsv")).Concat(Rows("cce.tsv")).ShouldAllBe(r => icd10.ContainsKey(r[0]));
        Rows("or_procedures.tsv").ShouldAllBe(r => icd9.ContainsKey(r[0]));
    }

    [Fact]
    public void Every_code_the_generator_can_emit_is_in_the_demo_dictionaries()
    {
        var icd10 = Dictionary("icd10.tsv");
        var icd9 = Dictionary("icd9cm3.tsv");
        foreach (var disease in DemoTables.Load().Diseases)
        {
            icd10.ShouldContainKey(disease.Code);
            disease.Comorbidities.ShouldAllBe(c => icd10.ContainsKey(c), disease.Code);
            disease.ExternalCauses.ShouldAllBe(c => icd10.ContainsKey(c.Code), disease.Code);
            disease.Operations.SelectMany(o => o.Steps).ShouldAllBe(s => icd9.ContainsKey(s.Code), disease.Code);
            disease.OtherProcedures.ShouldAllBe(c => icd9.ContainsKey(c), disease.Code);
        }

        DischargeGenerator.GeneralComorbidities.ShouldAllBe(c => icd10.ContainsKey(c));

        var abstracts = demo.Abstracts;
        foreach (var a in abstracts.Rows)
        {
            a.Record.Diagnoses.ShouldAllBe(c => icd10.ContainsKey(c), a.Id);
            a.Record.Procedures.ShouldAllBe(c => icd9.ContainsKey(c), a.Id);
            if (abstracts[a, "external_cause_code"] is { Length: > 0 } cause)
            {
                icd10.ShouldContainKey(cause, a.Id);
            }
        }
    }

    [Fact]
    public void Every_demo_discharge_groups_with_the_demo_table_set()
    {
        var tables = Tables.Value;
        var failures = new List<string>();
        foreach (var a in demo.Abstracts.Rows)
        {
            var result = DrgGrouper.GroupFast(a.Record, tables);
            if (result.Status != GroupingStatus.Success)
            {
                failures.Add($"{a.Id} {a.Record.Diagnoses[0]} [{string.Join('|', a.Record.Procedures)}]: {result.Status.ToWord()}");
            }
        }

        failures.Take(20).ShouldBeEmpty($"{failures.Count} of {demo.Abstracts.Rows.Count} discharges do not group");
    }

    [Fact]
    public void Demo_table_set_groups_every_demo_discharge_as_the_national_tables_do()
    {
        var folder = DemoFolder.SharedDictionaries();
        Assert.SkipUnless(File.Exists(Path.Combine(folder, "mdc.tsv")), NationalMissing);
        var national = DrgTableSet.Load(folder);
        var tables = Tables.Value;

        var order = national.Mdcs.Select(m => m.Code).ToList();
        tables.Mdcs.Select(m => order.IndexOf(m.Code)).ShouldBeInOrder(SortDirection.Ascending, "MDCs are tried in the national order");

        var disagreements = new List<string>();
        foreach (var a in demo.Abstracts.Rows)
        {
            var expected = DrgGrouper.GroupFast(a.Record, national);
            var actual = DrgGrouper.GroupFast(a.Record, tables);
            if ((actual.Mdc, actual.Adrg, actual.Drg, actual.Status) != (expected.Mdc, expected.Adrg, expected.Drg, expected.Status))
            {
                disagreements.Add($"{a.Id} {string.Join('|', a.Record.Diagnoses)} [{string.Join('|', a.Record.Procedures)}]: " +
                    $"{actual.Drg} ({actual.Status.ToWord()}), national {expected.Drg} ({expected.Status.ToWord()})");
            }
        }

        disagreements.Take(20).ShouldBeEmpty($"{disagreements.Count} of {demo.Abstracts.Rows.Count} discharges group differently");
    }

    [Fact]
    public void Demo_dictionary_names_are_the_national_names()
    {
        var folder = DemoFolder.SharedDictionaries();
        Assert.SkipUnless(File.Exists(Path.Combine(folder, "icd10.tsv")), NationalMissing);
        foreach (var file in new[] { "icd10.tsv", "icd9cm3.tsv" })
        {
            var national = File.ReadLines(Path.Combine(folder, file)).Skip(1).Select(l => l.Split('\t'))
                .ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
            foreach (var (code, name) in Dictionary(file))
            {
                national.ShouldContainKey(code, file);
                name.ShouldBe(national[code], $"{file} {code}");
            }
        }
    }

    private static List<string[]> Rows(string file) =>
        File.ReadLines(Path.Combine(DemoDrgTables.Folder, file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();

    private static Dictionary<string, string> Dictionary(string file) =>
        Rows(file).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
}
