using System.CommandLine;
using System.Globalization;
using System.Text;
using TieredCare.Drg;
using TieredCare.Drg.Analytics;

namespace TieredCare.Cli;

/// <summary><c>drg weights</c> and <c>drg profile</c>: relative weights and CMI profiles from the project's discharges.csv.</summary>
internal static class DrgAnalyticsCommands
{
    private const int ReasonsShown = 5;

    private static readonly string[] ProfileColumns =
    [
        "hospital", "department", "cases", "grouped", "ungroupable", "ambiguous", "invalid", "drg_groups", "cmi", "cost_index", "time_index",
        "low_risk_cases", "low_risk_deaths", "low_risk_mortality",
    ];

    private static CultureInfo Invariant => CultureInfo.InvariantCulture;

    public static Command CreateWeights()
    {
        var (tables, input, trim) = (TablesOption(), InputOption(), TrimOption());
        var output = new Option<FileInfo>("--output") { Description = $"Weight TSV to write: {string.Join(", ", DrgWeightTable.Columns)}", Required = true };
        var command = new Command("weights", "Relative weights (RW) and mortality risk strata of each DRG, from a reference period's discharges") { tables, input, output, trim };
        command.SetAction(parse =>
            Weights(parse.GetValue(tables)!, parse.GetValue(input)!, parse.GetValue(output)!, AnalyticsWords.ParseTrimming(parse.GetValue(trim) ?? "none")!.Value));
        return command;
    }

    public static Command CreateProfile()
    {
        var (tables, input, trim) = (TablesOption(), InputOption(), TrimOption());
        var weights = new Option<FileInfo>("--weights") { Description = "A weight TSV written by 'drg weights' (a reference period); without it, weights come from --input itself" };
        var output = new Option<FileInfo>("--output") { Description = $"Profile TSV to write: {string.Join(", ", ProfileColumns)}; the region row is hospital ALL", Required = true };
        var by = new Option<string>("--by") { Description = "One row per hospital or per hospital and department", DefaultValueFactory = _ => "hospital" };
        by.AcceptOnlyFromAmong("hospital", "department");
        var command = new Command("profile", "CMI, DRG groups, cost and time consumption indices and low-risk mortality per hospital or department")
        {
            tables, input, weights, output, by, trim,
        };
        command.SetAction(parse => Profile(
            parse.GetValue(tables)!, parse.GetValue(input)!, parse.GetValue(weights), parse.GetValue(output)!,
            parse.GetValue(by) == "department" ? ProfileLevel.HospitalDepartment : ProfileLevel.Hospital, parse.GetValue(trim)));
        return command;
    }

    private static Option<DirectoryInfo> TablesOption() =>
        new("--tables") { Description = "A DRG table set folder (e.g. ../shared/data/chs-drg-1.1)", Required = true };

    private static Option<FileInfo> InputOption() => new("--input")
    {
        Description = "The project's discharges.csv (with the discharge_procedures.csv beside it); institution_code, department_code, " +
            "total_cost, los_days and disposition are read besides the grouping fields",
        Required = true,
    };

    private static Option<string> TrimOption()
    {
        var trim = new Option<string>("--trim") { Description = "Cost outliers left out of each DRG's mean (from 5 cases): none (default), iqr or 3sigma-log" };
        trim.AcceptOnlyFromAmong("none", "iqr", "3sigma-log");
        return trim;
    }

    private static int Weights(DirectoryInfo tablesFolder, FileInfo input, FileInfo output, WeightTrimming trimming)
    {
        if (DrgCommands.LoadTables(tablesFolder) is not { } tables)
        {
            return 2;
        }

        if (GroupInput(input, tables, "weights") is not { } cases)
        {
            return 1;
        }

        var table = RelativeWeights.Compute(cases, new WeightOptions { Trimming = trimming, Names = tables.DrgNames });
        if (table.Count == 0)
        {
            Console.Error.WriteLine($"{input.Name}: no grouped case with a known cost and length of stay; there is nothing to weigh");
            return 1;
        }

        using (var writer = Writer(output))
        {
            table.Write(writer);
        }

        var grouped = cases.Count(c => c.Status == GroupingStatus.Success);
        Console.WriteLine(string.Create(Invariant,
            $"{table.Count:N0} DRGs, {table.Weights.Sum(w => w.CasesUsed):N0} of {grouped:N0} grouped cases used (trim {trimming.ToWord()}), " +
            $"overall mean cost {table.OverallMeanCost:N2}"));
        return 0;
    }

