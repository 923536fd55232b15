using TieredCare.Registry;

namespace TieredCare.Persistence.Registry;

public sealed class Institution
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public InstitutionType Type { get; set; }
    public InstitutionLevel Level { get; set; }
    public InstitutionGrade Grade { get; set; }
    public Ownership Ownership { get; set; }
    public CareTier Tier { get; set; }
    public required string RegionCode { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public int OpenBeds { get; set; }

    /// <summary>Shared-service codes separated by ';' (imaging;laboratory).</summary>
    public string SharedServices { get; set; } = "";

    public bool IsActive { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Head count of one staff category and title at an institution.</summary>
public sealed class InstitutionStaff
{
    public required string InstitutionCode { get; set; }
    public StaffCategory Category { get; set; }
    public StaffTitle Title { get; set; }
    public int Count { get; set; }
}

public sealed class Department
{
    public required string InstitutionCode { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}
