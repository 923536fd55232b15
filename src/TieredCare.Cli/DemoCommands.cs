using System.CommandLine;

namespace TieredCare.Cli;

internal static class DemoCommands
{
    public static Command Create()
    {
        var demo = new Command("demo", "The synthetic demo region");
        return demo;
    }
}
