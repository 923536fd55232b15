using System.Collections.Immutable;

namespace TieredCare.Drg;

/// <summary>The fields of a discharge abstract that CHS-DRG grouping reads.</summary>
/// <param name="Sex">1 male, 2 female; any other value or <see langword="null"/> makes the record invalid.</param>
/// <param name="AgeYears">Age in whole years.</param>
/// <param name="AgeDays">Age in days; required when <paramref name="AgeYears"/> is 0.</param>
/// <param name="WeightG">Birth weight in grams; required for a newborn (age 0, at most 28 days). 0 is a value, not missing.</param>
/// <param name="Diagnoses">ICD-10 codes, principal first.</param>
/// <param name="Procedures">ICD-9-CM-3 codes, main procedure first.</param>
public sealed record GroupingRecord(
    int? Sex,
    int? AgeYears,
    int? AgeDays,
    int? WeightG,
    ImmutableArray<string> Diagnoses,
    ImmutableArray<string> Procedures)
{
    /// <summary>The diagnoses, principal first; never default.</summary>
    public ImmutableArray<string> Diagnoses { get; init; } = Diagnoses.IsDefault ? [] : Diagnoses;

    /// <summary>The procedures, main first; never default.</summary>
    public ImmutableArray<string> Procedures { get; init; } = Procedures.IsDefault ? [] : Procedures;
}
