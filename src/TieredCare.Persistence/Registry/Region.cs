using TieredCare.Registry;

namespace TieredCare.Persistence.Registry;

/// <summary>An administrative division (行政区划) of the region tree.</summary>
public sealed class Region
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public DivisionLevel Level { get; set; }
    public string? ParentCode { get; set; }
    public bool IsUrban { get; set; }
}

/// <summary>Resident population (常住人口) of a division at the end of a year.</summary>
public sealed class RegionPopulation
{
    public required string RegionCode { get; set; }
    public int Year { get; set; }
    public int Population { get; set; }
}
