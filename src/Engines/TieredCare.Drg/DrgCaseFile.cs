using System.Collections.Immutable;
using System.Globalization;

namespace TieredCare.Drg;

/// <summary>A record read from a case file, with the expected outcome when the file has one.</summary>
public sealed record DrgCase(string CaseId, GroupingRecord Record, string? ExpectedMdc, string? ExpectedAdrg, string? ExpectedDrg, GroupingStatus? ExpectedStatus);

/// <summary>Reads the TSV format of the table set's <c>conformance/cases.tsv</c>; the expected_* columns are optional.</summary>
public static class DrgCaseFile
{
    /// <summary>Reads all cases.</summary>
    /// <exception cref="FormatException">The header lacks a column, or a row is malformed (the message names the line).</exception>
    public static IReadOnlyList<DrgCase> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = (reader.ReadLine() ?? throw new FormatException("case file is empty")).Split('\t');
        int Column(string name) => Array.IndexOf(header, name);
        int Required(string name) => Column(name) is var i and >= 0 ? i : throw new FormatException($"case file lacks column '{name}'");
        var (id, sex, age, ageDays, weight, dx, proc) = (Required("case_id"), Required("sex"), Required("age_years"), Required("age_days"),
            Required("weight_g"), Required("diagnoses"), Required("procedures"));
        var (mdc, adrg, drg, status) = (Column("expected_mdc"), Column("expected_adrg"), Column("expected_drg"), Column("expected_status"));

        var cases = new List<DrgCase>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var cells = line.Split('\t');
            if (cells.Length != header.Length) throw new FormatException($"line {lineNumber}: {cells.Length} cells, the header has {header.Length}");
            int? Int(int column)
            {
                var text = cells[column];
                if (text.Length == 0) return null;
                return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                    ? value
                    : throw new FormatException($"line {lineNumber}: column '{header[column]}' is not an integer: '{text}'");
            }
            string? Optional(int column) => column >= 0 && cells[column].Length > 0 ? cells[column] : null;
            var record = new GroupingRecord(Int(sex), Int(age), Int(ageDays), Int(weight), Codes(cells[dx]), Codes(cells[proc]));
            var expectedStatus = Optional(status) is { } word ? GroupingWords.ParseStatus(word) : (GroupingStatus?)null;
            cases.Add(new DrgCase(cells[id], record, Optional(mdc), Optional(adrg), Optional(drg), expectedStatus));
        }
        return cases;
    }

    private static ImmutableArray<string> Codes(string cell) =>
        cell.Length == 0 ? [] : [.. cell.Split('|')];
}
