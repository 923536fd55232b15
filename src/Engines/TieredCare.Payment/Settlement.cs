using System.Collections.Immutable;

namespace TieredCare.Payment;

/// <summary>The rule that settled a case.</summary>
public enum SettlementRule
{
    /// <summary>A normal case: B × k points.</summary>
    Normal,

    /// <summary>高倍率: C &gt; H × M; B × k plus the excess cost in points.</summary>
    HighOutlier,

    /// <summary>低倍率: C &lt; lowOutlierRatio × M; B × k × min(1, C ÷ M).</summary>
    LowOutlier,

    /// <summary>Incomplete stay (离院方式 2 or 4), not a high outlier: B × k × min(1, C ÷ M).</summary>
    IncompleteStay,

    /// <summary>按床日: a per-diem group; LOS × rate from the budget first, no points.</summary>
    PerDiem,

    /// <summary>特例单议 within the cap: fee-for-service from the budget first, no points.</summary>
    SpecialReview,

    /// <summary>Ungroupable (or an abstract that failed validation): fee-for-service from the budget first, no points.</summary>
    FeeForServiceUngroupable,

    /// <summary>Ambiguous (xQY): fee-for-service from the budget first, no points.</summary>
    FeeForServiceAmbiguous,
}

/// <summary>The words files use for settlement rules.</summary>
public static class SettlementWords
{
    /// <summary>
    /// The file word of a rule: normal, high_outlier, low_outlier, incomplete_stay, per_diem, special_review,
    /// fee_for_service_ungroupable or fee_for_service_ambiguous.
    /// </summary>
    public static string ToWord(this SettlementRule rule) => rule switch
    {
        SettlementRule.Normal => "normal",
        SettlementRule.HighOutlier => "high_outlier",
        SettlementRule.LowOutlier => "low_outlier",
        SettlementRule.IncompleteStay => "incomplete_stay",
        SettlementRule.PerDiem => "per_diem",
        SettlementRule.SpecialReview => "special_review",
        SettlementRule.FeeForServiceUngroupable => "fee_for_service_ungroupable",
        SettlementRule.FeeForServiceAmbiguous => "fee_for_service_ambiguous",
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    /// <summary>Parses a word written by <see cref="ToWord(SettlementRule)"/>; <see langword="null"/> when it is none of them.</summary>
    public static SettlementRule? ParseRule(string word) =>
        Enum.GetValues<SettlementRule>().Cast<SettlementRule?>().FirstOrDefault(r => r!.Value.ToWord() == word);

    /// <summary>Whether the rule gives the case points (the others pay it from the budget first).</summary>
    public static bool EarnsPoints(this SettlementRule rule) => rule is SettlementRule.Normal or SettlementRule.HighOutlier or SettlementRule.LowOutlier or SettlementRule.IncompleteStay;
}

/// <summary>One month of the monthly advance: the region's point value of the month and a hospital's advance.</summary>
/// <param name="Month">The discharge month.</param>
/// <param name="Points">The hospital's points of the month.</param>
/// <param name="MonthPointValue">The month's cost of pointed cases ÷ its points, over every hospital; exact.</param>
/// <param name="SelfPay">The hospital's self-pay of its pointed cases in the month.</param>
/// <param name="Amount">advanceRate × (MonthPointValue × Points − SelfPay), exact.</param>
/// <param name="Paid">The advance paid that month: <paramref name="Amount"/> rounded to the cent, or what a monthly advance run recorded.</param>
/// <param name="Recorded">True when <paramref name="Paid"/> is what a monthly advance run paid (<see cref="PaidAdvances"/>), not rule 7 over these cases.</param>
public sealed record MonthlyAdvance(YearMonth Month, decimal Points, decimal MonthPointValue, decimal SelfPay, decimal Amount, decimal Paid, bool Recorded = false);

/// <summary>
/// The advances monthly advance runs actually paid, by month and hospital. For the months it covers they are the
/// "advances already paid" of the final settlement, even when the cases changed since (a late abstract, a correction);
/// a hospital absent from a covered month was paid nothing that month.
/// </summary>
public sealed record PaidAdvances(IReadOnlyDictionary<YearMonth, IReadOnlyDictionary<string, decimal>> ByMonth)
{
    /// <summary>No recorded advances: every month's advance follows rule 7.</summary>
    public static readonly PaidAdvances None = new(new Dictionary<YearMonth, IReadOnlyDictionary<string, decimal>>());
}

/// <summary>The region's figures of one month of pointed cases, from which that month's advances are paid.</summary>
/// <param name="Month">The discharge month.</param>
/// <param name="Cases">Pointed cases discharged in the month.</param>
/// <param name="Cost">Their total cost.</param>
/// <param name="Points">Their points.</param>
/// <param name="PointValue">Cost ÷ points, exact.</param>
public sealed record MonthValue(YearMonth Month, int Cases, decimal Cost, decimal Points, decimal PointValue);

/// <summary>A hospital's statement for the period. Amounts are exact unless they are payments (advances, balance).</summary>
/// <param name="Hospital">The institution code.</param>
/// <param name="Cases">All its cases.</param>
/// <param name="PointedCases">Its cases that earned points.</param>
/// <param name="Points">Σ of its points, exact.</param>
/// <param name="PointValue">v, the period's point value (the same for every hospital).</param>
/// <param name="SelfPay">Σ P over its pointed cases.</param>
/// <param name="FeeForService">Its fee-for-service payments (ungroupable, ambiguous, special review).</param>
/// <param name="PerDiem">Its per-diem payments.</param>
/// <param name="Due">Amount due for the period: v × Points − SelfPay + FeeForService + PerDiem, exact.</param>
/// <param name="Advances">Σ of the monthly advances paid (each rounded to the cent when paid).</param>
/// <param name="Balance">Final balance: <paramref name="Due"/> rounded to the cent − <paramref name="Advances"/>.</param>
/// <param name="MonthlyAdvances">The advances by month, in month order.</param>
public sealed record HospitalStatement(
    string Hospital, int Cases, int PointedCases, decimal Points, decimal PointValue, decimal SelfPay, decimal FeeForService, decimal PerDiem, decimal Due,
    decimal Advances, decimal Balance, IReadOnlyList<MonthlyAdvance> MonthlyAdvances);

/// <summary>The period's totals.</summary>
/// <param name="Cases">All cases.</param>
/// <param name="PointedCases">Cases that earned points.</param>
/// <param name="CasesByRule">Cases by the rule that settled them (every rule present, zeros included).</param>
/// <param name="RefusedSpecialReviews">Cases flagged for special review beyond the cap, settled by the point rules instead.</param>
/// <param name="Points">Σ points.</param>
/// <param name="Budget">The policy's budget.</param>
/// <param name="FeeForService">Σ fee-for-service, taken from the budget first.</param>
/// <param name="PerDiem">Σ per-diem payments, taken from the budget first.</param>
/// <param name="SelfPay">Σ P over pointed cases.</param>
/// <param name="PointValue">v = (Budget − FeeForService − PerDiem + SelfPay) ÷ Points.</param>
/// <param name="Due">Σ of the hospitals' exact dues (equals the budget up to decimal precision).</param>
/// <param name="Advances">Σ of the advances paid.</param>
/// <param name="Balance">Σ of the hospitals' balances.</param>
public sealed record SettlementTotals(
    int Cases, int PointedCases, IReadOnlyDictionary<SettlementRule, int> CasesByRule, int RefusedSpecialReviews, decimal Points, decimal Budget,
    decimal FeeForService, decimal PerDiem, decimal SelfPay, decimal PointValue, decimal Due, decimal Advances, decimal Balance);

/// <summary>
/// A settlement of a period's cases under a policy: one line per case with the rule, points, amount and explanation; one
/// statement per hospital; the totals; and what is needed to re-run it and get the same cents — the policy (name, version,
/// values), the reference figures, and the fingerprint of all inputs. Immutable; made only whole.
/// </summary>
/// <param name="Policy">The policy applied.</param>
/// <param name="Method">The base-point method, e.g. <c>drg-points</c>.</param>
/// <param name="Reference">Where the group means came from.</param>
/// <param name="OverallMeanCost">m.</param>
/// <param name="Groups">The reference groups (M, RW, B), in code order.</param>
/// <param name="Fingerprint">SHA-256 (hex) of the inputs; see <see cref="SettlementFingerprint"/>.</param>
/// <param name="Totals">The period's totals.</param>
/// <param name="Hospitals">One statement per hospital, in ordinal code order.</param>
/// <param name="Months">The region's monthly point values, in month order.</param>
/// <param name="Lines">One line per case, in ordinal case-id order.</param>
public sealed record Settlement(
    PaymentPolicy Policy, string Method, string Reference, decimal OverallMeanCost, IReadOnlyList<GroupBase> Groups, string Fingerprint, SettlementTotals Totals,
    IReadOnlyList<HospitalStatement> Hospitals, IReadOnlyList<MonthValue> Months, IReadOnlyList<SettlementLine> Lines)
{
    /// <summary>The policy's name.</summary>
    public string PolicyName => Policy.Name;

    /// <summary>The policy's version.</summary>
    public string PolicyVersion => Policy.Version;

    /// <summary>The period's point value v.</summary>
    public decimal PointValue => Totals.PointValue;

    /// <summary>The line of a case, or <see langword="null"/>.</summary>
    public SettlementLine? Line(string caseId)
    {
        var (low, high) = (0, Lines.Count - 1);
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            var order = string.CompareOrdinal(Lines[mid].CaseId, caseId);
            if (order == 0) return Lines[mid];
            if (order < 0) low = mid + 1;
            else high = mid - 1;
        }
        return null;
    }

