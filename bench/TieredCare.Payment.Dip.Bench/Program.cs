using System.Globalization;
using BenchmarkDotNet.Running;

// Usage: TieredCare.Payment.Dip.Bench [BenchmarkDotNet arguments, e.g. --filter '*Build*'].
var summaries = BenchmarkRunner.Run([typeof(DipBenchmarks)], args: args);
foreach (var report in summaries.SelectMany(s => s.Reports))
{
    if (report.ResultStatistics is not { } stats) continue;
    var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-16} {stats.Mean / 1e6,10:N0} ms per {DipBenchmarks.Cases:N0} cases ({DipBenchmarks.Cases * 1e9 / stats.Mean:N0} cases/s)"));
}
