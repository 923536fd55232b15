namespace TieredCare.Drg.Analytics;

/// <summary>
/// Computes relative weights (RW, 相对权重) and mortality risk strata from a reference population, as
/// indicators-and-abstracts.md §1.3 defines them. Pure: the result depends on the cases and options only.
/// </summary>
/// <remarks>
/// <para>Only <see cref="GroupingStatus.Success"/> cases count. A DRG's <c>cases</c> are all of them; its mean cost and stay
/// use the cases with a known cost and length of stay that trimming keeps (<c>cases_used</c>). The overall mean cost is the
/// mean over every used case of every DRG, so Σ RW × cases_used ÷ Σ cases_used = 1 up to the rounding of RW.</para>
/// <para>Trimming (<see cref="WeightOptions.Trimming"/>) applies per DRG, only to DRGs with at least
/// <see cref="WeightOptions.MinimumCasesForTrimming"/> cases of known cost and stay. Should trimming drop every case of a
/// DRG (possible only under <see cref="WeightTrimming.ThreeSigmaLog"/> when all its costs are 0), the DRG keeps its
/// untrimmed cases. A DRG without any case of known cost and stay has no mean cost and gets no row: in a profile its
/// cases count as unweighted.</para>
/// <para>Risk strata: over the rated DRGs (at least <see cref="WeightOptions.MinimumCasesForRisk"/> cases) with at least
/// one death, take the mean and sample SD of ln(mortality); see <see cref="RiskStrata.Classify"/>. A rated DRG without
/// deaths is low risk, since ln 0 = −∞ lies below any threshold. Mortality is deaths ÷ all cases of the DRG: trimming is about
/// costs and does not remove deaths.</para>
/// <para>Exact sums in decimal; rounding (away from zero) happens once per published value: mean cost to 2 places, mean stay to
/// 4, RW to 4, mortality to 6. RW is computed from the unrounded means.</para>
/// </remarks>
public static class RelativeWeights
{
    private const decimal Fence = 1.5m;
    private const double Sigmas = 3;

    /// <summary>Computes the weight table of <paramref name="reference"/>, enumerating it once.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static DrgWeightTable Compute(IEnumerable<GroupedCase> reference, WeightOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        options ??= WeightOptions.Default;
        options.Validate();

