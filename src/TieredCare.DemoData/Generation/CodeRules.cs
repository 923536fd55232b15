namespace TieredCare.DemoData.Generation;

/// <summary>Sex and age rules of the 病案首页 quality checks, applied to every diagnosis the generator emits.</summary>
internal static class CodeRules
{
    /// <summary>'f' for codes only women can carry, 'm' for men only, 'a' otherwise.</summary>
    public static char SexOf(string icd10)
    {
        var letter = icd10[0];
        var number = icd10.Length >= 3 && char.IsAsciiDigit(icd10[1]) && char.IsAsciiDigit(icd10[2]) ? (icd10[1] - '0') * 10 + icd10[2] - '0' : -1;
        return letter switch
        {
            'O' => 'f',
            'N' when number is >= 70 and <= 98 => 'f',
            'N' when number is >= 40 and <= 51 => 'm',
            'C' when number is >= 50 and <= 58 => 'f',
            'C' when number is >= 60 and <= 63 => 'm',
            'D' when number is >= 25 and <= 28 => 'f',
            'D' when number == 29 => 'm',
            'Z' when number is >= 32 and <= 39 => 'f',
            'M' when icd10.StartsWith("M81.0", StringComparison.Ordinal) => 'f',
            _ => 'a',
        };
    }

    /// <summary>False for codes a patient of this sex and age may not carry.</summary>
    public static bool Allowed(string icd10, int sex, int ageYears, int? ageDays)
    {
        var codeSex = SexOf(icd10);
        if ((codeSex == 'f' && sex != 2) || (codeSex == 'm' && sex != 1))
        {
            return false;
        }

        var letter = icd10[0];
        var number = (icd10[1] - '0') * 10 + icd10[2] - '0';
        if (ageYears <= 12 && (letter == 'O' || (letter == 'C' && number is >= 50 and <= 63) || (letter == 'D' && number is >= 24 and <= 29)))
        {
            return false;
        }

        if (letter == 'O' && ageYears is < 12 or > 55)
        {
            return false;
        }

        return letter != 'P' || (ageYears == 0 && ageDays is <= 28);
    }
}
