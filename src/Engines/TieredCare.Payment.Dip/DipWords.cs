namespace TieredCare.Payment.Dip;

/// <summary>
/// How a case was treated, as the national DIP pools its comprehensive combinations (综合病种). Ordered by
/// intensity: a case with several procedures takes the highest type among them.
/// </summary>
public enum TreatmentType
{
    /// <summary>保守治疗: no procedure.</summary>
    Conservative,

    /// <summary>诊断性操作: diagnostic procedures only.</summary>
    Diagnostic,

    /// <summary>治疗性操作: a therapeutic, non-surgical procedure and no surgery.</summary>
    Therapeutic,

    /// <summary>相关手术: at least one surgical procedure.</summary>
    Surgery,
}

/// <summary>What kind of combination a catalogue entry is.</summary>
public enum DipCombinationKind
{
    /// <summary>核心病种: one principal-diagnosis subcategory × one procedure set, with enough reference cases of its own.</summary>
    Core,

    /// <summary>综合病种: the reference cases of small combinations, pooled by diagnosis category (or chapter, or all) × treatment type.</summary>
    Pooled,
}

/// <summary>The rule that produced a case's score.</summary>
public enum DipRule
{
    /// <summary>The cost lies between the low and high multiples of the combination mean (both inclusive).</summary>
    Normal,

    /// <summary>费用超高病例: the cost is above the high multiple (2) of the combination mean.</summary>
    HighOutlier,

    /// <summary>费用极低病例: the cost is below the low multiple (0.5) of the combination mean.</summary>
    LowOutlier,

    /// <summary>Neither the case's combination nor any pool it could fall into is in the catalogue; the score is 0.</summary>
    Unmatched,
}

/// <summary>The words catalogue files and reports use for treatment types, combination kinds and rules.</summary>
public static class DipWords
{
    /// <summary>conservative, diagnostic, therapeutic or surgery.</summary>
    public static string ToWord(this TreatmentType treatment) => treatment switch
    {
        TreatmentType.Conservative => "conservative",
        TreatmentType.Diagnostic => "diagnostic",
        TreatmentType.Therapeutic => "therapeutic",
        TreatmentType.Surgery => "surgery",
        _ => throw new ArgumentOutOfRangeException(nameof(treatment)),
    };

    /// <summary>core or pooled.</summary>
    public static string ToWord(this DipCombinationKind kind) => kind switch
    {
        DipCombinationKind.Core => "core",
        DipCombinationKind.Pooled => "pooled",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>normal, high_outlier, low_outlier or unmatched.</summary>
    public static string ToWord(this DipRule rule) => rule switch
    {
        DipRule.Normal => "normal",
        DipRule.HighOutlier => "high_outlier",
        DipRule.LowOutlier => "low_outlier",
        DipRule.Unmatched => "unmatched",
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    /// <summary>Parses a word written by <see cref="ToWord(TreatmentType)"/>; <see langword="null"/> when it is none of them.</summary>
    public static TreatmentType? ParseTreatment(string word) => word switch
    {
        "conservative" => TreatmentType.Conservative,
        "diagnostic" => TreatmentType.Diagnostic,
        "therapeutic" => TreatmentType.Therapeutic,
        "surgery" => TreatmentType.Surgery,
        _ => null,
    };

    /// <summary>Parses a word written by <see cref="ToWord(DipCombinationKind)"/>; <see langword="null"/> when it is none of them.</summary>
    public static DipCombinationKind? ParseKind(string word) => word switch
    {
        "core" => DipCombinationKind.Core,
        "pooled" => DipCombinationKind.Pooled,
        _ => null,
    };
}
