using System.Diagnostics.CodeAnalysis;

namespace TieredCare.Referrals.Catalogue;

/// <summary>What a catalogue pattern covers.</summary>
public enum IcdPatternKind
{
    /// <summary>A code with a dot, e.g. <c>E11.9</c>: the code itself and every code that extends it (<c>E11.900</c>).</summary>
    Code,

    /// <summary>A 3-character category, e.g. <c>E11</c>: every code of the category.</summary>
    Category,

    /// <summary>An inclusive range of categories, e.g. <c>I20-I25</c> or <c>C00-D48</c>.</summary>
    Range,
}

/// <summary>
/// The diagnosis part of a catalogue entry. A code or category covers the codes that start with it, so that the
/// hierarchy of ICD-10 (category › subcategory › national extension) is respected; a range covers whole categories.
/// </summary>
public readonly record struct IcdPattern
{
    private IcdPattern(IcdPatternKind kind, string text, int first, int last) => (Kind, Text, First, Last) = (kind, text, first, last);

    /// <summary>What the pattern covers.</summary>
    public IcdPatternKind Kind { get; }

    /// <summary>The pattern in upper case, e.g. <c>I10.X00X002</c>, <c>E11</c> or <c>I20-I25</c>.</summary>
    public string Text { get; }

    /// <summary>The first category covered, as a number (letter × 100 + digits).</summary>
    internal int First { get; }

    /// <summary>The last category covered, as a number.</summary>
    internal int Last { get; }

    /// <summary>Reads a pattern, or says why it is not one.</summary>
    public static bool TryParse(string? text, out IcdPattern pattern, [NotNullWhen(false)] out BilingualText? reason)
    {
        pattern = default;
        var t = text?.Trim() ?? "";
        var dash = t.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            if (!IcdCode.TryParse(t, out var code, out reason))
            {
                return false;
            }

            var n = CategoryNumber(code.Category);
            pattern = new IcdPattern(t.Length == 3 ? IcdPatternKind.Category : IcdPatternKind.Code, code.Key, n, n);
            return true;
        }

        var start = t[..dash].Trim().ToUpperInvariant();
        var end = t[(dash + 1)..].Trim().ToUpperInvariant();
        if (!IcdCode.IsCategory(start) || !IcdCode.IsCategory(end))
        {
            reason = new BilingualText(
                $"范围“{t}”的两端都应为3位类目（如I20-I25）",
                $"both ends of the range '{t}' must be 3-character categories (e.g. I20-I25)");
            return false;
        }

        var (first, last) = (CategoryNumber(start), CategoryNumber(end));
        if (first > last)
        {
            reason = new BilingualText($"范围“{t}”的起点在终点之后", $"the range '{t}' starts after it ends");
            return false;
        }

        pattern = new IcdPattern(IcdPatternKind.Range, $"{start}-{end}", first, last);
        reason = null;
        return true;
    }

    /// <summary>Reads a pattern.</summary>
    /// <exception cref="FormatException">The text is not a code, a category or a range of categories.</exception>
    public static IcdPattern Parse(string text) =>
        TryParse(text, out var pattern, out var reason) ? pattern : throw new FormatException(reason.Value.ToString());

    /// <summary>True when the pattern covers the code.</summary>
    public bool Matches(IcdCode code)
    {
        if (Kind == IcdPatternKind.Range)
        {
            var n = CategoryNumber(code.Category);
            return n >= First && n <= Last;
        }

        return code.Key.StartsWith(Text, StringComparison.Ordinal);
    }

    /// <summary>True when the two ranges share a category; only ranges can tie, so only they are compared.</summary>
    internal bool Overlaps(IcdPattern other) => First <= other.Last && other.First <= Last;

    /// <summary>The pattern text.</summary>
    public override string ToString() => Text ?? "";

    private static int CategoryNumber(string category) =>
        checked(((char.ToUpperInvariant(category[0]) - 'A') * 100) + ((category[1] - '0') * 10) + (category[2] - '0'));
}
