using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TieredCare.Registry;

namespace TieredCare.Patients;

public enum Sex
{
    Unknown = 0, // GB/T 2261.1: 0 未知
    Male = 1,
    Female = 2,
    Unspecified = 9,
}

/// <summary>
/// An 18-character resident identity number (GB 11643): six-digit division prefix, birth date
/// yyyyMMdd, three-digit sequence whose last digit is odd for men and even for women, and an
/// ISO 7064 MOD 11-2 check character (0–9 or X).
/// </summary>
public readonly record struct ResidentId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private ResidentId(string value) => Value = value;

    public string Value { get; }

    public string DivisionPrefix => Value[..6];

    public DateOnly BirthDate => DateOnly.ParseExact(Value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture);

    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    // GB/T 2260 province codes, plus 83 used on residence permits of Taiwan residents.
    private static readonly HashSet<string> NationalProvinces =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    ];

    public static bool IsNationalProvince(string twoDigits) => NationalProvinces.Contains(twoDigits);

    /// <summary>
    /// Parses and validates. <paramref name="today"/> bounds the birth date (no one is born
    /// tomorrow); <paramref name="knownProvince"/> decides which province prefixes exist (the
    /// national list by default; a deployment adds the provinces of its own registry).
    /// </summary>
    public static bool TryParse(string? text, DateOnly today, out ResidentId id, [NotNullWhen(false)] out string? error, Func<string, bool>? knownProvince = null)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "身份证号不能为空 (resident ID is required)";
            return false;
        }

        text = text.Trim().ToUpperInvariant();
        if (text.Length != 18)
        {
            error = $"身份证号必须是18位 (resident ID must have 18 characters, got {text.Length})";
            return false;
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                error = $"身份证号第{i + 1}位必须是数字 (character {i + 1} must be a digit)";
                return false;
            }
        }

        if (!char.IsAsciiDigit(text[17]) && text[17] != 'X')
        {
            error = "身份证号校验位必须是数字或X (check character must be 0-9 or X)";
            return false;
        }

        if (!DivisionCode.TryParse(text[..6] + "000000", out _, out _) || !(knownProvince ?? IsNationalProvince)(text[..2]))
        {
            error = $"身份证号地址码无效 (unknown division prefix '{text[..6]}')";
            return false;
        }

        if (!DateOnly.TryParseExact(text.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1880 || birth > today)
        {
            error = $"身份证号出生日期无效 (invalid birth date '{text.Substring(6, 8)}')";
            return false;
        }

        var expected = CheckCharacter(text.AsSpan(0, 17));
        if (text[17] != expected)
        {
            error = $"身份证号校验位错误 (check digit should be '{expected}', got '{text[17]}')";
            return false;
        }

        id = new ResidentId(text);
        error = null;
        return true;
    }

    public static ResidentId Parse(string text, DateOnly today, Func<string, bool>? knownProvince = null) =>
        TryParse(text, today, out var id, out var error, knownProvince) ? id : throw new FormatException(error);

    /// <summary>ISO 7064 MOD 11-2 check character over the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("Seventeen digits are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>Builds a valid number from its parts; used by the synthetic data generator.</summary>
    public static ResidentId Create(string divisionPrefix, DateOnly birthDate, int sequence, Sex sex)
    {
        if (divisionPrefix.Length != 6 || sequence is < 0 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence));
        }

        var sexDigit = sex == Sex.Male ? 1 : 0;
        var body = string.Create(CultureInfo.InvariantCulture, $"{divisionPrefix}{birthDate:yyyyMMdd}{sequence:00}{sexDigit + (sequence % 5) * 2}");
        return new ResidentId(body + CheckCharacter(body));
    }

    public override string ToString() => Value;
}
