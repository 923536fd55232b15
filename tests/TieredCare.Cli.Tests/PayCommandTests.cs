using System.Text;
using TieredCare.Payment;

namespace TieredCare.Cli.Tests;

/// <summary><c>tieredcare pay …</c> as an analyst runs it: settle a cases file, compare two policies, a network's budget, cases from discharges.</summary>
public sealed class PayCommandTests(GeneratedDemo demo) : IClassFixture<GeneratedDemo>
{
    private const string CasesHeader = "case_id\thospital\thospital_level\tmonth\tdrg\tstatus\ttotal_cost\tself_pay\tdisposition";

    /// <summary>The point-value example of the engine tests: with budget 30000, v = 87.5, H1 due 16500, H2 13500.</summary>
    private const string TwoHospitals = CasesHeader + "\n" +
        "x1\tH1\t3\t2025-01\tA\tsuccess\t3000\t600\t1\n" +
        "x2\tH2\t2\t2025-01\tA\tsuccess\t5000\t1000\t1\n" +
        "y1\tH1\t3\t2025-02\tB\tsuccess\t10000\t2000\t1\n" +
        "y2\tH2\t2\t2025-02\tB\tsuccess\t14000\t3000\t1\n" +
        "u1\tH1\t3\t2025-01\t0000\tungroupable\t2000\t400\t1\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Folder() => Directory.CreateTempSubdirectory("tieredcare-pay-").FullName;

