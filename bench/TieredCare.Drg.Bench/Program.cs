using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using TieredCare.Drg;

// Usage: TieredCare.Drg.Bench [BenchmarkDotNet arguments, e.g. --filter '*Analytics*']; the table set is
// ../shared/data/chs-drg-1.1 beside the repository, or the folder in TIEREDCARE_DRG_TABLES.
var summaries = BenchmarkRunner.Run([typeof(GroupingBenchmarks), typeof(AnalyticsBenchmarks)], args: args);
foreach (var report in summaries.SelectMany(s => s.Reports))
{
    if (report.ResultStatistics is not { } stats) continue;
    var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
    Console.WriteLine(report.BenchmarkCase.Descriptor.Type == typeof(AnalyticsBenchmarks)
        ? string.Create(CultureInfo.InvariantCulture, $"{name,-26} {stats.Mean / 1e6,10:N0} ms per {AnalyticsBenchmarks.Cases:N0} cases ({AnalyticsBenchmarks.Cases * 1e9 / stats.Mean:N0} cases/s)")
        : string.Create(CultureInfo.InvariantCulture, $"{name,-26} {1e9 / stats.Mean,14:N0} groupings/s"));
}

[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class GroupingBenchmarks
{
    private const int Cases = 3000;
    private const int ParallelRounds = 20;
    private DrgTableSet _tables = null!;
    private GroupingRecord[] _records = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable("TIEREDCARE_DRG_TABLES") ?? FindTables();
        _tables = DrgTableSet.Load(folder);
        using var reader = new StreamReader(Path.Combine(folder, "conformance", "cases.tsv"));
        _records = [.. DrgCaseFile.Read(reader).Select(c => c.Record)];
        if (_records.Length != Cases) throw new InvalidOperationException($"expected {Cases} cases, found {_records.Length}");
    }

    [Benchmark(OperationsPerInvoke = Cases * ParallelRounds, Baseline = true)]
    public int GroupFast()
    {
        var success = 0;
        for (var round = 0; round < ParallelRounds; round++)
        {
            foreach (var record in _records)
            {
                if (DrgGrouper.GroupFast(record, _tables).Status == GroupingStatus.Success) success++;
            }
        }
        return success;
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public int GroupWithTrace()
    {
        var steps = 0;
        foreach (var record in _records)
        {
            steps += DrgGrouper.Group(record, _tables).Trace.Count;
        }
        return steps;
    }

    [Benchmark(OperationsPerInvoke = Cases * ParallelRounds * 2)]
    public int GroupFastOnTwoThreads()
    {
        var success = 0;
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, _ =>
        {
            var local = 0;
            for (var round = 0; round < ParallelRounds; round++)
            {
                foreach (var record in _records)
                {
                    if (DrgGrouper.GroupFast(record, _tables).Status == GroupingStatus.Success) local++;
                }
            }
            Interlocked.Add(ref success, local);
        });
        return success;
    }

    private static string FindTables()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "TieredCare.slnx")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "chs-drg-1.1"));
                }
            }
        }
        throw new DirectoryNotFoundException("TieredCare.slnx not found above the benchmark; set TIEREDCARE_DRG_TABLES");
    }
}
