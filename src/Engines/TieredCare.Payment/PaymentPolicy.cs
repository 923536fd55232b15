using System.Collections.Immutable;
using System.Globalization;

namespace TieredCare.Payment;

/// <summary>Whether a band of the global-budget table shares a surplus (spending below budget) or an overspend.</summary>
public enum BandKind
{
    /// <summary>结余: the band lies at or below a spending ratio of 1; the network keeps its share of the surplus in it.</summary>
    Surplus,

    /// <summary>超支: the band lies at or above a ratio of 1; the network bears its share of the overspend in it.</summary>
    Overspend,
}

/// <summary>
/// One band of a network's global-budget table (结余留用、超支分担): the ratio u = spending ÷ budget runs over
/// [<paramref name="From"/>, <paramref name="To"/>), and the network keeps or bears <paramref name="NetworkShare"/> of the money in it.
/// </summary>
/// <param name="From">Lower end of the band as a ratio of the budget (inclusive).</param>
/// <param name="To">Upper end (exclusive), or <see langword="null"/> for the open-ended last band.</param>
/// <param name="NetworkShare">The network's share, 0–1, of the surplus or overspend falling in the band.</param>
/// <param name="Kind">Surplus or overspend.</param>
public sealed record BudgetBand(decimal From, decimal? To, decimal NetworkShare, BandKind Kind)
{
    /// <summary>The band as <c>[1, 1.1) overspend 0.5</c>.</summary>
    public override string ToString() =>
        $"[{Rounding.Canonical(From)}, {(To is { } to ? Rounding.Canonical(to) : "∞")}) {Kind.ToWord()} {Rounding.Canonical(NetworkShare)}";
}

/// <summary>
/// A payment policy: every number of the DRG point method, per-diem groups, special review and the global-budget bands,
/// named and versioned. Read from JSON with <see cref="Read"/>, written with <see cref="Write"/>; <see cref="Reference"/> is
/// the reference policy. Change a parameter with <c>with</c> or the <c>With…</c> helpers; settlements validate the policy.
/// </summary>
public sealed partial record PaymentPolicy
{
    /// <summary>The <see cref="WeightReference"/> meaning "weights from the settlement period itself".</summary>
    public const string PeriodReference = "period";

    /// <summary>The key of <see cref="HighOutlierMultiples"/> for levels without their own entry.</summary>
    public const string DefaultLevel = "default";

    private static readonly ImmutableSortedDictionary<string, decimal> NoEntries = ImmutableSortedDictionary.Create<string, decimal>(StringComparer.Ordinal);

    /// <summary>
    /// The reference policy (issue 4): 100 points per RW; coefficient 1 for every hospital; high outliers above 3 × M for
    /// tertiary and 2 × M for other hospitals, low outliers below 0.4 × M, incomplete stays for 离院方式 2 and 4;
    /// fee-for-service at rate 1; special review capped at 5 % of a hospital's cases; advances at 85 %; no per-diem groups;
    /// weights from the period itself; bands: keep 100 % of a surplus, bear 50 % of an overspend up to 110 % of the budget
    /// and 100 % beyond. The budget, 8,000,000,000 元, stands for the demo city's annual DRG fund; give the real one.
    /// </summary>
    public static PaymentPolicy Reference { get; } = new()
    {
        Name = "reference",
        Version = "1.0",
        Budget = 8_000_000_000m,
        PointsPerRw = 100m,
        WeightReference = PeriodReference,
        HighOutlierMultiples = NoEntries.Add("3", 3m).Add(DefaultLevel, 2m),
        LowOutlierRatio = 0.4m,
        IncompleteDispositions = [2, 4],
        FeeForServiceRate = 1m,
        SpecialReviewMaxShare = 0.05m,
        AdvanceRate = 0.85m,
        BudgetBands =
        [
            new BudgetBand(0m, 1m, 1m, BandKind.Surplus),
            new BudgetBand(1m, 1.1m, 0.5m, BandKind.Overspend),
            new BudgetBand(1.1m, null, 1m, BandKind.Overspend),
        ],
    };

