using TieredCare.Abstracts;
using static TieredCare.Abstracts.Tests.RuleCase;

namespace TieredCare.Abstracts.Tests.Rules;

public sealed class CostRuleTests : RuleFamilyTests<CostRuleTests>, IRuleFamily
{
    public static RuleTable Failing { get; } = new(
        Record("the total 0.02 above the classes", "QC-K01", r => r with { TotalCost = 6000.02m }),
        Record("the surgery cost added to the total again", "QC-K01", r => r with { TotalCost = 7500.00m }),
        Record("a class missing from the sum", "QC-K01", r => r with { CostConsumables = null }),
        Record("surgery cost above treatment", "QC-K02", r => r with { CostSurgery = 2000.01m }),
        Record("surgery cost with no treatment cost", "QC-K02", r => r with { CostTreatment = null, CostService = 2500.00m }),
        Record("self-pay above the total", "QC-K03", r => r with { SelfPay = 6000.01m }),
        Record("total cost 0", "QC-K04", r => r with { TotalCost = 0m }),
        Record("an operation with surgery cost 0", "QC-K05", r => r with { CostSurgery = 0m }),
        Record("an operation with no surgery cost", "QC-K05", r => r with { CostSurgery = null }),
        Record("surgery cost without any procedure", "QC-K06", r => r with { Procedures = [] }));

    public static RuleTable Passing { get; } = new(
        Record("the total 0.01 above the classes", "QC-K01", r => r with { TotalCost = 6000.01m }),
        Record("the total 0.01 below the classes", "QC-K01", r => r with { TotalCost = 5999.99m }),
        Record("surgery cost equal to treatment", "QC-K02", r => r with { CostSurgery = 2000.00m }),
        Record("self-pay equal to the total", "QC-K03", r => r with { SelfPay = 6000.00m }),
        Record("total cost 0.01", "QC-K04", r => r with { TotalCost = 0.01m }),
        Record("a non-operative procedure with surgery cost 0", "QC-K05", r => r with
        {
            CostSurgery = 0m, Procedures = [new RecordedProcedure(1, "99.0401", null, new DateOnly(2025, 3, 2))],
        }),
        Record("no procedures and no surgery cost", "QC-K06", r => r with { Procedures = [], CostSurgery = 0m }),
        Record("a procedure and surgery cost", "QC-K06", r => r));
}
