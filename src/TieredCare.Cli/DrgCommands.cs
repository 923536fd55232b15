using System.CommandLine;
using System.Diagnostics;
using System.Text;
using TieredCare.Drg;

namespace TieredCare.Cli;

internal static class DrgCommands
{
    public static Command Create()
    {
        var tables = new Option<DirectoryInfo>("--tables") { Description = "A DRG table set folder (e.g. ../shared/data/chs-drg-1.1)", Required = true };
        var input = new Option<FileInfo>("--input")
        {
            Description = "Cases: a TSV in the format of the table set's conformance/cases.tsv (expected_* columns are ignored), " +
                "or the project's discharges.csv (procedures from the discharge_procedures.csv beside it)",
            Required = true,
        };
        var output = new Option<FileInfo>("--output") { Description = "TSV to write: case_id, mdc, adrg, drg, status, reason", Required = true };
        var trace = new Option<bool>("--trace") { Description = "Write every rule that decided into the reason column (slower)" };
        var group = new Command("group", "Group cases with a table set") { tables, input, output, trace };
        group.SetAction(parse => Group(parse.GetValue(tables)!, parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(trace)));
        return new Command("drg", "CHS-DRG grouping and analytics") { group, DrgAnalyticsCommands.CreateWeights(), DrgAnalyticsCommands.CreateProfile() };
    }

    /// <summary>Loads a table set, or says on stderr why it was refused.</summary>
    internal static DrgTableSet? LoadTables(DirectoryInfo folder)
    {
        try
        {
            return DrgTableSet.Load(folder.FullName);
        }
        catch (DrgTableSetException e)
        {
            Console.Error.WriteLine($"table set refused: {e.Message}");
            return null;
        }
    }

    private static int Group(DirectoryInfo tablesFolder, FileInfo input, FileInfo output, bool withTrace)
    {
        if (LoadTables(tablesFolder) is not { } tables)
        {
            return 2;
        }

        var watch = Stopwatch.StartNew();
        var counts = new Dictionary<GroupingStatus, long>();
        using var reader = new StreamReader(input.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 20 });
        var cases = DischargeCases.IsDischargeCsv(input) ? DischargeCases.Read(input) : DrgCaseFile.ReadLazily(reader);
        using var writer = new StreamWriter(output.FullName, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        writer.WriteLine("case_id\tmdc\tadrg\tdrg\tstatus\treason");
        try
        {
            foreach (var c in cases)
            {
                var result = withTrace ? DrgGrouper.Group(c.Record, tables) : DrgGrouper.GroupFast(c.Record, tables);
                counts[result.Status] = counts.GetValueOrDefault(result.Status) + 1;
                writer.Write(c.CaseId);
                writer.Write('\t');
                writer.Write(result.Mdc);
                writer.Write('\t');
                writer.Write(result.Adrg);
                writer.Write('\t');
                writer.Write(result.Drg);
                writer.Write('\t');
                writer.Write(result.Status.ToWord());
                writer.Write('\t');
                writer.WriteLine(Reason(c, result, withTrace));
            }
        }
        catch (Exception e) when (e is FormatException or CsvHelper.CsvHelperException)
        {
            Console.Error.WriteLine($"{input.Name}: {e.Message}");
            return 1;
        }

        var total = counts.Values.Sum();
        var rate = total / Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
        Console.WriteLine($"{total:N0} cases in {watch.Elapsed.TotalSeconds:F2} s ({rate:N0}/s): " +
            string.Join(", ", counts.OrderBy(k => k.Key).Select(k => $"{k.Key.ToWord()} {k.Value:N0}")));
        return 0;
    }

    // Tabs and newlines would break the TSV; trace texts never contain them, input problems might.
    private static string Reason(DrgCase c, GroupingResult result, bool withTrace)
    {
        var reason = result.Status switch
        {
            GroupingStatus.Invalid => result.FailedRule!.Value.Describe() + (c.InputProblems is { } p ? $" ({p})" : ""),
            GroupingStatus.Ungroupable => $"no MDC and ADRG accepted principal diagnosis {c.Record.Diagnoses[0]}",
            _ => "",
        };
        if (withTrace)
        {
            reason = string.Join(" > ", result.Trace);
        }

        return reason.Replace('\t', ' ').Replace('\n', ' ');
    }
}