    /// <summary>
    /// The reference policy for DIP (按病种分值付费) with <see cref="DipBasePoints"/>: outliers above 2× and below 0.5× the
    /// combination mean, as the national DIP specification has them, and no separate incomplete-stay rule; the
    /// budget, fee-for-service, advances and bands are those of <see cref="Reference"/>.
    /// </summary>
    public static PaymentPolicy DipReference { get; } = Reference with
    {
        Name = "dip-reference",
        HighOutlierMultiples = NoEntries.Add(DefaultLevel, 2m),
        LowOutlierRatio = 0.5m,
        IncompleteDispositions = [],
    };

    /// <summary>The policy's name (<c>name</c>), e.g. the city and year.</summary>
    public required string Name { get; init; }

    /// <summary>The policy's version (<c>version</c>); a settlement records name and version.</summary>
    public required string Version { get; init; }

    /// <summary>The fund for the settlement period in 元 (<c>budget</c>); fee-for-service and per-diem payments come out of it first.</summary>
    public required decimal Budget { get; init; }

    /// <summary>Base points per unit of relative weight (<c>pointsPerRw</c>): B_d = pointsPerRw × RW_d; also turns excess cost into points.</summary>
    public required decimal PointsPerRw { get; init; }

    /// <summary>
    /// Where group means come from (<c>weightReference</c>): <see cref="PeriodReference"/> for the settlement period itself, or
    /// the name of a weight TSV written by <c>tieredcare drg weights</c> (the caller reads it and passes the table).
    /// </summary>
    public string WeightReference { get; init; } = PeriodReference;

    /// <summary>Hospital coefficients k_h by institution code (<c>hospitalCoefficients</c>); a hospital not listed has 1.</summary>
    public ImmutableSortedDictionary<string, decimal> HospitalCoefficients { get; init; } = NoEntries;

    /// <summary>High-outlier multiples H by hospital level ("3", "2", "1", "0") with a <see cref="DefaultLevel"/> entry (<c>highOutlierMultiple</c>).</summary>
    public required ImmutableSortedDictionary<string, decimal> HighOutlierMultiples { get; init; }

    /// <summary>A case costing less than this share of its group mean is a low outlier (<c>lowOutlierRatio</c>).</summary>
    public required decimal LowOutlierRatio { get; init; }

    /// <summary>离院方式 codes that make an incomplete stay (<c>incompleteDispositions</c>).</summary>
    public required ImmutableArray<int> IncompleteDispositions { get; init; }

    /// <summary>Rate r of fee-for-service payment, r × (C − P) (<c>feeForServiceRate</c>).</summary>
    public required decimal FeeForServiceRate { get; init; }

    /// <summary>
    /// The most a hospital may have in special review, as a share of its cases in the period (<c>specialReviewMaxShare</c>):
    /// at most ⌊share × cases⌋ flagged cases are accepted, the costliest first.
    /// </summary>
    public required decimal SpecialReviewMaxShare { get; init; }

    /// <summary>Share of the monthly value paid as the advance (<c>advanceRate</c>).</summary>
    public required decimal AdvanceRate { get; init; }

    /// <summary>
    /// Per-diem groups (<c>perDiem.groups</c>): a DRG or ADRG code prefix and the fund's payment per bed-day in 元. A
    /// grouped case whose DRG starts with a prefix (the longest wins) is paid LOS × rate instead of points.
    /// </summary>
    public ImmutableSortedDictionary<string, decimal> PerDiemRates { get; init; } = NoEntries;

    /// <summary>The global-budget band table (<c>globalBudget.bands</c>), ordered from ratio 0 upwards.</summary>
    public required ImmutableArray<BudgetBand> BudgetBands { get; init; }

    /// <summary>Two policies are equal when every value is: the same canonical JSON (maps and arrays compared by content).</summary>
    public bool Equals(PaymentPolicy? other) => other is not null && (ReferenceEquals(this, other) || ToCanonicalJson() == other.ToCanonicalJson());

    /// <inheritdoc />
    public override int GetHashCode() => ToCanonicalJson().GetHashCode(StringComparison.Ordinal);

    /// <summary>k_h: the hospital's coefficient, 1 when the policy does not list it.</summary>
    public decimal CoefficientOf(string hospital) => HospitalCoefficients.TryGetValue(hospital, out var k) ? k : 1m;