        var groups = new List<Group>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var measured = options.Trimming == WeightTrimming.None
            ? null
            : new MeasuredCases(reference.TryGetNonEnumeratedCount(out var count) ? count : 1024);
        foreach (var c in reference)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(reference));
            if (c.Status != GroupingStatus.Success) continue;
            if (!index.TryGetValue(c.Drg, out var g))
            {
                g = groups.Count;
                index.Add(c.Drg, g);
                groups.Add(new Group(c.Drg));
            }
            var group = groups[g];
            group.Cases++;
            if (c.Died) group.Deaths++;
            if (c.TotalCost is { } cost && c.LosDays is { } los)
            {
                group.Measured++;
                group.CostSum += cost;
                group.LosSum += los;
                measured?.Add(g, cost, los);
            }
        }
        foreach (var group in groups) (group.Used, group.UsedCostSum, group.UsedLosSum) = (group.Measured, group.CostSum, group.LosSum);
        if (measured is { Count: > 0 }) Trim(groups, measured, options);

        var usedCases = 0L;
        var usedCost = 0m;
        foreach (var group in groups)
        {
            usedCases += group.Used;
            usedCost += group.UsedCostSum;
        }
        if (usedCases == 0) return new DrgWeightTable([]);
        var overall = usedCost / usedCases;

        var logs = new List<double>();
        foreach (var group in groups)
        {
            if (group.Used > 0 && group.Cases >= options.MinimumCasesForRisk && group.Deaths > 0) logs.Add(Math.Log((double)group.Deaths / group.Cases));
        }
        var strata = logs.Count == 0 ? null : new RiskStrata(logs.Count, logs.Average(), SampleSd(logs));

        var weights = new List<DrgWeight>(groups.Count);
        foreach (var group in groups)
        {
            if (group.Used == 0) continue;
            var meanCost = group.UsedCostSum / group.Used;
            var rw = overall == 0 ? 0 : Round(meanCost / overall, 4);
            var risk = group.Cases < options.MinimumCasesForRisk ? RiskLevel.Unrated
                : group.Deaths == 0 ? RiskLevel.Low
                : strata!.Classify((double)group.Deaths / group.Cases);
            weights.Add(new DrgWeight(
                group.Drg, options.Names?.GetValueOrDefault(group.Drg) ?? "", group.Cases, group.Used, Round(meanCost, 2),
                Round((decimal)group.UsedLosSum / group.Used, 4), rw, group.Deaths, Round((decimal)group.Deaths / group.Cases, 6), risk));
        }
        return new DrgWeightTable(weights, overall, strata);
    }

    internal static decimal Round(decimal value, int places) => Math.Round(value, places, MidpointRounding.AwayFromZero);

    private static double SampleSd(List<double> values)
    {
        if (values.Count < 2) return 0;
        var mean = values.Average();
        var squares = 0.0;
        foreach (var v in values) squares += (v - mean) * (v - mean);
        return Math.Sqrt(squares / (values.Count - 1));
    }

    private static void Trim(List<Group> groups, MeasuredCases measured, WeightOptions options)
    {
        // Bucket the measured cases by DRG (a counting sort), so each DRG's costs lie side by side.
        var offsets = new int[groups.Count + 1];
        for (var g = 0; g < groups.Count; g++) offsets[g + 1] = checked(offsets[g] + groups[g].Measured);
        var cursor = offsets[..^1];
        var costs = new decimal[measured.Count];
        var stays = new int[measured.Count];
        for (var i = 0; i < measured.Count; i++)
        {
            var at = cursor[measured.Groups[i]]++;
            costs[at] = measured.Costs[i];
            stays[at] = measured.Stays[i];
        }

        var logs = options.Trimming == WeightTrimming.ThreeSigmaLog ? new double[groups.Max(g => g.Measured)] : [];
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            if (group.Measured < options.MinimumCasesForTrimming) continue;
            var cost = costs.AsSpan(offsets[g], group.Measured);
            var stay = stays.AsSpan(offsets[g], group.Measured);
            var (used, costSum, losSum) = options.Trimming == WeightTrimming.Iqr ? KeepInsideFences(cost, stay) : KeepWithinThreeSigmaLog(cost, stay, logs);
            if (used > 0) (group.Used, group.UsedCostSum, group.UsedLosSum) = (used, costSum, losSum);
        }
    }

    private static (int Used, decimal CostSum, long LosSum) KeepInsideFences(Span<decimal> cost, Span<int> stay)
    {
        cost.Sort(stay);
        var q1 = Quartile(cost, 1);
        var q3 = Quartile(cost, 3);
        var low = q1 - Fence * (q3 - q1);
        var high = q3 + Fence * (q3 - q1);
        var (used, costSum, losSum) = (0, 0m, 0L);
        for (var i = 0; i < cost.Length; i++)
        {
            if (cost[i] < low || cost[i] > high) continue;
            used++;
            costSum += cost[i];
            losSum += stay[i];
        }
        return (used, costSum, losSum);
    }

    /// <summary>The k-th quartile of sorted values, interpolated at position (n − 1)·k/4; exact, since k/4 is a multiple of 0.25.</summary>
    internal static decimal Quartile(ReadOnlySpan<decimal> sorted, int k)
    {
        var position = (sorted.Length - 1) * k;
        var (below, remainder) = (position / 4, position % 4);
        return remainder == 0 ? sorted[below] : sorted[below] + (sorted[below + 1] - sorted[below]) * remainder / 4;
    }

    private static (int Used, decimal CostSum, long LosSum) KeepWithinThreeSigmaLog(Span<decimal> cost, Span<int> stay, double[] logs)
    {
        var n = 0;
        var sum = 0.0;
        for (var i = 0; i < cost.Length; i++)
        {
            logs[i] = cost[i] > 0 ? Math.Log((double)cost[i]) : double.NaN;
            if (cost[i] > 0)
            {
                n++;
                sum += logs[i];
            }
        }
        if (n == 0) return (0, 0, 0);
        var mean = sum / n;
        var squares = 0.0;
        for (var i = 0; i < cost.Length; i++)
        {
            if (cost[i] > 0) squares += (logs[i] - mean) * (logs[i] - mean);
        }
        var sd = n < 2 ? 0 : Math.Sqrt(squares / (n - 1));
        // Equal costs give an SD of 0 and a mean a rounding error away from their logarithm; the slack keeps them.
        var limit = (Sigmas * sd) + 1e-9;
        var (used, costSum, losSum) = (0, 0m, 0L);
        for (var i = 0; i < cost.Length; i++)
        {
            if (!(Math.Abs(logs[i] - mean) <= limit)) continue; // NaN (cost 0) fails the test and is dropped
            used++;
            costSum += cost[i];
            losSum += stay[i];
        }
        return (used, costSum, losSum);
    }

    private sealed class Group(string drg)
    {
        public string Drg { get; } = drg;
        public int Cases { get; set; }
        public int Deaths { get; set; }
        public int Measured { get; set; }
        public decimal CostSum { get; set; }
        public long LosSum { get; set; }
        public int Used { get; set; }
        public decimal UsedCostSum { get; set; }
        public long UsedLosSum { get; set; }
    }

    /// <summary>The DRG, cost and stay of every case with a known cost and stay, in columns that grow by doubling.</summary>
    private sealed class MeasuredCases(int capacity)
    {
        public int[] Groups { get; private set; } = new int[Math.Max(capacity, 16)];
        public decimal[] Costs { get; private set; } = new decimal[Math.Max(capacity, 16)];
        public int[] Stays { get; private set; } = new int[Math.Max(capacity, 16)];
        public int Count { get; private set; }

        public void Add(int group, decimal cost, int stay)
        {
            if (Count == Groups.Length)
            {
                var size = checked(Count * 2);
                (Groups, Costs, Stays) = (Resize(Groups, size), Resize(Costs, size), Resize(Stays, size));
            }
            Groups[Count] = group;
            Costs[Count] = cost;
            Stays[Count] = stay;
            Count++;
        }

        private static T[] Resize<T>(T[] array, int size)
        {
            Array.Resize(ref array, size);
            return array;
        }
    }
}
