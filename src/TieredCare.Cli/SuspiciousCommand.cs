using System.CommandLine;
using System.Globalization;
using System.Text;
using TieredCare.Supervision;

namespace TieredCare.Cli;

/// <summary><c>tieredcare pay suspicious</c>: the fund supervisor's review list from a cases file.</summary>
internal static class SuspiciousCommand
{
    public static Command Create()
    {
        var cases = new Option<FileInfo>("--cases")
        {
            Description = "Cases TSV: case_id, hospital, patient_id, admission_date, discharge_date, drg, principal_diagnosis, total_cost " +
                "[, department, los_days, other_diagnoses, disposition, admission_route]",
            Required = true,
        };
        var tables = new Option<DirectoryInfo?>("--tables") { Description = "A DRG table set folder: its MCC/CC lists name the diagnoses behind each high-severity DRG" };
        var output = new Option<DirectoryInfo>("--output") { Description = "Folder for cases.tsv and hospitals.tsv, in review order", Required = true };
        var command = new Command("suspicious", "Rank cases and hospitals for review: split admissions, up-coding, abnormal stays, each with its evidence") { cases, tables, output };
        command.SetAction(parse => Run(parse.GetValue(cases)!, parse.GetValue(tables), parse.GetValue(output)!));
        return command;
    }

    private static int Run(FileInfo casesFile, DirectoryInfo? tables, DirectoryInfo output)
    {
        IReadOnlyList<SupervisedCase> cases;
        try
        {
            using var reader = new StreamReader(casesFile.FullName, Encoding.UTF8);
            cases = SupervisedCaseFile.Read(reader);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"{casesFile.Name}: {e.Message}");
            return 1;
        }

        var options = new SupervisionOptions { Complications = tables is null ? null : ComplicationCatalogue.Load(tables.FullName) };
        var report = SupervisionReport.Build(cases, options);
        output.Create();
        using (var writer = new StreamWriter(Path.Combine(output.FullName, "cases.tsv"), false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine("rank\tcase_id\thospital\tdrg\ttotal_cost\tscore\tkinds\tevidence");
            foreach (var c in report.Cases)
            {
                writer.WriteLine(string.Join('\t', c.Rank.ToString(CultureInfo.InvariantCulture), c.CaseId, c.Hospital, c.Drg, c.TotalCost.ToString("0.00", CultureInfo.InvariantCulture),
                    c.Score.ToString("0.0000", CultureInfo.InvariantCulture), string.Join('|', c.Findings.Select(f => f.Kind.ToWord())),
                    Clean(string.Join(" / ", c.Findings.Select(f => f.Evidence.Chinese)))));
            }
        }

        using (var writer = new StreamWriter(Path.Combine(output.FullName, "hospitals.tsv"), false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine("rank\thospital\tcases\tflagged_cases\tflagged_per_1000\tscore\tsuspicious_cost");
            foreach (var h in report.Hospitals)
            {
                writer.WriteLine(string.Join('\t', h.Rank.ToString(CultureInfo.InvariantCulture), h.Hospital, h.Cases.ToString(CultureInfo.InvariantCulture),
                    h.FlaggedCases.ToString(CultureInfo.InvariantCulture), h.FlaggedCasesPer1000.ToString("0.00", CultureInfo.InvariantCulture),
                    h.Score.ToString("0.0000", CultureInfo.InvariantCulture), h.SuspiciousCost.ToString("0.00", CultureInfo.InvariantCulture)));
            }
        }

        Console.WriteLine($"{cases.Count:N0} cases: {report.Cases.Count:N0} to review at {report.Hospitals.Count(h => h.FlaggedCases > 0)} hospitals; " +
            string.Join(", ", report.Summary.FindingsByKind.Where(k => k.Value > 0).Select(k => $"{k.Key.ToWord()} {k.Value:N0}")));
        return 0;
    }

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ');
}
