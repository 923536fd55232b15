namespace TieredCare.Persistence.Audit;

/// <summary>
/// One line of the append-only audit log. <see cref="Hash"/> covers the line and the previous
/// line's hash, so changing or removing any line breaks every hash after it.
/// </summary>
public sealed class AuditEntry
{
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityKey { get; set; }
    public long? PatientId { get; set; }
    public string? Reason { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