    /// <summary>The statement of a hospital, or <see langword="null"/>.</summary>
    public HospitalStatement? Hospital(string hospital) => Hospitals.FirstOrDefault(h => h.Hospital == hospital);
}

/// <summary>
/// How one case was settled: the rule, its points and amount, and the explanation — the formula with the case's numbers.
/// Points and amount are exact; the explanation shows them rounded (points to 4 places, money to the cent).
/// </summary>
public sealed record SettlementLine
{
    private readonly LineContext _context;

    internal SettlementLine(SettlementCase settlementCase, SettlementRule rule, decimal points, decimal amount, GroupBase? group, RefusedReview? refusal, LineContext context)
    {
        Case = settlementCase;
        Rule = rule;
        Points = points;
        Amount = amount;
        Group = group;
        Refusal = refusal;
        _context = context;
    }

    /// <summary>The case settled.</summary>
    public SettlementCase Case { get; }

    /// <summary>The case's identifier.</summary>
    public string CaseId => Case.CaseId;

    /// <summary>The hospital.</summary>
    public string Hospital => Case.Hospital;

    /// <summary>The case's DRG.</summary>
    public string Drg => Case.Drg;

    /// <summary>The rule that settled the case.</summary>
    public SettlementRule Rule { get; }

    /// <summary>The case's points (0 unless the rule earns points), exact.</summary>
    public decimal Points { get; }

