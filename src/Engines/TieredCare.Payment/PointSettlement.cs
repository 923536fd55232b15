using System.Globalization;
using TieredCare.Drg;
using TieredCare.Drg.Analytics;

namespace TieredCare.Payment;

/// <summary>
/// Settles a period's cases under the DRG point method (DRG点数法) with the reference policy's rules; the base points come
/// from the period itself or from a weight table of another period. See <see cref="PointSettlement"/> for the rules.
/// </summary>
public static class DrgPointSettlement
{
    /// <summary>
    /// Settles <paramref name="cases"/> under <paramref name="policy"/>. Group means come from <paramref name="reference"/>
    /// when given (every pointed case's DRG must be in it), else from the cases themselves.
    /// </summary>
    /// <exception cref="PaymentPolicyException">The policy is not usable.</exception>
    /// <exception cref="SettlementException">The inputs do not make a settlement; nothing is settled.</exception>
    public static Settlement Settle(IReadOnlyList<SettlementCase> cases, PaymentPolicy policy, DrgWeightTable? reference = null) =>
        Settle(cases, policy, PaidAdvances.None, reference);

    /// <summary>As <see cref="Settle(IReadOnlyList{SettlementCase}, PaymentPolicy, DrgWeightTable?)"/>, with the advances monthly advance runs paid.</summary>
    /// <exception cref="PaymentPolicyException">The policy is not usable.</exception>
    /// <exception cref="SettlementException">The inputs do not make a settlement; nothing is settled.</exception>
    public static Settlement Settle(IReadOnlyList<SettlementCase> cases, PaymentPolicy policy, PaidAdvances paid, DrgWeightTable? reference = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate();
        if (reference is null && policy.WeightReference != PaymentPolicy.PeriodReference)
        {
            throw new SettlementException($"policy '{policy.Name}' {policy.Version} takes its weights from '{policy.WeightReference}'; read that table and pass it");
        }
        var method = reference is null
            ? DrgBasePoints.FromPeriod(cases, policy.PointsPerRw)
            : DrgBasePoints.FromTable(reference, policy.PointsPerRw, policy.WeightReference == PaymentPolicy.PeriodReference ? null : policy.WeightReference);
        return PointSettlement.Settle(cases, policy, method, paid);
    }
}

/// <summary>
/// A point settlement with a pluggable base-point method (<see cref="IBasePointMethod"/>). The rules (issue 4, items 1–7):
/// <list type="number">
/// <item>Cases that did not group (ungroupable, invalid, ambiguous xQY) and cases accepted for special review get no points and
/// are paid fee-for-service, r × (C − P). Special review is capped per hospital at ⌊specialReviewMaxShare × its cases⌋,
/// the costliest flagged cases first (ties by case id); the rest are settled by the rules below, with the refusal noted.</item>
/// <item>A grouped case in a per-diem group is paid LOS × rate, no points.</item>
/// <item>Any other grouped case earns points from its group's B and M, the hospital's k and the level's H: a high outlier
/// (C &gt; H × M) B × k + (C − H × M) ÷ m × 100; else a low outlier (C &lt; lowOutlierRatio × M) or an incomplete stay
/// (离院方式 in incompleteDispositions) B × k × min(1, C ÷ M); else B × k.</item>
/// <item>Fee-for-service and per-diem payments come out of the budget first; v = (budget − FFS − per-diem + Σ P of pointed
/// cases) ÷ Σ points. A hospital is due v × its points − its pointed cases' P + its FFS + its per-diem.</item>
/// <item>Each month, v_month = the month's cost of pointed cases ÷ the month's points (all hospitals); a hospital's advance is
/// advanceRate × (v_month × its month points − its month self-pay of pointed cases), paid to the cent. Balance = due (to the
/// cent) − advances paid.</item>
/// </list>
/// Cases are processed in ordinal case-id order, so the input order changes nothing, not even the last digit. Exact
/// decimals throughout; nothing is rounded except the payments of advances and the outputs.
/// </summary>
public static class PointSettlement
{
    /// <summary>Settles <paramref name="cases"/> under <paramref name="policy"/> with base points from <paramref name="method"/>.</summary>
    /// <exception cref="PaymentPolicyException">The policy is not usable.</exception>
    /// <exception cref="SettlementException">
    /// A case id appears twice, a self-pay exceeds its cost, a pointed case's group is not in the reference, a per-diem case
    /// has no length of stay, no case earns points, or the budget does not cover fee-for-service and per-diem payments. Every problem is listed.
    /// </exception>
    public static Settlement Settle(IReadOnlyList<SettlementCase> cases, PaymentPolicy policy, IBasePointMethod method) =>
        Settle(cases, policy, method, PaidAdvances.None);

