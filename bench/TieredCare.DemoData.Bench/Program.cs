using System.Diagnostics;
using System.Globalization;
using TieredCare.DemoData;

// Usage: TieredCare.DemoData.Bench <small|city> <output-directory> [seed]
if (args.Length < 2 || !Enum.TryParse<DemoScale>(args[0], ignoreCase: true, out var scale))
{
    Console.Error.WriteLine("usage: TieredCare.DemoData.Bench <small|city> <output-directory> [seed]");
    return 2;
}

var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 42;
var clock = Stopwatch.StartNew();
var progress = new Progress<string>(step => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds,7:0.0}s  {step}")));
var manifest = DemoGenerator.Generate(new DemoOptions(args[1], seed, scale), progress);
clock.Stop();
var bytes = new DirectoryInfo(args[1]).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{manifest.Scale} seed {manifest.Seed}: {clock.Elapsed.TotalSeconds:0.0} s, {bytes / 1048576.0:0} MiB, {manifest.Counts}"));
return 0;
