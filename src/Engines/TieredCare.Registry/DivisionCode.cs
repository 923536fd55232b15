using System.Diagnostics.CodeAnalysis;

namespace TieredCare.Registry;

/// <summary>Level of an administrative division in the 12-digit 统计用区划代码.</summary>
public enum DivisionLevel
{
    Province = 1,
    City = 2,
    County = 3,
    Township = 4,
    Village = 5,
}

/// <summary>
/// A 12-digit administrative division code (统计用区划代码): 2 digits province, 2 city, 2 county,
/// 3 township, 3 village. Trailing zero groups mark a higher level, so the level and every
/// ancestor follow from the digits alone.
/// </summary>
public readonly record struct DivisionCode
{
    private DivisionCode(string value) => Value = value;

    public string Value { get; }

    public DivisionLevel Level => Value switch
    {
        _ when Value[2..] == "0000000000" => DivisionLevel.Province,
        _ when Value[4..] == "00000000" => DivisionLevel.City,
        _ when Value[6..] == "000000" => DivisionLevel.County,
        _ when Value[9..] == "000" => DivisionLevel.Township,
        _ => DivisionLevel.Village,
    };

    /// <summary>The six-digit prefix used in resident ID numbers (province, city, county).</summary>
    public string CountyPrefix => Value[..6];

    /// <summary>The code of the division one level up, or null for a province.</summary>
    public DivisionCode? Parent => Level switch
    {
        DivisionLevel.Province => null,
        DivisionLevel.City => new DivisionCode(Value[..2] + "0000000000"),
        DivisionLevel.County => new DivisionCode(Value[..4] + "00000000"),
        DivisionLevel.Township => new DivisionCode(Value[..6] + "000000"),
        _ => new DivisionCode(Value[..9] + "000"),
    };

    /// <summary>The ancestor at <paramref name="level"/> (or this code when it is at that level already).</summary>
    public DivisionCode AncestorAt(DivisionLevel level)
    {
        if (level > Level)
        {
            throw new ArgumentOutOfRangeException(nameof(level), $"{Value} is above level {level}.");
        }

        var keep = level switch
        {
            DivisionLevel.Province => 2,
            DivisionLevel.City => 4,
            DivisionLevel.County => 6,
            DivisionLevel.Township => 9,
            _ => 12,
        };
        return new DivisionCode(Value[..keep].PadRight(12, '0'));
    }

    /// <summary>True when <paramref name="other"/> is this division or lies inside it.</summary>
    public bool Contains(DivisionCode other) => other.Value.StartsWith(SignificantPrefix, StringComparison.Ordinal);

    /// <summary>The digits that identify this division; every descendant's code starts with them.</summary>
    public string SignificantPrefix => Level switch
    {
        DivisionLevel.Province => Value[..2],
        DivisionLevel.City => Value[..4],
        DivisionLevel.County => Value[..6],
        DivisionLevel.Township => Value[..9],
        _ => Value,
    };

    public static DivisionCode Parse(string? text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    public static bool TryParse(string? text, out DivisionCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "区划代码不能为空 (division code is required)";
            return false;
        }

        text = text.Trim();
        if (text.Length != 12 || !text.All(char.IsAsciiDigit))
        {
            error = $"区划代码必须是12位数字 (division code must be 12 digits): '{text}'";
            return false;
        }

        if (text[..2] is "00" || text[0] == '0')
        {
            error = $"区划代码的省级部分无效 (invalid province part): '{text}'";
            return false;
        }

        // A lower level may only be filled when every level above it is: 110000001001 is not a code.
        var groups = new[] { text[2..4], text[4..6], text[6..9], text[9..12] };
        var sawEmpty = false;
        foreach (var group in groups)
        {
            var empty = group.All(c => c == '0');
            if (!empty && sawEmpty)
            {
                error = $"区划代码层级不连续 (a lower level is set under an empty level): '{text}'";
                return false;
            }

            sawEmpty |= empty;
        }

        code = new DivisionCode(text);
        error = null;
        return true;
    }

    public override string ToString() => Value;
}
