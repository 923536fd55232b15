using System.Globalization;
using BenchmarkDotNet.Attributes;
using TieredCare.Payment.Dip;

/// <summary>
/// The DIP catalogue built from, and the scoring of, 1,000,000 synthetic cases: 2,600 diagnosis subcategories of skewed
/// frequency (医保版 codes with varied extensions), 45 % conservative, 45 % one of two or three typical procedure sets of the
/// diagnosis, 10 % one to three random procedures of 3,000 (the long tail that ends in pools), log-normal costs, hospitals of
/// levels 1–3. One invocation is one pass over all cases, so the mean is the time per million cases.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class DipBenchmarks
{
    public const int Cases = 1_000_000;

    private DipCase[] _cases = [];
    private DipCatalogue _catalogue = null!;
    private readonly DipScoringPolicy _policy = new() { LevelCoefficients = new Dictionary<int, decimal> { [3] = 1.0m, [2] = 0.9m, [1] = 0.8m } };

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var diagnoses = Enumerable.Range(0, 2600).Select(i => $"{(char)('A' + (i % 26))}{i / 26 % 100:00}.{i / 260 % 10}").ToArray();
        var procedures = Enumerable.Range(0, 3000).Select(i => string.Create(CultureInfo.InvariantCulture, $"{i % 100:00}.{i / 100 % 100:00}{i % 7:00}")).ToArray();
        var typical = diagnoses.Select(_ => Enumerable.Range(0, 3).Select(_ => Pick(random, procedures, 1 + random.Next(2))).ToArray()).ToArray();
        var baseCost = diagnoses.Select(_ => 2000 * Math.Exp(random.NextDouble() * 3)).ToArray();
        string[] extensions = ["00", "01", "00x001", "00x002", "02"];
        _cases = new DipCase[Cases];
        for (var i = 0; i < Cases; i++)
        {
            // Squaring a uniform skews the diagnosis frequencies towards the first codes, as real case mixes are skewed.
            var u = random.NextDouble();
            var d = (int)(u * u * diagnoses.Length);
            var p = random.Next(100);
            var set = p < 45 ? [] : p < 90 ? typical[d][random.Next(typical[d].Length)] : Pick(random, procedures, 1 + random.Next(3));
            var cost = Math.Round((decimal)(baseCost[d] * (1 + set.Length) * Math.Exp(0.5 * Normal(random))), 2);
            var level = 1 + random.Next(3);
            _cases[i] = new DipCase(i.ToString(CultureInfo.InvariantCulture), $"H{random.Next(60):000}", level,
                diagnoses[d] + extensions[random.Next(extensions.Length)], set, cost, Math.Round(cost * 0.1m, 2));
        }
        _catalogue = DipCatalogue.Build(_cases);
        var core = _catalogue.Combinations.Where(c => c.Kind == DipCombinationKind.Core).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {_catalogue.Count:N0} combinations: {core.Length:N0} core holding {core.Sum(c => c.Cases):N0} cases, {_catalogue.Count - core.Length:N0} pooled"));
    }

    [Benchmark(Baseline = true)]
    public int BuildCatalogue() => DipCatalogue.Build(_cases).Count;

    [Benchmark]
    public decimal ScoreAll()
    {
        var total = 0m;
        foreach (var c in _cases) total += DipScoring.Score(c, _catalogue, _policy).Score;
        return total;
    }

    private static string[] Pick(Random random, string[] codes, int count) => [.. Enumerable.Range(0, count).Select(_ => codes[random.Next(codes.Length)])];

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
