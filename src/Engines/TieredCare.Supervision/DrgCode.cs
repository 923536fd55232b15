namespace TieredCare.Supervision;

/// <summary>
/// The severity a CHS-DRG code's last digit states. In CHS-DRG 1.1 (<c>drg.tsv</c>) every ADRG is either not split
/// (one DRG ending in 9) or split by complications into DRGs ending in 1/3/5, 3/5 or 1/5.
/// </summary>
public enum DrgSeverity
{
    /// <summary>1: 伴严重并发症或合并症 (with an MCC); the split expression is <c>mcc</c>.</summary>
    WithMcc = 1,

    /// <summary>3: 伴并发症或合并症 (with a CC, or in a 3/5 ADRG with an MCC or a CC); the split expression is <c>mcc or cc</c>.</summary>
    WithCc = 3,

    /// <summary>5: 不伴并发症或合并症 (the ADRG's remaining cases; in a 1/5 ADRG this includes cases with only a CC).</summary>
    WithoutComplications = 5,

    /// <summary>9: the ADRG is not split by complications.</summary>
    NotSplit = 9,
}

/// <summary>The kind of treatment an ADRG's second letter states (CHS-DRG naming).</summary>
public enum AdrgType
{
    /// <summary>A–J: 外科手术组 (operating-room procedures).</summary>
    Surgical,

    /// <summary>K–Q: 非手术室操作组 (non-operating-room procedures).</summary>
    Procedural,

    /// <summary>R–Z: 内科组 (medical).</summary>
    Medical,
}

/// <summary>A CHS-DRG code taken apart: <c>FM19</c> is MDC <c>F</c>, ADRG <c>FM1</c>, severity 9.</summary>
/// <param name="Drg">The four-character DRG code.</param>
/// <param name="Adrg">Its first three characters.</param>
/// <param name="Mdc">Its first letter: the MDC (MDCA … MDCZ; A is the pre-MDC 先期分组).</param>
/// <param name="Severity">Its last digit.</param>
public readonly record struct DrgCodeParts(string Drg, string Adrg, char Mdc, DrgSeverity Severity)
{
    /// <summary>Whether the DRG is one of the split ADRG's higher-severity DRGs (ending in 1 or 3).</summary>
    public bool IsHighSeverity => Severity is DrgSeverity.WithMcc or DrgSeverity.WithCc;

    /// <summary>What the ADRG's second letter says about the treatment.</summary>
    public AdrgType Type => Adrg[1] switch
    {
        <= 'J' => AdrgType.Surgical,
        <= 'Q' => AdrgType.Procedural,
        _ => AdrgType.Medical,
    };
}

/// <summary>
/// Reads CHS-DRG codes by the national naming convention, checked against all 628 rows of CHS-DRG 1.1 <c>drg.tsv</c>:
/// two capital letters (MDC, then group type), a digit (the ADRG's number), a severity digit 1, 3, 5 or 9.
/// </summary>
public static class DrgCode
{
    /// <summary>Takes a DRG code apart; <see langword="false"/> for anything else, such as the grouper's <c>0000</c>
    /// (ungroupable or invalid) and <c>xQY</c> (ambiguous).</summary>
    public static bool TryParse(string? code, out DrgCodeParts parts)
    {
        parts = default;
        if (code is not { Length: 4 }
            || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1]) || !char.IsAsciiDigit(code[2])
            || code[3] is not ('1' or '3' or '5' or '9'))
        {
            return false;
        }
        parts = new DrgCodeParts(code, code[..3], code[0], (DrgSeverity)(code[3] - '0'));
        return true;
    }
}
