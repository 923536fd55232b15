using System.CommandLine;
using TieredCare.Cli;

var root = new RootCommand("TieredCare 分级诊疗协同平台 — command-line tools");
root.Subcommands.Add(DemoCommands.Create());
root.Subcommands.Add(DatabaseCommands.CreateMigrate());
root.Subcommands.Add(DatabaseCommands.CreateImport());
root.Subcommands.Add(AdminCommands.Create());
root.Subcommands.Add(AuditCommands.Create());
root.Subcommands.Add(DrgCommands.Create());
root.Subcommands.Add(AbstractCommands.Create());
root.Subcommands.Add(PayCommands.Create());
return await root.Parse(args).InvokeAsync();
