using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using TieredCare.Supervision;

/// <summary>
/// The supervision report over 1,000,000 synthetic grouped stays: 400,000 patients (a quarter with several stays, some
/// readmitted within days), 60 hospitals of which 6 code higher severity more often, 300 ADRGs (half split 1/3/5, half
/// unsplit) of skewed frequency, log-normal stays and costs. One invocation is one pass over all cases.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class SupervisionBenchmarks
{
    public const int Cases = 1_000_000;

    private SupervisedCase[] _cases = [];
    private string _file = "";

    [GlobalSetup]
    public void Setup()
    {
        _cases = Generate(new Random(42));
        _file = Path.Combine(Path.GetTempPath(), $"supervision-bench-{Environment.ProcessId}.tsv");
        Write(_cases, _file);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    [Benchmark(Baseline = true)]
    public int BuildReport() => SupervisionReport.Build(_cases).Cases.Count;

    [Benchmark]
    public int SplitAdmissions() => SplitAdmissionDetector.Detect(_cases).Count;

    [Benchmark]
    public int UpCoding() => UpCodingDetector.Detect(_cases).Count;

    [Benchmark]
    public int AbnormalStays() => AbnormalStayDetector.Detect(_cases).Count;

    [Benchmark]
    public int ReadFile()
    {
        using var reader = new StreamReader(_file);
        return SupervisedCaseFile.Read(reader).Count;
    }

    internal static SupervisedCase[] Generate(Random random)
    {
        var adrgs = Enumerable.Range(0, 300).Select(i => $"{(char)('A' + (i % 26))}{(char)('A' + (i / 26 % 26))}{i % 10}").ToArray();
        var split = adrgs.Select((_, i) => i % 2 == 0).ToArray();
        var baseLos = adrgs.Select(_ => 2 + (random.NextDouble() * 12)).ToArray();
        var baseCost = adrgs.Select(_ => 3000 * Math.Exp(random.NextDouble() * 2.5)).ToArray();
        var hospitals = Enumerable.Range(0, 60).Select(i => $"H{i:000}").ToArray();
        var start = new DateOnly(2025, 1, 1);
        var cases = new SupervisedCase[Cases];
        var patient = 0;
        for (var i = 0; i < Cases;)
        {
            var stays = random.NextDouble() < 0.75 ? 1 : 2 + random.Next(6);
            var home = hospitals[random.Next(hospitals.Length)];
            var day = random.Next(365);
            var u = random.NextDouble();
            var a = (int)(u * u * adrgs.Length);
            for (var s = 0; s < stays && i < Cases; s++, i++)
            {
                // A readmission keeps the ADRG half the time.
                if (s > 0 && random.NextDouble() < 0.5)
                {
                    u = random.NextDouble();
                    a = (int)(u * u * adrgs.Length);
                }
                var hospital = random.NextDouble() < 0.8 ? home : hospitals[random.Next(hospitals.Length)];
                var upcoder = hospital[^1] == '0';
                var severity = !split[a] ? '9' : random.NextDouble() switch
                {
                    var r when r < (upcoder ? 0.25 : 0.10) => '1',
                    var r when r < (upcoder ? 0.60 : 0.35) => '3',
                    _ => '5',
                };
                var noise = Math.Exp(0.45 * Normal(random));
                var los = Math.Max(1, (int)(baseLos[a] * noise * (severity == '1' ? 1.5 : 1)));
                var cost = Math.Round((decimal)(baseCost[a] * noise * (severity == '1' ? 1.6 : severity == '3' ? 1.25 : 1)), 2);
                var admission = start.AddDays(day);
                var discharge = admission.AddDays(los);
                var others = severity switch { '1' => new[] { "J96.000", "E11.900" }, '3' => ["E11.900"], _ => [] };
                cases[i] = new SupervisedCase($"C{i:0000000}", hospital, "03", $"P{patient:0000000}", admission, discharge, los, adrgs[a] + severity,
                    $"{(char)('A' + (a % 20))}{a % 100:00}.{random.Next(10)}00", others, cost, random.Next(100) switch { < 3 => 2, < 5 => 5, _ => 1 }, 2);
                day += los + random.Next(40);
            }
            patient++;
        }
        return cases;
    }

    private static void Write(SupervisedCase[] cases, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("case_id\thospital\tdepartment\tpatient_id\tadmission_date\tdischarge_date\tlos_days\tdrg\tprincipal_diagnosis\tother_diagnoses\ttotal_cost\tdisposition\tadmission_route\n");
        foreach (var c in cases)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{c.CaseId}\t{c.Hospital}\t{c.Department}\t{c.PatientId}\t{c.AdmissionDate:yyyy-MM-dd}\t{c.DischargeDate:yyyy-MM-dd}\t{c.LosDays}\t{c.Drg}\t{c.PrincipalDiagnosis}\t{string.Join('|', c.OtherDiagnoses)}\t{c.TotalCost}\t{c.Disposition}\t{c.AdmissionRoute}\n"));
        }
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
