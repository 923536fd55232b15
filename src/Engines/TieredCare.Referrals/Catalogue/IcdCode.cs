using System.Diagnostics.CodeAnalysis;

namespace TieredCare.Referrals.Catalogue;

/// <summary>
/// An ICD-10 diagnosis code: a letter, two digits, and optionally a dot followed by letters and digits, as in
/// <c>I10</c>, <c>E11.9</c>, <c>J18.900</c> or the national clinical extension <c>I10.x00x002</c>. The text is kept
/// as written; comparisons ignore case because the extension's <c>x</c> is written in either case.
/// </summary>
public readonly record struct IcdCode
{
    private IcdCode(string value) => Value = value;

    /// <summary>The code as written, trimmed.</summary>
    public string Value { get; }

    /// <summary>The 3-character category (类目), upper case, e.g. <c>E11</c> for <c>E11.900</c>.</summary>
    public string Category => Value[..3].ToUpperInvariant();

    /// <summary>The code in upper case, the key used for matching.</summary>
    internal string Key => Value?.ToUpperInvariant() ?? "";

    /// <summary>Reads a code, or says why it is not one.</summary>
    /// <param name="text">The text to read; surrounding blanks are ignored.</param>
    /// <param name="code">The code when the text is valid.</param>
    /// <param name="reason">Why the text is not a code, when it is not.</param>
    public static bool TryParse(string? text, out IcdCode code, [NotNullWhen(false)] out BilingualText? reason)
    {
        code = default;
        var t = text?.Trim() ?? "";
        if (t.Length == 0)
        {
            reason = new BilingualText("编码为空", "the code is empty");
            return false;
        }

        if (!IsCategory(t.AsSpan(0, Math.Min(3, t.Length))) || (t.Length > 3 && !IsExtension(t.AsSpan(3))))
        {
            reason = new BilingualText(
                $"“{t}”不是有效的ICD-10编码（应为字母+两位数字，可带“.”及字母数字扩展，如I10、E11.9、I10.x00x002）",
                $"'{t}' is not an ICD-10 code (a letter and two digits, optionally '.' and letters or digits, e.g. I10, E11.9, I10.x00x002)");
            return false;
        }

        code = new IcdCode(t);
        reason = null;
        return true;
    }

    /// <summary>Reads a code.</summary>
    /// <exception cref="FormatException">The text is not an ICD-10 code.</exception>
    public static IcdCode Parse(string text) =>
        TryParse(text, out var code, out var reason) ? code : throw new FormatException(reason.Value.ToString());

    /// <summary>The code as written.</summary>
    public override string ToString() => Value ?? "";

    /// <summary>Equal when the codes are the same ignoring case.</summary>
    public bool Equals(IcdCode other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    internal static bool IsCategory(ReadOnlySpan<char> s) =>
        s.Length == 3 && char.IsAsciiLetter(s[0]) && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2]);

    private static bool IsExtension(ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || s[0] != '.')
        {
            return false;
        }

        foreach (var c in s[1..])
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
