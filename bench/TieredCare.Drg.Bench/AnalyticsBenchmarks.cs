using BenchmarkDotNet.Attributes;
using TieredCare.Drg;
using TieredCare.Drg.Analytics;

/// <summary>
/// Relative weights and the profile over 1,000,000 synthetic grouped cases: 600 DRGs of skewed frequency with log-normal
/// costs, 100 hospitals of 12 departments, 1 % ungroupable and 0.3 % invalid cases, about 1 % deaths. One invocation is one
/// pass over all cases, so the mean is the time per million cases.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class AnalyticsBenchmarks
{
    public const int Cases = 1_000_000;

    private GroupedCase[] _cases = [];
    private DrgWeightTable _reference = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var drgs = Enumerable.Range(0, 600).Select(i => $"{(char)('A' + (i % 26))}{(char)('A' + (i / 26 % 26))}{i % 10}{i / 260 % 10}").ToArray();
        var baseCost = drgs.Select(_ => 2000 * Math.Exp(random.NextDouble() * 3)).ToArray();
        var mortality = drgs.Select(_ => random.NextDouble() < 0.3 ? 0 : Math.Exp(-7 + (random.NextDouble() * 5))).ToArray();
        var hospitals = Enumerable.Range(0, 100).Select(i => $"H{i:0000}").ToArray();
        var departments = Enumerable.Range(0, 12).Select(i => $"{i + 1:00}").ToArray();
        _cases = new GroupedCase[Cases];
        for (var i = 0; i < Cases; i++)
        {
            // Squaring a uniform skews the DRG frequencies towards the first codes, as real case mixes are skewed.
            var u = random.NextDouble();
            var g = (int)(u * u * drgs.Length);
            var hospital = hospitals[random.Next(hospitals.Length)];
            var department = departments[random.Next(departments.Length)];
            var status = random.Next(1000) switch { < 10 => GroupingStatus.Ungroupable, < 13 => GroupingStatus.Invalid, _ => GroupingStatus.Success };
            var noise = Math.Exp(0.5 * Normal(random));
            var cost = Math.Round((decimal)(baseCost[g] * noise), 2);
            var los = 1 + (int)(baseCost[g] / 1500 * noise);
            _cases[i] = new GroupedCase($"{i}", hospital, department, status == GroupingStatus.Success ? drgs[g] : "0000", status, cost, los,
                random.NextDouble() < mortality[g]);
        }
        _reference = RelativeWeights.Compute(_cases);
    }

    [Benchmark(Baseline = true)]
    public int ComputeWeights() => RelativeWeights.Compute(_cases).Count;

    [Benchmark]
    public int ComputeWeightsWithIqr() => RelativeWeights.Compute(_cases, new WeightOptions { Trimming = WeightTrimming.Iqr }).Count;

    [Benchmark]
    public int BuildProfileByDepartment() => DrgProfile.Build(_cases, _reference, ProfileLevel.HospitalDepartment).Rows.Count;

    [Benchmark]
    public int ComputeAndBuildByHospital() => DrgProfile.Build(_cases, RelativeWeights.Compute(_cases), ProfileLevel.Hospital).Rows.Count;

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
