namespace TieredCare.Abstracts.Tests;

/// <summary>Finds ../shared/data/chs-drg-1.1 beside the repository, whose icd10.tsv and icd9cm3.tsv are the national code sets.</summary>
internal static class NationalData
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

            Assert.Skip("the national code dictionaries (../shared/data/chs-drg-1.1 beside the repository) are absent");
            return "";
        }
    }

    private static string? FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "TieredCare.slnx"))) continue;
            var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "chs-drg-1.1"));
            return File.Exists(Path.Combine(folder, "icd10.tsv")) ? folder : null;
        }

        return null;
    }
}
