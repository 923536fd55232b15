using TieredCare.Drg;

namespace TieredCare.Drg.Tests;

/// <summary>Finds ../shared/data/chs-drg-1.1 beside the repository and loads it once for all tests.</summary>
internal static class NationalTables
{
    private static readonly Lazy<string?> FolderLazy = new(FindFolder);
    private static readonly Lazy<DrgTableSet> TablesLazy = new(() => DrgTableSet.Load(Folder));

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

    public static DrgTableSet Tables => TablesLazy.Value;

    private static string? FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "TieredCare.slnx"))) continue;
            var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "chs-drg-1.1"));
            return File.Exists(Path.Combine(folder, "mdc.tsv")) ? folder : null;
        }
        return null;
    }
}
