using System.CommandLine;
using System.Diagnostics;
using TieredCare.DemoData;

namespace TieredCare.Cli;

internal static class DemoCommands
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write the region into (docs/data-formats.md)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same files", DefaultValueFactory = _ => 42 };
        var scale = new Option<string>("--scale") { Description = "small (the demo, loads in seconds) or city (about 4 million people, for benchmarks)", DefaultValueFactory = _ => "small" };
        scale.AcceptOnlyFromAmong("small", "city");
        var generate = new Command("generate", "Write a synthetic prefecture-level city with two years of activity") { output, seed, scale };
        generate.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var manifest = DemoGenerator.Generate(
                new DemoOptions(parse.GetValue(output)!.FullName, parse.GetValue(seed), parse.GetValue(scale) == "city" ? DemoScale.City : DemoScale.Small),
                new Progress<string>(Console.WriteLine));
            Console.WriteLine($"{manifest.Name}: {manifest.Counts.Patients:N0} patients, {manifest.Counts.Visits:N0} visits, {manifest.Counts.Discharges:N0} discharges in {watch.Elapsed.TotalSeconds:F1} s");
            return 0;
        });
        return new Command("demo", "The synthetic demo region") { generate };
    }
}
