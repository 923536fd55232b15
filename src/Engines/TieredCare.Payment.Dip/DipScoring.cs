using System.Collections.Frozen;
using System.Globalization;

namespace TieredCare.Payment.Dip;

/// <summary>
/// The parameters of case scoring: hospital-level coefficients (医疗机构等级系数) and the outlier multiples. Every number is
/// a parameter of the local policy, not a national constant; the multiples default to the national specification's 2 and 0.5.
/// </summary>
public sealed record DipScoringPolicy
{
    /// <summary>No level coefficients (every level 1), outliers above 2× and below 0.5× the combination mean.</summary>
    public static readonly DipScoringPolicy Default = new();

    /// <summary>
    /// The coefficient of each hospital level, e.g. {3: 1.0, 2: 0.9, 1: 0.8}; a level not in the map has coefficient 1.
    /// Coefficients must be positive. Copied when set.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A coefficient is 0 or negative.</exception>
    public IReadOnlyDictionary<int, decimal> LevelCoefficients
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(LevelCoefficients));
            foreach (var (level, k) in value)
            {
                if (k <= 0) throw new ArgumentOutOfRangeException(nameof(LevelCoefficients), k, $"the coefficient of level {level} must be positive");
            }
            field = value.ToFrozenDictionary();
        }
    } = FrozenDictionary<int, decimal>.Empty;

    /// <summary>A case costing more than this multiple of its combination's mean cost is a high-cost outlier (default 2). Must be above 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not above 1.</exception>
    public decimal HighOutlierMultiple
    {
        get;
        init => field = value > 1 ? value : throw new ArgumentOutOfRangeException(nameof(HighOutlierMultiple), value, "must be above 1");
    } = 2m;

    /// <summary>A case costing less than this multiple of its combination's mean cost is a low-cost outlier (default 0.5). Must be in [0, 1); 0 turns the rule off.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or at least 1.</exception>
    public decimal LowOutlierMultiple
    {
        get;
        init => field = value is >= 0 and < 1 ? value : throw new ArgumentOutOfRangeException(nameof(LowOutlierMultiple), value, "must be at least 0 and below 1");
    } = 0.5m;

    /// <summary>The coefficient of hospital level <paramref name="level"/>: its entry in <see cref="LevelCoefficients"/>, or 1.</summary>
    public decimal CoefficientFor(int level) => LevelCoefficients.TryGetValue(level, out var k) ? k : 1m;
}

/// <summary>A case's DIP score and how it came about.</summary>
/// <param name="CaseId">The case's identifier.</param>
/// <param name="CombinationKey">The key of the catalogue entry that scored the case; empty when unmatched.</param>
/// <param name="Kind">Core or pooled; <see langword="null"/> when unmatched.</param>
/// <param name="Rule">The rule that gave the score.</param>
/// <param name="BaseScore">The entry's score (病种分值); 0 when unmatched.</param>
/// <param name="Score">The case's score (病例分值), exact (not rounded); 0 when unmatched.</param>
/// <param name="Explanation">The lookup and the arithmetic, with the numbers.</param>
public sealed record DipScore(
    string CaseId, string CombinationKey, DipCombinationKind? Kind, DipRule Rule, decimal BaseScore, decimal Score, string Explanation);

