using TieredCare.Referrals.Catalogue;
using TieredCare.Registry;

namespace TieredCare.Web.Modules.Referrals;

/// <summary>
/// Where an institution stands on the catalogue's four-tier scale (docs/adr/0005). The registry's <c>CareTier</c> has a
/// single grassroots tier, so the type decides below the county and the hospital level above it: a 三级 hospital is a
/// city-tier hospital wherever it lies, any other hospital a county-tier one. Emergency and CDC centres treat no
/// catalogue disease themselves; they are put at the county tier so that a referral out of them is never "up".
/// </summary>
public static class InstitutionTiers
{
    public static TreatmentTier Of(InstitutionType type, InstitutionLevel level) => type switch
    {
        InstitutionType.VillageClinic or InstitutionType.CommunityHealthStation => TreatmentTier.Village,
        InstitutionType.TownshipHealthCenter or InstitutionType.CommunityHealthCenter => TreatmentTier.Township,
        InstitutionType.EmergencyCenter or InstitutionType.CdcCenter => TreatmentTier.County,
        _ when level == InstitutionLevel.Tertiary => TreatmentTier.City,
        _ => TreatmentTier.County,
    };

    /// <summary>The catalogue file's word: <c>village</c>, <c>township</c>, <c>county</c>, <c>city</c>.</summary>
    public static string Word(this TreatmentTier tier) => tier switch
    {
        TreatmentTier.Village => "village",
        TreatmentTier.Township => "township",
        TreatmentTier.County => "county",
        _ => "city",
    };
}
