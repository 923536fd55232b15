using System.Globalization;

namespace TieredCare.Payment;

/// <summary>A calendar month (yyyy-MM): the month a case was discharged in, and the unit of the monthly advance.</summary>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    /// <summary>Creates the month <paramref name="month"/> of <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is not 1–9999 or the month not 1–12.</exception>
    public YearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        (Year, Month) = (year, month);
    }

    /// <summary>The year, 1–9999.</summary>
    public int Year { get; }

    /// <summary>The month of the year, 1–12.</summary>
    public int Month { get; }

    /// <summary>Parses <c>yyyy-MM</c> (exactly four digits, a hyphen, two digits).</summary>
    /// <exception cref="FormatException">The text is not a month in that form.</exception>
    public static YearMonth Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a month in the form yyyy-MM");

    /// <summary>Parses <c>yyyy-MM</c>; false when the text is not a month in that form.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out YearMonth value)
    {
        value = default;
        if (text.Length != 7 || text[4] != '-') return false;
        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year < 1 || month is < 1 or > 12)
        {
            return false;
        }
        value = new YearMonth(year, month);
        return true;
    }

    /// <summary>The month as <c>yyyy-MM</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");

    /// <inheritdoc />
    public int CompareTo(YearMonth other) => Year != other.Year ? Year.CompareTo(other.Year) : Month.CompareTo(other.Month);

    /// <summary>Whether <paramref name="left"/> is an earlier month.</summary>
    public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is a later month.</summary>
    public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is the same or an earlier month.</summary>
    public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is the same or a later month.</summary>
    public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;
}
