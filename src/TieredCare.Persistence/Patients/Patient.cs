using TieredCare.Patients;

namespace TieredCare.Persistence.Patients;

/// <summary>A record of the regional master patient index (一卡/码通用).</summary>
public sealed class Patient
{
    public long Id { get; set; }
    public string? ResidentId { get; set; }
    public required string Name { get; set; }
    public Sex Sex { get; set; }
    public DateOnly BirthDate { get; set; }
    public string? ResidenceRegionCode { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }

    /// <summary>Set when this record was merged into another; merged records are kept, never deleted.</summary>
    public long? MergedIntoId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One merge of a duplicate into a surviving record, with the merged record as it was.</summary>
public sealed class PatientMerge
{
    public long Id { get; set; }
    public long SurvivorId { get; set; }
    public long MergedId { get; set; }
    public required string MergedBy { get; set; }
    public DateTimeOffset MergedAt { get; set; }
    public required string Reason { get; set; }
    public required string MergedSnapshotJson { get; set; }
}
