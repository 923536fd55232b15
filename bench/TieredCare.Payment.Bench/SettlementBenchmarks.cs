using System.Globalization;
using BenchmarkDotNet.Attributes;
using TieredCare.Drg;
using TieredCare.Payment;

/// <summary>
/// A year of the city: 800,000 synthetic grouped cases over 65 hospitals (10 tertiary, 25 secondary, 30 primary) and 600
/// DRGs of skewed frequency with log-normal costs; 1 % ungroupable, 0.3 % ambiguous, 0.2 % flagged for special review,
/// 4 % incomplete stays; psychiatric DRGs (prefix TR) paid per diem; a few hospital coefficients. One invocation settles
/// the whole year.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class SettlementBenchmarks
{
    public const int Cases = 800_000;
    public const int Hospitals = 65;

    private SettlementCase[] _cases = [];
    private string _file = "";
    private PaymentPolicy _policy = null!;
    private PaymentPolicy _proposal = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var drgs = Enumerable.Range(0, 600).Select(i => i < 6 ? $"TR1{i}" : $"{(char)('A' + (i % 26))}{(char)('A' + (i / 26 % 26))}{i % 10}{i / 260 % 10}").ToArray();
        var baseCost = drgs.Select(_ => 2000 * Math.Exp(random.NextDouble() * 3)).ToArray();
        var hospitals = Enumerable.Range(0, Hospitals).Select(i => (Code: $"H{i:0000}", Level: i < 10 ? 3 : i < 35 ? 2 : 1)).ToArray();
        _cases = new SettlementCase[Cases];
        for (var i = 0; i < Cases; i++)
        {
            var u = random.NextDouble();
            var g = (int)(u * u * drgs.Length);
            // Tertiary hospitals treat more of the costly cases.
            var (hospital, level) = hospitals[g > 300 && random.Next(2) == 0 ? random.Next(10) : random.Next(Hospitals)];
            var status = random.Next(1000) switch { < 10 => GroupingStatus.Ungroupable, < 13 => GroupingStatus.AmbiguousQy, _ => GroupingStatus.Success };
            var noise = Math.Exp(0.5 * Normal(random));
            var cost = Math.Round((decimal)(baseCost[g] * noise), 2);
            var selfPay = Math.Round(cost * (decimal)(0.1 + (0.3 * random.NextDouble())), 2);
            var drg = status switch { GroupingStatus.Success => drgs[g], GroupingStatus.AmbiguousQy => "BQY", _ => "0000" };
            _cases[i] = new SettlementCase($"{i:0000000}", hospital, level, new YearMonth(2025, 1 + random.Next(12)), drg, status, cost, selfPay,
                random.Next(100) < 4 ? 4 : 1, 1 + (int)(baseCost[g] / 1500 * noise), random.Next(1000) < 2);
        }
        // Shuffled ids: the engine sorts them, as it must for input files in any order.
        random.Shuffle(_cases);

        _policy = (PaymentPolicy.Reference with { Budget = 7_000_000_000m })
            .WithPerDiemRate("TR1", 400m).WithHospitalCoefficient("H0000", 1.05m).WithHospitalCoefficient("H0040", 0.95m);
        _proposal = _policy.WithHighOutlierMultiple("3", 2.5m);

        var writer = new StringWriter(CultureInfo.InvariantCulture);
        SettlementCaseFile.Write(writer, _cases);
        _file = writer.ToString();
    }

    [Benchmark(Baseline = true)]
    public decimal SettleYear() => DrgPointSettlement.Settle(_cases, _policy).PointValue;

    [Benchmark]
    public int WhatIfOfOneParameter() => WhatIf.Compare(_cases, _policy, _proposal).ChangedRules;

    [Benchmark]
    public int ReadCasesFile() => SettlementCaseFile.Read(new StringReader(_file)).Count;

    [Benchmark]
    public int ExplainEveryLine()
    {
        var length = 0;
        foreach (var line in DrgPointSettlement.Settle(_cases, _policy).Lines) length += line.Explanation.Length;
        return length;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
