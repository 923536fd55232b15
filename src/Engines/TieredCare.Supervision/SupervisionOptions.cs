using System.Collections.Frozen;

namespace TieredCare.Supervision;

/// <summary>The parameters of every supervision rule; the defaults are those the README states.</summary>
public sealed record SupervisionOptions
{
    /// <summary>The default weight of each kind in its findings' scores.</summary>
    public static readonly IReadOnlyDictionary<FindingKind, double> DefaultWeights = new Dictionary<FindingKind, double>
    {
        [FindingKind.SplitAdmissionSameHospital] = 1.0,
        [FindingKind.SplitAdmissionOtherHospital] = 0.5,
        [FindingKind.UpCodingHospital] = 0.8,
        [FindingKind.UpCodingCase] = 0.8,
        [FindingKind.LongStay] = 0.7,
        [FindingKind.ShortStay] = 0.5,
        [FindingKind.ShortStayHighCost] = 0.8,
        [FindingKind.ShortSurgicalStay] = 0.4,
    }.ToFrozenDictionary();

    /// <summary>The defaults.</summary>
    // Declared after DefaultWeights: static fields initialise in textual order and the constructor reads that table.
    public static readonly SupervisionOptions Default = new();

    // Split admissions (分解住院)

    /// <summary>A readmission counts when it begins at most this many days after the earlier discharge (default 15;
    /// day 0 is the discharge day).</summary>
    public int ReadmissionWindowDays { get; init; } = 15;

    /// <summary>Whether readmissions to another hospital are reported (as the weaker kind); default true.</summary>
    public bool IncludeOtherHospitalReadmissions { get; init; } = true;

    /// <summary>A readmission whose principal diagnosis starts with one of these is planned and not a split
    /// (default Z51: radiotherapy, chemotherapy and other planned medical care sessions).</summary>
    public IReadOnlyList<string> PlannedPrincipalPrefixes { get; init; } = ["Z51"];

    /// <summary>A readmission grouped into one of these ADRGs is planned and not a split (default the chemotherapy,
    /// radiotherapy and targeted/immunotherapy ADRGs of CHS-DRG 1.1: RB1, RB2, RC1, RE1, RG1).</summary>
    public IReadOnlyList<string> PlannedAdrgs { get; init; } = ["RB1", "RB2", "RC1", "RE1", "RG1"];

    /// <summary>离院方式 codes that send the patient on to another institution (default 2 医嘱转院 and 3 医嘱转社区/乡镇卫生院).</summary>
    public IReadOnlyList<int> TransferDispositions { get; init; } = [2, 3];

    /// <summary>A stay ending in a transfer disposition, followed at another hospital at most this many days later (default 1:
    /// the same or the next day), is a transfer chain, not a split.</summary>
    public int TransferMaxGapDays { get; init; } = 1;

    // Up-coding (高套)

    /// <summary>A hospital is tested in an ADRG only with at least this many cases there (default 30).</summary>
    public int UpCodingMinimumCases { get; init; } = 30;

    /// <summary>… and only when the other hospitals together have at least this many cases of the ADRG (default 30).</summary>
    public int UpCodingMinimumReferenceCases { get; init; } = 30;

    /// <summary>The one-sided z a hospital's higher-severity share must reach (default 2.58, p ≈ 0.005).</summary>
    public double UpCodingZThreshold { get; init; } = 2.58;

    /// <summary>… and the share must exceed the reference share by at least this much (default 0.10, ten percentage points),
    /// so that a trivial difference in a very large hospital is not flagged.</summary>
    public double UpCodingMinimumExcessShare { get; init; } = 0.10;

    /// <summary>The MCC/CC lists, to name the diagnoses that put each flagged case into its higher-severity DRG; without
    /// them the evidence lists the other diagnoses unclassified.</summary>
    public ComplicationCatalogue? Complications { get; init; }

    // Abnormal stays

    /// <summary>Stay rules need a DRG distribution of at least this many cases in the run (default 20).</summary>
    public int StayMinimumDrgCases { get; init; } = 20;

    /// <summary>The fence multiple k: a stay is long above Q3 + k·IQR and short below Q1 − k·IQR (default 3, Tukey's "far out").</summary>
    public double StayFenceMultiplier { get; init; } = 3;

    /// <summary>The IQR is taken as at least this many days (default 1), so that a DRG where most stays have the same length
    /// does not flag every stay a day longer.</summary>
    public double StayMinimumIqrDays { get; init; } = 1;

    /// <summary>A stay is very short for <see cref="FindingKind.ShortStayHighCost"/> at most this fraction of the DRG's median
    /// stay (default 0.25).</summary>
    public double ShortStayFraction { get; init; } = 0.25;

