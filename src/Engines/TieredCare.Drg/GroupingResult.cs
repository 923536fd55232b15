namespace TieredCare.Drg;

/// <summary>How a grouping ended, as the table set's README names the outcomes.</summary>
public enum GroupingStatus
{
    /// <summary>A DRG was found (分组成功).</summary>
    Success,

    /// <summary>No MDC yielded a DRG (无法入组).</summary>
    Ungroupable,

    /// <summary>An active ambiguity check of an MDC fired (歧义病案).</summary>
    AmbiguousQy,

    /// <summary>The record failed validation (信息校验不通过).</summary>
    Invalid,
}

/// <summary>The validation rules run before grouping, in the order they are checked.</summary>
public enum ValidationRule
{
    /// <summary>Rule 1: sex is missing.</summary>
    SexMissing = 1,

    /// <summary>Rule 2: sex is not 1 or 2.</summary>
    SexNotOneOrTwo = 2,

    /// <summary>Rule 3: age in years is missing.</summary>
    AgeMissing = 3,

    /// <summary>Rule 4: age in years is 0 and age in days is missing.</summary>
    AgeDaysMissingAtAgeZero = 4,

    /// <summary>Rule 5: a newborn (age 0, at most 28 days) without a birth weight.</summary>
    NewbornWeightMissing = 5,

    /// <summary>Rule 6: there are no diagnoses.</summary>
    NoDiagnoses = 6,
}

/// <summary>Status words and rule texts as written in conformance files and reports.</summary>
public static class GroupingWords
{
    /// <summary>The README's status word: success, ungroupable, ambiguous_qy or invalid.</summary>
    public static string ToWord(this GroupingStatus status) => status switch
    {
        GroupingStatus.Success => "success",
        GroupingStatus.Ungroupable => "ungroupable",
        GroupingStatus.AmbiguousQy => "ambiguous_qy",
        GroupingStatus.Invalid => "invalid",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Parses a status word written by <see cref="ToWord(GroupingStatus)"/>.</summary>
    public static GroupingStatus ParseStatus(string word) => word switch
    {
        "success" => GroupingStatus.Success,
        "ungroupable" => GroupingStatus.Ungroupable,
        "ambiguous_qy" => GroupingStatus.AmbiguousQy,
        "invalid" => GroupingStatus.Invalid,
        _ => throw new FormatException($"unknown grouping status '{word}'"),
    };

    /// <summary>A short English description of a failed validation rule.</summary>
    public static string Describe(this ValidationRule rule) => rule switch
    {
        ValidationRule.SexMissing => "rule 1: sex is missing",
        ValidationRule.SexNotOneOrTwo => "rule 2: sex is not 1 or 2",
        ValidationRule.AgeMissing => "rule 3: age_years is missing",
        ValidationRule.AgeDaysMissingAtAgeZero => "rule 4: age_years is 0 and age_days is missing",
        ValidationRule.NewbornWeightMissing => "rule 5: age_years is 0, age_days <= 28 and weight_g is missing",
        ValidationRule.NoDiagnoses => "rule 6: there are no diagnoses",
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };
}

/// <summary>One step of the reasoning that led to a grouping result.</summary>
/// <param name="Subject">What was examined: "validation", an MDC, ADRG or DRG code, or "QY".</param>
/// <param name="Message">What was found and why it mattered.</param>
public readonly record struct TraceStep(string Subject, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Subject}: {Message}";
}

/// <summary>The outcome of grouping one record.</summary>
/// <param name="Mdc">The MDC code, or "0000".</param>
/// <param name="Adrg">The ADRG code, "QY", or "00".</param>
/// <param name="Drg">The DRG code, "xQY", or "0000".</param>
/// <param name="Status">How grouping ended.</param>
/// <param name="FailedRule">For an invalid record, the validation rule it failed.</param>
/// <param name="Trace">The steps that decided; empty from <see cref="DrgGrouper.GroupFast"/>.</param>
public sealed record GroupingResult(
    string Mdc,
    string Adrg,
    string Drg,
    GroupingStatus Status,
    ValidationRule? FailedRule,
    IReadOnlyList<TraceStep> Trace)
{
    /// <inheritdoc />
    public override string ToString() => $"{Mdc}/{Adrg}/{Drg} {Status.ToWord()}";
}
