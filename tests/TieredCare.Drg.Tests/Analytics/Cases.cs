using TieredCare.Drg.Analytics;

namespace TieredCare.Drg.Tests.Analytics;

/// <summary>Builders for grouped cases in analytics tests.</summary>
internal static class Cases
{
    private static int _next;

    public static GroupedCase Grouped(string drg, decimal? cost, int? los = 1, bool died = false, string hospital = "H001", string department = "") =>
        new($"C{Interlocked.Increment(ref _next)}", hospital, department, drg, GroupingStatus.Success, cost, los, died);

    public static GroupedCase NotGrouped(GroupingStatus status, string hospital = "H001", string department = "") =>
        new($"C{Interlocked.Increment(ref _next)}", hospital, department, status == GroupingStatus.AmbiguousQy ? "BQY" : "0000", status, 100m, 1, false);

    /// <summary><paramref name="count"/> cases of one DRG with <paramref name="deaths"/> deaths, each costing 1000 for 5 days.</summary>
    public static IEnumerable<GroupedCase> WithDeaths(string drg, int count, int deaths) =>
        Enumerable.Range(0, count).Select(i => Grouped(drg, 1000m, 5, died: i < deaths));
}
