namespace TieredCare.Drg.Analytics;

/// <summary>What one profile row stands for.</summary>
public enum ProfileLevel
{
    /// <summary>One row per hospital (institution code); the department is empty.</summary>
    Hospital,

    /// <summary>One row per hospital and discharge department.</summary>
    HospitalDepartment,
}

/// <summary>One DRG's part in a profile row: enough to recompute the row's CMI and indices by hand.</summary>
/// <param name="Drg">The DRG code.</param>
/// <param name="Cases">The row's successfully grouped cases in the DRG (n_g).</param>
/// <param name="Deaths">Deaths among them.</param>
/// <param name="RelativeWeight">The reference RW, or <see langword="null"/> when the DRG is not in the reference table (unweighted).</param>
/// <param name="Risk">The reference risk stratum, or <see langword="null"/> when unweighted.</param>
/// <param name="MeanCost">The row's mean cost in the DRG over its cases of known cost, rounded to 2 places; <see langword="null"/> when none.</param>
/// <param name="CostRatio">k_g = <paramref name="MeanCost"/> ÷ the reference mean cost, rounded to 4 places; <see langword="null"/> when either is missing or the reference mean is 0.</param>
/// <param name="MeanLos">The row's mean length of stay in the DRG, rounded to 4 places; <see langword="null"/> when none is known.</param>
/// <param name="TimeRatio">The same ratio for the length of stay, rounded to 4 places.</param>
public sealed record DrgContribution(
    string Drg, int Cases, int Deaths, decimal? RelativeWeight, RiskLevel? Risk, decimal? MeanCost, decimal? CostRatio, decimal? MeanLos, decimal? TimeRatio);

/// <summary>The DRG performance figures of a hospital, a hospital's department, or the whole region.</summary>
/// <param name="Hospital">The institution code, or <see cref="DrgProfile.RegionHospital"/> for the region row.</param>
/// <param name="Department">The department code; empty at <see cref="ProfileLevel.Hospital"/> and in the region row.</param>
/// <param name="Cases">All cases, whatever their grouping status.</param>
/// <param name="Grouped">Cases grouped into a DRG (status success).</param>
/// <param name="Ungroupable">Ungroupable cases (无法入组).</param>
/// <param name="Ambiguous">Ambiguous cases (歧义, xQY).</param>
/// <param name="Invalid">Cases that failed validation.</param>
/// <param name="DrgGroups">DRG组数: the number of distinct DRGs among the grouped cases, weighted or not.</param>
/// <param name="Unweighted">Grouped cases in a DRG that the reference table lacks; they are left out of CMI, the indices and low-risk figures.</param>
/// <param name="TotalWeight">总权重: Σ RW_g × n_g over the weighted cases.</param>
/// <param name="Cmi">CMI = <paramref name="TotalWeight"/> ÷ weighted cases, rounded to 4 places; <see langword="null"/> without weighted cases.</param>
/// <param name="CostIndex">费用消耗指数 = Σ_g k_g × n_g ÷ Σ_g n_g over the weighted cases of known cost, rounded to 4 places.</param>
/// <param name="TimeIndex">时间消耗指数: the same with the length of stay.</param>
/// <param name="LowRiskCases">Grouped cases in DRGs of the reference's low-risk stratum.</param>
/// <param name="LowRiskDeaths">Deaths among them.</param>
/// <param name="LowRiskMortality">低风险组病例死亡率 as a fraction, rounded to 6 places; <see langword="null"/> without low-risk cases.</param>
/// <param name="Contributions">The row's DRGs in ordinal code order, weighted and unweighted.</param>
public sealed record ProfileRow(
    string Hospital, string Department, int Cases, int Grouped, int Ungroupable, int Ambiguous, int Invalid, int DrgGroups, int Unweighted,
    decimal TotalWeight, decimal? Cmi, decimal? CostIndex, decimal? TimeIndex, int LowRiskCases, int LowRiskDeaths, decimal? LowRiskMortality,
    IReadOnlyList<DrgContribution> Contributions);

/// <summary>
/// The DRG profile of a period against a reference weight table (indicators-and-abstracts.md §1.3): per hospital (or
/// hospital and department) and for the region, case counts by grouping status, DRG组数, CMI, the cost and time
/// consumption indices and low-risk mortality, each row with its per-DRG contributions. Pure.
/// </summary>
/// <remarks>
/// k_g compares the row's own mean in DRG g (all its cases of known cost; trimming is only for building the reference)
/// with the reference mean of g. The indices are computed from the row's exact sums as Σ_g (cost sum_g ÷ reference mean_g) ÷
/// Σ_g n_g (in decimal, to 28 significant digits) and rounded once; the contributions' rounded k_g are for display. Rows are ordered by hospital, then department, in ordinal order.
/// </remarks>
public sealed class DrgProfile
{
    /// <summary>The hospital column of the region row; institution codes have at least 4 characters, so it cannot clash.</summary>
    public const string RegionHospital = "ALL";

