using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using TieredCare.Drg;

namespace TieredCare.Cli;

/// <summary>A discharge abstract read for DRG analytics: the grouping case and what weights and profiles read beside it.</summary>
/// <param name="Case">The grouping case.</param>
/// <param name="Institution">institution_code.</param>
/// <param name="Department">department_code.</param>
/// <param name="TotalCost">total_cost, or null when empty or unreadable.</param>
/// <param name="LosDays">los_days, or null when empty or unreadable.</param>
/// <param name="Disposition">disposition (离院方式), or null.</param>
/// <param name="Problems">Why a cost, stay or disposition could not be read.</param>
internal sealed record DischargeAbstract(
    DrgCase Case, string Institution, string Department, decimal? TotalCost, int? LosDays, int? Disposition, string? Problems)
{
    /// <summary>self_pay, when read for payment and readable.</summary>
    public decimal? SelfPay { get; init; }

    /// <summary>discharge_date, when read for payment and readable.</summary>
    public DateOnly? DischargeDate { get; init; }
}

/// <summary>
/// Reads the project's discharge-abstract CSV (docs/data-formats.md) as grouping cases: the
/// principal and other diagnoses from <c>discharges.csv</c>, the procedures in sequence order from
/// the <c>discharge_procedures.csv</c> beside it. The case id is the abstract id.
/// </summary>
internal static class DischargeCases
{
    private static readonly string[] GroupingColumns =
        ["abstract_id", "sex", "age_years", "age_days", "newborn_weight_g", "principal_diagnosis", "other_diagnoses"];

    private static readonly string[] AnalyticsColumns = ["institution_code", "department_code", "total_cost", "los_days", "disposition"];

    private static readonly string[] PaymentColumns = ["self_pay", "discharge_date"];

    public static bool IsDischargeCsv(FileInfo input) => input.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The grouping cases only; the analytics columns need not be there.</summary>
    public static IEnumerable<DrgCase> Read(FileInfo discharges) => ReadCore(discharges, analytics: false, payment: false).Select(a => a.Case);

    /// <summary>
    /// The grouping cases with institution, department, total cost, length of stay and disposition. An unreadable (or
    /// negative) cost or stay becomes unknown and an unreadable disposition no death, with the reason in
    /// <see cref="DischargeAbstract.Problems"/>; the row is never dropped.
    /// </summary>
    public static IEnumerable<DischargeAbstract> ReadForAnalytics(FileInfo discharges) => ReadCore(discharges, analytics: true, payment: false);

    /// <summary>
    /// As <see cref="ReadForAnalytics"/>, with <c>self_pay</c> and <c>discharge_date</c> besides; an unreadable one is
    /// left unknown with the reason in <see cref="DischargeAbstract.Problems"/>.
    /// </summary>
    public static IEnumerable<DischargeAbstract> ReadForPayment(FileInfo discharges) => ReadCore(discharges, analytics: true, payment: true);

    private static IEnumerable<DischargeAbstract> ReadCore(FileInfo discharges, bool analytics, bool payment)
    {
        var procedures = ReadProcedures(Path.Combine(discharges.DirectoryName!, "discharge_procedures.csv"));
        using var reader = new StreamReader(discharges.FullName);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new FormatException($"{discharges.Name} is empty");
        }

        var missing = GroupingColumns.Concat(analytics ? AnalyticsColumns : []).Concat(payment ? PaymentColumns : []).Where(c => !csv.HeaderRecord!.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"{discharges.Name} lacks column(s) {string.Join(", ", missing)}");
        }

        while (csv.Read())
        {
            var row = csv.Parser.Row - 1;
            var problems = new List<string>();
            int? Int(string column, int? whenUnreadable)
            {
                var text = csv.GetField(column);
                if (string.IsNullOrWhiteSpace(text)) return null;
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
                problems.Add($"row {row}: {column} is not an integer: '{text}'");
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
            var drgCase = new DrgCase(id, record, null, null, null, null, problems.Count == 0 ? null : string.Join("; ", problems));
            if (!analytics)
            {
                yield return new DischargeAbstract(drgCase, "", "", null, null, null, null);
                continue;
            }

            var analyticsProblems = new List<string>();
            var cost = Amount(csv.GetField("total_cost"), row, "total_cost", analyticsProblems);
            var los = Days(csv.GetField("los_days"), row, "los_days", analyticsProblems);
            var dispositionText = csv.GetField("disposition");
            int? disposition = null;
            if (!string.IsNullOrWhiteSpace(dispositionText))
            {
                if (int.TryParse(dispositionText, NumberStyles.None, CultureInfo.InvariantCulture, out var code)) disposition = code;
                else analyticsProblems.Add($"row {row}: disposition is not a 离院方式 code: '{dispositionText}' (taken as no death)");
            }

            decimal? selfPay = null;
            DateOnly? discharged = null;
            if (payment)
            {
                selfPay = Amount(csv.GetField("self_pay"), row, "self_pay", analyticsProblems);
                var dateText = csv.GetField("discharge_date");
                if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) discharged = date;
                else analyticsProblems.Add($"row {row}: discharge_date is not a date yyyy-MM-dd: '{dateText}'");
            }

            yield return new DischargeAbstract(drgCase, csv.GetField("institution_code") ?? "", csv.GetField("department_code") ?? "", cost, los,
                disposition, analyticsProblems.Count == 0 ? null : string.Join("; ", analyticsProblems)) { SelfPay = selfPay, DischargeDate = discharged };
        }
    }

    private static decimal? Amount(string? text, long row, string column, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"row {row}: {column} is empty");
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add($"row {row}: {column} is not an amount in 元: '{text}'");
            return null;
        }

        if (value < 0)
        {
            problems.Add($"row {row}: {column} is negative: '{text}'");
            return null;
        }

        return value;
    }

    private static int? Days(string? text, long row, string column, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"row {row}: {column} is empty");
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add($"row {row}: {column} is not a whole number of days: '{text}'");
            return null;
        }

        return value;
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