    /// <summary>H: the high-outlier multiple for a hospital level, the <see cref="DefaultLevel"/> entry when the level has none.</summary>
    public decimal HighOutlierMultipleFor(int level) =>
        HighOutlierMultiples.TryGetValue(level.ToString(CultureInfo.InvariantCulture), out var h) ? h : HighOutlierMultiples[DefaultLevel];

    /// <summary>Whether a 离院方式 makes an incomplete stay.</summary>
    public bool IsIncompleteStay(int? disposition) => disposition is { } d && IncompleteDispositions.Contains(d);

    /// <summary>The per-diem group (the longest matching prefix) and its daily rate for a DRG, or <see langword="null"/>.</summary>
    public (string Group, decimal Rate)? PerDiemGroupOf(string drg)
    {
        ArgumentNullException.ThrowIfNull(drg);
        (string Group, decimal Rate)? best = null;
        foreach (var (prefix, rate) in PerDiemRates)
        {
            if (drg.StartsWith(prefix, StringComparison.Ordinal) && (best is null || prefix.Length > best.Value.Group.Length)) best = (prefix, rate);
        }
        return best;
    }

    /// <summary>The policy with hospital <paramref name="hospital"/>'s coefficient set to <paramref name="coefficient"/>.</summary>
    public PaymentPolicy WithHospitalCoefficient(string hospital, decimal coefficient) =>
        this with { HospitalCoefficients = HospitalCoefficients.SetItem(hospital, coefficient) };

    /// <summary>The policy with the high-outlier multiple of <paramref name="level"/> ("3", …, or "default") set.</summary>
    public PaymentPolicy WithHighOutlierMultiple(string level, decimal multiple) =>
        this with { HighOutlierMultiples = HighOutlierMultiples.SetItem(level, multiple) };

    /// <summary>The policy with the per-diem group <paramref name="prefix"/> paid <paramref name="rate"/> a day.</summary>
    public PaymentPolicy WithPerDiemRate(string prefix, decimal rate) => this with { PerDiemRates = PerDiemRates.SetItem(prefix, rate) };

    /// <summary>
    /// Every problem with the policy's values, each starting with the item's JSON name: a negative or out-of-range
    /// parameter, an empty name, bands that overlap, leave gaps or do not cover every ratio. Empty when the policy is usable.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Check(bool ok, string problem)
        {
            if (!ok) problems.Add(problem);
        }

