namespace TieredCare.Supervision;

/// <summary>
/// Stays out of line with their DRG in the run's own data: far longer or shorter than the DRG's interquartile range, very
/// short at a very high cost, and 0- or 1-day stays in surgical DRGs where such stays are rare. Each rule needs at least
/// <see cref="SupervisionOptions.StayMinimumDrgCases"/> cases of the DRG; the README states the rules in full.
/// </summary>
public static class AbnormalStayDetector
{
    /// <summary>Finds abnormal stays; a case can have several (e.g. short and expensive, in a surgical DRG).</summary>
    /// <exception cref="ArgumentException">A case is invalid or a case id repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static IReadOnlyList<Finding> Detect(IReadOnlyList<SupervisedCase> cases, SupervisionOptions? options = null)
    {
        options ??= SupervisionOptions.Default;
        options.Validate();
        return Run(CaseSet.Of(cases), options, out _);
    }

    internal static List<Finding> Run(CaseSet set, SupervisionOptions options, out int drgsMeasured)
    {
        var byDrg = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < set.Count; i++)
        {
            if (set.Drgs[i] is not { } drg) continue;
            if (!byDrg.TryGetValue(drg.Drg, out var members)) byDrg.Add(drg.Drg, members = []);
            members.Add(i);
        }
        var exempt = options.ShortStayExemptDispositions.ToHashSet();
        var daySurgery = options.DaySurgeryAdrgs.ToHashSet(StringComparer.Ordinal);
        var weights = (Long: options.WeightOf(FindingKind.LongStay), Short: options.WeightOf(FindingKind.ShortStay),
            Costly: options.WeightOf(FindingKind.ShortStayHighCost), Surgical: options.WeightOf(FindingKind.ShortSurgicalStay));
        var findings = new List<Finding>();
        drgsMeasured = 0;
        foreach (var (code, members) in byDrg.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            if (members.Count < options.StayMinimumDrgCases) continue;
            drgsMeasured++;
            var d = Distribution.Of(set, members, options);
            var drg = set.Drgs[members[0]]!.Value;
            var surgicalRuleApplies = drg.Type == AdrgType.Surgical && !daySurgery.Contains(drg.Adrg) && d.ShortSurgicalShare <= options.ShortSurgicalMaxRegionShare;
            foreach (var i in members)
            {
                var c = set.Cases[i];
                var explained = c.Disposition is { } disposition && exempt.Contains(disposition);
                if (weights.Long > 0 && c.LosDays > d.UpperFence)
                {
                    var x = (c.LosDays - d.Q3) / d.Iqr;
                    findings.Add(Finding(FindingKind.LongStay, c, d, weights.Long * Stats.Strength(x, options.StayFenceMultiplier), options));
                }
                if (explained) continue;
                if (weights.Short > 0 && d.LowerFence >= 1 && c.LosDays < d.LowerFence)
                {
                    var x = (d.Q1 - c.LosDays) / d.Iqr;
                    findings.Add(Finding(FindingKind.ShortStay, c, d, weights.Short * Stats.Strength(x, options.StayFenceMultiplier), options));
                }
                if (weights.Costly > 0 && d.MedianCost > 0 && c.LosDays <= options.ShortStayFraction * d.Median
                    && c.TotalCost >= options.HighCostMultiple * d.MedianCost)
                {
                    var ratio = (double)(c.TotalCost / d.MedianCost);
                    findings.Add(Finding(FindingKind.ShortStayHighCost, c, d, weights.Costly * Stats.Strength(ratio, (double)options.HighCostMultiple), options));
                }
                if (weights.Surgical > 0 && surgicalRuleApplies && c.LosDays <= options.ShortSurgicalStayMaxDays)
                {
                    var strength = d.MedianCost > 0 ? Stats.Strength((double)(c.TotalCost / d.MedianCost), 1) : 0.5;
                    findings.Add(Finding(FindingKind.ShortSurgicalStay, c, d, weights.Surgical * strength, options));
                }
            }
        }
        return findings;
    }

    private static Finding Finding(FindingKind kind, SupervisedCase c, Distribution d, double score, SupervisionOptions o)
    {
        var ratio = d.MedianCost > 0 ? (double)(c.TotalCost / d.MedianCost) : 0;
        var head = $"病例 {c.CaseId}（{c.Hospital}，DRG {d.Drg}）住院 {c.LosDays} 天，费用 {Text.Money(c.TotalCost)} 元";
        var headEn = $"Case {c.CaseId} ({c.Hospital}, DRG {d.Drg}) stayed {c.LosDays} days at {Text.Money(c.TotalCost)} yuan";
        var spread = $"全市该 DRG {Text.Count(d.Cases)} 例住院天数 Q1 {Text.Number(d.Q1, 1)}、中位数 {Text.Number(d.Median, 1)}、Q3 {Text.Number(d.Q3, 1)} 天";
        var spreadEn = $"the DRG's {Text.Count(d.Cases)} stays in the run have Q1 {Text.Number(d.Q1, 1)}, median {Text.Number(d.Median, 1)}, Q3 {Text.Number(d.Q3, 1)} days";
        var k = Text.Number(o.StayFenceMultiplier, 1);
        var (zh, en, fence) = kind switch
        {
            FindingKind.LongStay => (
                $"{head}；{spread}，上限 Q3 + {k}×IQR = {Text.Number(d.UpperFence, 1)} 天，该病例超出上限。疑似挂床住院或延迟出院，请核查医嘱与护理记录。",
                $"{headEn}; {spreadEn}, upper fence Q3 + {k}×IQR = {Text.Number(d.UpperFence, 1)} days, which it exceeds. Possible ghost or prolonged stay; check orders and nursing records.",
                d.UpperFence),
            FindingKind.ShortStay => (
                $"{head}；{spread}，下限 Q1 − {k}×IQR = {Text.Number(d.LowerFence, 1)} 天，该病例低于下限（离院方式 {DispositionZh(c.Disposition)}）。疑似低标准入院或分解住院的一段，请核查入院指征。",
                $"{headEn}; {spreadEn}, lower fence Q1 − {k}×IQR = {Text.Number(d.LowerFence, 1)} days, which it falls below (disposition {DispositionEn(c.Disposition)}). Possible admission without indication or part of a split stay; check the admission criteria.",
                d.LowerFence),
            FindingKind.ShortStayHighCost => (
                $"{head}，不超过该 DRG 中位住院日 {Text.Number(d.Median, 1)} 天的 {Text.Percent(o.ShortStayFraction)}，费用却为该 DRG 中位费用 {Text.Money(d.MedianCost)} 元的 {Text.Number(ratio, 2)} 倍（阈值 {Text.Number((double)o.HighCostMultiple, 2)} 倍）。疑似多记、虚记费用，请核查收费明细。",
                $"{headEn}: at most {Text.Percent(o.ShortStayFraction)} of the DRG's median stay of {Text.Number(d.Median, 1)} days, yet {Text.Number(ratio, 2)} times its median cost of {Text.Money(d.MedianCost)} yuan (threshold {Text.Number((double)o.HighCostMultiple, 2)}). Possible inflated or fictitious charges; check the itemised bill.",
                o.ShortStayFraction * d.Median),
            _ => (
                $"{head}；该 DRG 为手术组，全市 {Text.Count(d.Cases)} 例中仅 {Text.Percent(d.ShortSurgicalShare)} 住院不超过 {o.ShortSurgicalStayMaxDays} 天；费用为中位费用 {Text.Money(d.MedianCost)} 元的 {Text.Number(ratio, 2)} 倍。请核实手术是否实施，是否属日间手术或门诊手术转住院。",
                $"{headEn} in a surgical DRG where only {Text.Percent(d.ShortSurgicalShare)} of the run's {Text.Count(d.Cases)} stays last at most {o.ShortSurgicalStayMaxDays} days; its cost is {Text.Number(ratio, 2)} times the median of {Text.Money(d.MedianCost)} yuan. Check that the operation took place and whether it was day surgery or outpatient surgery admitted as inpatient.",
                o.ShortSurgicalStayMaxDays),
        };
        var facts = Text.Facts(
            ("drg", d.Drg), ("los_days", Text.Int(c.LosDays)), ("drg_cases", Text.Int(d.Cases)),
            ("q1_days", Text.Number(d.Q1, 2)), ("median_days", Text.Number(d.Median, 2)), ("q3_days", Text.Number(d.Q3, 2)),
            ("iqr_days", Text.Number(d.Iqr, 2)), ("fence_days", Text.Number(fence, 2)),
            ("total_cost", Text.MoneyFact(c.TotalCost)), ("median_cost", Text.MoneyFact(d.MedianCost)), ("cost_ratio", Text.Number(ratio, 2)),
            ("short_surgical_share", Text.Number(d.ShortSurgicalShare, 4)), ("disposition", c.Disposition is { } x ? Text.Int(x) : ""));
        return new Finding(kind, [c.CaseId], c.Hospital, score, new Evidence(zh, en), facts);
    }

    private static string DispositionZh(int? code) => code is { } c ? Text.Int(c) : "未填";

    private static string DispositionEn(int? code) => code is { } c ? Text.Int(c) : "missing";

    /// <summary>A DRG's length-of-stay quartiles and fences and its median cost, over the run's cases.</summary>
    private sealed record Distribution(
        string Drg, int Cases, double Q1, double Median, double Q3, double Iqr, double UpperFence, double LowerFence, decimal MedianCost,
        double ShortSurgicalShare)
    {
        public static Distribution Of(CaseSet set, List<int> members, SupervisionOptions o)
        {
            var stays = new int[members.Count];
            var costs = new decimal[members.Count];
            var veryShort = 0;
            for (var m = 0; m < members.Count; m++)
            {
                var c = set.Cases[members[m]];
                stays[m] = c.LosDays;
                costs[m] = c.TotalCost;
                if (c.LosDays <= o.ShortSurgicalStayMaxDays) veryShort++;
            }
            Array.Sort(stays);
            Array.Sort(costs);
            var (q1, median, q3) = (Stats.Quantile(stays, 0.25), Stats.Quantile(stays, 0.5), Stats.Quantile(stays, 0.75));
            var iqr = Math.Max(q3 - q1, o.StayMinimumIqrDays);
            return new Distribution(set.Drgs[members[0]]!.Value.Drg, members.Count, q1, median, q3, iqr,
                q3 + (o.StayFenceMultiplier * iqr), q1 - (o.StayFenceMultiplier * iqr), Stats.Median(costs), (double)veryShort / members.Count);
        }
    }
}
