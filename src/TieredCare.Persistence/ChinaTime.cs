namespace TieredCare.Persistence;

/// <summary>
/// Calendar dates as the users live them: China Standard Time (UTC+8, no daylight saving),
/// whatever the server's own time zone.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
