namespace TieredCare.Payment;

/// <summary>One hospital under two settlements. Dues are payments (rounded to the cent); the difference is of those payments.</summary>
/// <param name="Hospital">The institution code.</param>
/// <param name="DueA">Amount due under A, to the cent (0 when the hospital is not in A).</param>
/// <param name="DueB">Amount due under B, to the cent.</param>
/// <param name="Difference">DueB − DueA.</param>
/// <param name="PointsA">Its points under A, exact.</param>
/// <param name="PointsB">Its points under B, exact.</param>
/// <param name="PointValueA">A's point value.</param>
/// <param name="PointValueB">B's point value.</param>
public sealed record HospitalChange(
    string Hospital, decimal DueA, decimal DueB, decimal Difference, decimal PointsA, decimal PointsB, decimal PointValueA, decimal PointValueB);

/// <summary>How many cases moved from one rule to another between two settlements.</summary>
/// <param name="From">The rule under A.</param>
/// <param name="To">The rule under B.</param>
/// <param name="Cases">How many cases.</param>
public sealed record RuleChange(SettlementRule From, SettlementRule To, int Cases);

/// <summary>The difference of two settlements of the same cases under two policies.</summary>
/// <param name="PolicyA">A's policy name and version.</param>
/// <param name="PolicyB">B's policy name and version.</param>
/// <param name="PointValueA">A's point value.</param>
/// <param name="PointValueB">B's point value.</param>
/// <param name="Hospitals">Every hospital of either settlement, in ordinal code order.</param>
/// <param name="ChangedRules">Cases in both settlements settled by a different rule.</param>
/// <param name="RuleChanges">Those cases by (rule under A, rule under B), most first.</param>
/// <param name="CasesOnlyInA">Cases settled by A and not by B.</param>
/// <param name="CasesOnlyInB">Cases settled by B and not by A.</param>
public sealed record WhatIfComparison(
    string PolicyA, string PolicyB, decimal PointValueA, decimal PointValueB, IReadOnlyList<HospitalChange> Hospitals, int ChangedRules,
    IReadOnlyList<RuleChange> RuleChanges, int CasesOnlyInA, int CasesOnlyInB)
{
    /// <summary>Σ DueA.</summary>
    public decimal TotalDueA => Hospitals.Sum(h => h.DueA);

    /// <summary>Σ DueB.</summary>
    public decimal TotalDueB => Hospitals.Sum(h => h.DueB);
}

/// <summary>
/// Policy what-if as the difference of two runs: settle the cases under policy A and under B (e.g. <c>policy with { Budget = … }</c>,
/// <see cref="PaymentPolicy.WithHospitalCoefficient"/>), then compare every hospital before adopting B. Pure.
/// </summary>
public static class WhatIf
{
    /// <summary>Compares settlement <paramref name="a"/> with <paramref name="b"/>, hospital by hospital and case by case.</summary>
    public static WhatIfComparison Compare(Settlement a, Settlement b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var hospitals = new SortedDictionary<string, (HospitalStatement? A, HospitalStatement? B)>(StringComparer.Ordinal);
        foreach (var h in a.Hospitals) hospitals[h.Hospital] = (h, null);
        foreach (var h in b.Hospitals) hospitals[h.Hospital] = (hospitals.GetValueOrDefault(h.Hospital).A, h);
        var changes = hospitals.Select(p =>
        {
            var (dueA, dueB) = (Rounding.Cents(p.Value.A?.Due ?? 0), Rounding.Cents(p.Value.B?.Due ?? 0));
            return new HospitalChange(p.Key, dueA, dueB, dueB - dueA, p.Value.A?.Points ?? 0, p.Value.B?.Points ?? 0, a.PointValue, b.PointValue);
        }).ToList();

        // Both line lists are in ordinal case-id order: walk them side by side.
        var moves = new Dictionary<(SettlementRule, SettlementRule), int>();
        var (i, j, onlyA, onlyB, changed) = (0, 0, 0, 0, 0);
        while (i < a.Lines.Count || j < b.Lines.Count)
        {
            var order = i == a.Lines.Count ? 1 : j == b.Lines.Count ? -1 : string.CompareOrdinal(a.Lines[i].CaseId, b.Lines[j].CaseId);
            if (order < 0)
            {
                onlyA++;
                i++;
            }
            else if (order > 0)
            {
                onlyB++;
                j++;
            }
            else
            {
                var (from, to) = (a.Lines[i].Rule, b.Lines[j].Rule);
                if (from != to)
                {
                    changed++;
                    moves[(from, to)] = moves.GetValueOrDefault((from, to)) + 1;
                }
                i++;
                j++;
            }
        }
        var ruleChanges = moves.Select(p => new RuleChange(p.Key.Item1, p.Key.Item2, p.Value))
            .OrderByDescending(r => r.Cases).ThenBy(r => r.From).ThenBy(r => r.To).ToList();
        return new WhatIfComparison($"{a.PolicyName} {a.PolicyVersion}", $"{b.PolicyName} {b.PolicyVersion}", a.PointValue, b.PointValue, changes, changed,
            ruleChanges, onlyA, onlyB);
    }

    /// <summary>Settles the same cases under two policies (DRG points) and compares them.</summary>
    public static WhatIfComparison Compare(IReadOnlyList<SettlementCase> cases, PaymentPolicy a, PaymentPolicy b, Drg.Analytics.DrgWeightTable? reference = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        // Put the cases in case-id order once; both settlements then find them in order and skip their own sort.
        var inOrder = PointSettlement.InCaseIdOrder(cases);
        return Compare(DrgPointSettlement.Settle(inOrder, a, reference), DrgPointSettlement.Settle(inOrder, b, reference));
    }
}
