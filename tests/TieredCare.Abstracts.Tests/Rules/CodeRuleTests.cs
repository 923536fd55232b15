using TieredCare.Abstracts;
using static TieredCare.Abstracts.Tests.RuleCase;

namespace TieredCare.Abstracts.Tests.Rules;

public sealed class CodeRuleTests : RuleFamilyTests<CodeRuleTests>, IRuleFamily
{
    public static RuleTable Failing { get; } = new(
        Record("a principal diagnosis not in the dictionary", "QC-C01", r => r with { PrincipalDiagnosis = "Z99.999" }),
        Record("a principal diagnosis in lower case", "QC-C01", r => r with { PrincipalDiagnosis = "j18.900" }),
        Record("an other diagnosis not in the dictionary", "QC-C02", r => r with { OtherDiagnoses = ["I10.x00", "E11.999"] }),
        Record("a procedure code not in the dictionary", "QC-C03", r => r with { Procedures = [Fixture.Valid.Procedures[0] with { Code = "99.9999" }] }),
        Record("a diagnosis code given as a procedure", "QC-C03", r => r with { Procedures = [Fixture.Valid.Procedures[0] with { Code = "J18.900" }] }),
        Record("an external cause not in the dictionary", "QC-C04", r => r with { PrincipalDiagnosis = "S72.000", ExternalCauseCode = "W19.999" }),
        Record("an injury code as external cause", "QC-C05", r => r with { PrincipalDiagnosis = "S72.000", ExternalCauseCode = "S06.000" }));

    public static RuleTable Passing { get; } = new(
        Record("a dagger-asterisk pair in the dictionary", "QC-C01", r => r with { PrincipalDiagnosis = "A18.808+I32.0*" }),
        Record("no other diagnoses", "QC-C02", r => r with { OtherDiagnoses = [] }),
        Record("several known other diagnoses", "QC-C02", r => r with { OtherDiagnoses = ["I10.x00", "E11.900"] }),
        Record("a known procedure code", "QC-C03", r => r with { Procedures = [Fixture.Valid.Procedures[0] with { Code = "47.0100" }] }),
        Record("a known external cause", "QC-C04", r => r with { PrincipalDiagnosis = "S72.000", ExternalCauseCode = "W19.x00" }),
        Record("no external cause", "QC-C04", r => r),
        Record("an X-chapter external cause", "QC-C05", r => r with { PrincipalDiagnosis = "T88.700", ExternalCauseCode = "X59.900" }));
}
