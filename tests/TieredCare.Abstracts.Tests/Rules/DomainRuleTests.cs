using TieredCare.Abstracts;
using static TieredCare.Abstracts.Tests.RuleCase;

namespace TieredCare.Abstracts.Tests.Rules;

public sealed class DomainRuleTests : RuleFamilyTests<DomainRuleTests>, IRuleFamily
{
    public static RuleTable Failing { get; } = new(
        Record("admission count 0", "QC-V01", r => r with { AdmissionCount = 0 }),
        Record("sex 3", "QC-V02", r => r with { Sex = 3 }),
        Record("sex 0 未知", "QC-V03", r => r with { Sex = 0 }),
        Record("sex 9 未说明", "QC-V03", r => r with { Sex = 9 }),
        Record("admission route 4", "QC-V04", r => r with { AdmissionRoute = 4 }),
        Record("payment method 0", "QC-V05", r => r with { InsuranceType = 0 }),
        Record("payment method 10", "QC-V05", r => r with { InsuranceType = 10 }),
        Record("surgery level 5", "QC-V06", r => r with { Procedures = [Fixture.Valid.Procedures[0] with { SurgeryLevel = 5 }] }),
        Record("surgery level 0", "QC-V06", r => r with { Procedures = [Fixture.Valid.Procedures[0] with { SurgeryLevel = 0 }] }),
        Record("an 11-digit residence code", "QC-V07", r => r with { ResidenceRegionCode = "99010100100" }),
        Record("a residence code with letters", "QC-V07", r => r with { ResidenceRegionCode = "99010100100A" }),
        Record("a residence code with a village under no township", "QC-V07", r => r with { ResidenceRegionCode = "990101000001" }));

    public static RuleTable Passing { get; } = new(
        Record("admission count 12", "QC-V01", r => r with { AdmissionCount = 12 }),
        Record("sex 2", "QC-V02", r => r with { Sex = 2 }),
        Record("sex 9 is in the value set", "QC-V02", r => r with { Sex = 9 }),
        Record("sex 1", "QC-V03", r => r),
        Record("admission route 9", "QC-V04", r => r with { AdmissionRoute = 9 }),
        Record("admission route 3", "QC-V04", r => r with { AdmissionRoute = 3 }),
        Record("payment method 9", "QC-V05", r => r with { InsuranceType = 9 }),
        Record("surgery level 4", "QC-V06", r => r with { Procedures = [Fixture.Valid.Procedures[0] with { SurgeryLevel = 4 }] }),
        Record("a procedure without a level", "QC-V06", r => r with { Procedures = [new RecordedProcedure(1, "99.0401", null, null)] }),
        Record("a county-level residence code", "QC-V07", r => r with { ResidenceRegionCode = "990101000000" }));
}
