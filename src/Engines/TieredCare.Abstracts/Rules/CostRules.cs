using static TieredCare.Abstracts.Findings;

namespace TieredCare.Abstracts;

/// <summary>
/// QC-K: the ten first-level cost classes add up to the total (手术治疗费 is part of 治疗类 and not added again),
/// the parts stay within their wholes, and surgery costs agree with the coded operations.
/// </summary>
internal static class CostRules
{
    /// <summary>The difference the sum may show against the total: one 分, for classes rounded one by one.</summary>
    public const decimal Tolerance = 0.01m;

    private static readonly QcRule ClassesNotTotal = QcRuleCatalogue.Get("QC-K01");
    private static readonly QcRule SurgeryAboveTreatment = QcRuleCatalogue.Get("QC-K02");
    private static readonly QcRule SelfPayAboveTotal = QcRuleCatalogue.Get("QC-K03");
    private static readonly QcRule TotalNotPositive = QcRuleCatalogue.Get("QC-K04");
    private static readonly QcRule OperationWithoutSurgeryCost = QcRuleCatalogue.Get("QC-K05");
    private static readonly QcRule SurgeryCostWithoutProcedure = QcRuleCatalogue.Get("QC-K06");

    /// <summary>The sum of the ten first-level classes, a missing class counting 0.</summary>
    public static decimal SumOfClasses(DischargeRecord r) =>
        (r.CostService ?? 0) + (r.CostDiagnosis ?? 0) + (r.CostTreatment ?? 0) + (r.CostRehabilitation ?? 0) + (r.CostTcm ?? 0)
        + (r.CostWesternDrug ?? 0) + (r.CostChineseDrug ?? 0) + (r.CostBlood ?? 0) + (r.CostConsumables ?? 0) + (r.CostOther ?? 0);

    public static void Check(DischargeRecord r, ref List<QcFinding>? findings)
    {
        if (r.TotalCost is { } total)
        {
            if (total <= 0) Add(ref findings, TotalNotPositive.Raise(Text(total)));
            var sum = SumOfClasses(r);
            if (Math.Abs(sum - total) > Tolerance) Add(ref findings, ClassesNotTotal.Raise(Text(total), Text(sum)));
            if (r.SelfPay is { } selfPay && selfPay > total) Add(ref findings, SelfPayAboveTotal.Raise(Text(selfPay), Text(total)));
        }

        var surgery = r.CostSurgery ?? 0;
        if (surgery > (r.CostTreatment ?? 0))
        {
            Add(ref findings, SurgeryAboveTreatment.Raise(Text(surgery), Text(r.CostTreatment ?? 0)));
        }

        if (surgery > 0 && r.Procedures.IsEmpty)
        {
            Add(ref findings, SurgeryCostWithoutProcedure.Raise(Text(surgery)));
        }
        else if (surgery == 0)
        {
            foreach (var p in r.Procedures)
            {
                if (p.SurgeryLevel is not { } level) continue;
                Add(ref findings, OperationWithoutSurgeryCost.RaiseOn(OperationWithoutSurgeryCost.Field, Text(surgery), Text(level), p.Sequence));
                break;
            }
        }
    }
}
