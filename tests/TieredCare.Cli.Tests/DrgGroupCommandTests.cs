using TieredCare.Testing;

namespace TieredCare.Cli.Tests;

/// <summary><c>tieredcare drg group</c>: a case file in, a TSV of results out, bad rows reported per row.</summary>
public sealed class DrgGroupCommandTests
{
    internal static string Tables()
    {
        if (SharedData.ChsDrg11Folder() is { } folder)
        {
            return folder;
        }

        if (Environment.GetEnvironmentVariable("TIEREDCARE_REQUIRE_DRG_TABLES") == "1")
        {
            throw new InvalidOperationException("../shared/data/chs-drg-1.1 is missing beside the repository");
        }

        Assert.Skip("the national CHS-DRG 1.1 table set (../shared/data/chs-drg-1.1) is absent");
        return "";
    }

    [Fact]
    public async Task Grouping_the_conformance_file_reproduces_every_expected_result()
    {
        var tables = Tables();
        var output = Path.Combine(Directory.CreateTempSubdirectory("tieredcare-drg-").FullName, "out.tsv");
        var (code, stdout, _) = await CliTests.Run(null, "drg", "group", "--tables", tables, "--input", Path.Combine(tables, "conformance", "cases.tsv"), "--output", output);
        code.ShouldBe(0);
        stdout.ShouldContain("3,000 cases");

        var expected = (await File.ReadAllLinesAsync(Path.Combine(tables, "conformance", "cases.tsv"), TestContext.Current.CancellationToken)).Skip(1)
            .Select(l => l.Split('\t')).ToDictionary(c => c[0], c => string.Join('/', c[^4..]));
        var actual = (await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken)).Skip(1)
            .Select(l => l.Split('\t')).ToDictionary(c => c[0], c => string.Join('/', c[1..5]));
        actual.Count.ShouldBe(3000);
        actual.Where(a => expected[a.Key] != a.Value).Select(a => $"{a.Key}: {a.Value} expected {expected[a.Key]}").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_row_with_an_unreadable_age_is_invalid_with_its_reason_and_the_rest_still_groups()
    {
        var tables = Tables();
        var folder = Directory.CreateTempSubdirectory("tieredcare-drg-").FullName;
        var input = Path.Combine(folder, "cases.tsv");
        await File.WriteAllTextAsync(input,
            "case_id\tsex\tage_years\tage_days\tweight_g\tdiagnoses\tprocedures\n" +
            "A1\t1\tsixty\t\t\tN13.600x002\t\n" +
            "A2\t1\t65\t\t\tN13.600x002\t\n", TestContext.Current.CancellationToken);
        var output = Path.Combine(folder, "out.tsv");
        (await CliTests.Run(null, "drg", "group", "--tables", tables, "--input", input, "--output", output)).ExitCode.ShouldBe(0);

        var rows = (await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken)).Skip(1).Select(l => l.Split('\t')).ToList();
        rows[0][4].ShouldBe("invalid");
        rows[0][5].ShouldContain("rule 3");
        rows[0][5].ShouldContain("age_years is not an integer: 'sixty'");
        rows[1][1..5].ShouldBe(["MDCL", "LU1", "LU15", "success"]);
    }

    [Fact]
    public async Task The_projects_discharge_csv_is_grouped_with_its_procedures()
    {
        var tables = Tables();
        var folder = Directory.CreateTempSubdirectory("tieredcare-drg-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "discharges.csv"),
            "abstract_id,sex,age_years,age_days,newborn_weight_g,principal_diagnosis,other_diagnoses\n" +
            "7,2,28,,,O80.000,\n" +
            "8,1,65,,,N13.600x002,\n" +
            "9,1,70,,,,\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "discharge_procedures.csv"),
            "abstract_id,sequence,code,surgery_level,date\n7,1,73.5900x002,,2025-03-02\n", TestContext.Current.CancellationToken);
        var output = Path.Combine(folder, "out.tsv");
        (await CliTests.Run(null, "drg", "group", "--tables", tables, "--input", Path.Combine(folder, "discharges.csv"), "--output", output)).ExitCode.ShouldBe(0);

        var rows = (await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken)).Skip(1).Select(l => l.Split('\t')).ToDictionary(r => r[0]);
        rows["7"][1..5].ShouldBe(["MDCO", "OC1", rows["7"][3], "success"], "a vaginal delivery with its delivery procedure");
        rows["8"][4].ShouldBe("success");
        rows["9"][4].ShouldBe("invalid", "no principal diagnosis");
        rows["9"][5].ShouldContain("rule 6");
    }

    [Fact]
    public async Task A_table_set_folder_with_a_missing_file_is_refused_with_its_name()
    {
        var folder = Directory.CreateTempSubdirectory("tieredcare-drg-").FullName;
        var (code, _, error) = await CliTests.Run(null, "drg", "group", "--tables", folder, "--input", Path.Combine(folder, "none.tsv"), "--output", Path.Combine(folder, "out.tsv"));
        code.ShouldBe(2);
        error.ShouldContain("mdc.tsv");
    }
}
