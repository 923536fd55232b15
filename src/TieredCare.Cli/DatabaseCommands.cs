using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence.Audit;
using TieredCare.Persistence.Import;

namespace TieredCare.Cli;

internal static class DatabaseCommands
{
    public static Command CreateMigrate()
    {
        var database = CliDatabase.Option();
        var command = new Command("migrate", "Create or upgrade the database schema in place") { database };
        command.SetAction(async (parse, ct) =>
        {
            var options = CliDatabase.Resolve(parse.GetValue(database));
            await using var db = CliDatabase.Open(options);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await db.Database.MigrateAsync(ct);
            Console.WriteLine(pending.Count == 0 ? $"{options.Describe()}: schema is up to date" : $"{options.Describe()}: applied {string.Join(", ", pending)}");
            return 0;
        });
        return command;
    }

    public static Command CreateImport()
    {
        var database = CliDatabase.Option();
        var folder = new Argument<DirectoryInfo>("folder") { Description = "A region folder in the format of docs/data-formats.md" };
        var keepValid = new Option<bool>("--keep-valid") { Description = "Commit the valid rows of a file and report the rejected ones (default: a file with any bad row is not written)" };
        var tables = AbstractCommands.TablesOption();
        var command = new Command("import", "Import a region folder (registry, patients, activity; discharge abstracts with quality control)") { folder, database, keepValid, tables };
        command.SetAction(async (parse, ct) =>
        {
            var options = CliDatabase.Resolve(parse.GetValue(database));
            await using var db = CliDatabase.Open(options);
            await db.Database.MigrateAsync(ct);
            using var audit = new AuditLog(CliDatabase.Factory(options), TimeProvider.System);
            var loader = new RegionFolderLoader(db, TimeProvider.System, AbstractCommands.LoadRules(parse.GetValue(tables)), audit, $"cli:{Environment.UserName}");
            var reports = await loader.LoadAsync(parse.GetValue(folder)!.FullName, parse.GetValue(keepValid) ? ImportMode.KeepValid : ImportMode.AllOrNothing,
                new Progress<string>(Console.WriteLine), ct);
            var failed = false;
            foreach (var report in reports)
            {
                foreach (var error in report.Rejected.Take(50))
                {
                    Console.Error.WriteLine($"{report.Table} row {error.Row}, {error.Field}: {error.Message}");
                }

                if (report.Rejected.Count > 50)
                {
                    Console.Error.WriteLine($"{report.Table}: {report.Rejected.Count - 50} more rejected rows");
                }

                failed |= !report.Committed || report.Rejected.Count > 0;
            }

            return failed ? 1 : 0;
        });
        return command;
    }
}