    /// <summary>… and its cost very high at least this multiple of the DRG's median cost (default 2).</summary>
    public decimal HighCostMultiple { get; init; } = 2m;

    /// <summary>A surgical DRG's stay of at most this many days is very short (default 1: 0- and 1-day stays).</summary>
    public int ShortSurgicalStayMaxDays { get; init; } = 1;

    /// <summary>… and is reported only in DRGs where at most this share of the region's stays is that short (default 0.10),
    /// so DRGs routinely done as day surgery are left alone.</summary>
    public double ShortSurgicalMaxRegionShare { get; init; } = 0.10;

    /// <summary>ADRGs on the local 日间手术 catalogue, never reported as very short surgical stays (default none).</summary>
    public IReadOnlyList<string> DaySurgeryAdrgs { get; init; } = [];

    /// <summary>离院方式 codes that explain a short stay (default 2, 3 transfer, 4 非医嘱离院, 5 death): such stays are not
    /// reported by the short-stay rules.</summary>
    public IReadOnlyList<int> ShortStayExemptDispositions { get; init; } = [2, 3, 4, 5];

    // Ranking

    /// <summary>Each kind's weight in [0, 1]; a kind not listed takes its <see cref="DefaultWeights"/> value. A weight of 0
    /// switches the kind off.</summary>
    public IReadOnlyDictionary<FindingKind, double> Weights { get; init; } = DefaultWeights;

    internal double WeightOf(FindingKind kind) =>
        Weights.TryGetValue(kind, out var weight) ? weight : DefaultWeights[kind];

    /// <summary>Throws when a parameter is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentException">A list is missing.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ReadmissionWindowDays, nameof(ReadmissionWindowDays));
        ArgumentOutOfRangeException.ThrowIfNegative(TransferMaxGapDays, nameof(TransferMaxGapDays));
        ArgumentOutOfRangeException.ThrowIfLessThan(UpCodingMinimumCases, 1, nameof(UpCodingMinimumCases));
        ArgumentOutOfRangeException.ThrowIfLessThan(UpCodingMinimumReferenceCases, 1, nameof(UpCodingMinimumReferenceCases));
        Positive(UpCodingZThreshold, nameof(UpCodingZThreshold));
        Between(UpCodingMinimumExcessShare, 0, 1, nameof(UpCodingMinimumExcessShare));
        ArgumentOutOfRangeException.ThrowIfLessThan(StayMinimumDrgCases, 4, nameof(StayMinimumDrgCases));
        Positive(StayFenceMultiplier, nameof(StayFenceMultiplier));
        Positive(StayMinimumIqrDays, nameof(StayMinimumIqrDays));
        Between(ShortStayFraction, 0, 1, nameof(ShortStayFraction));
        if (HighCostMultiple <= 0) throw new ArgumentOutOfRangeException(nameof(HighCostMultiple), HighCostMultiple, "must be positive");
        ArgumentOutOfRangeException.ThrowIfNegative(ShortSurgicalStayMaxDays, nameof(ShortSurgicalStayMaxDays));
        Between(ShortSurgicalMaxRegionShare, 0, 1, nameof(ShortSurgicalMaxRegionShare));
        Present(PlannedPrincipalPrefixes, nameof(PlannedPrincipalPrefixes));
        Present(PlannedAdrgs, nameof(PlannedAdrgs));
        Present(TransferDispositions, nameof(TransferDispositions));
        Present(DaySurgeryAdrgs, nameof(DaySurgeryAdrgs));
        Present(ShortStayExemptDispositions, nameof(ShortStayExemptDispositions));
        if (PlannedPrincipalPrefixes.Any(string.IsNullOrEmpty)) throw new ArgumentException("a planned principal prefix is empty", nameof(PlannedPrincipalPrefixes));
        if (Weights is null) throw new ArgumentException("no weights", nameof(Weights));
        foreach (var (kind, weight) in Weights)
        {
            if (!Enum.IsDefined(kind)) throw new ArgumentOutOfRangeException(nameof(Weights), kind, "unknown finding kind");
            Between(weight, 0, 1, $"{nameof(Weights)}[{kind}]");
        }
    }

    private static void Positive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value)) throw new ArgumentOutOfRangeException(name, value, "must be a positive number");
    }

    private static void Between(double value, double low, double high, string name)
    {
        if (!(value >= low && value <= high)) throw new ArgumentOutOfRangeException(name, value, $"must lie in [{low}, {high}]");
    }

    private static void Present<T>(IReadOnlyList<T>? list, string name)
    {
        if (list is null) throw new ArgumentException("the list is missing", name);
    }
}
