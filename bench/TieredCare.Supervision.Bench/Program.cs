using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using TieredCare.Supervision;

// Usage: TieredCare.Supervision.Bench [BenchmarkDotNet arguments, e.g. --filter '*Build*'];
//        TieredCare.Supervision.Bench quick   (one timed report over the synthetic million, with its counts).
if (args is ["quick"])
{
    var cases = SupervisionBenchmarks.Generate(new Random(42));
    var watch = Stopwatch.StartNew();
    var report = SupervisionReport.Build(cases);
    watch.Stop();
    var s = report.Summary;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{s.Cases:N0} cases, {s.Hospitals} hospitals: {watch.Elapsed.TotalMilliseconds:N0} ms; {report.Findings.Count:N0} findings, {report.Cases.Count:N0} flagged cases"));
    foreach (var (kind, count) in s.FindingsByKind) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind.ToWord(),-22} {count,9:N0}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  planned readmissions excluded {s.ReadmissionsExcludedAsPlanned:N0}, transfer pairs excluded {s.PairsExcludedAsTransfers:N0}, up-coding cells tested {s.UpCodingCellsTested:N0} flagged {s.UpCodingCellsFlagged:N0}"));
    foreach (var (name, run) in new (string, Func<int>)[]
    {
        ("split admissions", () => SplitAdmissionDetector.Detect(cases).Count),
        ("up-coding", () => UpCodingDetector.Detect(cases).Count),
        ("abnormal stays", () => AbnormalStayDetector.Detect(cases).Count),
        ("report again", () => SupervisionReport.Build(cases).Cases.Count),
    })
    {
        var times = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            watch.Restart();
            run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-22} {string.Join(" / ", times.Select(t => t.ToString("N0", CultureInfo.InvariantCulture)))} ms"));
    }
    foreach (var h in report.Hospitals.Take(8)) Console.WriteLine($"  {h.Rank}. {h.Evidence.Chinese}");
    return;
}

var summaries = BenchmarkRunner.Run([typeof(SupervisionBenchmarks)], args: args);
foreach (var report in summaries.SelectMany(s => s.Reports))
{
    if (report.ResultStatistics is not { } stats) continue;
    var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-22} {stats.Mean / 1e6,10:N0} ms per {SupervisionBenchmarks.Cases:N0} cases ({SupervisionBenchmarks.Cases * 1e9 / stats.Mean:N0} cases/s)"));
}
