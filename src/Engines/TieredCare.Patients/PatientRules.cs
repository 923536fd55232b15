using System.Text.RegularExpressions;
using TieredCare.Registry;

namespace TieredCare.Patients;

public sealed record PatientDraft(string? ResidentId, string? Name, Sex? Sex, DateOnly? BirthDate, string? ResidenceRegionCode, string? Phone, string? Address);

public sealed record ValidPatient(ResidentId? ResidentId, string Name, Sex Sex, DateOnly BirthDate, string? ResidenceRegionCode, string? Phone, string? Address);

/// <summary>
/// Checks a patient record the way the 病案首页 quality rules check the same fields: ID number
/// consistent with sex and birth date, a real name, a plausible phone number.
/// </summary>
public static partial class PatientRules
{
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}A-Za-z·•]{2,40}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex PhonePattern();

    public static (ValidPatient? Patient, List<FieldError> Errors) Validate(
        PatientDraft d, DateOnly today, Func<string, bool> knownProvince, Func<string, bool> regionExists)
    {
        var errors = new List<FieldError>();
        ResidentId? id = null;
        if (!string.IsNullOrWhiteSpace(d.ResidentId))
        {
            if (Patients.ResidentId.TryParse(d.ResidentId, today, out var parsed, out var error, knownProvince))
            {
                id = parsed;
            }
            else
            {
                errors.Add(new("resident_id", error));
            }
        }

        var name = d.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(new("name", "姓名不能为空 (name is required)"));
        }
        else if (!NamePattern().IsMatch(name))
        {
            errors.Add(new("name", "姓名须为2-40个汉字或字母，不含数字、空格和标点 (2-40 letters, no digits, spaces or punctuation)"));
        }

        if (d.Sex is null || !Enum.IsDefined(d.Sex.Value))
        {
            errors.Add(new("sex", "性别须为 0 未知、1 男、2 女 或 9 未说明 (sex must be 0, 1, 2 or 9)"));
        }
        else if (id is { } rid && d.Sex is Sex.Male or Sex.Female && rid.Sex != d.Sex)
        {
            errors.Add(new("sex", $"性别与身份证号第17位不符 (sex does not match the ID number, which says {rid.Sex})"));
        }

        if (d.BirthDate is null)
        {
            if (id is null)
            {
                errors.Add(new("birth_date", "出生日期不能为空 (birth date is required)"));
            }
        }
        else if (d.BirthDate > today || d.BirthDate.Value.Year < 1880)
        {
            errors.Add(new("birth_date", $"出生日期无效 (birth date {d.BirthDate:yyyy-MM-dd} is in the future or before 1880)"));
        }
        else if (id is { } rid && rid.BirthDate != d.BirthDate)
        {
            errors.Add(new("birth_date", $"出生日期与身份证号不符 (birth date differs from the ID number's {rid.BirthDate:yyyy-MM-dd})"));
        }

        var region = string.IsNullOrWhiteSpace(d.ResidenceRegionCode) ? null : d.ResidenceRegionCode.Trim();
        if (region is not null)
        {
            if (!DivisionCode.TryParse(region, out _, out var error))
            {
                errors.Add(new("residence_region_code", error));
            }
            else if (!regionExists(region))
            {
                errors.Add(new("residence_region_code", $"区划不存在 (region {region} does not exist)"));
            }
        }

        var phone = string.IsNullOrWhiteSpace(d.Phone) ? null : d.Phone.Trim();
        if (phone is not null && (!PhonePattern().IsMatch(phone) || phone.Distinct().Count() <= 2 || phone is "12345678901" or "12345678911"))
        {
            errors.Add(new("phone", $"电话号码无效 (phone must be an 11-digit mobile or a landline with area code; placeholders are refused): '{phone}'"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var sex = d.Sex!.Value is Sex.Unknown or Sex.Unspecified && id is { } known ? known.Sex : d.Sex!.Value;
        return (new ValidPatient(id, name!, sex, d.BirthDate ?? id!.Value.BirthDate, region, phone, d.Address?.Trim()), errors);
    }
}
