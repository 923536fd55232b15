using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TieredCare.Abstracts;

/// <summary>Helpers the rule families share: a finding list allocated only when a rule fails, and value text.</summary>
internal static class Findings
{
    public static void Add(ref List<QcFinding>? findings, QcFinding finding) => (findings ??= []).Add(finding);

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool IsBlank([NotNullWhen(false)] string? text) => string.IsNullOrWhiteSpace(text);
}
