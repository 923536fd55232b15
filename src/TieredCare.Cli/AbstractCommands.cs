using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TieredCare.Abstracts;
using TieredCare.DemoData;
using TieredCare.Drg;
using TieredCare.Persistence.Audit;
using TieredCare.Persistence.Import;

namespace TieredCare.Cli;

/// <summary><c>tieredcare abstracts import</c>: a file of discharge abstracts into the database, with quality control and grouping.</summary>
internal static class AbstractCommands
{
    public static Command Create()
    {
        var database = CliDatabase.Option();
        var file = new Argument<FileInfo>("file") { Description = "discharges.csv (English or Chinese headers) or an .xlsx workbook (abstracts, then procedures sheet)" };
        var procedures = new Option<FileInfo?>("--procedures") { Description = "discharge_procedures.csv (default: the one beside a CSV input, if any)" };
        var institution = new Option<string?>("--institution") { Description = "Accept only this institution's abstracts and fill a missing institution_code" };
        var tables = TablesOption();
        var import = new Command("import", "Import discharge abstracts with quality control; prints the QC summary and every rejected or failed row") { file, procedures, institution, tables, database };
        import.SetAction(async (parse, ct) => await ImportAsync(parse.GetValue(file)!, parse.GetValue(procedures), parse.GetValue(institution),
            parse.GetValue(tables), parse.GetValue(database), ct));
        return new Command("abstracts", "Discharge abstracts (病案首页)") { import };
    }

    /// <summary>The DRG table set with its code dictionaries; the demo set shipped with the tool by default.</summary>
    public static Option<DirectoryInfo?> TablesOption() => new("--drg-tables")
    {
        Description = $"A DRG table set folder with icd10.tsv and icd9cm3.tsv (default: the demo set {DemoDrgTables.Name})",
    };

    public static AbstractRules LoadRules(DirectoryInfo? folder)
    {
        var path = folder?.FullName ?? DemoDrgTables.Folder;
        var name = Path.GetFileName(path.TrimEnd(Path.DirectorySeparatorChar));
        return new AbstractRules(name, DrgTableSet.Load(path), CodeDictionary.Load(path));
    }

    private static async Task<int> ImportAsync(FileInfo file, FileInfo? proceduresFile, string? institution, DirectoryInfo? tables, string? databaseValue, CancellationToken ct)
    {
        AbstractRules rules;
        try
        {
            rules = LoadRules(tables);
        }
        catch (Exception e) when (e is DrgTableSetException or IOException or FormatException or InvalidDataException)
        {
            await Console.Error.WriteLineAsync($"table set refused: {e.Message}");
            return 2;
        }

        Sheet abstracts;
        Sheet? procedures = null;
        try
        {
            await using var stream = file.OpenRead();
            if (file.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                var sheets = Sheet.FromXlsx(file.Name, stream);
                (abstracts, procedures) = (sheets[0], sheets.Count > 1 ? sheets[1] : null);
            }
            else
            {
                abstracts = Sheet.FromCsv(file.Name, stream);
                var beside = proceduresFile ?? new FileInfo(Path.Combine(file.DirectoryName!, "discharge_procedures.csv"));
                if (beside.Exists)
                {
                    await using var p = beside.OpenRead();
                    procedures = Sheet.FromCsv(beside.Name, p);
                }
            }
        }
        catch (InvalidDataException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }

        var options = CliDatabase.Resolve(databaseValue);
        await using var db = CliDatabase.Open(options);
        await db.Database.MigrateAsync(ct);
        var watch = Stopwatch.StartNew();
        var actor = $"cli:{Environment.UserName}";
        var report = await new AbstractImporter(db, TimeProvider.System)
            .ImportAsync(abstracts, procedures, rules, new AbstractImportRequest(file.Name, actor, _ => true, institution), ct);
        watch.Stop();
        foreach (var error in report.FileErrors)
        {
            await Console.Error.WriteLineAsync(error);
        }

        if (!report.Committed)
        {
            return 1;
        }

        using (var audit = new AuditLog(CliDatabase.Factory(options), TimeProvider.System))
        {
            await audit.AppendAsync(new AuditRecord(actor, "import", "discharge_abstracts", $"upload {report.UploadId}: {file.Name}, {report.Stored} rows"), ct);
        }

        foreach (var row in report.RowReports.Where(r => r.Outcome is RowOutcome.Rejected or RowOutcome.Failed).Take(50))
        {
            Console.WriteLine($"row {row.Row} {row.MedicalRecordNo} {row.Outcome}: {string.Join("; ", row.Findings.Select(f => $"[{f.RuleCode}] {f.Message}"))}");
        }

        Console.WriteLine($"{report.Rows:N0} rows in {watch.Elapsed.TotalSeconds:F2} s: stored {report.Stored:N0} (replaced {report.Replaced:N0}), rejected {report.Rejected:N0}; " +
            $"QC passed {report.QcPassed:N0}, failed {report.QcFailed:N0}, with warnings {report.QcWarnings:N0}; grouped {report.Grouped:N0} with {report.TableSet}");
        return report.Rejected > 0 ? 1 : 0;
    }
}
