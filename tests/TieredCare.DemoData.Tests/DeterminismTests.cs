using System.Security.Cryptography;

namespace TieredCare.DemoData.Tests;

public sealed class DeterminismTests(DemoFolder demo)
{
    [Fact]
    public void Same_seed_gives_byte_identical_files()
    {
        var again = Path.Combine(Path.GetTempPath(), "tieredcare-demo-again-" + Guid.NewGuid().ToString("N"));
        try
        {
            DemoGenerator.Generate(new DemoOptions(again, DemoFolder.Seed, DemoScale.Small));
            var first = Hashes(demo.Directory);
            var second = Hashes(again);
            second.Keys.ShouldBe(first.Keys, ignoreOrder: false);
            foreach (var (file, hash) in first)
            {
                second[file].ShouldBe(hash, $"{file} differs between two runs with the same seed");
            }
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }

    [Fact]
    public void Another_seed_gives_other_people()
    {
        var other = Path.Combine(Path.GetTempPath(), "tieredcare-demo-other-" + Guid.NewGuid().ToString("N"));
        try
        {
            DemoGenerator.Generate(new DemoOptions(other, DemoFolder.Seed + 1, DemoScale.Small));
            File.ReadLines(Path.Combine(other, "patients.csv")).Skip(1).First()
                .ShouldNotBe(File.ReadLines(demo.File("patients.csv")).Skip(1).First());
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Fact]
    public void Manifest_counts_match_the_files()
    {
        var manifest = DemoGenerator.ReadManifest(demo.Directory);
        manifest.ShouldBe(demo.Manifest with { Years = manifest.Years });
        manifest.Years.ShouldBe([2024, 2025]);
        manifest.Scale.ShouldBe(DemoScale.Small);
        manifest.CityCode.ShouldBe("990100000000");
        File.ReadAllText(demo.File("manifest.json")).ShouldContain("\"scale\": \"small\"");
        Rows("regions.csv").ShouldBe(manifest.Counts.Regions);
        Rows("institutions.csv").ShouldBe(manifest.Counts.Institutions);
        Rows("patients.csv").ShouldBe(manifest.Counts.Patients);
        Rows("visits.csv").ShouldBe(manifest.Counts.Visits);
        Rows("discharges.csv").ShouldBe(manifest.Counts.Discharges);
        Rows("discharge_procedures.csv").ShouldBe(manifest.Counts.Procedures);
        Rows("networks.csv").ShouldBe(manifest.Counts.Networks);
        Rows("referrals.csv").ShouldBe(manifest.Counts.Referrals);
        Rows("finance.csv").ShouldBe(manifest.Counts.FinanceStatements);
    }

    [Fact]
    public void Files_are_utf8_without_bom_with_lf_line_ends()
    {
        foreach (var file in Directory.EnumerateFiles(demo.Directory, "*.csv"))
        {
            using var stream = File.OpenRead(file);
            var head = new byte[Math.Min(stream.Length, 1 << 16)];
            stream.ReadExactly(head);
            (head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF).ShouldBeFalse($"{file} starts with a BOM");
            head.ShouldNotContain((byte)'\r', $"{file} has CR line ends");
        }
    }

    private long Rows(string file) => File.ReadLines(demo.File(file)).LongCount() - 1;

    private static SortedDictionary<string, string> Hashes(string directory) =>
        new(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(directory, f).Replace('\\', '/'),
            f =>
            {
                using var stream = File.OpenRead(f);
                return Convert.ToHexString(SHA256.HashData(stream));
            }), StringComparer.Ordinal);
}
