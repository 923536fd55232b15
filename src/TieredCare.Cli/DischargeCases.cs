using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using TieredCare.Drg;

namespace TieredCare.Cli;

/// <summary>
/// Reads the project's discharge-abstract CSV (docs/data-formats.md) as grouping cases: the
/// principal and other diagnoses from <c>discharges.csv</c>, the procedures in sequence order from
/// the <c>discharge_procedures.csv</c> beside it. The case id is the abstract id.
/// </summary>
internal static class DischargeCases
{
    public static bool IsDischargeCsv(FileInfo input) => input.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<DrgCase> Read(FileInfo discharges)
    {
        var procedures = ReadProcedures(Path.Combine(discharges.DirectoryName!, "discharge_procedures.csv"));
        using var reader = new StreamReader(discharges.FullName);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new FormatException($"{discharges.Name} is empty");
        }

        string[] needed = ["abstract_id", "sex", "age_years", "age_days", "newborn_weight_g", "principal_diagnosis", "other_diagnoses"];
        var missing = needed.Where(c => !csv.HeaderRecord!.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"{discharges.Name} lacks column(s) {string.Join(", ", missing)}");
        }

        while (csv.Read())
        {
            var problems = new List<string>();
            int? Int(string column, int? whenUnreadable)
            {
                var text = csv.GetField(column);
                if (string.IsNullOrWhiteSpace(text)) return null;
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
                problems.Add($"row {csv.Parser.Row - 1}: {column} is not an integer: '{text}'");
                return whenUnreadable;
            }

            var id = csv.GetField("abstract_id") ?? "";
            var principal = csv.GetField("principal_diagnosis");
            var others = csv.GetField("other_diagnoses");
            ImmutableArray<string> diagnoses = string.IsNullOrWhiteSpace(principal)
                ? [] // no principal diagnosis: rule 6 makes the case invalid
                : [principal.Trim(), .. (others ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            var record = new GroupingRecord(Int("sex", 0), Int("age_years", null), Int("age_days", null), Int("newborn_weight_g", null),
                diagnoses, procedures.TryGetValue(id, out var codes) ? codes : []);
            yield return new DrgCase(id, record, null, null, null, null, problems.Count == 0 ? null : string.Join("; ", problems));
        }
    }

    private static Dictionary<string, ImmutableArray<string>> ReadProcedures(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        var rows = new List<(string Abstract, int Sequence, string Code)>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var sequence = int.TryParse(csv.GetField("sequence"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : int.MaxValue;
            rows.Add((csv.GetField("abstract_id") ?? "", sequence, csv.GetField("code") ?? ""));
        }

        return rows.GroupBy(r => r.Abstract, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Sequence).Select(r => r.Code).ToImmutableArray(), StringComparer.Ordinal);
    }
}
