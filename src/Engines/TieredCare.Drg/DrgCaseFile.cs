using System.Collections.Immutable;
using System.Globalization;

namespace TieredCare.Drg;

/// <summary>A record read from a case file, with the expected outcome when the file has one.</summary>
/// <param name="CaseId">The case's identifier in the file.</param>
/// <param name="Record">The fields grouping reads.</param>
/// <param name="ExpectedMdc">The expected MDC, when the file has the column.</param>
/// <param name="ExpectedAdrg">The expected ADRG, when the file has the column.</param>
/// <param name="ExpectedDrg">The expected DRG, when the file has the column.</param>
/// <param name="ExpectedStatus">The expected status, when the file has the column.</param>
/// <param name="InputProblems">Cells that could not be read as integers, named with their line; the record
/// carries them as missing (or, for sex, as an invalid value), so validation rejects the record instead of the batch.</param>
public sealed record DrgCase(
    string CaseId, GroupingRecord Record, string? ExpectedMdc, string? ExpectedAdrg, string? ExpectedDrg, GroupingStatus? ExpectedStatus,
    string? InputProblems = null);

/// <summary>Reads the TSV format of the table set's <c>conformance/cases.tsv</c>; the expected_* columns are optional.</summary>
public static class DrgCaseFile
{
    /// <summary>Reads all cases.</summary>
    /// <exception cref="FormatException">The header lacks a column, or a row has the wrong number of cells (the message names the line).</exception>
    public static IReadOnlyList<DrgCase> Read(TextReader reader) => [.. ReadLazily(reader)];

    /// <summary>
    /// Reads cases one at a time, so a file of any size streams. A cell that is not an integer does not stop the
    /// file: sex becomes an invalid value (rule 2), the other fields become missing (rules 3–5 where they apply),
    /// and <see cref="DrgCase.InputProblems"/> says what was wrong.
    /// </summary>
    /// <exception cref="FormatException">The header lacks a column, or a row has the wrong number of cells.</exception>
    public static IEnumerable<DrgCase> ReadLazily(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = (reader.ReadLine() ?? throw new FormatException("case file is empty")).Split('\t');
        int Column(string name) => Array.IndexOf(header, name);
        int Required(string name) => Column(name) is var i and >= 0 ? i : throw new FormatException($"case file lacks column '{name}'");
        var (id, sex, age, ageDays, weight, dx, proc) = (Required("case_id"), Required("sex"), Required("age_years"), Required("age_days"),
            Required("weight_g"), Required("diagnoses"), Required("procedures"));
        var (mdc, adrg, drg, status) = (Column("expected_mdc"), Column("expected_adrg"), Column("expected_drg"), Column("expected_status"));
        return Rows(reader, header, id, sex, age, ageDays, weight, dx, proc, mdc, adrg, drg, status);
    }

    private static IEnumerable<DrgCase> Rows(
        TextReader reader, string[] header, int id, int sex, int age, int ageDays, int weight, int dx, int proc, int mdc, int adrg, int drg, int status)
    {
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var cells = line.Split('\t');
            if (cells.Length != header.Length) throw new FormatException($"line {lineNumber}: {cells.Length} cells, the header has {header.Length}");
            List<string>? problems = null;
            int? Int(int column, int? whenUnreadable)
            {
                var text = cells[column];
                if (text.Length == 0) return null;
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
                (problems ??= []).Add($"line {lineNumber}: {header[column]} is not an integer: '{text}'");
                return whenUnreadable;
            }
            string? Optional(int column) => column >= 0 && cells[column].Length > 0 ? cells[column] : null;
            var record = new GroupingRecord(Int(sex, 0), Int(age, null), Int(ageDays, null), Int(weight, null), Codes(cells[dx]), Codes(cells[proc]));
            var expectedStatus = Optional(status) is { } word ? GroupingWords.ParseStatus(word) : (GroupingStatus?)null;
            yield return new DrgCase(cells[id], record, Optional(mdc), Optional(adrg), Optional(drg), expectedStatus,
                problems is null ? null : string.Join("; ", problems));
        }
    }

    private static ImmutableArray<string> Codes(string cell) =>
        cell.Length == 0 ? [] : [.. cell.Split('|')];
}
