using TieredCare.Registry;

namespace TieredCare.Web.Infrastructure;

/// <summary>
/// Reads enumeration filters from the query string in their snake_case codes
/// (<c>?type=general_hospital</c>) and names the parameter when a value is unknown.
/// </summary>
public static class QueryCodes
{
    public static TEnum? Parse<TEnum>(string? value, string parameter, List<FieldError> errors) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Codes.TryParse<TEnum>(value, out var parsed))
        {
            return parsed;
        }

        errors.Add(new FieldError(parameter, $"无效的取值 '{value}' (unknown value; allowed: {Codes.AllowedValues<TEnum>()})"));
        return null;
    }
}
