using System.Globalization;
using System.Text;

namespace TieredCare.Registry;

/// <summary>
/// The snake_case names of the registry enums used in CSV files and the API
/// (<c>general_hospital</c>, <c>county_medical_community</c>). Display names live in the UI's
/// i18n files.
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
