using static TieredCare.Abstracts.Tests.RuleCase;

namespace TieredCare.Abstracts.Tests.Rules;

public sealed class PrincipalRuleTests : RuleFamilyTests<PrincipalRuleTests>, IRuleFamily
{
    public static RuleTable Failing { get; } = new(
        Record("a fall (W) as principal", "QC-P01", r => r with { PrincipalDiagnosis = "W19.x00" }),
        Record("a traffic accident (V) as principal", "QC-P01", r => r with { PrincipalDiagnosis = "V89.200" }),
        Record("a morphology code as principal", "QC-P01", r => r with { PrincipalDiagnosis = "M81400/3" }),
        Record("an asterisk code alone as principal", "QC-P01", r => r with { PrincipalDiagnosis = "I32.0*" }),
        Record("a fracture without external cause", "QC-P02", r => r with { PrincipalDiagnosis = "S72.000" }),
        Record("an adverse drug effect without external cause", "QC-P02", r => r with { PrincipalDiagnosis = "T88.700" }),
        Record("prostate cancer without pathology", "QC-P03", r => r with { PrincipalDiagnosis = "C61.x00" }),
        Record("a uterine leiomyoma without pathology", "QC-P03", r => r with { Sex = 2, PrincipalDiagnosis = "D25.900" }),
        Record("a pathology code without the M", "QC-P04", r => r with { PrincipalDiagnosis = "C61.x00", PathologyCode = "81400/3" }));

    public static RuleTable Passing { get; } = new(
        Record("a dagger-asterisk pair as principal", "QC-P01", r => r with { PrincipalDiagnosis = "A18.808+I32.0*" }),
        Record("a chapter XIII M code is not a morphology code", "QC-P01", r => r with { PrincipalDiagnosis = "M54.500" }),
        Record("an external cause as other diagnosis", "QC-P01", r => r with { PrincipalDiagnosis = "S72.000", OtherDiagnoses = ["W19.x00"] }),
        Record("a fracture with its external cause", "QC-P02", r => r with { PrincipalDiagnosis = "S72.000", ExternalCauseCode = "W19.x00" }),
        Record("a fracture as other diagnosis only", "QC-P02", r => r with { OtherDiagnoses = ["S72.000"] }),
        Record("prostate cancer with pathology", "QC-P03", r => r with { PrincipalDiagnosis = "C61.x00", PathologyCode = "M81400/3" }),
        Record("chemotherapy (Z51.1) with the tumour as other diagnosis", "QC-P03", r => r with { PrincipalDiagnosis = "Z51.100", OtherDiagnoses = ["C61.x00"] }),
        Record("a pathology code starting with M", "QC-P04", r => r with { PrincipalDiagnosis = "C61.x00", PathologyCode = "M81400/3" }),
        Record("no pathology code", "QC-P04", r => r));
}
