namespace TieredCare.Payment.Dip;

/// <summary>How <see cref="DipCatalogue.Build"/> forms combinations and scores them.</summary>
public sealed record DipOptions
{
    /// <summary>15 cases for a core combination, a score base of 1000, the chapter rule for treatment types.</summary>
    public static readonly DipOptions Default = new();

    /// <summary>
    /// A combination needs at least this many reference cases (临界值, default 15) to be core; so does a pool at category
    /// or chapter level to stand on its own. Must be at least 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MinimumCasesForCore
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MinimumCasesForCore), value, "must be at least 1");
    } = 15;

    /// <summary>The score of a combination whose mean cost equals the overall mean (default 1000). Must be positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public decimal ScoreBase
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(ScoreBase), value, "must be positive");
    } = 1000m;

    /// <summary>
    /// The treatment type of one procedure code; <see cref="DipCodes.DefaultTreatmentType"/> when <see langword="null"/>. The
    /// catalogue keeps it, so cases are scored with the classifier the catalogue was built with. It must be a pure function
    /// and may throw <see cref="ArgumentException"/> for a code it does not know.
    /// </summary>
    public Func<string, TreatmentType>? Classifier { get; init; }
}