/// <summary>
/// Scores cases against a DIP catalogue, following the national DIP technical specification (国家医疗保障按病种分值付费
/// 技术规范) for cost outliers (偏差病例). Pure: the score depends on the case, the catalogue and the policy only.
/// </summary>
/// <remarks>
/// <para>A case is scored by its core combination when the catalogue has it, else by the first pool it falls into (category,
/// chapter, all diagnoses, under its treatment type; see <see cref="DipCatalogue"/>). With B the entry's score, M its mean
/// cost, C the case's total cost, k the coefficient of the hospital's level, H and L the policy's multiples (2 and 0.5):</para>
/// <list type="bullet">
/// <item><b>High-cost outlier</b> (费用超高病例), C &gt; H × M: 病例分值 = 该病种分值 × [(病例费用 ÷ 该病种次均费用 − 2) + 1],
/// i.e. score = B × [(C ÷ M − H) + 1]. No level coefficient.</item>
/// <item><b>Low-cost outlier</b> (费用极低病例), C &lt; L × M: 病例分值 = 该病种分值 × 病例费用 ÷ 该病种次均费用,
/// i.e. score = B × C ÷ M. No level coefficient.</item>
/// <item><b>Normal</b>, L × M ≤ C ≤ H × M (both bounds inclusive): score = B × k.</item>
/// <item><b>Unmatched</b>: no entry fits; score 0, for settlement to pay another way.</item>
/// </list>
/// <para>The specification divides by the mean of the same combination at hospitals of the same level in the previous year
/// (上年度同级别定点医疗机构该病种次均费用), which already reflects the level; that is why its outlier formulas carry no level
/// coefficient. This catalogue holds one mean per combination over all levels. A combination whose mean cost is 0 has no outlier
/// test: its cases are normal. Scores are exact decimals, computed with one division and never rounded.</para>
/// </remarks>
public static class DipScoring
{
    /// <summary>Scores one case.</summary>
    /// <param name="c">The case.</param>
    /// <param name="catalogue">The catalogue, usually built from the previous period.</param>
    /// <param name="policy">Coefficients and multiples; <see cref="DipScoringPolicy.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The catalogue's classifier refused one of the case's procedure codes.</exception>
    public static DipScore Score(DipCase c, DipCatalogue catalogue, DipScoringPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(catalogue);
        policy ??= DipScoringPolicy.Default;

        var entry = catalogue.Match(c, out var tried);
        if (entry is null)
        {
            return new DipScore(c.CaseId, "", null, DipRule.Unmatched, 0m, 0m,
                $"neither {tried[0]} nor the pools {tried[1]}, {tried[2]} and {tried[3]} are in the catalogue: unmatched, score 0");
        }

        var found = tried.Length == 1 ? entry.ToString() : $"{tried[0]} is not in the catalogue; pooled into {entry}";
        var (b, m, cost, high, low) = (entry.Score, entry.MeanCost, c.TotalCost, policy.HighOutlierMultiple, policy.LowOutlierMultiple);
        DipScore Scored(DipRule rule, decimal score, string arithmetic) =>
            new(c.CaseId, entry.Key, entry.Kind, rule, b, score, string.Create(CultureInfo.InvariantCulture, $"{found}; {arithmetic}"));

        if (m > 0 && cost > high * m)
        {
            // B × [(C ÷ M − H) + 1] with a single division: B × (C − (H − 1) × M) ÷ M.
            var score = b * (cost - ((high - 1) * m)) / m;
            return Scored(DipRule.HighOutlier, score,
                $"cost {Money(cost)} > {Number(high)} × {Money(m)} = {Money(high * m)}: high-cost outlier, " +
                $"score = {Points(b)} × [({Money(cost)} ÷ {Money(m)} − {Number(high)}) + 1] = {Points(score)} (no level coefficient)");
        }
        if (m > 0 && cost < low * m)
        {
            var score = b * cost / m;
            return Scored(DipRule.LowOutlier, score,
                $"cost {Money(cost)} < {Number(low)} × {Money(m)} = {Money(low * m)}: low-cost outlier, " +
                $"score = {Points(b)} × {Money(cost)} ÷ {Money(m)} = {Points(score)} (no level coefficient)");
        }

        var k = policy.CoefficientFor(c.HospitalLevel);
        var level = c.HospitalLevel.ToString(CultureInfo.InvariantCulture);
        var coefficient = policy.LevelCoefficients.ContainsKey(c.HospitalLevel)
            ? $"level-{level} coefficient {Number(k)}"
            : $"level-{level} coefficient 1 (not in the policy)";
        var range = m > 0
            ? $"cost {Money(cost)} within [{Number(low)} × {Money(m)}, {Number(high)} × {Money(m)}] = [{Money(low * m)}, {Money(high * m)}]"
            : "mean cost 0, no outlier test";
        return Scored(DipRule.Normal, b * k, $"{range}: normal, score = {Points(b)} × {coefficient} = {Points(b * k)}");
    }

    private static string Money(decimal value) => value.ToString("0.00########", CultureInfo.InvariantCulture);

    private static string Points(decimal value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
