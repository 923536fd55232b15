using TieredCare.Patients;
using TieredCare.Persistence.Patients;

namespace TieredCare.Web.Modules.Patients;

/// <summary>A patient as lists and analytics show them: identifying fields masked.</summary>
public sealed record MaskedPatientDto(long Id, string ResidentId, string Name, Sex Sex, DateOnly BirthDate, string? ResidenceRegionCode, string Phone, long? MergedIntoId)
{
    public static MaskedPatientDto From(Patient p) => new(
        p.Id, Masking.ResidentId(p.ResidentId), Masking.Name(p.Name), p.Sex, p.BirthDate, p.ResidenceRegionCode, Masking.Phone(p.Phone), p.MergedIntoId);
}

/// <summary>The whole record, for a user with a care relationship or a stated reason; always audited.</summary>
public sealed record PatientDto(long Id, string? ResidentId, string Name, Sex Sex, DateOnly BirthDate, string? ResidenceRegionCode, string? Phone, string? Address, long? MergedIntoId)
{
    public static PatientDto From(Patient p) => new(p.Id, p.ResidentId, p.Name, p.Sex, p.BirthDate, p.ResidenceRegionCode, p.Phone, p.Address, p.MergedIntoId);
}
