namespace TieredCare.Referrals.Catalogue;

/// <summary>
/// The four levels of the 县、乡、村三级疾病诊疗目录 plus the city, ordered lowest to highest so that tiers compare with
/// <c>&lt;</c>. The registry's <c>CareTier</c> has one grassroots level, which cannot tell a village clinic from a
/// township health centre, so the catalogue keeps its own scale.
/// </summary>
public enum TreatmentTier
{
    /// <summary>村卫生室 (village clinic).</summary>
    Village = 0,

    /// <summary>乡镇卫生院 or 社区卫生服务中心 (township health centre, community health centre).</summary>
    Township = 1,

    /// <summary>县级医院 (county hospital).</summary>
    County = 2,

    /// <summary>市级医院 (city hospital).</summary>
    City = 3,
}

/// <summary>Names and parsing of <see cref="TreatmentTier"/>.</summary>
public static class TreatmentTiers
{
    /// <summary>The Chinese name used in explanations, e.g. 村级.</summary>
    public static string ChineseName(this TreatmentTier tier) => tier switch
    {
        TreatmentTier.Village => "村级",
        TreatmentTier.Township => "乡镇级",
        TreatmentTier.County => "县级",
        TreatmentTier.City => "市级",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "unknown tier"),
    };

    /// <summary>Reads <c>village|township|county|city</c> (any case) or <c>村|乡|县|市</c>; surrounding blanks are ignored.</summary>
    public static bool TryParse(string? text, out TreatmentTier tier)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "VILLAGE" or "村":
                tier = TreatmentTier.Village;
                return true;
            case "TOWNSHIP" or "乡":
                tier = TreatmentTier.Township;
                return true;
            case "COUNTY" or "县":
                tier = TreatmentTier.County;
                return true;
            case "CITY" or "市":
                tier = TreatmentTier.City;
                return true;
            default:
                tier = default;
                return false;
        }
    }
}
