using TieredCare.Drg;

namespace TieredCare.Payment;

/// <summary>
/// A grouped inpatient case as the insurance bureau settles it: where it was treated, when it was discharged, its DRG and
/// grouping status, what it cost and what the patient paid.
/// </summary>
/// <param name="CaseId">The case's identifier; unique within a settlement.</param>
/// <param name="Hospital">The institution code.</param>
/// <param name="HospitalLevel">3 tertiary, 2 secondary, 1 primary, 0 unrated; chooses the high-outlier multiple.</param>
/// <param name="Month">The discharge month; the monthly advance settles cases by it.</param>
/// <param name="Drg">The grouper's DRG code ("0000" or "xQY" when the case did not group).</param>
/// <param name="Status">How grouping ended; only <see cref="GroupingStatus.Success"/> cases can earn points.</param>
/// <param name="TotalCost">Total cost C in 元; never negative.</param>
/// <param name="SelfPay">What the patient paid, P, in 元: 0 ≤ P ≤ C (the upper bound is checked when settling and reading).</param>
/// <param name="Disposition">离院方式, when known; 2 and 4 (by default) make an incomplete stay.</param>
/// <param name="LosDays">Length of stay in days, when known; needed for per-diem groups.</param>
/// <param name="SpecialReview">Flagged for special review (特例单议): paid fee-for-service within the policy's cap.</param>
public sealed record SettlementCase(
    string CaseId, string Hospital, int HospitalLevel, YearMonth Month, string Drg, GroupingStatus Status, decimal TotalCost, decimal SelfPay,
    int? Disposition, int? LosDays, bool SpecialReview)
{
    /// <summary>The highest hospital level (tertiary).</summary>
    public const int Tertiary = 3;

    /// <summary>The case's identifier; not empty, no tab or line break.</summary>
    public string CaseId { get; init => field = Code(value, nameof(CaseId)); } = Code(CaseId, nameof(CaseId));

    /// <summary>The institution code; not empty, no tab or line break.</summary>
    public string Hospital { get; init => field = Code(value, nameof(Hospital)); } = Code(Hospital, nameof(Hospital));

    /// <summary>3 tertiary, 2 secondary, 1 primary, 0 unrated.</summary>
    public int HospitalLevel { get; init => field = Level(value); } = Level(HospitalLevel);

    /// <summary>The DRG code; not null.</summary>
    public string Drg { get; init => field = value ?? throw new ArgumentNullException(nameof(Drg)); } = Drg ?? throw new ArgumentNullException(nameof(Drg));

    /// <summary>Total cost in 元; never negative.</summary>
    public decimal TotalCost { get; init => field = NotNegative(value, nameof(TotalCost)); } = NotNegative(TotalCost, nameof(TotalCost));

    /// <summary>The patient's self-pay in 元; never negative.</summary>
    public decimal SelfPay { get; init => field = NotNegative(value, nameof(SelfPay)); } = NotNegative(SelfPay, nameof(SelfPay));

    /// <summary>Length of stay in days; never negative.</summary>
    public int? LosDays { get; init => field = value < 0 ? throw new ArgumentOutOfRangeException(nameof(LosDays), value, "a length of stay cannot be negative") : value; } =
        LosDays < 0 ? throw new ArgumentOutOfRangeException(nameof(LosDays), LosDays, "a length of stay cannot be negative") : LosDays;

    private static string Code(string value, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, name);
        if (value.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0) throw new ArgumentException("a tab or line break in a code", name);
        return value;
    }

    private static int Level(int value) =>
        value is < 0 or > Tertiary ? throw new ArgumentOutOfRangeException(nameof(value), value, "a hospital level is 0 (unrated) to 3 (tertiary)") : value;

    private static decimal NotNegative(decimal value, string name) =>
        value < 0 ? throw new ArgumentOutOfRangeException(name, value, "an amount cannot be negative") : value;
}
