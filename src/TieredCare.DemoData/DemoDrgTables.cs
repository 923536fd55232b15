namespace TieredCare.DemoData;

/// <summary>
/// The demo region's own DRG table set (qingchuan-demo-1.0): the CHS-DRG structure cut down to the
/// codes the demo generator writes, shipped as files beside this assembly (DrgTables/). Demo data,
/// not for real payment; see its README.md.
/// </summary>
public static class DemoDrgTables
{
    /// <summary>The table set's name, also its folder name.</summary>
    public const string Name = "qingchuan-demo-1.0";

    /// <summary>The folder holding the table set's files.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "DrgTables", Name);

    /// <summary>Copies the table set's files into <paramref name="directory"/>, creating it and replacing files of the same name.</summary>
    public static void CopyTo(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)), overwrite: true);
        }
    }
}
