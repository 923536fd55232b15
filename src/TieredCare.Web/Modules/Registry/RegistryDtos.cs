using TieredCare.Persistence.Registry;
using TieredCare.Registry;

namespace TieredCare.Web.Modules.Registry;

public sealed record RegionDto(string Code, string Name, DivisionLevel Level, string? ParentCode, bool IsUrban, int? Population, int? PopulationYear);

public sealed record InstitutionDto(
    string Code, string Name, InstitutionType Type, InstitutionLevel Level, InstitutionGrade Grade, Ownership Ownership, CareTier Tier,
    string RegionCode, string? RegionName, double? Latitude, double? Longitude, int OpenBeds, IReadOnlyList<string> SharedServices, bool IsActive)
{
    public static InstitutionDto From(Institution i, string? regionName) => new(
        i.Code, i.Name, i.Type, i.Level, i.Grade, i.Ownership, i.Tier, i.RegionCode, regionName, i.Latitude, i.Longitude, i.OpenBeds,
        i.SharedServices.Split(';', StringSplitOptions.RemoveEmptyEntries), i.IsActive);
}

public sealed record StaffDto(StaffCategory Category, StaffTitle Title, int Count);

public sealed record DepartmentDto(string Code, string Name);

public sealed record MembershipDto(string Code, string Name, NetworkType Type, bool IsLead, DateOnly JoinedOn, DateOnly? LeftOn);

public sealed record InstitutionDetailDto(
    InstitutionDto Institution, IReadOnlyList<StaffDto> Staff, IReadOnlyList<DepartmentDto> Departments, IReadOnlyList<MembershipDto> Networks);

public sealed record NetworkDto(
    string Code, string Name, NetworkType Type, string LeadInstitutionCode, string? LeadInstitutionName, string RegionCode, string? RegionName,
    DateOnly StartDate, DateOnly? EndDate, bool IsActive, int MemberCount);

public sealed record NetworkMemberDto(
    string InstitutionCode, string Name, InstitutionType Type, CareTier Tier, InstitutionLevel Level, InstitutionGrade Grade,
    double? Latitude, double? Longitude, DateOnly JoinedOn, DateOnly? LeftOn, bool IsLead);

public sealed record NetworkDetailDto(NetworkDto Network, IReadOnlyList<NetworkMemberDto> Members);

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);