    /// <summary>
    /// Settles <paramref name="cases"/> with the advances <paramref name="paid"/> recorded for the months it covers in place of
    /// rule 7's; a hospital paid an advance must have a case in the period, else its advance could not be set off.
    /// </summary>
    /// <exception cref="PaymentPolicyException">The policy is not usable.</exception>
    /// <exception cref="SettlementException">The inputs do not make a settlement; every problem is listed.</exception>
    public static Settlement Settle(IReadOnlyList<SettlementCase> cases, PaymentPolicy policy, IBasePointMethod method, PaidAdvances paid)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(paid);
        policy.Validate();

        var sorted = InCaseIdOrder(cases);
        var problems = new List<string>();
        for (var i = 0; i < sorted.Length; i++)
        {
            var c = sorted[i];
            if (i > 0 && sorted[i - 1].CaseId == c.CaseId && (i < 2 || sorted[i - 2].CaseId != c.CaseId)) problems.Add($"case {c.CaseId}: the case id appears more than once");
            if (c.SelfPay > c.TotalCost) problems.Add($"case {c.CaseId}: self-pay {Rounding.Canonical(c.SelfPay)} is above the total cost {Rounding.Canonical(c.TotalCost)}");
        }

        var hospitals = Hospitals(sorted, policy, problems);
        foreach (var (month, byHospital) in paid.ByMonth)
        {
            foreach (var (hospital, amount) in byHospital)
            {
                if (amount != 0 && !hospitals.Codes.Contains(hospital))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture,
                        $"hospital {hospital}: an advance of {Rounding.Money(amount)} was paid for {month} but the hospital has no case in the period, so it cannot be set off"));
                }
            }
        }
        var (accepted, notes) = SpecialReviews(sorted, hospitals, policy);

        var rules = new SettlementRule[sorted.Length];
        var points = new decimal[sorted.Length];
        var payments = new decimal[sorted.Length]; // fee-for-service and per-diem amounts; pointed amounts need v first
        var groups = new GroupBase?[sorted.Length];
        var perDiem = new Dictionary<string, (string Group, decimal Rate)?>(StringComparer.Ordinal);
        var (m, scale) = (method.OverallMeanCost, method.PointsPerWeight);
        for (var i = 0; i < sorted.Length; i++)
        {
            var c = sorted[i];
            var hospital = hospitals.Of[i];
            if (c.Status != GroupingStatus.Success || accepted[i])
            {
                rules[i] = c.Status == GroupingStatus.AmbiguousQy ? SettlementRule.FeeForServiceAmbiguous
                    : c.Status != GroupingStatus.Success ? SettlementRule.FeeForServiceUngroupable
                    : SettlementRule.SpecialReview;
                payments[i] = policy.FeeForServiceRate * (c.TotalCost - c.SelfPay);
                continue;
            }

            if (!perDiem.TryGetValue(c.Drg, out var day)) perDiem[c.Drg] = day = policy.PerDiemGroupOf(c.Drg);
            if (day is { } d)
            {
                rules[i] = SettlementRule.PerDiem;
                if (c.LosDays is { } los) payments[i] = los * d.Rate;
                else problems.Add($"case {c.CaseId}: DRG {c.Drg} is in per-diem group {d.Group}, which pays by the day, but the case has no length of stay");
                continue;
            }

            if (method.GroupOf(c) is not { } group)
            {
                problems.Add($"case {c.CaseId}: DRG {c.Drg} is absent from {method.Reference}, so the case has no base points");
                continue;
            }
            groups[i] = group;
            var (b, mean, k, h) = (group.BasePoints, group.MeanCost, hospital.Coefficient, hospital.Multiple);
            if (c.TotalCost > h * mean)
            {
                rules[i] = SettlementRule.HighOutlier;
                points[i] = (b * k) + ((c.TotalCost - (h * mean)) / m * scale);
            }
            else if (c.TotalCost < policy.LowOutlierRatio * mean)
            {
                rules[i] = SettlementRule.LowOutlier;
                points[i] = b * k * Math.Min(1m, c.TotalCost / mean); // mean > 0 here, since C ≥ 0
            }
            else if (policy.IsIncompleteStay(c.Disposition))
            {
                rules[i] = SettlementRule.IncompleteStay;
                points[i] = mean == 0 ? b * k : b * k * Math.Min(1m, c.TotalCost / mean);
            }
            else
            {
                rules[i] = SettlementRule.Normal;
                points[i] = b * k;
            }
        }
        if (problems.Count > 0) throw new SettlementException(problems);

        // Period totals, in case-id order.
        var (totalPoints, feeForService, perDiemPaid, selfPay, pointed) = (0m, 0m, 0m, 0m, 0);
        var byRule = Enum.GetValues<SettlementRule>().ToDictionary(r => r, _ => 0);
        for (var i = 0; i < sorted.Length; i++)
        {
            byRule[rules[i]]++;
            var sums = hospitals.Sums[hospitals.Of[i].Index];
            if (rules[i].EarnsPoints())
            {
                pointed++;
                totalPoints += points[i];
                selfPay += sorted[i].SelfPay;
                sums.Points += points[i];
                sums.SelfPay += sorted[i].SelfPay;
                sums.Pointed++;
            }
            else if (rules[i] == SettlementRule.PerDiem)
            {
                perDiemPaid += payments[i];
                sums.PerDiem += payments[i];
            }
            else
            {
                feeForService += payments[i];
                sums.FeeForService += payments[i];
            }
        }

        if (totalPoints == 0)
        {
            throw new SettlementException(string.Create(CultureInfo.InvariantCulture,
                $"the total of points is zero: none of the {sorted.Length} cases earned points ({pointed} pointed), so there is no point value"));
        }
        var forPoints = policy.Budget - feeForService - perDiemPaid;
        if (forPoints <= 0)
        {
            // v would still be positive thanks to self-pay, but pointed cases would get less than nothing from the fund.
            throw new SettlementException(
                $"budget {Rounding.Money(policy.Budget)} does not cover the fee-for-service {Rounding.Money(feeForService)} and per-diem " +
                $"{Rounding.Money(perDiemPaid)} payments taken from it first; {Rounding.Money(forPoints)} would be left for pointed cases");
        }
        var fund = forPoints + selfPay;
        var v = fund / totalPoints;

        var months = Months(sorted, rules, points, hospitals, policy, paid);
        var statements = new HospitalStatement[hospitals.Codes.Count];
        var (due, advances, balance) = (0m, 0m, 0m);
        for (var h = 0; h < statements.Length; h++)
        {
            var s = hospitals.Sums[h];
            var hospitalDue = (v * s.Points) - s.SelfPay + s.FeeForService + s.PerDiem;
            var monthly = months.Advances[h];
            var advanced = monthly.Sum(a => a.Paid);
            statements[h] = new HospitalStatement(hospitals.Codes[h], s.Cases, s.Pointed, s.Points, v, s.SelfPay, s.FeeForService, s.PerDiem, hospitalDue,
                advanced, Rounding.Cents(hospitalDue) - advanced, monthly);
            due += hospitalDue;
            advances += advanced;
            balance += statements[h].Balance;
        }
        var order = Enumerable.Range(0, statements.Length).OrderBy(h => statements[h].Hospital, StringComparer.Ordinal).Select(h => statements[h]).ToArray();

        var context = new LineContext(policy, method, v);
        var lines = new SettlementLine[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            var amount = rules[i].EarnsPoints() ? (v * points[i]) - sorted[i].SelfPay : payments[i];
            lines[i] = new SettlementLine(sorted[i], rules[i], points[i], amount, groups[i], notes.GetValueOrDefault(i), context);
        }

        var totals = new SettlementTotals(sorted.Length, pointed, byRule, notes.Count, totalPoints, policy.Budget, feeForService, perDiemPaid, selfPay, v, due,
            advances, balance);
        var fingerprint = SettlementFingerprint.Compute(sorted, policy, method, paid);
        return new Settlement(policy, method.Method, method.Reference, m, method.Groups, fingerprint, totals, order, months.Region, lines);
    }

    /// <summary>
    /// The cases in ordinal case-id order, the order a settlement works in (a copy; the input is not changed). Cases
    /// already in that order are only checked, so settling them several times (a what-if) sorts once.
    /// </summary>
    /// <exception cref="ArgumentException">A case is null.</exception>
    public static SettlementCase[] InCaseIdOrder(IEnumerable<SettlementCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var sorted = cases.ToArray();
        var ids = new string[sorted.Length];
        var inOrder = true;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i] is null) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"case {i} is null"), nameof(cases));
            ids[i] = sorted[i].CaseId;
            if (inOrder && i > 0 && string.CompareOrdinal(ids[i - 1], ids[i]) > 0) inOrder = false;
        }
        if (!inOrder) Array.Sort(ids, sorted, StringComparer.Ordinal);
        return sorted;
    }

    private static HospitalIndex Hospitals(SettlementCase[] sorted, PaymentPolicy policy, List<string> problems)
    {
        var index = new HospitalIndex(sorted.Length);
        var byCode = new Dictionary<string, (HospitalTerms Terms, SettlementCase First)>(StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++)
        {
            var c = sorted[i];
            if (!byCode.TryGetValue(c.Hospital, out var known))
            {
                var terms = new HospitalTerms(index.Codes.Count, policy.CoefficientOf(c.Hospital), policy.HighOutlierMultipleFor(c.HospitalLevel));
                index.Codes.Add(c.Hospital);
                index.Sums.Add(new HospitalSums());
                byCode.Add(c.Hospital, known = (terms, c));
            }
            else if (known.First.HospitalLevel != c.HospitalLevel && index.Sums[known.Terms.Index].LevelConflicts++ == 0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"hospital {c.Hospital}: level {known.First.HospitalLevel} on case {known.First.CaseId} but {c.HospitalLevel} on case {c.CaseId}; a hospital has one level"));
            }
            index.Of[i] = known.Terms;
            index.Sums[known.Terms.Index].Cases++;
        }
        return index;
    }

    /// <summary>Which flagged cases special review accepts: per hospital at most ⌊share × its cases⌋, the costliest first.</summary>
    private static (bool[] Accepted, Dictionary<int, RefusedReview> Notes) SpecialReviews(SettlementCase[] sorted, HospitalIndex hospitals, PaymentPolicy policy)
    {
        var accepted = new bool[sorted.Length];
        var notes = new Dictionary<int, RefusedReview>();
        var flagged = new Dictionary<int, List<int>>();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (!sorted[i].SpecialReview || sorted[i].Status != GroupingStatus.Success) continue;
            var h = hospitals.Of[i].Index;
            if (!flagged.TryGetValue(h, out var list)) flagged[h] = list = [];
            list.Add(i);
        }
        foreach (var (h, list) in flagged)
        {
            var cases = hospitals.Sums[h].Cases;
            var cap = (int)Math.Floor(policy.SpecialReviewMaxShare * cases);
            // Indices are in case-id order, so a stable sort by cost breaks ties by case id.
            var ranked = list.OrderByDescending(i => sorted[i].TotalCost).ToList();
            for (var r = 0; r < ranked.Count; r++)
            {
                if (r < cap)
                {
                    accepted[ranked[r]] = true;
                    continue;
                }
                notes[ranked[r]] = new RefusedReview(hospitals.Codes[h], ranked.Count, cases, policy.SpecialReviewMaxShare, cap);
            }
        }
        return (accepted, notes);
    }

    private static (List<MonthValue> Region, List<MonthlyAdvance>[] Advances) Months(
        SettlementCase[] sorted, SettlementRule[] rules, decimal[] points, HospitalIndex hospitals, PaymentPolicy policy, PaidAdvances paid)
    {
        // Dense arrays by month number (year × 12 + month − 1) from the first month on: a year is 12 slots per hospital.
        var (first, last) = (int.MaxValue, int.MinValue);
        foreach (var c in sorted)
        {
            var n = MonthNumber(c.Month);
            (first, last) = (Math.Min(first, n), Math.Max(last, n));
        }
        var span = sorted.Length == 0 ? 0 : last - first + 1;
        var regionCases = new int[span];
        var regionCost = new decimal[span];
        var regionPoints = new decimal[span];
        var hospitalCount = hospitals.Codes.Count;
        var hospitalPoints = new decimal[hospitalCount * span];
        var hospitalSelfPay = new decimal[hospitalCount * span];
        var hospitalCases = new int[hospitalCount * span];
        for (var i = 0; i < sorted.Length; i++)
        {
            if (!rules[i].EarnsPoints()) continue;
            var c = sorted[i];
            var m = MonthNumber(c.Month) - first;
            regionCases[m]++;
            regionCost[m] += c.TotalCost;
            regionPoints[m] += points[i];
            var at = (hospitals.Of[i].Index * span) + m;
            hospitalCases[at]++;
            hospitalPoints[at] += points[i];
            hospitalSelfPay[at] += c.SelfPay;
        }

        var values = new decimal?[span];
        var list = new List<MonthValue>(span);
        for (var m = 0; m < span; m++)
        {
            // A month without pointed cases, or whose cases all earned 0 points (groups of mean cost 0), pays no advance.
            if (regionPoints[m] == 0) continue;
            values[m] = regionCost[m] / regionPoints[m];
            list.Add(new MonthValue(Month(first + m), regionCases[m], regionCost[m], regionPoints[m], values[m]!.Value));
        }
        var advances = new List<MonthlyAdvance>[hospitalCount];
        for (var h = 0; h < hospitalCount; h++)
        {
            advances[h] = [];
            for (var m = 0; m < span; m++)
            {
                var at = (h * span) + m;
                if (hospitalCases[at] == 0 || values[m] is not { } value) continue;
                var amount = policy.AdvanceRate * ((value * hospitalPoints[at]) - hospitalSelfPay[at]);
                advances[h].Add(new MonthlyAdvance(Month(first + m), hospitalPoints[at], value, hospitalSelfPay[at], amount, Rounding.Cents(amount)));
            }
            if (paid.ByMonth.Count > 0) advances[h] = WithRecorded(advances[h], hospitals.Codes[h], paid);
        }
        return (list, advances);
    }

    /// <summary>Rule 7's advances of a hospital with the recorded payments in place of the months a monthly advance run covered.</summary>
    private static List<MonthlyAdvance> WithRecorded(List<MonthlyAdvance> computed, string hospital, PaidAdvances paid)
    {
        var byMonth = computed.ToDictionary(a => a.Month);
        foreach (var (month, byHospital) in paid.ByMonth)
        {
            var recorded = byHospital.GetValueOrDefault(hospital);
            byMonth[month] = byMonth.TryGetValue(month, out var rule7)
                ? rule7 with { Paid = recorded, Recorded = true }
                : new MonthlyAdvance(month, 0m, 0m, 0m, 0m, recorded, Recorded: true);
        }
        return [.. byMonth.Values.Where(a => a.Paid != 0 || !a.Recorded || a.Points != 0).OrderBy(a => a.Month)];
    }

    private static int MonthNumber(YearMonth month) => (month.Year * 12) + month.Month - 1;

    private static YearMonth Month(int number) => new(number / 12, (number % 12) + 1);

    private sealed record HospitalTerms(int Index, decimal Coefficient, decimal Multiple);

    private sealed class HospitalSums
    {
        public int Cases { get; set; }
        public int Pointed { get; set; }
        public decimal Points { get; set; }
        public decimal SelfPay { get; set; }
        public decimal FeeForService { get; set; }
        public decimal PerDiem { get; set; }
        public int LevelConflicts { get; set; }
    }

    private sealed class HospitalIndex(int cases)
    {
        public List<string> Codes { get; } = [];
        public List<HospitalSums> Sums { get; } = [];
        public HospitalTerms[] Of { get; } = new HospitalTerms[cases];
    }
}
