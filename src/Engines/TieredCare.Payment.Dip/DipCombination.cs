using System.Globalization;

namespace TieredCare.Payment.Dip;

/// <summary>
/// One entry of a DIP catalogue (病种目录库): a combination, how many reference cases it has, their mean cost and its score.
/// Made by <see cref="DipCatalogue.Build"/> or read by <see cref="DipCatalogue.Read"/>, never by hand, so its key always
/// agrees with its diagnosis, procedures and treatment type.
/// </summary>
public sealed record DipCombination
{
    private readonly string[] _procedures;
    private readonly string _text;

    internal DipCombination(
        DipCombinationKind kind, string diagnosis, string[] procedures, TreatmentType treatment, int cases, decimal meanCost, decimal score)
    {
        Key = kind == DipCombinationKind.Core ? DipCodes.KeyOf(diagnosis, procedures) : DipCodes.PoolKey(diagnosis, treatment);
        (Kind, Diagnosis, _procedures, Treatment, Cases, MeanCost, Score) = (kind, diagnosis, procedures, treatment, cases, meanCost, score);
        // Every explanation of a case scored by this entry starts with this text.
        _text = string.Create(CultureInfo.InvariantCulture, $"{Key} ({Kind.ToWord()}, {Cases} cases, mean {MeanCost:0.00########}, score {Score:0.0000})");
    }

    /// <summary>The combination's key, e.g. <c>J18.9|conservative</c>, <c>K80.1|51.2300+51.2301</c>, <c>J18|surgery</c>; see <see cref="DipCodes"/>.</summary>
    public string Key { get; }

    /// <summary>Core (核心病种) or pooled (综合病种).</summary>
    public DipCombinationKind Kind { get; }

    /// <summary>
    /// The diagnosis part of the key: for a core combination the subcategory (<c>J18.9</c>); for a pool the category
    /// (<c>J18</c>), the chapter letter (<c>J</c>) or <c>*</c> for the last-resort pool of a treatment type.
    /// </summary>
    public string Diagnosis { get; }

    /// <summary>A core combination's procedure codes, sorted ordinally without repeats; empty for conservative treatment and for pools.</summary>
    public IReadOnlyList<string> Procedures => _procedures;

    /// <summary>The treatment type: of the procedures for a core combination, the pooling type for a pool.</summary>
    public TreatmentType Treatment { get; }

    /// <summary>Reference cases in the combination.</summary>
    public int Cases { get; }

    /// <summary>
    /// The mean total cost of the reference cases in 元, rounded to 2 places (half away from zero): the 次均费用 that scoring
    /// compares a case's cost with.
    /// </summary>
    public decimal MeanCost { get; }

    /// <summary>
    /// The score (病种分值): exact mean cost ÷ exact overall mean cost × the score base, rounded once to 4 places (half away
    /// from zero).
    /// </summary>
    public decimal Score { get; }

    internal string[] ProcedureArray => _procedures;

    /// <inheritdoc />
    public bool Equals(DipCombination? other) =>
        other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal) && Kind == other.Kind
        && string.Equals(Diagnosis, other.Diagnosis, StringComparison.Ordinal) && _procedures.AsSpan().SequenceEqual(other._procedures)
        && Treatment == other.Treatment && Cases == other.Cases && MeanCost == other.MeanCost && Score == other.Score;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Cases, MeanCost, Score);

    /// <inheritdoc />
    public override string ToString() => _text;
}
