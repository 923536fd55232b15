using System.Globalization;
using TieredCare.Payment.Dip;

namespace TieredCare.Payment;

/// <summary>
/// DIP (按病种分值付费) as the base-point method of the point settlement: a case's group is its DIP
/// combination (core, else the pool it falls into), its base points the combination's score.
/// </summary>
/// <remarks>
/// With <see cref="PaymentPolicy.DipReference"/> (outliers at 2× and 0.5× the combination mean, no
/// incomplete-stay rule) the settlement's formulas are the national DIP ones: with score B = M ÷ m × 1000,
/// a high-cost case gets B + (C − 2M) ÷ m × 1000 = B × [(C ÷ M − 2) + 1], a low-cost case B × C ÷ M, any
/// other B × k. The hospital coefficient k comes from the policy, as for DRG.
/// </remarks>
public sealed class DipBasePoints : IBasePointMethod
{
    private readonly DipCatalogue _catalogue;
    private readonly IReadOnlyDictionary<string, DipCase> _cases;
    private readonly Dictionary<string, GroupBase> _groups;

    private DipBasePoints(DipCatalogue catalogue, IReadOnlyDictionary<string, DipCase> cases, decimal scoreBase, string reference)
    {
        _catalogue = catalogue;
        _cases = cases;
        PointsPerWeight = scoreBase;
        Reference = reference;
        OverallMeanCost = catalogue.OverallMeanCost ?? throw new ArgumentException("the DIP catalogue has no overall mean cost", nameof(catalogue));
        _groups = catalogue.Combinations.ToDictionary(c => c.Key, c => new GroupBase(c.Key, c.Cases, c.MeanCost, c.Score / scoreBase, c.Score), StringComparer.Ordinal);
        Groups = [.. _groups.Values.OrderBy(g => g.Group, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public string Method => "dip";

    /// <inheritdoc />
    public string Reference { get; }

    /// <inheritdoc />
    public decimal OverallMeanCost { get; }

    /// <inheritdoc />
    public decimal PointsPerWeight { get; }

    /// <inheritdoc />
    public IReadOnlyList<GroupBase> Groups { get; }

    /// <summary>
    /// Builds the catalogue from the reference cases (by default the settled period's own) and pairs each
    /// settlement case with its DIP case by case id.
    /// </summary>
    /// <param name="dipCases">Every settlement case's diagnosis and procedures, by case id.</param>
    /// <param name="reference">The cases the catalogue is built from.</param>
    /// <param name="options">Core threshold, score base and treatment classifier; <see cref="DipOptions.Default"/> when null.</param>
    public static DipBasePoints Build(IReadOnlyDictionary<string, DipCase> dipCases, IEnumerable<DipCase> reference, DipOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dipCases);
        options ??= DipOptions.Default;
        var catalogue = DipCatalogue.Build(reference, options);
        return new DipBasePoints(catalogue, dipCases, options.ScoreBase,
            string.Create(CultureInfo.InvariantCulture, $"DIP catalogue of {catalogue.Count} combinations from the reference period"));
    }

    /// <inheritdoc />
    public GroupBase? GroupOf(SettlementCase settlementCase)
    {
        ArgumentNullException.ThrowIfNull(settlementCase);
        if (!_cases.TryGetValue(settlementCase.CaseId, out var dipCase))
        {
            return null;
        }

        var score = DipScoring.Score(dipCase, _catalogue);
        return score.Kind is null ? null : _groups.GetValueOrDefault(score.CombinationKey);
    }
}
