namespace TieredCare.Supervision.Tests;

/// <summary>Finds ../shared/data/chs-drg-1.1 beside the repository; tests that need it are skipped without it.</summary>
internal static class NationalTables
{
    private static readonly Lazy<string?> FolderLazy = new(FindFolder);

    public static string Folder
    {
        get
        {
            if (FolderLazy.Value is { } folder) return folder;
            if (Environment.GetEnvironmentVariable("TIEREDCARE_REQUIRE_DRG_TABLES") == "1")
            {
                throw new InvalidOperationException("TIEREDCARE_REQUIRE_DRG_TABLES=1 but ../shared/data/chs-drg-1.1 was not found beside the repository");
            }
            Assert.Skip("the national CHS-DRG 1.1 table set (../shared/data/chs-drg-1.1 beside the repository) is absent");
            return "";
        }
    }

    private static string? FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "TieredCare.slnx"))) continue;
            var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "chs-drg-1.1"));
            return File.Exists(Path.Combine(folder, "drg.tsv")) ? folder : null;
        }
        return null;
    }
}
