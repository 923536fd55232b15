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

    /// <summary>A point value (元 per point) as published: 6 places, midpoint away from zero; it is a rate, so the cent comes after multiplying.</summary>
    public static decimal PointValue(decimal value) => Math.Round(value, 6, MidpointRounding.AwayFromZero);

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
    internal static string Canonical(decimal value)
    {
        Span<char> text = stackalloc char[40];
        value.TryFormat(text, out var length, default, CultureInfo.InvariantCulture);
        return new string(text[..TrimmedLength(text[..length])]);
    }

    /// <summary>Writes <see cref="Canonical(decimal)"/> as UTF-8; returns the bytes written (at most 40).</summary>
    internal static int Canonical(decimal value, Span<byte> utf8)
    {
        value.TryFormat(utf8, out var length, default, CultureInfo.InvariantCulture);
        return TrimmedLength(utf8[..length]);
    }

    // Decimal's general format never uses an exponent; only trailing zeros after the point (and the point) need to go.
    private static int TrimmedLength(ReadOnlySpan<char> text)
    {
        var dot = text.IndexOf('.');
        if (dot < 0) return text.Length;
        var end = text.Length;
        while (text[end - 1] == '0') end--;
        return end == dot + 1 ? dot : end;
    }

    private static int TrimmedLength(ReadOnlySpan<byte> text)
    {
        var dot = text.IndexOf((byte)'.');
        if (dot < 0) return text.Length;
        var end = text.Length;
        while (text[end - 1] == (byte)'0') end--;
        return end == dot + 1 ? dot : end;
    }
}