    /// <summary>What the fund owes for the case, exact: v × points − P for a pointed case, else the fee-for-service or per-diem payment.</summary>
    public decimal Amount { get; }

    /// <summary>The reference group that gave the base points, when the case earned points.</summary>
    public GroupBase? Group { get; }

    /// <summary>Why a special-review flag was refused (the cap), or <see langword="null"/>.</summary>
    public RefusedReview? Refusal { get; }

    /// <summary>The refusal in words (English), or <see langword="null"/>.</summary>
    public string? Note => Refusal is { } r ? Explain.Refused(r) : null;

    /// <summary>The formula with the numbers, e.g. <c>high outlier (C 30000 &gt; H 3 × M 8000): B 50 × k 1 + (C 30000 − 3 × M 8000) / m 8000 × 100 = …</c>.</summary>
    public string Explanation => Explain.Line(this, _context, ExplanationLanguage.English);

    /// <summary>The formula with the numbers in the given language (Chinese: <c>高倍率病例（C 30000 &gt; 3 × M 8000）：…</c>).</summary>
    public string ExplanationIn(ExplanationLanguage language) => Explain.Line(this, _context, language);

    /// <summary>The line as a monthly advance run pays it: its points, then advanceRate × (<paramref name="monthPointValue"/> × points − P), rounded to the cent.</summary>
    public string AdvanceExplanationIn(decimal monthPointValue, ExplanationLanguage language) => Explain.Advance(this, _context, monthPointValue, language);
}

/// <summary>A special-review flag the cap refused: the hospital flagged <paramref name="Flagged"/> of its <paramref name="Cases"/> cases, the cap admits <paramref name="Cap"/>.</summary>
public sealed record RefusedReview(string Hospital, int Flagged, int Cases, decimal MaxShare, int Cap);
