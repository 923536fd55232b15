namespace TieredCare.Cli.Tests;

/// <summary><c>tieredcare pay suspicious</c> as a fund supervisor runs it on a cases file.</summary>
public sealed class SuspiciousCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_readmission_into_the_same_drg_seven_days_later_heads_the_review_list()
    {
        var folder = Directory.CreateTempSubdirectory("tieredcare-suspicious-").FullName;
        try
        {
            var cases = Path.Combine(folder, "cases.tsv");
            await File.WriteAllTextAsync(cases, string.Join('\n',
                "case_id\thospital\tpatient_id\tadmission_date\tdischarge_date\tdrg\tprincipal_diagnosis\ttotal_cost",
                "A1\tH1\tP1\t2025-03-01\t2025-03-08\tES35\tJ18.900\t6000",
                "A2\tH1\tP1\t2025-03-15\t2025-03-20\tES35\tJ18.900\t5000",
                "A3\tH1\tP2\t2025-03-02\t2025-03-09\tES35\tJ18.900\t6200",
                "") , Ct);
            var output = Path.Combine(folder, "out");
            var (code, stdout, stderr) = await CliTests.Run(null, "pay", "suspicious", "--cases", cases, "--output", output);
            code.ShouldBe(0, stderr);
            stdout.ShouldContain("split");

            var ranked = await File.ReadAllLinesAsync(Path.Combine(output, "cases.tsv"), Ct);
            ranked[0].ShouldBe("rank\tcase_id\thospital\tdrg\ttotal_cost\tscore\tkinds\tevidence");
            // The split names both stays (A2 came back 7 days after A1 left); equal scores rank by cost, A1's 6,000 first.
            ranked.Skip(1).Take(2).Select(l => l.Split('\t')[1]).ShouldBe(["A1", "A2"]);
            ranked.ShouldNotContain(l => l.Split('\t')[1] == "A3");
            (await File.ReadAllLinesAsync(Path.Combine(output, "hospitals.tsv"), Ct))[1].Split('\t')[1].ShouldBe("H1");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
