namespace TieredCare.Testing;

/// <summary>The shared reference data beside the repository (../shared), which CI always has.</summary>
public static class SharedData
{
    /// <summary>The national CHS-DRG 1.1 table set folder, or null when it is not beside the repository.</summary>
    public static string? ChsDrg11Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "TieredCare.slnx")))
            {
                continue;
            }

            var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "chs-drg-1.1"));
            return File.Exists(Path.Combine(folder, "mdc.tsv")) ? folder : null;
        }

        return null;
    }
}
