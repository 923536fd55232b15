using System.Globalization;
using System.Text;

namespace TieredCare.Registry;

/// <summary>
/// The snake_case names of the registry enums used in CSV files and the API
/// (<c>general_hospital</c>, <c>county_medical_community</c>), and their Chinese labels.
/// </summary>
public static class Codes
{
    public static string ToCode<TEnum>(TEnum value) where TEnum : struct, Enum => SnakeCase(value.ToString());

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = text.Trim().Replace("_", "", StringComparison.Ordinal);
        if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return false; // numbers would bind to any underlying value; codes must be names
        }

        return Enum.TryParse(key, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    public static string AllowedValues<TEnum>() where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(v => ToCode(v)));

    public static string ChineseLabel(InstitutionType type) => type switch
    {
        InstitutionType.GeneralHospital => "综合医院",
        InstitutionType.TcmHospital => "中医医院",
        InstitutionType.MaternalChildHospital => "妇幼保健院",
        InstitutionType.SpecialtyHospital => "专科医院",
        InstitutionType.CommunityHealthCenter => "社区卫生服务中心",
        InstitutionType.TownshipHealthCenter => "乡镇卫生院",
        InstitutionType.CommunityHealthStation => "社区卫生服务站",
        InstitutionType.VillageClinic => "村卫生室",
        InstitutionType.EmergencyCenter => "急救中心",
        InstitutionType.CdcCenter => "疾病预防控制中心",
        _ => type.ToString(),
    };

    public static string ChineseLabel(NetworkType type) => type switch
    {
        NetworkType.CountyMedicalCommunity => "县域医共体",
        NetworkType.CityMedicalGroup => "城市医疗集团",
        NetworkType.SpecialtyAlliance => "专科联盟",
        NetworkType.TelemedicineNetwork => "远程医疗协作网",
        _ => type.ToString(),
    };

    /// <summary>三级甲等, 二级乙等, 一级, 未定级.</summary>
    public static string ChineseLabel(InstitutionLevel level, InstitutionGrade grade)
    {
        var levelText = level switch
        {
            InstitutionLevel.Primary => "一级",
            InstitutionLevel.Secondary => "二级",
            InstitutionLevel.Tertiary => "三级",
            _ => "未定级",
        };
        var gradeText = grade switch
        {
            InstitutionGrade.A => "甲等",
            InstitutionGrade.B => "乙等",
            InstitutionGrade.C => "丙等",
            _ => "",
        };
        return level == InstitutionLevel.Unrated ? levelText : levelText + gradeText;
    }

    private static string SnakeCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
