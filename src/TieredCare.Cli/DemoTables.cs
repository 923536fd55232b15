namespace TieredCare.Cli;

/// <summary>The demo DRG table set shipped beside the tool (copied from TieredCare.DemoData).</summary>
internal static class DemoTables
{
    public const string Name = "qingchuan-demo-1.0";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "DrgTables", Name);
}
