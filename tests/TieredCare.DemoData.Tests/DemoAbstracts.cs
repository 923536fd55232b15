using System.Globalization;
using TieredCare.Drg;

namespace TieredCare.DemoData.Tests;

/// <summary>A procedure row of discharge_procedures.csv.</summary>
public sealed record DemoProcedure(int Sequence, string Code, string SurgeryLevel, DateOnly Date);

/// <summary>One discharge abstract of the demo: its CSV row, what the grouper reads, and what the quality checks find.</summary>
public sealed record DemoAbstract(string Id, string[] Row, GroupingRecord Record, IReadOnlyList<DemoProcedure> Procedures, AbstractFindings Findings);

/// <summary>The quality rules a failing abstract breaks: hard errors and warnings, each a short rule name.</summary>
public sealed record AbstractFindings(IReadOnlySet<string> Errors, IReadOnlySet<string> Warnings)
{
    public bool Clean => Errors.Count == 0 && Warnings.Count == 0;
}

/// <summary>
/// The demo's discharges.csv with its procedures, read once, and checked here by the 病案首页 quality rules
/// the generator's injected defects break (recomputed, not read from the generator):
/// errors <c>cost_sum</c> (the ten first-level classes add up to total_cost; cost_surgery is a part of
/// cost_treatment and is not added), <c>los</c> (discharge − admission, a same-day stay is 1 day),
/// <c>receiving_institution</c> (required for 离院方式 2 and 3), <c>procedure_date</c> (within the stay),
/// <c>external_cause</c> (required for an injury or poisoning principal, S00–T98); warnings
/// <c>disposition_other</c> (离院方式 9 其他 is flagged for review) and <c>pathology</c> (a neoplasm
/// principal, C00–C97 or D00–D48, without its pathology code).
/// </summary>
public sealed class DemoAbstracts
{
    public static readonly string[] CostClasses =
    [
        "cost_service", "cost_diagnosis", "cost_treatment", "cost_rehabilitation", "cost_tcm", "cost_western_drug",
        "cost_chinese_drug", "cost_blood", "cost_consumables", "cost_other",
    ];

    public static readonly string[] ErrorRules = ["cost_sum", "los", "receiving_institution", "procedure_date", "external_cause"];

    public static readonly string[] WarningRules = ["disposition_other", "pathology"];

    public DemoAbstracts(DemoFolder demo)
    {
        var procedures = demo.Read("discharge_procedures.csv");
        var byAbstract = procedures.Rows
            .GroupBy(r => r[procedures["abstract_id"]], StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(r => new DemoProcedure(
                        int.Parse(r[procedures["sequence"]], CultureInfo.InvariantCulture), r[procedures["code"]], r[procedures["surgery_level"]], Date(r[procedures["date"]])))
                    .OrderBy(p => p.Sequence).ToList(),
                StringComparer.Ordinal);
        Discharges = demo.Read("discharges.csv");
        var d = Discharges;
        int? Int(string[] row, string column) => row[d[column]] is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
        Rows = d.Rows.Select(row =>
        {
            var id = row[d["abstract_id"]];
            var procs = byAbstract.GetValueOrDefault(id) ?? [];
            var others = row[d["other_diagnoses"]].Split('|', StringSplitOptions.RemoveEmptyEntries);
            var record = new GroupingRecord(Int(row, "sex"), Int(row, "age_years"), Int(row, "age_days"), Int(row, "newborn_weight_g"),
                [row[d["principal_diagnosis"]], .. others], [.. procs.Select(p => p.Code)]);
            return new DemoAbstract(id, row, record, procs, Check(row, procs));
        }).ToList();
    }

    public CsvTable Discharges { get; }

    public IReadOnlyList<DemoAbstract> Rows { get; }

    public string this[DemoAbstract a, string column] => a.Row[Discharges[column]];

    public static bool IsInjury(string icd10) => icd10[0] is 'S' or 'T';

    public static bool IsNeoplasm(string icd10) => icd10[0] == 'C' || (icd10[0] == 'D' && int.Parse(icd10.AsSpan(1, 2), CultureInfo.InvariantCulture) <= 48);

    public static long Fen(string text) => (long)Math.Round(decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture) * 100);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private AbstractFindings Check(string[] row, IReadOnlyList<DemoProcedure> procedures)
    {
        var d = Discharges;
        var errors = new HashSet<string>(StringComparer.Ordinal);
        var warnings = new HashSet<string>(StringComparer.Ordinal);
        if (CostClasses.Sum(c => Fen(row[d[c]])) != Fen(row[d["total_cost"]]))
        {
            errors.Add("cost_sum");
        }

        var admission = Date(row[d["admission_date"]]);
        var discharge = Date(row[d["discharge_date"]]);
        if (int.Parse(row[d["los_days"]], CultureInfo.InvariantCulture) != Math.Max(1, discharge.DayNumber - admission.DayNumber))
        {
            errors.Add("los");
        }

        var disposition = row[d["disposition"]];
        if (disposition is "2" or "3" && row[d["receiving_institution"]].Length == 0)
        {
            errors.Add("receiving_institution");
        }

        if (procedures.Any(p => p.Date < admission || p.Date > discharge))
        {
            errors.Add("procedure_date");
        }

        var principal = row[d["principal_diagnosis"]];
        if (IsInjury(principal) && row[d["external_cause_code"]].Length == 0)
        {
            errors.Add("external_cause");
        }

        if (disposition == "9")
        {
            warnings.Add("disposition_other");
        }

        if (IsNeoplasm(principal) && row[d["pathology_code"]].Length == 0)
        {
            warnings.Add("pathology");
        }

        return new AbstractFindings(errors, warnings);
    }
}
