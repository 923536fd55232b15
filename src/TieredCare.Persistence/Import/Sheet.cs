using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace TieredCare.Persistence.Import;

/// <summary>A table as uploaded: a header row and text cells, whatever the file format was.</summary>
public sealed record Sheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows)
{
    /// <summary>Reads a CSV file (UTF-8, with or without BOM; header in the first row).</summary>
    /// <exception cref="InvalidDataException">The file is not readable CSV.</exception>
    public static Sheet FromCsv(string name, Stream stream)
    {
        using var text = CsvTable.OpenText(stream);
        using var reader = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false, DetectColumnCountChanges = false, BadDataFound = null,
        });
        var rows = new List<string[]>();
        try
        {
            while (reader.Read())
            {
                rows.Add(reader.Parser.Record ?? []);
            }
        }
        catch (CsvHelperException e)
        {
            throw new InvalidDataException($"{name}: 不是可读的CSV文件 (not a readable CSV file): {e.Message}", e);
        }

        return rows.Count == 0
            ? throw new InvalidDataException($"{name}: 文件为空 (the file is empty)")
            : new Sheet(name, rows[0], rows.Skip(1).Where(r => r.Any(c => c.Length > 0)).ToList());
    }

    /// <summary>
    /// Reads the sheets of an .xlsx workbook in order. Dates become <c>yyyy-MM-dd</c> (with the time
    /// when it is not midnight) and numbers their shortest invariant text, so the same checks apply
    /// as to CSV.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a readable workbook.</exception>
    public static IReadOnlyList<Sheet> FromXlsx(string name, Stream stream)
    {
        try
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var sheets = new List<Sheet>();
            foreach (var sheetName in MiniExcel.GetSheetNames(buffer))
            {
                buffer.Position = 0;
                var rows = new List<string[]>();
                foreach (IDictionary<string, object?> row in MiniExcel.Query(buffer, useHeaderRow: false, sheetName: sheetName))
                {
                    rows.Add(row.Values.Select(Text).ToArray());
                }

                if (rows.Count > 0)
                {
                    sheets.Add(new Sheet($"{name}:{sheetName}", rows[0], rows.Skip(1).Where(r => r.Any(c => c.Length > 0)).ToList()));
                }
            }

            return sheets.Count == 0 ? throw new InvalidDataException($"{name}: 工作簿为空 (the workbook is empty)") : sheets;
        }
        catch (Exception e) when (e is not InvalidDataException and not OperationCanceledException)
        {
            throw new InvalidDataException($"{name}: 不是可读的Excel文件 (not a readable .xlsx workbook): {e.Message}", e);
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double n => ((decimal)n).ToString(CultureInfo.InvariantCulture), // Excel keeps money as binary doubles; 15 digits are exact for it
        decimal n => n.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var v => v.ToString() ?? "",
    };
}