        Check(!string.IsNullOrWhiteSpace(Name), "name: empty");
        Check(!string.IsNullOrWhiteSpace(Version), "version: empty");
        Check(Budget > 0, $"budget: {Show(Budget)} must be positive");
        Check(PointsPerRw > 0, $"pointsPerRw: {Show(PointsPerRw)} must be positive");
        Check(!string.IsNullOrWhiteSpace(WeightReference), $"weightReference: empty; '{PeriodReference}' or a weight file name");
        foreach (var (hospital, k) in HospitalCoefficients ?? NoEntries)
        {
            Check(hospital.Length > 0, "hospitalCoefficients: an empty hospital code");
            Check(k > 0, $"hospitalCoefficients.{hospital}: {Show(k)} must be positive");
        }
        if (HighOutlierMultiples is null || !HighOutlierMultiples.ContainsKey(DefaultLevel)) problems.Add($"highOutlierMultiple.{DefaultLevel}: missing");
        foreach (var (level, h) in HighOutlierMultiples ?? NoEntries)
        {
            Check(level is DefaultLevel or "0" or "1" or "2" or "3", $"highOutlierMultiple.{level}: unknown hospital level; expected 3, 2, 1, 0 or {DefaultLevel}");
            Check(h >= 1, $"highOutlierMultiple.{level}: {Show(h)} must be at least 1");
        }
        Check(LowOutlierRatio is >= 0 and < 1, $"lowOutlierRatio: {Show(LowOutlierRatio)} must be at least 0 and below 1");
        if (IncompleteDispositions.IsDefault) problems.Add("incompleteDispositions: missing");
        else Check(IncompleteDispositions.Distinct().Count() == IncompleteDispositions.Length, "incompleteDispositions: a code appears twice");
        Check(FeeForServiceRate is >= 0 and <= 1, $"feeForServiceRate: {Show(FeeForServiceRate)} must be between 0 and 1");
        Check(SpecialReviewMaxShare is >= 0 and <= 1, $"specialReviewMaxShare: {Show(SpecialReviewMaxShare)} must be between 0 and 1");
        Check(AdvanceRate is >= 0 and <= 1, $"advanceRate: {Show(AdvanceRate)} must be between 0 and 1");
        foreach (var (prefix, rate) in PerDiemRates ?? NoEntries)
        {
            Check(prefix.Length > 0 && prefix.All(char.IsAsciiLetterOrDigit), $"perDiem.groups: '{prefix}' is not a DRG or ADRG code prefix (letters and digits)");
            Check(rate >= 0, $"perDiem.groups.{prefix}: {Show(rate)} is negative");
        }
        if (BudgetBands.IsDefault) problems.Add("globalBudget.bands: missing");
        else problems.AddRange(BandProblems(BudgetBands));
        return problems;
    }

    /// <summary>Throws when <see cref="Problems"/> finds any.</summary>
    /// <exception cref="PaymentPolicyException">The policy is not usable; the exception lists every problem.</exception>
    public void Validate()
    {
        if (Problems() is { Count: > 0 } problems) throw new PaymentPolicyException(problems);
    }

    /// <summary>
    /// The problems of a band table: it must start at 0, each band must start where the previous one ends (no overlap, no
    /// gap) and end above its start, only the last may be open-ended (and it must be), shares lie in 0–1, surplus bands
    /// end at or below a ratio of 1 and overspend bands start at or above it.
    /// </summary>
    public static IReadOnlyList<string> BandProblems(IReadOnlyList<BudgetBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var problems = new List<string>();
        if (bands.Count == 0)
        {
            problems.Add("globalBudget.bands: empty; the bands must cover every ratio from 0 up");
            return problems;
        }
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            var item = string.Create(CultureInfo.InvariantCulture, $"globalBudget.bands[{i}]");
            if (band is null)
            {
                problems.Add($"{item}: missing");
                continue;
            }
            if (i == 0 && band.From != 0) problems.Add($"{item}: from {Show(band.From)} leaves a gap; the first band starts at 0");
            if (i > 0 && bands[i - 1] is { } previous)
            {
                if (previous.To is not { } end) problems.Add($"{item}: globalBudget.bands[{i - 1}] is open-ended (to null), so this band overlaps it");
                else if (band.From < end) problems.Add($"{item}: from {Show(band.From)} overlaps globalBudget.bands[{i - 1}], which ends at {Show(end)}");
                else if (band.From > end) problems.Add($"{item}: from {Show(band.From)} leaves a gap after globalBudget.bands[{i - 1}], which ends at {Show(end)}");
            }
            if (band.From < 0) problems.Add($"{item}: from {Show(band.From)} is negative");
            if (band.To is { } to && to <= band.From) problems.Add($"{item}: to {Show(to)} must be above from {Show(band.From)}");
            if (band.To is null && i < bands.Count - 1) problems.Add($"{item}: only the last band may be open-ended (to null)");
            if (band.To is not null && i == bands.Count - 1) problems.Add($"{item}: the last band must be open-ended (to null) so that every ratio falls in a band");
            if (band.NetworkShare is < 0 or > 1) problems.Add($"{item}: networkShare {Show(band.NetworkShare)} must be between 0 and 1");
            if (!Enum.IsDefined(band.Kind)) problems.Add($"{item}: unknown kind");
            if (band.Kind == BandKind.Surplus && (band.To is not { } top || top > 1)) problems.Add($"{item}: a surplus band must end at or below a ratio of 1");
            if (band.Kind == BandKind.Overspend && band.From < 1) problems.Add($"{item}: an overspend band must start at or above a ratio of 1");
        }
        return problems;
    }

    private static string Show(decimal value) => Rounding.Canonical(value);
}

/// <summary>The words policy files use for band kinds.</summary>
public static class PaymentWords
{
    /// <summary>The file word of a band kind: surplus or overspend.</summary>
    public static string ToWord(this BandKind kind) => kind switch
    {
        BandKind.Surplus => "surplus",
        BandKind.Overspend => "overspend",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Parses a word written by <see cref="ToWord(BandKind)"/>; <see langword="null"/> when it is neither.</summary>
    public static BandKind? ParseBandKind(string word) => word switch
    {
        "surplus" => BandKind.Surplus,
        "overspend" => BandKind.Overspend,
        _ => null,
    };
}
