using System.Globalization;

namespace TieredCare.Payment;

/// <summary>
/// The only places numbers are rounded: money to the cent (0.01 元) and points to 4 places, half away from zero
/// (四舍五入), when a value leaves the engine as a payment or a published figure. Calculations never round.
/// </summary>
public static class Rounding
{
    /// <summary>Money rounded to 0.01 元, midpoint away from zero.</summary>
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>Points rounded to 4 places, midpoint away from zero.</summary>
    public static decimal Points(decimal points) => Math.Round(points, 4, MidpointRounding.AwayFromZero);

    /// <summary>Money for a file: rounded to the cent, always two decimals, invariant culture (<c>1234.50</c>).</summary>
    public static string MoneyText(decimal amount) => Cents(amount).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Points for a file: rounded to 4 places, always four decimals (<c>114.2857</c>).</summary>
    public static string PointsText(decimal points) => Points(points).ToString("0.0000", CultureInfo.InvariantCulture);

    // Explanations show inputs as short as they are exact enough to read: trailing zeros dropped.
    internal static string Show(decimal value, int places) =>
        Math.Round(value, places, MidpointRounding.AwayFromZero).ToString(places switch
        {
            2 => "0.##",
            4 => "0.####",
            _ => "0." + new string('#', places),
        }, CultureInfo.InvariantCulture);

    internal static string Money(decimal value) => Show(value, 2);

    internal static string Pts(decimal value) => Show(value, 4);

    /// <summary>The exact value without trailing zeros (1.50 → 1.5, 100.00 → 100): the canonical form in fingerprints and policy JSON.</summary>
    internal static string Canonical(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
