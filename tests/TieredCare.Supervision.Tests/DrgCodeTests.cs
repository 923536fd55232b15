namespace TieredCare.Supervision.Tests;

public class DrgCodeTests
{
    [Theory]
    [InlineData("ES31", "ES3", 'E', DrgSeverity.WithMcc, AdrgType.Medical)]
    [InlineData("ES33", "ES3", 'E', DrgSeverity.WithCc, AdrgType.Medical)]
    [InlineData("GB15", "GB1", 'G', DrgSeverity.WithoutComplications, AdrgType.Surgical)]
    [InlineData("LL11", "LL1", 'L', DrgSeverity.WithMcc, AdrgType.Procedural)]
    [InlineData("FM19", "FM1", 'F', DrgSeverity.NotSplit, AdrgType.Procedural)]
    public void A_code_is_MDC_ADRG_and_severity(string code, string adrg, char mdc, DrgSeverity severity, AdrgType type)
    {
        DrgCode.TryParse(code, out var parts).ShouldBeTrue();

        (parts.Adrg, parts.Mdc, parts.Severity, parts.Type).ShouldBe((adrg, mdc, severity, type));
        parts.IsHighSeverity.ShouldBe(severity is DrgSeverity.WithMcc or DrgSeverity.WithCc);
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("xQY")]
    [InlineData("ES32")]
    [InlineData("es31")]
    [InlineData("ES3")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_DRG(string? code) => DrgCode.TryParse(code, out _).ShouldBeFalse();

    /// <summary>The convention against the names of all 628 DRGs of the national CHS-DRG 1.1 table set.</summary>
    [Fact]
    public void The_severity_digit_matches_the_national_DRG_names()
    {
        var rows = File.ReadAllLines(Path.Combine(NationalTables.Folder, "drg.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();

        rows.Count.ShouldBe(628);
        foreach (var row in rows)
        {
            DrgCode.TryParse(row[0], out var parts).ShouldBeTrue(row[0]);
            parts.Adrg.ShouldBe(row[1]);
            var name = row[4];
            var named = name.EndsWith("不伴并发症或合并症", StringComparison.Ordinal) ? DrgSeverity.WithoutComplications
                : name.EndsWith("伴严重并发症或合并症", StringComparison.Ordinal) ? DrgSeverity.WithMcc
                : name.EndsWith("伴并发症或合并症", StringComparison.Ordinal) ? DrgSeverity.WithCc
                : DrgSeverity.NotSplit;
            parts.Severity.ShouldBe(named, $"{row[0]} {name}");
        }
    }

    /// <summary>Every ADRG whose second letter is A–J is entered by a procedure in the national table set.</summary>
    [Fact]
    public void Surgical_ADRGs_are_entered_by_procedures()
    {
        var rows = File.ReadAllLines(Path.Combine(NationalTables.Folder, "adrg.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();

        foreach (var row in rows.Where(r => DrgCode.TryParse(r[0] + "9", out var p) && p.Type == AdrgType.Surgical))
        {
            (row[3].Contains("proc", StringComparison.Ordinal) || row[3].Contains("ss", StringComparison.Ordinal)).ShouldBeTrue(row[0]);
        }
    }

    [Fact]
    public void The_national_MCC_and_CC_lists_load_with_their_exclusions()
    {
        var catalogue = ComplicationCatalogue.Load(NationalTables.Folder);

        catalogue.MccCount.ShouldBe(4678);
        catalogue.CcCount.ShouldBe(16568);
        var mcc = File.ReadLines(Path.Combine(NationalTables.Folder, "mcc.tsv")).Skip(1).First().Split('\t')[0];
        catalogue.Classify("Z00.000", mcc).ShouldBe(ComplicationLevel.Mcc);
        catalogue.Classify("Z00.000", "not-a-code").ShouldBe(ComplicationLevel.None);
    }
}