    private static int Profile(DirectoryInfo tablesFolder, FileInfo input, FileInfo? weightsFile, FileInfo output, ProfileLevel level, string? trim)
    {
        if (weightsFile is not null && trim is not null)
        {
            Console.Error.WriteLine("--trim applies only when the weights are computed from --input; the --weights file already fixes them");
            return 1;
        }

        if (DrgCommands.LoadTables(tablesFolder) is not { } tables)
        {
            return 2;
        }

        DrgWeightTable? reference = null;
        if (weightsFile is not null && (reference = ReadWeights(weightsFile)) is null)
        {
            return 1;
        }

        if (GroupInput(input, tables, "profile") is not { } cases)
        {
            return 1;
        }

        reference ??= RelativeWeights.Compute(cases, new WeightOptions { Trimming = AnalyticsWords.ParseTrimming(trim ?? "none")!.Value, Names = tables.DrgNames });
        var profile = DrgProfile.Build(cases, reference, level);
        using (var writer = Writer(output))
        {
            writer.Write(string.Join('\t', ProfileColumns));
            writer.Write('\n');
            foreach (var row in profile.Rows.Append(profile.Region))
            {
                writer.Write(string.Join('\t',
                    row.Hospital, row.Department, Count(row.Cases), Count(row.Grouped), Count(row.Ungroupable), Count(row.Ambiguous), Count(row.Invalid),
                    Count(row.DrgGroups), Fixed(row.Cmi, "0.0000"), Fixed(row.CostIndex, "0.0000"), Fixed(row.TimeIndex, "0.0000"),
                    Count(row.LowRiskCases), Count(row.LowRiskDeaths), Fixed(row.LowRiskMortality, "0.000000")));
                writer.Write('\n');
            }
        }

        var region = profile.Region;
        Console.WriteLine(string.Create(Invariant,
            $"{profile.Rows.Count:N0} {(level == ProfileLevel.Hospital ? "hospitals" : "hospital departments")}, {region.Cases:N0} cases " +
            $"({region.Grouped:N0} grouped), {region.DrgGroups:N0} DRG groups, region CMI {Fixed(region.Cmi, "0.0000")}, " +
            $"weights from {(weightsFile is null ? "the input itself" : weightsFile.Name)}"));
        if (region.Unweighted > 0)
        {
            Console.WriteLine(string.Create(Invariant,
                $"{region.Unweighted:N0} grouped cases are in DRGs the weights lack; they count as grouped but not in CMI, the indices or low-risk figures"));
        }

        return 0;
    }

    private static DrgWeightTable? ReadWeights(FileInfo file)
    {
        try
        {
            using var reader = new StreamReader(file.FullName, Encoding.UTF8);
            return DrgWeightTable.Read(reader);
        }
        catch (Exception e) when (e is DrgWeightTableException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{file.Name}: {e.Message}");
            return null;
        }
    }

    /// <summary>Reads and groups the discharges; null (with the reason on stderr) when the input cannot serve analytics.</summary>
    private static List<GroupedCase>? GroupInput(FileInfo input, DrgTableSet tables, string verb)
    {
        if (!DischargeCases.IsDischargeCsv(input))
        {
            Console.Error.WriteLine($"{input.Name}: 'drg {verb}' needs costs, lengths of stay and institutions, which a conformance-format TSV " +
                "does not have; give the project's discharges.csv");
            return null;
        }

        if (!input.Exists)
        {
            Console.Error.WriteLine($"{input.FullName} does not exist");
            return null;
        }

        var cases = new List<GroupedCase>();
        // A city's abstracts repeat a few hundred institution and department codes; one string each keeps the list small.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string Pooled(string text) => pool.TryGetValue(text, out var shared) ? shared : pool[text] = text;
        var problems = new List<string>();
        var withProblems = 0;
        try
        {
            foreach (var a in DischargeCases.ReadForAnalytics(input))
            {
                var result = DrgGrouper.GroupFast(a.Case.Record, tables);
                cases.Add(GroupedCase.From(a.Case.CaseId, Pooled(a.Institution), Pooled(a.Department), result, a.TotalCost, a.LosDays, a.Disposition));
                if (a.Problems is { } problem)
                {
                    withProblems++;
                    if (problems.Count < ReasonsShown) problems.Add(problem);
                }
            }
        }
        catch (Exception e) when (e is FormatException or CsvHelper.CsvHelperException)
        {
            Console.Error.WriteLine($"{input.Name}: {e.Message}");
            return null;
        }

        if (withProblems > 0)
        {
            Console.Error.WriteLine(string.Create(Invariant,
                $"{input.Name}: an unreadable cost, length of stay or disposition in {withProblems:N0} abstract(s); an unknown cost or stay " +
                $"is left out of the weights and the consumption indices (the case still counts), an unknown disposition is taken as no death. First:"));
            foreach (var problem in problems)
            {
                Console.Error.WriteLine($"  {problem}");
            }
        }

        return cases;
    }

    private static StreamWriter Writer(FileInfo output) => new(output.FullName, false, new UTF8Encoding(false), 1 << 16);

    private static string Count(int value) => value.ToString(Invariant);

    private static string Fixed(decimal? value, string format) => value?.ToString(format, Invariant) ?? "";
}
