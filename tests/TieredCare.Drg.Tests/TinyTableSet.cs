using System.Collections.Immutable;
using TieredCare.Drg;

namespace TieredCare.Drg.Tests;

/// <summary>
/// A hand-made table set: MDCA (pre-MDC, OR main procedure, one transplant ADRG) and MDCB (ADRG BB1 surgical with
/// an mcc / mcc-or-cc / true split, BR1 medical). MCC M01 and CC C01 sit in exclusion table 1, which principal B01 uses.
/// </summary>
internal sealed class TinyTableSet
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal)
    {
        ["mdc.tsv"] = Tsv("mdc\ttry_order\tentry\tqy\tqy_after\tname",
            "MDCA\t1\tmain_proc in or_procedures\t0\tAA1\t先期分组疾病",
            "MDCB\t2\tmain_dx in mdc_zd\t0\tBB1\t神经系统疾病"),
        ["adrg.tsv"] = Tsv("adrg\tmdc\torder\tcondition",
            "AA1\tMDCA\t1\tmain_proc in ss",
            "BB1\tMDCB\t1\tmain_proc in ss",
            "BR1\tMDCB\t2\tmain_dx in zd"),
        ["drg.tsv"] = Tsv("drg\tadrg\torder\tsplit\tname",
            "AA19\tAA1\t1\ttrue\t移植",
            "BB11\tBB1\t1\tmcc\t手术，伴严重并发症",
            "BB13\tBB1\t2\tmcc or cc\t手术，伴并发症",
            "BB15\tBB1\t3\ttrue\t手术",
            "BR19\tBR1\t1\ttrue\t内科"),
        ["lists.tsv"] = Tsv("owner\tlist\tcode\tlabel",
            "MDCB\tmdc_zd\tB01\t",
            "MDCB\tmdc_zd\tB02\t",
            "AA1\tss\t01.0000\t",
            "BB1\tss\t02.0000\t",
            "BR1\tzd\tB01\t",
            "BR1\tzd\tB02\t"),
        ["mcc.tsv"] = Tsv("code\texclusion_table", "M01\t1", "M02\t2"),
        ["cc.tsv"] = Tsv("code\texclusion_table", "C01\t1", "C02\t2"),
        ["cce.tsv"] = Tsv("principal_code\texclusion_table", "B01\t1"),
        ["or_procedures.tsv"] = Tsv("code\tname", "01.0000\t心脏移植", "02.0000\t开颅术"),
    };

    public TinyTableSet With(string file, params string[] lines)
    {
        _files[file] = Tsv(lines);
        return this;
    }

    public TinyTableSet Replace(string file, string oldText, string newText)
    {
        _files[file] = _files[file].Replace(oldText, newText, StringComparison.Ordinal);
        return this;
    }

    public TinyTableSet Without(string file)
    {
        _files.Remove(file);
        return this;
    }

    public DrgTableSet Load() =>
        DrgTableSet.Load(name => _files.TryGetValue(name, out var text) ? new StringReader(text) : null, "tiny");

    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in _files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }
    }

    public static GroupingRecord Record(string[] diagnoses, params string[] procedures) =>
        new(1, 50, null, null, [.. diagnoses], [.. procedures]);

    public static GroupingRecord Demographics(int? sex, int? ageYears, int? ageDays, int? weightG, params string[] diagnoses) =>
        new(sex, ageYears, ageDays, weightG, [.. diagnoses], ImmutableArray<string>.Empty);

    private static string Tsv(params string[] lines) => string.Join('\n', lines) + "\n";
}