    private DrgProfile(ProfileLevel level, IReadOnlyList<ProfileRow> rows, ProfileRow region) => (Level, Rows, Region) = (level, rows, region);

    /// <summary>What each row stands for.</summary>
    public ProfileLevel Level { get; }

    /// <summary>One row per hospital or hospital and department, ordered by hospital then department (ordinal).</summary>
    public IReadOnlyList<ProfileRow> Rows { get; }

    /// <summary>The region total over every case.</summary>
    public ProfileRow Region { get; }

    /// <summary>Builds the profile of <paramref name="cases"/>, enumerating them once.</summary>
    public static DrgProfile Build(IEnumerable<GroupedCase> cases, DrgWeightTable reference, ProfileLevel level = ProfileLevel.Hospital)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(reference);
        if (!Enum.IsDefined(level)) throw new ArgumentOutOfRangeException(nameof(level), level, "unknown profile level");

        var weights = new Reference(reference);
        var drgs = new Dictionary<string, int>(reference.Count, StringComparer.Ordinal);
        var codes = new List<string>(reference.Count);
        foreach (var w in reference.Weights)
        {
            drgs.Add(w.Drg, codes.Count);
            codes.Add(w.Drg);
        }

        var units = new Dictionary<(string Hospital, string Department), int>();
        var counts = new List<Counts>();
        // Per unit, the cell of each DRG index plus one (0: none yet); dense arrays, since a hash of (unit, DRG) costs more.
        var cellOf = new List<int[]>();
        var cells = new Growing<Cell>();
        var region = new Growing<Cell>();
        var regionCounts = new Counts("", "");
        foreach (var c in cases)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(cases));
            (string Hospital, string Department) key = (c.Hospital, level == ProfileLevel.Hospital ? "" : c.Department);
            if (!units.TryGetValue(key, out var u))
            {
                u = counts.Count;
                units.Add(key, u);
                counts.Add(new Counts(key.Hospital, key.Department));
                cellOf.Add(new int[codes.Count]);
            }
            counts[u].Add(c.Status);
            regionCounts.Add(c.Status);
            if (c.Status != GroupingStatus.Success) continue;

            if (!drgs.TryGetValue(c.Drg, out var g))
            {
                g = codes.Count;
                drgs.Add(c.Drg, g);
                codes.Add(c.Drg);
            }
            var unitCells = cellOf[u];
            if (g >= unitCells.Length)
            {
                Array.Resize(ref unitCells, codes.Count);
                cellOf[u] = unitCells;
            }
            var slot = unitCells[g] - 1;
            if (slot < 0)
            {
                slot = cells.Count;
                unitCells[g] = slot + 1;
                cells.Add(new Cell { Drg = g });
            }
            cells[slot].Add(c);
            while (region.Count <= g) region.Add(new Cell { Drg = region.Count });
            region[g].Add(c);
        }

        var inCodeOrder = InCodeOrder(codes);
        var buffer = new Cell[codes.Count];
        var rows = new ProfileRow[counts.Count];
        for (var u = 0; u < counts.Count; u++)
        {
            var unitCells = cellOf[u];
            var n = 0;
            foreach (var g in inCodeOrder)
            {
                if (g < unitCells.Length && unitCells[g] > 0) buffer[n++] = cells[unitCells[g] - 1];
            }
            rows[u] = Row(counts[u], buffer.AsSpan(0, n), weights, codes);
        }
        Array.Sort(rows, (a, b) => string.CompareOrdinal(a.Hospital, b.Hospital) is var h and not 0 ? h : string.CompareOrdinal(a.Department, b.Department));

        var regionCount = 0;
        foreach (var g in inCodeOrder)
        {
            if (g < region.Count && region[g].Cases > 0) buffer[regionCount++] = region[g];
        }
        var regionRow = Row(regionCounts, buffer.AsSpan(0, regionCount), weights, codes) with { Hospital = RegionHospital };
        return new DrgProfile(level, rows, regionRow);
    }

    private static int[] InCodeOrder(List<string> codes)
    {
        var order = new int[codes.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => string.CompareOrdinal(codes[a], codes[b]));
        return order;
    }

    private static ProfileRow Row(Counts counts, ReadOnlySpan<Cell> cells, Reference weights, List<string> codes)
    {
        var (weighted, totalWeight) = (0, 0m);
        var (costCases, costRatios, losCases, losRatios) = (0, 0m, 0, 0m);
        var (lowCases, lowDeaths) = (0, 0);
        var contributions = new DrgContribution[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            decimal? meanCost = cell.CostCases > 0 ? cell.CostSum / cell.CostCases : null;
            decimal? meanLos = cell.LosCases > 0 ? (decimal)cell.LosSum / cell.LosCases : null;
            if (cell.Drg >= weights.Rows.Count)
            {
                contributions[i] = new DrgContribution(codes[cell.Drg], cell.Cases, cell.Deaths, null, null, Round(meanCost, 2), null, Round(meanLos, 4), null);
                continue;
            }

            var w = weights.Rows[cell.Drg];
            weighted += cell.Cases;
            totalWeight += w.RelativeWeight * cell.Cases;
            decimal? costRatio = null, timeRatio = null;
            if (meanCost is { } cost && weights.PerMeanCost[cell.Drg] is { } perMeanCost)
            {
                costCases += cell.CostCases;
                costRatios += cell.CostSum * perMeanCost;
                costRatio = cost * perMeanCost;
            }
            if (meanLos is { } los && weights.PerMeanLos[cell.Drg] is { } perMeanLos)
            {
                losCases += cell.LosCases;
                losRatios += cell.LosSum * perMeanLos;
                timeRatio = los * perMeanLos;
            }
            if (w.Risk == RiskLevel.Low)
            {
                lowCases += cell.Cases;
                lowDeaths += cell.Deaths;
            }
            contributions[i] = new DrgContribution(
                w.Drg, cell.Cases, cell.Deaths, w.RelativeWeight, w.Risk, Round(meanCost, 2), Round(costRatio, 4), Round(meanLos, 4), Round(timeRatio, 4));
        }

        return new ProfileRow(
            counts.Hospital, counts.Department, counts.Cases, counts.Grouped, counts.Ungroupable, counts.Ambiguous, counts.Invalid, cells.Length,
            counts.Grouped - weighted, totalWeight, weighted > 0 ? Round(totalWeight / weighted, 4) : null,
            costCases > 0 ? Round(costRatios / costCases, 4) : null, losCases > 0 ? Round(losRatios / losCases, 4) : null,
            lowCases, lowDeaths, lowCases > 0 ? Round((decimal)lowDeaths / lowCases, 6) : null, contributions);
    }

    /// <summary>The reference rows with the reciprocals of their means (null for a mean of 0), so the rows multiply instead of divide.</summary>
    private sealed class Reference(DrgWeightTable table)
    {
        public IReadOnlyList<DrgWeight> Rows { get; } = table.Weights;
        public decimal?[] PerMeanCost { get; } = [.. table.Weights.Select(w => w.MeanCost > 0 ? 1 / w.MeanCost : (decimal?)null)];
        public decimal?[] PerMeanLos { get; } = [.. table.Weights.Select(w => w.MeanLos > 0 ? 1 / w.MeanLos : (decimal?)null)];
    }

    private static decimal? Round(decimal? value, int places) => value is { } v ? RelativeWeights.Round(v, places) : null;

    private sealed class Counts(string hospital, string department)
    {
        public string Hospital { get; } = hospital;
        public string Department { get; } = department;
        public int Cases { get; private set; }
        public int Grouped { get; private set; }
        public int Ungroupable { get; private set; }
        public int Ambiguous { get; private set; }
        public int Invalid { get; private set; }

        public void Add(GroupingStatus status)
        {
            Cases++;
            switch (status)
            {
                case GroupingStatus.Success: Grouped++; break;
                case GroupingStatus.Ungroupable: Ungroupable++; break;
                case GroupingStatus.AmbiguousQy: Ambiguous++; break;
                case GroupingStatus.Invalid: Invalid++; break;
                default: throw new ArgumentOutOfRangeException(nameof(status), status, "unknown grouping status");
            }
        }
    }

    /// <summary>The sums of one unit's (or the region's) cases in one DRG.</summary>
    private struct Cell
    {
        public int Drg;
        public int Cases;
        public int Deaths;
        public int CostCases;
        public int LosCases;
        public decimal CostSum;
        public long LosSum;

        public void Add(GroupedCase c)
        {
            Cases++;
            if (c.Died) Deaths++;
            if (c.TotalCost is { } cost)
            {
                CostCases++;
                CostSum += cost;
            }
            if (c.LosDays is { } los)
            {
                LosCases++;
                LosSum += los;
            }
        }
    }

    /// <summary>A list of structs whose items are updated in place.</summary>
    private sealed class Growing<T>
        where T : struct
    {
        private T[] _items = new T[64];

        public int Count { get; private set; }

        public ref T this[int index] => ref _items[index];

        public void Add(T item)
        {
            if (Count == _items.Length) Array.Resize(ref _items, checked(Count * 2));
            _items[Count++] = item;
        }

        public Span<T> AsSpan() => _items.AsSpan(0, Count);
    }
}
