namespace TieredCare.Persistence.Payment;

/// <summary>
/// One stored settlement: the policy it ran under (name, version and the policy file itself), the
/// period and table set its cases came from, the fingerprint of those inputs, and the totals. Its
/// lines are <see cref="SettlementHospitalLine"/> and <see cref="SettlementCaseLine"/>; re-running
/// the same inputs under the same policy gives the same fingerprint and the same amounts to the cent.
/// </summary>
public sealed class SettlementRun
{
    public long Id { get; set; }
    public required string Title { get; set; }
    public required string Kind { get; set; }          // final, advance, what_if
    public required string Method { get; set; }        // drg, dip
    public required string PolicyName { get; set; }
    public required string PolicyVersion { get; set; }
    public required string PolicyJson { get; set; }
    public required string TableSet { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public required string Fingerprint { get; set; }
    public int Cases { get; set; }
    public decimal Budget { get; set; }
    public decimal Points { get; set; }
    public decimal PointValue { get; set; }
    public decimal FeeForService { get; set; }
    public decimal Due { get; set; }
    /// <summary>A final run: the monthly advance runs whose payments it set off, comma-separated ids; empty when none.</summary>
    public string AdvanceRunIds { get; set; } = "";
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A hospital's statement in a settlement run (money rounded to the fen, points to 4 places).</summary>
public sealed class SettlementHospitalLine
{
    public long RunId { get; set; }
    public required string InstitutionCode { get; set; }
    public int Cases { get; set; }
    public decimal Points { get; set; }
    public decimal PointValue { get; set; }
    public decimal SelfPay { get; set; }
    public decimal FeeForService { get; set; }
    public decimal PerDiem { get; set; }
    public decimal Due { get; set; }
    public decimal Advances { get; set; }
    public decimal Balance { get; set; }
}

/// <summary>
/// A hospital's advance for one month (月度预付): in an advance run the amount paid; in a final run the advances it set
/// off, <see cref="Recorded"/> when an advance run paid it, else rule 7 over the final run's cases.
/// </summary>
public sealed class SettlementAdvanceLine
{
    public long RunId { get; set; }
    public required string InstitutionCode { get; set; }
    public required string Month { get; set; } // yyyy-MM
    public decimal Points { get; set; }
    public decimal MonthPointValue { get; set; }
    public decimal SelfPay { get; set; }
    public decimal Amount { get; set; } // rule 7, to the cent
    public decimal Paid { get; set; }
    public bool Recorded { get; set; }
}

/// <summary>One case's line in a settlement run: the rule that gave its points and its amount.</summary>
public sealed class SettlementCaseLine
{
    public long RunId { get; set; }
    public long AbstractId { get; set; }
    public required string InstitutionCode { get; set; }
    public required string Drg { get; set; }
    public required string Rule { get; set; }
    public decimal Points { get; set; }
    public decimal Amount { get; set; }
}

/// <summary>
/// A network's global insurance budget for a year (医共体医保基金总额预算, 打包支付), as the insurance
/// bureau set it. Spending against it is that of the residents of the network's region, wherever treated.
/// </summary>
public sealed class NetworkBudget
{
    public required string NetworkCode { get; set; }
    public int Year { get; set; }
    public decimal Amount { get; set; }
    public required string SetBy { get; set; }
    public DateTimeOffset SetAt { get; set; }
}

/// <summary>
/// A case a hospital asked to have reviewed one by one (特例单议) instead of paid by points, and the
/// bureau accepted into the queue; the settlement pays it fee-for-service, within the policy's cap.
/// </summary>
public sealed class SpecialReviewRequest
{
    public long AbstractId { get; set; }
    public required string Reason { get; set; }
    public required string RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
}
