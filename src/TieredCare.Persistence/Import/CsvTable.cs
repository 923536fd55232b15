using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace TieredCare.Persistence.Import;

public sealed record ImportRowError(int Row, string Field, string Message);

public enum ImportMode
{
    /// <summary>Commit only when every row is valid (the default: a file is one decision).</summary>
    AllOrNothing,

    /// <summary>Commit the valid rows and report the rejected ones.</summary>
    KeepValid,
}

/// <param name="AlreadyPresent">Rows whose key was imported before; a re-import creates nothing twice.</param>
public sealed record ImportReport(string Table, int Rows, int Accepted, IReadOnlyList<ImportRowError> Rejected, bool Committed, int AlreadyPresent = 0);

/// <summary>
/// Reads a CSV file in the documented format: a header with known column names (any order,
/// any case), then rows. Typed getters record a per-row error instead of throwing, so one bad
/// cell never hides the other problems of the file.
/// </summary>
public sealed class CsvTable : IDisposable
{
    private readonly CsvReader reader;
    private readonly Dictionary<string, int> columnIndex;
    private readonly List<ImportRowError> rowErrors = [];

    private CsvTable(CsvReader reader, Dictionary<string, int> columnIndex)
    {
        this.reader = reader;
        this.columnIndex = columnIndex;
    }

    /// <summary>1-based number of the current data row (the header is row 0).</summary>
    public int Row { get; private set; }

    public IReadOnlyList<ImportRowError> RowErrors => rowErrors;

    /// <summary>
    /// Opens a table; returns header problems (missing required columns, unknown columns,
    /// duplicates) instead of a table when the header does not fit.
    /// </summary>
    public static (CsvTable? Table, List<ImportRowError> HeaderErrors) Open(
        TextReader text, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            DetectColumnCountChanges = false,
            BadDataFound = null,
            TrimOptions = TrimOptions.None,
        };
        var reader = new CsvReader(text, config);
        var errors = new List<ImportRowError>();
        if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is not { Length: > 0 } header)
        {
            reader.Dispose();
            errors.Add(new(0, "(header)", "文件为空或缺少表头 (the file is empty or has no header row)"));
            return (null, errors);
        }

        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            if (!required.Contains(name, StringComparer.OrdinalIgnoreCase) && !optional.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new(0, name, $"未知的列 (unknown column; expected: {string.Join(", ", required.Concat(optional))})"));
            }
            else if (!index.TryAdd(name, i))
            {
                errors.Add(new(0, name, "列重复 (duplicate column)"));
            }
        }

        foreach (var name in required.Where(r => !index.ContainsKey(r)))
        {
            errors.Add(new(0, name, "缺少必需的列 (required column is missing)"));
        }

        if (errors.Count > 0)
        {
            reader.Dispose();
            return (null, errors);
        }

        return (new CsvTable(reader, index), errors);
    }

    public static TextReader OpenText(Stream stream) => new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);

    /// <summary>Moves to the next row; a row with the wrong number of cells is reported and skipped.</summary>
    public bool Read()
    {
        while (reader.Read())
        {
            Row++;
            if (reader.Parser.Count != columnIndex.Count && reader.Parser.Count != reader.HeaderRecord!.Length)
            {
                rowErrors.Add(new(Row, "(row)", $"列数不符 (expected {reader.HeaderRecord!.Length} cells, found {reader.Parser.Count})"));
                continue;
            }

            return true;
        }

        return false;
    }

    public void AddError(string field, string message) => rowErrors.Add(new(Row, field, message));

    public string? Text(string column)
    {
        if (!columnIndex.TryGetValue(column, out var i))
        {
            return null;
        }

        var value = reader.GetField(i);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public int? Int(string column) => Parse<int>(column, "整数 (an integer)", static s => int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : (int?)null);

    public long? Long(string column) => Parse<long>(column, "整数 (an integer)", static s => long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : (long?)null);

    public double? Double(string column) => Parse<double>(column, "数字 (a number)", static s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : (double?)null);

    /// <summary>Money: at most two decimals, no exponent, no thousands separator.</summary>
    public decimal? Money(string column) => Parse<decimal>(column, "金额，最多两位小数 (an amount with at most 2 decimals)",
        static s => decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && decimal.Round(v, 2) == v ? v : (decimal?)null);

    public DateOnly? Date(string column) => Parse<DateOnly>(column, "日期 yyyy-MM-dd (a date)", static s => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : (DateOnly?)null);

    public DateTimeOffset? Timestamp(string column) => Parse<DateTimeOffset>(column, "带时区的时间 (an ISO 8601 timestamp with offset)",
        static s => DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) && (s.Contains('+') || s.EndsWith('Z') || s.LastIndexOf('-') > 10) ? v.ToUniversalTime() : null);

    public bool? Bool(string column) => Parse<bool>(column, "true 或 false", static s => s.ToLowerInvariant() switch
    {
        "true" or "1" or "是" => true,
        "false" or "0" or "否" => false,
        _ => (bool?)null,
    });

    /// <summary>A required enumeration given by its snake_case code (<c>general_hospital</c>).</summary>
    public TEnum? Code<TEnum>(string column) where TEnum : struct, Enum
    {
        var text = Required(column);
        if (text is null)
        {
            return null;
        }

        if (TieredCare.Registry.Codes.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        AddError(column, $"无效的取值 '{text}' (unknown value; allowed: {TieredCare.Registry.Codes.AllowedValues<TEnum>()})");
        return null;
    }

    public string? Required(string column)
    {
        var value = Text(column);
        if (value is null)
        {
            AddError(column, "不能为空 (required)");
        }

        return value;
    }

    private T? Parse<T>(string column, string expected, Func<string, T?> parse) where T : struct
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            AddError(column, $"格式错误，应为{expected}: '{text}'");
        }

        return value;
    }

    public void Dispose() => reader.Dispose();
}