    private static async Task<string> Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, text, Ct);
        return path;
    }

    private static async Task<string> WritePolicy(string folder, string name, PaymentPolicy policy)
    {
        var path = Path.Combine(folder, name);
        await using var stream = File.Create(path);
        policy.Write(stream);
        return path;
    }

    [Fact]
    public async Task Settle_writes_hospitals_and_cases_to_the_cent_and_prints_totals_and_the_fingerprint()
    {
        var folder = Folder();
        var cases = await Write(folder, "cases.tsv", TwoHospitals);
        var output = Path.Combine(folder, "out");

        var (code, stdout, error) = await CliTests.Run(null, "pay", "settle", "--cases", cases, "--budget", "30000", "--output", output);

        code.ShouldBe(0, error);
        (await File.ReadAllLinesAsync(Path.Combine(output, "hospitals.tsv"), Ct)).ShouldBe(
        [
            "hospital\tcases\tpoints\tpoint_value\tdue\tadvances\tbalance",
            "H1\t3\t200.0000\t87.500000\t16500.00\t11390.00\t5110.00",
            "H2\t2\t200.0000\t87.500000\t13500.00\t10200.00\t3300.00",
        ]);
        (await File.ReadAllLinesAsync(Path.Combine(output, "cases.tsv"), Ct)).ShouldBe(
        [
            "case_id\thospital\tdrg\trule\tpoints\tamount",
            "u1\tH1\t0000\tfee_for_service_ungroupable\t0.0000\t1600.00",
            "x1\tH1\tA\tnormal\t50.0000\t3775.00",
            "x2\tH2\tA\tnormal\t50.0000\t3375.00",
            "y1\tH1\tB\tnormal\t150.0000\t11125.00",
            "y2\tH2\tB\tnormal\t150.0000\t10125.00",
        ]);
        (await File.ReadAllLinesAsync(Path.Combine(output, "advances.tsv"), Ct))[1].ShouldBe("H1\t2025-01\t50.0000\t80.000000\t600.00\t2890.00");
        stdout.ShouldContain("policy reference 1.0, drg-points, weights from the settlement period itself");
        stdout.ShouldContain("points 400.0000, point value 87.500000 元");
        stdout.ShouldContain("due 30,000.00, advances 21,590.00, balance 8,410.00");
        stdout.ShouldMatch(@"fingerprint sha256:[0-9a-f]{64}");

        // Re-run from the stored inputs: the same fingerprint and the same files.
        var (again, againOutput, _) = await CliTests.Run(null, "pay", "settle", "--cases", cases, "--budget", "30000", "--output", output + "2");
        again.ShouldBe(0);
        againOutput.Split('\n').Single(l => l.StartsWith("fingerprint", StringComparison.Ordinal))
            .ShouldBe(stdout.Split('\n').Single(l => l.StartsWith("fingerprint", StringComparison.Ordinal)));
        (await File.ReadAllTextAsync(Path.Combine(output + "2", "cases.tsv"), Ct)).ShouldBe(await File.ReadAllTextAsync(Path.Combine(output, "cases.tsv"), Ct));
    }

    [Fact]
    public async Task Settle_with_explain_adds_each_cases_formula_and_never_overwrites_its_input()
    {
        var folder = Folder();
        var cases = await Write(folder, "cases.tsv", TwoHospitals);
        var (refused, _, refusal) = await CliTests.Run(null, "pay", "settle", "--cases", cases, "--budget", "30000", "--output", folder);
        refused.ShouldBe(1);
        refusal.ShouldContain("would overwrite the input");

        var output = Path.Combine(folder, "out");
        var (code, _, error) = await CliTests.Run(null, "pay", "settle", "--cases", cases, "--budget", "30000", "--output", output, "--explain");
        code.ShouldBe(0, error);
        (await File.ReadAllLinesAsync(Path.Combine(output, "hospitals.tsv"), Ct)).Length.ShouldBe(3);
        (await File.ReadAllLinesAsync(Path.Combine(output, "cases.tsv"), Ct))[2]
            .ShouldBe("x1\tH1\tA\tnormal\t50.0000\t3775.00\tnormal: B 50 × k 1 = 50 points; amount v 87.5 × 50 − P 600 = 3775 (A: M 4000, RW 0.5, B = 100 × RW)");
    }

    [Fact]
    public async Task Bad_cases_are_all_reported_and_no_settlement_is_written()
    {
        var folder = Folder();
        var cases = await Write(folder, "cases.tsv", CasesHeader + "\nx1\tH1\t3\t2025-1\tA\tsuccess\t-3000\t600\t1\nx2\tH1\t3\t2025-01\tA\tok\t100\t600\t1\n");
        var output = Path.Combine(folder, "out");

        var (code, _, error) = await CliTests.Run(null, "pay", "settle", "--cases", cases, "--budget", "30000", "--output", output);

        code.ShouldBe(1);
        error.ShouldContain("cases.tsv: 4 problem(s) in the cases file");
        error.ShouldContain("line 2, column 'month': '2025-1' is not a month in the form yyyy-MM");
        error.ShouldContain("line 2, column 'total_cost': -3000 is negative");
        error.ShouldContain("line 3, column 'status': unknown status word 'ok'");
        error.ShouldContain("line 3, column 'self_pay': self-pay 600 is above the total cost 100");
        Directory.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public async Task A_DRG_absent_from_the_policys_weight_file_is_refused_naming_case_and_DRG()
    {
        var folder = Folder();
        var cases = await Write(folder, "cases.tsv", TwoHospitals);
        await Write(folder, "weights-2024.tsv", "drg\tname\tcases\tcases_used\tmean_cost\tmean_los\trw\tdeaths\tmortality\trisk\n" +
            "A\t\t10\t10\t4000.00\t5.0000\t0.5000\t0\t0.000000\tlow\n");
        var policy = await WritePolicy(folder, "policy.json", PaymentPolicy.Reference with { Budget = 30000m, WeightReference = "weights-2024.tsv" });

        var (code, _, error) = await CliTests.Run(null, "pay", "settle", "--cases", cases, "--policy", policy, "--output", Path.Combine(folder, "out"));

        code.ShouldBe(1);
        error.ShouldContain("case y1: DRG B is absent from the weight table weights-2024.tsv (1 DRGs)");

        // --weights overrides the policy's reference: a table with both DRGs (M_A 4000, M_B 12000, m 8000) settles as the period itself.
        var full = await Write(folder, "weights-full.tsv", "drg\tname\tcases\tcases_used\tmean_cost\tmean_los\trw\tdeaths\tmortality\trisk\n" +
            "A\t\t10\t10\t4000.00\t5.0000\t0.5000\t0\t0.000000\tlow\nB\t\t10\t10\t12000.00\t5.0000\t1.5000\t0\t0.000000\tlow\n");
        var (ok, stdout, okError) = await CliTests.Run(null, "pay", "settle", "--cases", cases, "--policy", policy, "--weights", full, "--output", Path.Combine(folder, "out"));
        ok.ShouldBe(0, okError);
        stdout.ShouldContain("weights from the weight table weights-full.tsv (2 DRGs)");
        stdout.ShouldContain("point value 87.500000");
    }

    [Fact]
    public async Task A_bad_policy_is_refused_naming_every_problem()
    {
        var folder = Folder();
        var cases = await Write(folder, "cases.tsv", TwoHospitals);
        var policy = await Write(folder, "policy.json", "{ \"name\": \"x\", \"version\": \"1\", \"budget\": -1 }");
        var (code, _, error) = await CliTests.Run(null, "pay", "settle", "--cases", cases, "--policy", policy, "--output", Path.Combine(folder, "out"));
        code.ShouldBe(1);
        error.ShouldContain("policy.json: the payment policy is invalid:");
        error.ShouldContain("pointsPerRw: missing");
        error.ShouldContain("globalBudget: missing");
    }

    [Fact]
    public async Task Whatif_shows_every_hospitals_change_between_two_policies()
    {
        var folder = Folder();
        var cases = await Write(folder, "cases.tsv", TwoHospitals);
        var a = await WritePolicy(folder, "a.json", PaymentPolicy.Reference with { Budget = 30000m });
        var b = await WritePolicy(folder, "b.json", PaymentPolicy.Reference.WithHospitalCoefficient("H1", 1.2m) with { Budget = 30000m, Version = "1.1" });
        var output = Path.Combine(folder, "whatif.tsv");

        var (code, stdout, error) = await CliTests.Run(null, "pay", "whatif", "--cases", cases, "--policy", a, "--policy", b, "--output", output);

        code.ShouldBe(0, error);
        stdout.ShouldContain("A: reference 1.0, point value 87.500000; B: reference 1.1, point value 79.545455");
        stdout.ShouldContain("0 cases change rule");
        (await File.ReadAllLinesAsync(output, Ct)).ShouldBe(
        [
            "hospital\tdue_a\tdue_b\tdifference\tpoints_a\tpoints_b\tpoint_value_a\tpoint_value_b",
            "H1\t16500.00\t18090.91\t1590.91\t200.0000\t240.0000\t87.500000\t79.545455",
            "H2\t13500.00\t11909.09\t-1590.91\t200.0000\t200.0000\t87.500000\t79.545455",
        ]);
    }

    [Fact]
    public async Task Budget_shows_the_band_shares_and_projects_a_year_end_from_spending_to_date()
    {
        var (code, stdout, error) = await CliTests.Run(null, "pay", "budget", "--budget", "1000000", "--spending", "1050000");
        code.ShouldBe(0, error);
        stdout.ShouldContain("u = 1.0500: overspend");
        stdout.ShouldContain("[1, 1.1) overspend 0.5: overspend between 1000000 and 1050000 = 50000 × share 0.5 = network bears 25000");
        stdout.ShouldContain("overspend 50,000.00: the network bears 25,000.00, the fund 25,000.00");

        (code, stdout, error) = await CliTests.Run(null, "pay", "budget", "--budget", "1000000", "--spending", "180000", "--as-of", "2025-03-14");
        code.ShouldBe(0, error);
        stdout.ShouldContain("projected spending = 180000 to 2025-03-14 × 365 days in 2025-01-01…2025-12-31 ÷ 73 days elapsed = 900000");
        stdout.ShouldContain("surplus 100,000.00: the network keeps 100,000.00, the fund 0.00");

        (code, _, error) = await CliTests.Run(null, "pay", "budget", "--budget", "0", "--spending", "1");
        code.ShouldBe(1);
        error.ShouldContain("a global budget must be positive");
    }

    [Fact]
    public async Task Cases_groups_the_demo_discharges_and_the_region_settles_end_to_end()
    {
        var tables = DrgGroupCommandTests.Tables();
        var folder = Folder();
        var cases = Path.Combine(folder, "cases.tsv");

        var (code, stdout, error) = await CliTests.Run(null, "pay", "cases", "--tables", tables, "--input", demo.Discharges,
            "--institutions", Path.Combine(demo.Folder, "institutions.csv"), "--output", cases, "--year", "2025");

        code.ShouldBe(0, error);
        stdout.ShouldMatch(@"^[\d,]+ cases written to cases\.tsv: success [\d,]+");
        var lines = await File.ReadAllLinesAsync(cases, Ct);
        lines[0].ShouldBe(string.Join('\t', SettlementCaseFile.Columns));
        lines.Skip(1).ShouldAllBe(l => l.Split('\t')[3].StartsWith("2025-", StringComparison.Ordinal));
        var levels = lines.Skip(1).Select(l => l.Split('\t')[2]).Distinct().Order().ToList();
        levels.ShouldContain("3", "the demo city has tertiary hospitals");

        var output = Path.Combine(folder, "settlement");
        (code, stdout, error) = await CliTests.Run(null, "pay", "settle", "--cases", cases, "--budget", "150000000", "--output", output);
        code.ShouldBe(0, error);
        stdout.ShouldContain("due 150,000,000.0");
        var hospitals = (await File.ReadAllLinesAsync(Path.Combine(output, "hospitals.tsv"), Ct)).Skip(1).Select(l => l.Split('\t')).ToList();
        hospitals.Sum(h => int.Parse(h[1], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(lines.Length - 1);
        hospitals.Sum(h => decimal.Parse(h[4], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(150_000_000m, 0.5m);
        Encoding.UTF8.GetString(await File.ReadAllBytesAsync(Path.Combine(output, "cases.tsv"), Ct)).Split('\n').Length.ShouldBe(lines.Length + 1);
    }
}
