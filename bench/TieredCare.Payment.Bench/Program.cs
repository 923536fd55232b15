using System.Globalization;
using BenchmarkDotNet.Running;

// Usage: TieredCare.Payment.Bench [BenchmarkDotNet arguments, e.g. --filter '*SettleYear*'].
var summaries = BenchmarkRunner.Run([typeof(SettlementBenchmarks)], args: args);
foreach (var report in summaries.SelectMany(s => s.Reports))
{
    if (report.ResultStatistics is not { } stats) continue;
    var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-22} {stats.Mean / 1e9,8:N2} s per {SettlementBenchmarks.Cases:N0} cases over {SettlementBenchmarks.Hospitals} hospitals ({SettlementBenchmarks.Cases * 1e9 / stats.Mean:N0} cases/s)"));
}
