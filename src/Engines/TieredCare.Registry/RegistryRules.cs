using System.Text.RegularExpressions;

namespace TieredCare.Registry;

/// <summary>A rejected value: the field (as the CSV column is named) and why, in Chinese and English.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>Lookups the rules need from whatever holds the registry (a database, an import batch).</summary>
public interface IRegistryLookup
{
    bool RegionExists(string code);
    bool InstitutionExists(string code);
    bool NetworkExists(string code);
}

public sealed record RegionDraft(string? Code, string? Name, string? Level, string? ParentCode, bool? IsUrban);

public sealed record ValidRegion(DivisionCode Code, string Name, DivisionLevel Level, DivisionCode? Parent, bool IsUrban);

public sealed record InstitutionDraft(
    string? Code, string? Name, string? Type, string? Level, string? Grade, string? Ownership, string? Tier,
    string? RegionCode, double? Latitude, double? Longitude, int? OpenBeds, IReadOnlyList<string>? SharedServices);

public sealed record ValidInstitution(
    string Code, string Name, InstitutionType Type, InstitutionLevel Level, InstitutionGrade Grade, Ownership Ownership,
    CareTier Tier, string RegionCode, double? Latitude, double? Longitude, int OpenBeds, IReadOnlyList<SharedService> SharedServices);

public sealed record NetworkDraft(string? Code, string? Name, string? Type, string? LeadInstitutionCode, string? RegionCode, DateOnly? StartDate, DateOnly? EndDate);

public sealed record ValidNetwork(string Code, string Name, NetworkType Type, string LeadInstitutionCode, string RegionCode, DateOnly StartDate, DateOnly? EndDate);

/// <summary>
/// Validation of registry records, shared by the JSON API and the CSV importers so that a record
/// is accepted or refused for the same reasons whichever way it arrives.
/// </summary>
public static partial class RegistryRules
{
    [GeneratedRegex("^[A-Z0-9]{4,32}$")]
    private static partial Regex RecordCodePattern();

    public static bool IsValidRecordCode(string? code) => code is not null && RecordCodePattern().IsMatch(code);

    public static (ValidRegion? Region, List<FieldError> Errors) Validate(RegionDraft d, IRegistryLookup lookup)
    {
        var errors = new List<FieldError>();
        DivisionCode? code = null;
        if (DivisionCode.TryParse(d.Code, out var parsed, out var codeError))
        {
            code = parsed;
        }
        else
        {
            errors.Add(new("code", codeError));
        }

        RequireName(d.Name, "name", 40, errors);

        DivisionLevel? level = null;
        if (!string.IsNullOrWhiteSpace(d.Level))
        {
            if (Codes.TryParse<DivisionLevel>(d.Level, out var l))
            {
                level = l;
            }
            else
            {
                errors.Add(Unknown("level", d.Level, Codes.AllowedValues<DivisionLevel>()));
            }
        }

        DivisionCode? parent = null;
        if (code is { } c)
        {
            if (level is { } given && given != c.Level)
            {
                errors.Add(new("level", $"级别与区划代码不符 (level '{Codes.ToCode(given)}' does not match code {c.Value}, which is '{Codes.ToCode(c.Level)}')"));
            }

            parent = c.Parent;
            var parentText = string.IsNullOrWhiteSpace(d.ParentCode) ? null : d.ParentCode.Trim();
            if (parentText is not null && parentText != parent?.Value)
            {
                errors.Add(new("parent_code", $"上级区划应为 {parent?.Value ?? "(无)"} (parent must be {parent?.Value ?? "empty"} for code {c.Value})"));
            }
            else if (parent is { } p && !lookup.RegionExists(p.Value))
            {
                errors.Add(new("parent_code", $"上级区划不存在 (parent region {p.Value} does not exist)"));
            }
        }

        return errors.Count > 0 || code is null
            ? (null, errors)
            : (new ValidRegion(code.Value, d.Name!.Trim(), code.Value.Level, parent, d.IsUrban ?? false), errors);
    }

