using TieredCare.Registry;

namespace TieredCare.Persistence.Registry;

/// <summary>A care network (医共体, 城市医疗集团, 专科联盟, 远程医疗协作网).</summary>
public sealed class Network
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public NetworkType Type { get; set; }
    public required string LeadInstitutionCode { get; set; }
    public required string RegionCode { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public bool IsActive { get; set; } = true;
}

public sealed class NetworkMember
{
    public required string NetworkCode { get; set; }
    public required string InstitutionCode { get; set; }
    public DateOnly JoinedOn { get; set; }
    public DateOnly? LeftOn { get; set; }
}
