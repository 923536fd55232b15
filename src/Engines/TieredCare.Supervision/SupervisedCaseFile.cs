using System.Globalization;

namespace TieredCare.Supervision;

/// <summary>A supervision case file that cannot be read, with where and why.</summary>
public sealed class CaseFileException : FormatException
{
    /// <summary>Creates the exception for a cell, a row or the header.</summary>
    /// <param name="line">The 1-based line (1 is the header).</param>
    /// <param name="column">The column's header name, or <see langword="null"/> when the whole line is wrong.</param>
    /// <param name="reason">What is wrong, in English.</param>
    public CaseFileException(int line, string? column, string reason)
        : base(column is null ? $"line {line}: {reason}" : $"line {line}, column {column}: {reason}") =>
        (Line, Column, Reason) = (line, column, reason);

    /// <summary>Creates an exception with a message only (line 0, no column).</summary>
    public CaseFileException() : this(0, null, "the case file cannot be read")
    {
    }

    /// <summary>Creates an exception with a message only (line 0, no column).</summary>
    public CaseFileException(string message) : base(message) => Reason = message;

    /// <summary>Creates an exception with a message and an inner exception (line 0, no column).</summary>
    public CaseFileException(string message, Exception innerException) : base(message, innerException) => Reason = message;

    /// <summary>The 1-based line (1 is the header; 0 when unknown).</summary>
    public int Line { get; }

    /// <summary>The column's header name, or <see langword="null"/> when the whole line is wrong.</summary>
    public string? Column { get; }

    /// <summary>What is wrong, in English.</summary>
    public string Reason { get; } = "";
}

/// <summary>
/// Reads supervision cases from a tab-separated file with a header row. Required columns: <c>case_id</c>, <c>hospital</c>,
/// <c>patient_id</c>, <c>admission_date</c>, <c>discharge_date</c> (yyyy-MM-dd), <c>drg</c>, <c>principal_diagnosis</c>,
/// <c>total_cost</c> (元, a plain decimal). Optional: <c>department</c>, <c>los_days</c> (when absent: days between the dates,
/// a same-day stay counting 1, as the 病案首页 counts it), <c>other_diagnoses</c> (codes separated by <c>|</c>),
/// <c>disposition</c> and <c>admission_route</c> (integer codes, empty when unknown). Other columns are ignored; blank
/// lines are skipped. The first bad cell stops the file with a <see cref="CaseFileException"/>.
/// </summary>
public static class SupervisedCaseFile
{
    /// <summary>The columns every file must have.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } =
        ["case_id", "hospital", "patient_id", "admission_date", "discharge_date", "drg", "principal_diagnosis", "total_cost"];

    /// <summary>The columns read when present.</summary>
    public static IReadOnlyList<string> OptionalColumns { get; } =
        ["department", "los_days", "other_diagnoses", "disposition", "admission_route"];

    /// <summary>Reads every case.</summary>
    /// <exception cref="CaseFileException">The header lacks a column or a row is bad; the exception names line, column and reason.</exception>
    public static IReadOnlyList<SupervisedCase> Read(TextReader reader) => [.. ReadLazily(reader)];

    /// <summary>Reads cases one at a time, so that a file of any size streams (the case ids seen so far are kept to
    /// reject a repeated one).</summary>
    /// <exception cref="CaseFileException">The header lacks a column or a row is bad.</exception>
    public static IEnumerable<SupervisedCase> ReadLazily(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = (reader.ReadLine() ?? throw new CaseFileException(1, null, "the file is empty (no header)")).Split('\t');
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!columns.TryAdd(header[i], i)) throw new CaseFileException(1, header[i], "the column appears twice in the header");
        }
        foreach (var name in RequiredColumns)
        {
            if (!columns.ContainsKey(name)) throw new CaseFileException(1, name, "the header lacks this required column");
        }
        return Rows(reader, header, columns);
    }

    private static IEnumerable<SupervisedCase> Rows(TextReader reader, string[] header, Dictionary<string, int> columns)
    {
        int Optional(string name) => columns.TryGetValue(name, out var i) ? i : -1;
        var (id, hospital, patient, admitted, discharged, drg, principal, cost) = (columns["case_id"], columns["hospital"],
            columns["patient_id"], columns["admission_date"], columns["discharge_date"], columns["drg"], columns["principal_diagnosis"],
            columns["total_cost"]);
        var (department, los, others, disposition, route) = (Optional("department"), Optional("los_days"), Optional("other_diagnoses"),
            Optional("disposition"), Optional("admission_route"));
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0) continue;
            var cells = text.Split('\t');
            if (cells.Length != header.Length) throw new CaseFileException(line, null, $"{cells.Length} cells, the header has {header.Length}");
            var row = new Row(cells, header, line);
            var caseId = row.Required(id);
            if (!seen.TryAdd(caseId, line)) throw new CaseFileException(line, header[id], $"case '{caseId}' was already given on line {seen[caseId]}");
            var admission = row.Date(admitted);
            var discharge = row.Date(discharged);
            if (discharge < admission)
            {
                throw new CaseFileException(line, header[discharged],
                    $"the discharge date {Text.Date(discharge)} is before the admission date {Text.Date(admission)}");
            }
            var losDays = los >= 0 && row.OptionalInt(los) is { } given
                ? given
                : Math.Max(1, discharge.DayNumber - admission.DayNumber);
            var otherDiagnoses = others >= 0 && cells[others].Length > 0
                ? cells[others].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            yield return new SupervisedCase(caseId, row.Required(hospital), department >= 0 && cells[department].Length > 0 ? cells[department] : null,
                row.Required(patient), admission, discharge, losDays, row.Required(drg), row.Required(principal), otherDiagnoses,
                row.Money(cost), disposition >= 0 ? row.OptionalInt(disposition) : null, route >= 0 ? row.OptionalInt(route) : null);
        }
    }

    private readonly struct Row(string[] cells, string[] header, int line)
    {
        public string Required(int column) =>
            cells[column].Length > 0 ? cells[column] : throw new CaseFileException(line, header[column], "the cell is empty");

        public DateOnly Date(int column) =>
            DateOnly.TryParseExact(Required(column), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new CaseFileException(line, header[column], $"'{cells[column]}' is not a date in the form yyyy-MM-dd");

        public decimal Money(int column)
        {
            if (!decimal.TryParse(Required(column), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw new CaseFileException(line, header[column], $"'{cells[column]}' is not a number (元, with a decimal point and no separators)");
            }
            return value < 0 ? throw new CaseFileException(line, header[column], $"{cells[column]} is negative") : value;
        }

        public int? OptionalInt(int column)
        {
            var text = cells[column];
            if (text.Length == 0) return null;
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                throw new CaseFileException(line, header[column], $"'{text}' is not an integer");
            }
            return value < 0 ? throw new CaseFileException(line, header[column], $"{text} is negative") : value;
        }
    }
}