    public static (ValidInstitution? Institution, List<FieldError> Errors) Validate(InstitutionDraft d, IRegistryLookup lookup)
    {
        var errors = new List<FieldError>();
        var code = d.Code?.Trim();
        if (!IsValidRecordCode(code))
        {
            errors.Add(new("code", $"机构代码须为4-32位大写字母或数字 (institution code must be 4-32 characters A-Z, 0-9): '{d.Code}'"));
        }

        RequireName(d.Name, "name", 100, errors);
        var type = RequireCode<InstitutionType>(d.Type, "type", errors);
        var level = RequireCode<InstitutionLevel>(d.Level, "level", errors);
        var grade = string.IsNullOrWhiteSpace(d.Grade) ? InstitutionGrade.None : RequireCode<InstitutionGrade>(d.Grade, "grade", errors);
        var ownership = RequireCode<Ownership>(d.Ownership, "ownership", errors);
        var tier = RequireCode<CareTier>(d.Tier, "tier", errors);

        if (level == InstitutionLevel.Unrated && grade != InstitutionGrade.None)
        {
            errors.Add(new("grade", "未定级机构不能有等次 (an unrated institution has no grade)"));
        }

        var region = d.RegionCode?.Trim();
        if (!DivisionCode.TryParse(region, out _, out var regionError))
        {
            errors.Add(new("region_code", regionError));
        }
        else if (!lookup.RegionExists(region!))
        {
            errors.Add(new("region_code", $"区划不存在 (region {region} does not exist)"));
        }

        if (d.Latitude is { } lat && (lat < -90 || lat > 90 || double.IsNaN(lat)))
        {
            errors.Add(new("latitude", $"纬度须在-90到90之间 (latitude must be between -90 and 90): {lat}"));
        }

        if (d.Longitude is { } lon && (lon < -180 || lon > 180 || double.IsNaN(lon)))
        {
            errors.Add(new("longitude", $"经度须在-180到180之间 (longitude must be between -180 and 180): {lon}"));
        }

        if ((d.Latitude is null) != (d.Longitude is null))
        {
            errors.Add(new(d.Latitude is null ? "latitude" : "longitude", "经纬度须同时填写 (latitude and longitude go together)"));
        }

        if (d.OpenBeds is < 0)
        {
            errors.Add(new("open_beds", $"开放床位数不能为负 (open beds cannot be negative): {d.OpenBeds}"));
        }

        var services = new List<SharedService>();
        foreach (var s in d.SharedServices ?? [])
        {
            if (Codes.TryParse<SharedService>(s, out var service))
            {
                if (!services.Contains(service))
                {
                    services.Add(service);
                }
            }
            else
            {
                errors.Add(Unknown("shared_services", s, Codes.AllowedValues<SharedService>()));
            }
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ValidInstitution(code!, d.Name!.Trim(), type, level, grade, ownership, tier, region!, d.Latitude, d.Longitude, d.OpenBeds ?? 0, services), errors);
    }

    public static (ValidNetwork? Network, List<FieldError> Errors) Validate(NetworkDraft d, IRegistryLookup lookup)
    {
        var errors = new List<FieldError>();
        var code = d.Code?.Trim();
        if (!IsValidRecordCode(code))
        {
            errors.Add(new("code", $"医联体代码须为4-32位大写字母或数字 (network code must be 4-32 characters A-Z, 0-9): '{d.Code}'"));
        }

        RequireName(d.Name, "name", 100, errors);
        var type = RequireCode<NetworkType>(d.Type, "type", errors);
        var lead = d.LeadInstitutionCode?.Trim();
        if (string.IsNullOrEmpty(lead))
        {
            errors.Add(new("lead_institution_code", "牵头机构不能为空 (lead institution is required)"));
        }
        else if (!lookup.InstitutionExists(lead))
        {
            errors.Add(new("lead_institution_code", $"牵头机构不存在 (institution {lead} does not exist)"));
        }

        var region = d.RegionCode?.Trim();
        if (!DivisionCode.TryParse(region, out _, out var regionError))
        {
            errors.Add(new("region_code", regionError));
        }
        else if (!lookup.RegionExists(region!))
        {
            errors.Add(new("region_code", $"区划不存在 (region {region} does not exist)"));
        }

        if (d.StartDate is null)
        {
            errors.Add(new("start_date", "成立日期不能为空 (start date is required)"));
        }
        else if (d.EndDate is { } end && end < d.StartDate)
        {
            errors.Add(new("end_date", $"结束日期早于成立日期 (end date {end:yyyy-MM-dd} is before start date {d.StartDate:yyyy-MM-dd})"));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ValidNetwork(code!, d.Name!.Trim(), type, lead!, region!, d.StartDate!.Value, d.EndDate), errors);
    }

    private static void RequireName(string? name, string field, int maxLength, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new(field, "名称不能为空 (name is required)"));
        }
        else if (name.Trim().Length > maxLength)
        {
            errors.Add(new(field, $"名称不能超过{maxLength}个字 (name is longer than {maxLength} characters)"));
        }
    }

    private static TEnum RequireCode<TEnum>(string? value, string field, List<FieldError> errors) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, $"不能为空，可选值 (required; one of): {Codes.AllowedValues<TEnum>()}"));
            return default;
        }

        if (Codes.TryParse<TEnum>(value, out var parsed))
        {
            return parsed;
        }

        errors.Add(Unknown(field, value, Codes.AllowedValues<TEnum>()));
        return default;
    }

    private static FieldError Unknown(string field, string value, string allowed) =>
        new(field, $"无效的取值 '{value}' (unknown value; allowed: {allowed})");
}
