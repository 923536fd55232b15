using System.Globalization;
using System.Runtime.InteropServices;
using TieredCare.Drg;
using TieredCare.Drg.Analytics;

namespace TieredCare.Payment;

/// <summary>The reference figures of one payment group (a DRG; a DIP combination under another method) that give its cases their base points.</summary>
/// <param name="Group">The group code.</param>
/// <param name="Cases">Reference cases behind the mean (0 when the reference does not say).</param>
/// <param name="MeanCost">M: the group's mean total cost in the reference, exact.</param>
/// <param name="RelativeWeight">RW = M ÷ m (as published, for a weight table).</param>
/// <param name="BasePoints">B = points per unit weight × RW: the points of a normal case before the hospital coefficient.</param>
public sealed record GroupBase(string Group, int Cases, decimal MeanCost, decimal RelativeWeight, decimal BasePoints);

/// <summary>
/// The method that gives a case its base points — the pluggable part of a point settlement. <see cref="DrgBasePoints"/> is
/// the DRG point method (DRG点数法); a DIP score table (按病种分值付费) plugs in by implementing this over its combinations.
/// The settlement applies the policy's rules (coefficients, outliers, incomplete stays, per-diem, special review) on top.
/// </summary>
public interface IBasePointMethod
{
    /// <summary>The method's name as a settlement records it, e.g. <c>drg-points</c>.</summary>
    string Method { get; }

    /// <summary>Where the reference figures come from, in words (e.g. "the settlement period itself").</summary>
    string Reference { get; }

    /// <summary>m: the overall mean cost of the reference, which turns a high outlier's excess cost into points.</summary>
    decimal OverallMeanCost { get; }

    /// <summary>Points per unit of weight: 100 for DRG points (B = 100 × RW; excess points = excess ÷ m × 100).</summary>
    decimal PointsPerWeight { get; }

    /// <summary>Every group of the reference, in ordinal code order; hashed into the settlement's fingerprint.</summary>
    IReadOnlyList<GroupBase> Groups { get; }

    /// <summary>The group a successfully grouped case belongs to, or <see langword="null"/> when the reference does not have it.</summary>
    GroupBase? GroupOf(SettlementCase settlementCase);
}

/// <summary>
/// The DRG point method's base points: M_d = the mean total cost of the successfully grouped cases of DRG d in the reference,
/// m = the mean over all of them, RW_d = M_d ÷ m, B_d = pointsPerRw × RW_d. Exact decimals, nothing rounded.
/// </summary>
public sealed class DrgBasePoints : IBasePointMethod
{
    private readonly Dictionary<string, GroupBase> _byDrg;

    private DrgBasePoints(string reference, decimal overallMean, decimal pointsPerRw, List<GroupBase> groups)
    {
        groups.Sort((a, b) => string.CompareOrdinal(a.Group, b.Group));
        Reference = reference;
        OverallMeanCost = overallMean;
        PointsPerWeight = pointsPerRw;
        Groups = groups;
        _byDrg = groups.ToDictionary(g => g.Group, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public string Method => "drg-points";

    /// <inheritdoc />
    public string Reference { get; }

    /// <inheritdoc />
    public decimal OverallMeanCost { get; }

    /// <inheritdoc />
    public decimal PointsPerWeight { get; }

    /// <inheritdoc />
    public IReadOnlyList<GroupBase> Groups { get; }

    /// <inheritdoc />
    public GroupBase? GroupOf(SettlementCase settlementCase)
    {
        ArgumentNullException.ThrowIfNull(settlementCase);
        return _byDrg.GetValueOrDefault(settlementCase.Drg);
    }

    /// <summary>
    /// Base points from the cases themselves (the default reference): every successfully grouped case counts in its DRG's
    /// mean and in m, however it is paid (per-diem and special-review cases describe the period's costs too).
    /// </summary>
    /// <exception cref="SettlementException">No case is grouped, or every grouped case costs 0.</exception>
    public static DrgBasePoints FromPeriod(IEnumerable<SettlementCase> cases, decimal pointsPerRw)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var sums = new Dictionary<string, (int Cases, decimal Cost)>(StringComparer.Ordinal);
        var (count, total) = (0, 0m);
        foreach (var c in cases)
        {
            if (c.Status != GroupingStatus.Success) continue;
            ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(sums, c.Drg, out _);
            sum = (sum.Cases + 1, sum.Cost + c.TotalCost);
            count++;
            total += c.TotalCost;
        }
        if (count == 0) throw new SettlementException("the weight reference (the settlement period itself) has no successfully grouped case, so no DRG has a mean cost");
        if (total == 0) throw new SettlementException("the overall mean cost m of the grouped cases is 0, so no relative weight can be computed");

        var m = total / count;
        var groups = new List<GroupBase>(sums.Count);
        foreach (var (drg, (n, sum)) in sums)
        {
            var mean = sum / n;
            var rw = mean / m;
            groups.Add(new GroupBase(drg, n, mean, rw, pointsPerRw * rw));
        }
        return new DrgBasePoints("the settlement period itself", m, pointsPerRw, groups);
    }

    /// <summary>
    /// Base points from a weight table of another period (written by <c>tieredcare drg weights</c>): M_d is its mean cost and
    /// RW_d its published weight, so B_d = pointsPerRw × rw; m is the table's overall mean when it carries one, else the
    /// mean of its means weighted by cases used (Σ cases_used × mean_cost ÷ Σ cases_used).
    /// </summary>
    /// <exception cref="SettlementException">The table is empty or its overall mean is 0.</exception>
    public static DrgBasePoints FromTable(DrgWeightTable table, decimal pointsPerRw, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Count == 0) throw new SettlementException("the weight table has no DRG");
        var m = table.OverallMeanCost ?? WeightedMean(table);
        if (m == 0) throw new SettlementException("the weight table's overall mean cost m is 0");
        var groups = table.Weights.Select(w => new GroupBase(w.Drg, w.CasesUsed, w.MeanCost, w.RelativeWeight, pointsPerRw * w.RelativeWeight)).ToList();
        var reference = string.Create(CultureInfo.InvariantCulture, $"the weight table{(name is null ? "" : " " + name)} ({table.Count} DRGs)");
        return new DrgBasePoints(reference, m, pointsPerRw, groups);
    }

    private static decimal WeightedMean(DrgWeightTable table)
    {
        var (cases, cost) = (0L, 0m);
        foreach (var w in table.Weights)
        {
            cases += w.CasesUsed;
            cost += w.CasesUsed * w.MeanCost;
        }
        return cost / cases;
    }
}
