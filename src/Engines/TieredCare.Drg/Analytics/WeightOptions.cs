namespace TieredCare.Drg.Analytics;

/// <summary>Which cost outliers are left out of a DRG's mean cost before relative weights are computed.</summary>
public enum WeightTrimming
{
    /// <summary>Every case with a known cost and length of stay is used.</summary>
    None,

    /// <summary>
    /// Tukey's fences per DRG: cases whose cost lies outside [Q1 − 1.5·IQR, Q3 + 1.5·IQR] are dropped. Quartiles are
    /// interpolated linearly between order statistics (position (n − 1)·p, as spreadsheet QUARTILE.INC), in exact decimals.
    /// </summary>
    Iqr,

    /// <summary>
    /// Per DRG, cases whose ln(cost) lies outside mean ± 3 SD of the DRG's ln(cost) are dropped (sample SD, n − 1).
    /// A cost of 0 has no logarithm: it does not enter the mean and SD, and the case is dropped. With the sample SD no
    /// case can lie 3 SD out in a group of 10 or fewer, so this mode only ever trims larger DRGs.
    /// </summary>
    ThreeSigmaLog,
}

/// <summary>The mortality risk stratum of a DRG (死亡风险分级), from the reference period.</summary>
public enum RiskLevel
{
    /// <summary>低风险: ln(mortality) below mean − 1 SD, or no deaths at all.</summary>
    Low,

    /// <summary>中低风险: ln(mortality) in [mean − 1 SD, mean).</summary>
    MidLow,

    /// <summary>中高风险: ln(mortality) in [mean, mean + 1 SD).</summary>
    MidHigh,

    /// <summary>高风险: ln(mortality) at or above mean + 1 SD.</summary>
    High,

    /// <summary>Not rated: the DRG has fewer cases than <see cref="WeightOptions.MinimumCasesForRisk"/>.</summary>
    Unrated,
}

/// <summary>How <see cref="RelativeWeights.Compute"/> trims costs and rates mortality risk.</summary>
public sealed record WeightOptions
{
    /// <summary>No trimming, trimming from 5 cases, every DRG rated for risk.</summary>
    public static readonly WeightOptions Default = new();

    /// <summary>Which cost outliers to leave out; <see cref="WeightTrimming.None"/> by default.</summary>
    public WeightTrimming Trimming { get; init; } = WeightTrimming.None;

    /// <summary>
    /// Trimming applies only to a DRG with at least this many cases of known cost and length of stay (default 5); smaller
    /// DRGs keep every case, since quartiles and deviations of a handful of costs say little about outliers.
    /// </summary>
    public int MinimumCasesForTrimming { get; init; } = 5;

    /// <summary>
    /// A DRG with fewer (successfully grouped) cases than this is <see cref="RiskLevel.Unrated"/>: it does not shape the
    /// risk strata and its cases are not low-risk cases. Default 1, so every DRG is rated.
    /// </summary>
    public int MinimumCasesForRisk { get; init; } = 1;

    /// <summary>DRG names by code (e.g. <see cref="DrgTableSet.DrgNames"/>) for the table's <c>name</c> column; empty names when absent.</summary>
    public IReadOnlyDictionary<string, string>? Names { get; init; }

    internal void Validate()
    {
        if (!Enum.IsDefined(Trimming)) throw new ArgumentOutOfRangeException(nameof(Trimming), Trimming, "unknown trimming");
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumCasesForTrimming, 1, nameof(MinimumCasesForTrimming));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumCasesForRisk, 1, nameof(MinimumCasesForRisk));
    }
}

/// <summary>The words analytics files and the command line use for trimming modes and risk levels.</summary>
public static class AnalyticsWords
{
    /// <summary>The file word of a risk level: low, mid_low, mid_high, high or unrated.</summary>
    public static string ToWord(this RiskLevel risk) => risk switch
    {
        RiskLevel.Low => "low",
        RiskLevel.MidLow => "mid_low",
        RiskLevel.MidHigh => "mid_high",
        RiskLevel.High => "high",
        RiskLevel.Unrated => "unrated",
        _ => throw new ArgumentOutOfRangeException(nameof(risk)),
    };

    /// <summary>Parses a word written by <see cref="ToWord(RiskLevel)"/>; <see langword="null"/> when it is none of them.</summary>
    public static RiskLevel? ParseRisk(string word) => word switch
    {
        "low" => RiskLevel.Low,
        "mid_low" => RiskLevel.MidLow,
        "mid_high" => RiskLevel.MidHigh,
        "high" => RiskLevel.High,
        "unrated" => RiskLevel.Unrated,
        _ => null,
    };

    /// <summary>The command-line word of a trimming mode: none, iqr or 3sigma-log.</summary>
    public static string ToWord(this WeightTrimming trimming) => trimming switch
    {
        WeightTrimming.None => "none",
        WeightTrimming.Iqr => "iqr",
        WeightTrimming.ThreeSigmaLog => "3sigma-log",
        _ => throw new ArgumentOutOfRangeException(nameof(trimming)),
    };

    /// <summary>Parses a word written by <see cref="ToWord(WeightTrimming)"/>; <see langword="null"/> when it is none of them.</summary>
    public static WeightTrimming? ParseTrimming(string word) => word switch
    {
        "none" => WeightTrimming.None,
        "iqr" => WeightTrimming.Iqr,
        "3sigma-log" => WeightTrimming.ThreeSigmaLog,
        _ => null,
    };
}
