using TieredCare.Abstracts;
using static TieredCare.Abstracts.Tests.RuleCase;

namespace TieredCare.Abstracts.Tests.Rules;

public sealed class SexAgeRuleTests : RuleFamilyTests<SexAgeRuleTests>, IRuleFamily
{
    public static RuleTable Failing { get; } = new(
        Record("age 151", "QC-S01", r => r with { AgeYears = 151 }),
        Record("age -1", "QC-S01", r => r with { AgeYears = -1 }),
        Record("age counted by calendar year before the birthday", "QC-S02", r => r with { AgeYears = 45 }),
        Record("age one year short", "QC-S02", r => r with { AgeYears = 43 }),
        Record("age in days for a 44-year-old", "QC-S03", r => r with { AgeDays = 100 }),
        Record("age in days 400", "QC-S04", r => Infant(r, 20, null) with { AgeDays = 400 }),
        Record("age in days 2 more than the dates give", "QC-S05", r => Infant(r, 28, 3200) with { AgeDays = 30 }),
        Record("a man with a delivery as principal", "QC-S06", r => r with { PrincipalDiagnosis = "O80.000" }),
        Record("a man with female pelvic inflammation as other diagnosis", "QC-S06", r => r with { OtherDiagnoses = ["N73.900"] }),
        Record("a man with a pregnancy health service code", "QC-S06", r => r with { OtherDiagnoses = ["Z32.100"] }),
        Record("a man with a postpartum care code", "QC-S06", r => r with { OtherDiagnoses = ["Z39.200"] }),
        Record("a woman with prostate cancer as principal", "QC-S07", r => r with { Sex = 2, PrincipalDiagnosis = "C61.x00", PathologyCode = "M81400/3" }),
        Record("a woman with benign prostatic hyperplasia as other diagnosis", "QC-S07", r => r with { Sex = 2, OtherDiagnoses = ["N40.x00"] }),
        Record("a woman with a benign male genital tumour", "QC-S07", r => r with { Sex = 2, OtherDiagnoses = ["D29.000"] }),
        Record("a 10-year-old girl with ovarian cancer", "QC-S08", r => Child(r, 10) with { PrincipalDiagnosis = "C56.x00", PathologyCode = "M90803/3" }),
        Record("a 12-year-old girl with a benign breast tumour", "QC-S08", r => Child(r, 12) with { OtherDiagnoses = ["D24.x00"] }),
        Record("a 12-year-old girl with a pregnancy code", "QC-S08", r => Child(r, 12) with { OtherDiagnoses = ["O80.000"] }),
        Record("a perinatal code at 44", "QC-S09", r => r with { OtherDiagnoses = ["P07.100"] }),
        Record("a 5-day-old without birth weight", "QC-S10", r => Infant(r, 5, null)),
        Record("a newborn born today without birth weight", "QC-S10", r => Infant(r, 0, null)),
        Record("birth weight 50 g", "QC-S11", r => Infant(r, 5, 50)),
        Record("birth weight 10000 g", "QC-S11", r => Infant(r, 5, 10000)));

    public static RuleTable Passing { get; } = new(
        Record("age 150", "QC-S01", r => r with { AgeYears = 150 }),
        Record("age 0", "QC-S01", r => Infant(r, 200, null)),
        Record("admitted on the birthday", "QC-S02", r => r with { BirthDate = new DateOnly(1980, 3, 1), AgeYears = 45 }),
        Record("born on 29 February, admitted on 28 February", "QC-S02", r => r with
        {
            BirthDate = new DateOnly(2000, 2, 29), AgeYears = 24, AdmissionDate = new DateOnly(2025, 2, 28), DischargeDate = new DateOnly(2025, 3, 7),
            Procedures = [Fixture.Valid.Procedures[0] with { Date = new DateOnly(2025, 3, 1) }],
        }),
        Record("age in days at age 0", "QC-S03", r => Infant(r, 100, null)),
        Record("age in days 364", "QC-S04", r => Infant(r, 364, null)),
        Record("age in days 0", "QC-S04", r => Infant(r, 0, 3100)),
        Record("age in days from the dates", "QC-S05", r => Infant(r, 28, 3200)),
        Record("a woman with a delivery", "QC-S06", r => r with { Sex = 2, PrincipalDiagnosis = "O80.000", OtherDiagnoses = ["Z37.000"] }),
        Record("sex unknown with a delivery", "QC-S06", r => r with { Sex = 0, PrincipalDiagnosis = "O80.000" }),
        Record("a newborn boy with his own birth code Z38 (not female-only, unlike Z32–Z37 and Z39)", "QC-S06", r => Infant(r, 2, 3300) with { OtherDiagnoses = ["Z38.000"] }),
        Record("a man with prostate hyperplasia", "QC-S07", r => r with { OtherDiagnoses = ["N40.x00"] }),
        Record("a 13-year-old girl with ovarian cancer", "QC-S08", r => Child(r, 13) with { PrincipalDiagnosis = "C56.x00", PathologyCode = "M90803/3" }),
        Record("a 10-year-old with pneumonia", "QC-S08", r => Child(r, 10)),
        Record("a perinatal code at 5 days", "QC-S09", r => Infant(r, 5, 2100) with { PrincipalDiagnosis = "P07.100" }),
        Record("a perinatal code at 200 days", "QC-S09", r => Infant(r, 200, null) with { OtherDiagnoses = ["P07.100"] }),
        Record("a 5-day-old with birth weight", "QC-S10", r => Infant(r, 5, 3200)),
        Record("a 29-day-old needs no birth weight", "QC-S10", r => Infant(r, 29, null)),
        Record("birth weight 100 g", "QC-S11", r => Infant(r, 5, 100)),
        Record("birth weight 9999 g", "QC-S11", r => Infant(r, 5, 9999)));

    /// <summary>The fixture as an infant of <paramref name="days"/> days at admission, born on the matching date.</summary>
    internal static DischargeRecord Infant(DischargeRecord r, int days, int? weight) => r with
    {
        AgeYears = 0,
        AgeDays = days,
        BirthDate = r.AdmissionDate!.Value.AddDays(-days),
        NewbornWeightGrams = weight,
        OtherDiagnoses = [],
    };

    /// <summary>The fixture as a girl of <paramref name="years"/> at admission.</summary>
    internal static DischargeRecord Child(DischargeRecord r, int years) => r with
    {
        Sex = 2,
        AgeYears = years,
        BirthDate = r.AdmissionDate!.Value.AddYears(-years).AddDays(-30),
        OtherDiagnoses = [],
    };
}
