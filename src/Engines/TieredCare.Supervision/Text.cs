using System.Globalization;

namespace TieredCare.Supervision;

/// <summary>Invariant formatting for evidence and facts, so that a report reads the same on every machine.</summary>
internal static class Text
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>元 with two decimals and thousands separators, rounded away from zero only for display.</summary>
    public static string Money(decimal amount) =>
        Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>元 with two decimals and no separators, for facts.</summary>
    public static string MoneyFact(decimal amount) =>
        Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Number(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage with one decimal, e.g. 65.0%.</summary>
    public static string Percent(double share) => Number(share * 100, 1) + "%";

    public static IReadOnlyDictionary<string, string> Facts(params ReadOnlySpan<(string Key, string Value)> facts) => new FactTable(facts);
}

/// <summary>Order statistics and the strength curve shared by the rules.</summary>
internal static class Stats
{
    /// <summary>The p-quantile of sorted values, interpolated linearly at position (n − 1)·p (spreadsheet QUARTILE.INC).</summary>
    public static double Quantile(ReadOnlySpan<int> sorted, double p)
    {
        var position = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    /// <summary>The median of sorted decimals, exact (the mean of the two middle values for an even count).</summary>
    public static decimal Median(ReadOnlySpan<decimal> sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;

    /// <summary>x / (x + threshold): 0.5 at the rule's threshold, rising towards 1 far beyond it.</summary>
    public static double Strength(double x, double threshold) => x <= 0 ? 0 : x / (x + threshold);
}
