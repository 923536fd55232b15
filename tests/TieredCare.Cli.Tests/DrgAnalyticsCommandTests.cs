using System.Globalization;
using TieredCare.Testing;

namespace TieredCare.Cli.Tests;

/// <summary>The small demo region, generated once for the analytics command tests and removed after them.</summary>
public sealed class GeneratedDemo : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("tieredcare-drg-demo-").FullName;

    public string Discharges => Path.Combine(Folder, "discharges.csv");

    public async ValueTask InitializeAsync()
    {
        var (code, output, error) = await CliTests.Run(null, "demo", "generate", "--out", Folder, "--seed", "7", "--scale", "small");
        if (code != 0) throw new InvalidOperationException($"demo generate failed: {output}{error}");
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

/// <summary><c>tieredcare drg weights</c> and <c>drg profile</c>: relative weights from one period, CMI profiles of another.</summary>
public sealed class DrgAnalyticsCommandTests(GeneratedDemo demo) : IClassFixture<GeneratedDemo>
{
    private const string WeightHeader = "drg\tname\tcases\tcases_used\tmean_cost\tmean_los\trw\tdeaths\tmortality\trisk";

    private const string ProfileHeader = "hospital\tdepartment\tcases\tgrouped\tungroupable\tambiguous\tinvalid\tdrg_groups\tcmi\tcost_index\ttime_index\t" +
        "low_risk_cases\tlow_risk_deaths\tlow_risk_mortality";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<List<Dictionary<string, string>>> ReadTsv(string path, string header)
    {
        var lines = await File.ReadAllLinesAsync(path, Ct);
        lines[0].ShouldBe(header);
        var columns = header.Split('\t');
        return [.. lines.Skip(1).Select(l => columns.Zip(l.Split('\t')).ToDictionary(p => p.First, p => p.Second))];
    }

    private static decimal Number(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    private static string Output(string name) => Path.Combine(Directory.CreateTempSubdirectory("tieredcare-drg-").FullName, name);

    [Fact]
    public async Task Weights_of_the_demo_average_to_one_and_give_its_own_profile_a_CMI_of_one()
    {
        var tables = DrgGroupCommandTests.Tables();
        var weightsFile = Output("weights.tsv");
        var (code, stdout, error) = await CliTests.Run(null, "drg", "weights", "--tables", tables, "--input", demo.Discharges, "--output", weightsFile);
        code.ShouldBe(0, error);
        stdout.ShouldMatch(@"^\d+ DRGs, [\d,]+ of [\d,]+ grouped cases used \(trim none\), overall mean cost [\d,]+\.\d\d\s*$");

        var weights = await ReadTsv(weightsFile, WeightHeader);
        weights.Count.ShouldBeGreaterThan(50);
        weights.ShouldAllBe(w => w["cases"] == w["cases_used"], "no trimming and every demo cost is readable");
        var weightedMean = weights.Sum(w => Number(w["rw"]) * Number(w["cases_used"])) / weights.Sum(w => Number(w["cases_used"]));
        weightedMean.ShouldBe(1m, 0.0001m);
        weights.Select(w => w["risk"]).Distinct().ShouldBe(["high", "low", "mid_high", "mid_low"], ignoreOrder: true);

        var profileFile = Output("profile.tsv");
        (code, stdout, error) = await CliTests.Run(null, "drg", "profile", "--tables", tables, "--input", demo.Discharges, "--weights", weightsFile, "--output", profileFile);
        code.ShouldBe(0, error);
        stdout.ShouldContain("weights from weights.tsv");

        var rows = await ReadTsv(profileFile, ProfileHeader);
        var region = rows[^1];
        region["hospital"].ShouldBe("ALL");
        region["cmi"].ShouldBe("1.0000");
        Number(region["cost_index"]).ShouldBe(1m, 0.0005m);
        Number(region["time_index"]).ShouldBe(1m, 0.0005m);
        var discharges = File.ReadLines(demo.Discharges).Count() - 1;
        Number(region["cases"]).ShouldBe(discharges);
        rows[..^1].Sum(r => Number(r["cases"])).ShouldBe(discharges);
        rows[..^1].Select(r => r["hospital"]).ShouldBe(rows[..^1].Select(r => r["hospital"]).Order(StringComparer.Ordinal), "rows in hospital code order");
        rows[..^1].ShouldAllBe(r => r["department"] == "");
    }

    [Fact]
    public async Task A_department_profile_with_trimmed_weights_from_its_own_input_has_a_row_per_department()
    {
        var profileFile = Output("profile.tsv");
        var (code, stdout, error) = await CliTests.Run(null, "drg", "profile", "--tables", DrgGroupCommandTests.Tables(), "--input", demo.Discharges,
            "--output", profileFile, "--by", "department", "--trim", "iqr");
        code.ShouldBe(0, error);
        stdout.ShouldContain("hospital departments");

        var rows = await ReadTsv(profileFile, ProfileHeader);
        rows[..^1].ShouldAllBe(r => r["department"] != "");
        rows[..^1].Select(r => (r["hospital"], r["department"])).Distinct().Count().ShouldBe(rows.Count - 1);
        rows[^1]["hospital"].ShouldBe("ALL");
        rows[^1]["cmi"].ShouldNotBe("1.0000", "trimmed weights no longer average to one over all cases");
    }

    [Fact]
    public async Task An_unreadable_cost_is_reported_and_left_out_of_the_weights_but_the_case_still_counts()
    {
        var folder = Directory.CreateTempSubdirectory("tieredcare-drg-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "discharges.csv"),
            "abstract_id,institution_code,department_code,sex,age_years,age_days,newborn_weight_g,principal_diagnosis,other_diagnoses,los_days,disposition,total_cost\n" +
            "1,H0001,03,1,65,,,N13.600x002,,3,1,1000.00\n" +
            "2,H0001,03,1,70,,,N13.600x002,,4,5,abc\n" +
            "3,H0002,03,1,60,,,N13.600x002,,5,1,3000.00\n" +
            "4,H0002,03,1,60,,,,,5,1,100.00\n", Ct);
        var weightsFile = Path.Combine(folder, "weights.tsv");

        var (code, stdout, error) = await CliTests.Run(null, "drg", "weights", "--tables", DrgGroupCommandTests.Tables(),
            "--input", Path.Combine(folder, "discharges.csv"), "--output", weightsFile);

        code.ShouldBe(0, error);
        error.ShouldContain("in 1 abstract(s)");
        error.ShouldContain("row 2: total_cost is not an amount in 元: 'abc'");
        stdout.ShouldContain("1 DRGs, 2 of 3 grouped cases used");
        (await File.ReadAllLinesAsync(weightsFile, Ct)).ShouldBe(
            [WeightHeader, "LU15\t" + (await DrgName("LU15")) + "\t3\t2\t2000.00\t4.0000\t1.0000\t1\t0.333333\thigh"]);

        var profileFile = Path.Combine(folder, "profile.tsv");
        (code, _, error) = await CliTests.Run(null, "drg", "profile", "--tables", DrgGroupCommandTests.Tables(),
            "--input", Path.Combine(folder, "discharges.csv"), "--weights", weightsFile, "--output", profileFile);
        code.ShouldBe(0, error);
        (await File.ReadAllLinesAsync(profileFile, Ct)).ShouldBe(
        [
            ProfileHeader,
            "H0001\t\t2\t2\t0\t0\t0\t1\t1.0000\t0.5000\t0.8750\t0\t0\t",
            "H0002\t\t2\t1\t0\t0\t1\t1\t1.0000\t1.5000\t1.2500\t0\t0\t",
            "ALL\t\t4\t3\t0\t0\t1\t1\t1.0000\t1.0000\t1.0000\t0\t0\t",
        ]);
    }

    [Fact]
    public async Task A_conformance_file_is_refused_because_weights_need_costs()
    {
        var tables = DrgGroupCommandTests.Tables();
        var (code, _, error) = await CliTests.Run(null, "drg", "weights", "--tables", tables, "--input", Path.Combine(tables, "conformance", "cases.tsv"),
            "--output", Output("weights.tsv"));
        code.ShouldBe(1);
        error.ShouldContain("'drg weights' needs costs");
        error.ShouldContain("discharges.csv");
    }

    [Fact]
    public async Task A_malformed_weight_file_is_refused_with_its_line_and_column()
    {
        var weightsFile = Output("weights.tsv");
        await File.WriteAllTextAsync(weightsFile, WeightHeader + "\nLU15\t\t3\t2\t2000.00\t4.0000\tone\t1\t0.333333\thigh\n", Ct);
        var (code, _, error) = await CliTests.Run(null, "drg", "profile", "--tables", DrgGroupCommandTests.Tables(), "--input", demo.Discharges,
            "--weights", weightsFile, "--output", Output("profile.tsv"));
        code.ShouldBe(1);
        error.ShouldContain("weights.tsv: line 2, column 'rw': 'one' is not a decimal number");
    }

    private static async Task<string> DrgName(string drg) =>
        (await File.ReadAllLinesAsync(Path.Combine(DrgGroupCommandTests.Tables(), "drg.tsv"), Ct)).Select(l => l.Split('\t')).Single(c => c[0] == drg)[4];
}
