using System.Globalization;

namespace TieredCare.Referrals;

/// <summary>Invariant formatting, so that messages read the same on every machine.</summary>
internal static class Text
{
    /// <summary>e.g. 2025-03-01 08:30+08:00: the offset is kept because the engine never converts time zones.</summary>
    public static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
