using static TieredCare.Abstracts.Findings;
using C = TieredCare.Abstracts.AbstractColumns;

namespace TieredCare.Abstracts;

/// <summary>
/// QC-S: age against the birth date, age in days, newborn weight, and diagnoses that the code ranges
/// (<c>CodeRanges.tsv</c>) reserve for one sex or for patients older than 12, or expect in the first 28 days.
/// </summary>
internal static class SexAgeRules
{
    private static readonly QcRule AgeOutOfRange = QcRuleCatalogue.Get("QC-S01");
    private static readonly QcRule AgeNotFromBirthDate = QcRuleCatalogue.Get("QC-S02");
    private static readonly QcRule AgeDaysAboveAgeZero = QcRuleCatalogue.Get("QC-S03");
    private static readonly QcRule AgeDaysOutOfRange = QcRuleCatalogue.Get("QC-S04");
    private static readonly QcRule AgeDaysNotFromBirthDate = QcRuleCatalogue.Get("QC-S05");
    private static readonly QcRule FemaleCodeOnMale = QcRuleCatalogue.Get("QC-S06");
    private static readonly QcRule MaleCodeOnFemale = QcRuleCatalogue.Get("QC-S07");
    private static readonly QcRule CodeNotForChildren = QcRuleCatalogue.Get("QC-S08");
    private static readonly QcRule PerinatalCodeAfterInfancy = QcRuleCatalogue.Get("QC-S09");
    private static readonly QcRule NewbornWeightMissing = QcRuleCatalogue.Get("QC-S10");
    private static readonly QcRule NewbornWeightOutOfRange = QcRuleCatalogue.Get("QC-S11");

    public static void Check(DischargeRecord r, ref List<QcFinding>? findings)
    {
        CheckAge(r, ref findings);
        CheckNewborn(r, ref findings);

        var ranges = QcRuleCatalogue.Ranges;
        if (!IsBlank(r.PrincipalDiagnosis))
        {
            CheckDiagnosis(r, r.PrincipalDiagnosis, C.PrincipalDiagnosis, ranges, ref findings);
        }

        foreach (var code in r.OtherDiagnoses)
        {
            CheckDiagnosis(r, code, C.OtherDiagnoses, ranges, ref findings);
        }
    }

    /// <summary>Completed years from birth to <paramref name="on"/>: the birthday has to have been reached.</summary>
    public static int CompletedYears(DateOnly birth, DateOnly on)
    {
        var years = on.Year - birth.Year;
        return on.Month < birth.Month || (on.Month == birth.Month && on.Day < birth.Day) ? years - 1 : years;
    }

    private static void CheckAge(DischargeRecord r, ref List<QcFinding>? findings)
    {
        var birthKnown = r.BirthDate is { } birth && r.AdmissionDate is { } admission && birth <= admission;
        if (r.AgeYears is { } age)
        {
            if (age is < 0 or > 150)
            {
                Add(ref findings, AgeOutOfRange.Raise(Text(age)));
            }
            else if (birthKnown && CompletedYears(r.BirthDate!.Value, r.AdmissionDate!.Value) is var expected && expected != age)
            {
                Add(ref findings, AgeNotFromBirthDate.Raise(Text(age), Text(expected)));
            }
        }

        if (r.AgeDays is not { } days) return;
        if (r.AgeYears is { } years && years != 0)
        {
            Add(ref findings, AgeDaysAboveAgeZero.Raise(Text(days), Text(years)));
        }
        else if (days is < 0 or > 365)
        {
            Add(ref findings, AgeDaysOutOfRange.Raise(Text(days)));
        }
        else if (birthKnown && r.AdmissionDate!.Value.DayNumber - r.BirthDate!.Value.DayNumber is var expected && expected != days)
        {
            Add(ref findings, AgeDaysNotFromBirthDate.Raise(Text(days), Text(expected)));
        }
    }

    private static void CheckNewborn(DischargeRecord r, ref List<QcFinding>? findings)
    {
        if (r.NewbornWeightGrams is { } grams)
        {
            if (grams is < 100 or > 9999) Add(ref findings, NewbornWeightOutOfRange.Raise(Text(grams)));
        }
        else if (r.AgeYears == 0 && r.AgeDays is { } days and >= 0 and <= 28)
        {
            Add(ref findings, NewbornWeightMissing.Raise(Text(days)));
        }
    }

    private static void CheckDiagnosis(DischargeRecord r, string code, string field, CodeRangeTable ranges, ref List<QcFinding>? findings)
    {
        var sets = ranges.SetsOf(code);
        if (sets == CodeSet.None) return;
        if (r.Sex == 1 && (sets & CodeSet.FemaleOnly) != 0)
        {
            Add(ref findings, FemaleCodeOnMale.RaiseOn(field, code, reason: ranges.Match(code, CodeSet.FemaleOnly)));
        }

        if (r.Sex == 2 && (sets & CodeSet.MaleOnly) != 0)
        {
            Add(ref findings, MaleCodeOnFemale.RaiseOn(field, code, reason: ranges.Match(code, CodeSet.MaleOnly)));
        }

        if (r.AgeYears is { } age and >= 0 and <= 12 && (sets & CodeSet.Over12Only) != 0)
        {
            Add(ref findings, CodeNotForChildren.RaiseOn(field, code, Text(age), reason: ranges.Match(code, CodeSet.Over12Only)));
        }

        if (r.AgeYears is { } years and >= 1 && (sets & CodeSet.Perinatal) != 0)
        {
            Add(ref findings, PerinatalCodeAfterInfancy.RaiseOn(field, code, Text(years)));
        }
    }
}
