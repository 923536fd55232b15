namespace TieredCare.Patients;

/// <summary>
/// Masks personal data for lists and analytics. The shapes follow common Chinese practice so
/// staff can still tell records apart: <c>330502********1234</c>, <c>张*</c>, <c>138****5678</c>.
/// </summary>
public static class Masking
{
    public static string ResidentId(string? value) => value switch
    {
        null or "" => "",
        { Length: 18 } => string.Concat(value.AsSpan(0, 6), "********", value.AsSpan(14, 4)),
        { Length: > 4 } => new string('*', value.Length - 4) + value[^4..],
        _ => new string('*', value.Length),
    };

    /// <summary>Keeps the family name (the first character, or two for a compound surname given as such).</summary>
    public static string Name(string? value) => value switch
    {
        null or "" => "",
        { Length: 1 } => "*",
        { Length: 2 } => value[..1] + "*",
        _ => value[..1] + new string('*', value.Length - 1),
    };

    public static string Phone(string? value) => value switch
    {
        null or "" => "",
        { Length: 11 } => string.Concat(value.AsSpan(0, 3), "****", value.AsSpan(7, 4)),
        { Length: > 4 } => new string('*', value.Length - 4) + value[^4..],
        _ => new string('*', value.Length),
    };

    /// <summary>Keeps the address down to the township, hides the rest.</summary>
    public static string Address(string? value) => value switch
    {
        null or "" => "",
        { Length: <= 6 } => new string('*', value.Length),
        _ => value[..6] + "****",
    };
}
