namespace TieredCare.Drg.Analytics;

/// <summary>
/// A discharge after grouping, with what DRG analytics reads from its abstract: where it was treated, what it cost,
/// how long it stayed and whether the patient died.
/// </summary>
/// <param name="CaseId">The case's identifier (the abstract id), carried for tracing only.</param>
/// <param name="Hospital">The institution code.</param>
/// <param name="Department">The discharge department code; may be empty.</param>
/// <param name="Drg">The grouping result's DRG code ("0000" or "xQY" when the case did not group).</param>
/// <param name="Status">How grouping ended; only <see cref="GroupingStatus.Success"/> cases enter weights and indices.</param>
/// <param name="TotalCost">Total cost in 元, or <see langword="null"/> when the abstract's cost is unknown or unreadable.
/// Such a case still counts for case numbers, CMI and mortality, but not for mean costs and the cost index.</param>
/// <param name="LosDays">Length of stay in days, or <see langword="null"/> when unknown (then not in mean LOS and the time index).</param>
/// <param name="Died">Whether the patient died in hospital (离院方式 5, see <see cref="IsDeath"/>).</param>
public sealed record GroupedCase(
    string CaseId, string Hospital, string Department, string Drg, GroupingStatus Status, decimal? TotalCost, int? LosDays, bool Died)
{
    /// <summary>The 病案首页 离院方式 (discharge disposition) code for an in-hospital death.</summary>
    public const int DeathDisposition = 5;

    /// <summary>The total cost in 元; never negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The cost is negative.</exception>
    public decimal? TotalCost { get; init => field = NotNegative(value); } = NotNegative(TotalCost);

    /// <summary>The length of stay in days; never negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The length of stay is negative.</exception>
    public int? LosDays { get; init => field = NotNegative(value); } = NotNegative(LosDays);

    /// <summary>Whether a 离院方式 code means an in-hospital death (code 5).</summary>
    public static bool IsDeath(int? disposition) => disposition == DeathDisposition;

    /// <summary>Builds a case from a grouping result and the abstract's fields.</summary>
    /// <param name="caseId">The case's identifier.</param>
    /// <param name="hospital">The institution code.</param>
    /// <param name="department">The discharge department code.</param>
    /// <param name="result">The grouping result; its DRG and status are kept.</param>
    /// <param name="totalCost">The total cost in 元, or <see langword="null"/> when unknown.</param>
    /// <param name="losDays">The length of stay in days, or <see langword="null"/> when unknown.</param>
    /// <param name="disposition">The 离院方式 code; 5 is a death.</param>
    public static GroupedCase From(
        string caseId, string hospital, string department, GroupingResult result, decimal? totalCost, int? losDays, int? disposition)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(caseId, hospital, department, result.Drg, result.Status, totalCost, losDays, IsDeath(disposition));
    }

    private static decimal? NotNegative(decimal? totalCost) =>
        totalCost < 0 ? throw new ArgumentOutOfRangeException(nameof(totalCost), totalCost, "a total cost cannot be negative") : totalCost;

    private static int? NotNegative(int? losDays) =>
        losDays < 0 ? throw new ArgumentOutOfRangeException(nameof(losDays), losDays, "a length of stay cannot be negative") : losDays;
}
