using static TieredCare.Abstracts.Tests.RuleCase;

namespace TieredCare.Abstracts.Tests.Rules;

public sealed class DispositionRuleTests : RuleFamilyTests<DispositionRuleTests>, IRuleFamily
{
    public static RuleTable Failing { get; } = new(
        Record("disposition 6 (an old local 其他)", "QC-X01", r => r with { Disposition = 6 }),
        Record("disposition 0", "QC-X01", r => r with { Disposition = 0 }),
        Record("disposition 9 其他", "QC-X02", r => r with { Disposition = 9 }),
        Record("a transfer (2) without receiving institution", "QC-X03", r => r with { Disposition = 2 }),
        Record("a transfer to primary care (3) with a blank receiving institution", "QC-X03", r => r with { Disposition = 3, ReceivingInstitution = " " }));

    public static RuleTable Passing { get; } = new(
        Record("disposition 5 死亡", "QC-X01", r => r with { Disposition = 5 }),
        Record("disposition 4 非医嘱离院", "QC-X01", r => r with { Disposition = 4 }),
        Record("disposition 1", "QC-X02", r => r),
        Record("a transfer (2) with receiving institution", "QC-X03", r => r with { Disposition = 2, ReceivingInstitution = "青川市第一人民医院" }),
        Record("a transfer to primary care (3) with receiving institution", "QC-X03", r => r with { Disposition = 3, ReceivingInstitution = "青川市城关镇卫生院" }),
        Record("discharged home needs no receiving institution", "QC-X03", r => r));
}
