using static TieredCare.Abstracts.Findings;
using C = TieredCare.Abstracts.AbstractColumns;

namespace TieredCare.Abstracts;

/// <summary>
/// QC-F: values that are not what the column holds. The reader raises all of them; on a record built in code,
/// the checks can still see a negative amount (F03), an amount with more than two decimals (F04) and negative
/// ventilation hours (F07).
/// </summary>
internal static class FormatRules
{
    public static readonly QcRule NotInteger = QcRuleCatalogue.Get("QC-F01");
    public static readonly QcRule NotAmount = QcRuleCatalogue.Get("QC-F02");
    public static readonly QcRule AmountNegative = QcRuleCatalogue.Get("QC-F03");
    public static readonly QcRule TooManyDecimals = QcRuleCatalogue.Get("QC-F04");
    public static readonly QcRule NotDate = QcRuleCatalogue.Get("QC-F05");
    public static readonly QcRule CodeHasSpaces = QcRuleCatalogue.Get("QC-F06");
    public static readonly QcRule VentilationNegative = QcRuleCatalogue.Get("QC-F07");

    public static bool HasMoreThanTwoDecimals(decimal value) => value.Scale > 2 && decimal.Round(value, 2) != value;

    public static void Check(DischargeRecord r, ref List<QcFinding>? findings)
    {
        Amount(r.CostService, C.CostService, ref findings);
        Amount(r.CostDiagnosis, C.CostDiagnosis, ref findings);
        Amount(r.CostTreatment, C.CostTreatment, ref findings);
        Amount(r.CostSurgery, C.CostSurgery, ref findings);
        Amount(r.CostRehabilitation, C.CostRehabilitation, ref findings);
        Amount(r.CostTcm, C.CostTcm, ref findings);
        Amount(r.CostWesternDrug, C.CostWesternDrug, ref findings);
        Amount(r.CostChineseDrug, C.CostChineseDrug, ref findings);
        Amount(r.CostBlood, C.CostBlood, ref findings);
        Amount(r.CostConsumables, C.CostConsumables, ref findings);
        Amount(r.CostOther, C.CostOther, ref findings);
        Amount(r.TotalCost, C.TotalCost, ref findings);
        Amount(r.SelfPay, C.SelfPay, ref findings);
        if (r.VentilationHours is < 0)
        {
            Add(ref findings, VentilationNegative.Raise(Text(r.VentilationHours.Value)));
        }
    }

    private static void Amount(decimal? amount, string field, ref List<QcFinding>? findings)
    {
        if (amount is not { } value) return;
        if (value < 0)
        {
            Add(ref findings, AmountNegative.RaiseOn(field, Text(value)));
        }
        else if (HasMoreThanTwoDecimals(value))
        {
            Add(ref findings, TooManyDecimals.RaiseOn(field, Text(value)));
        }
    }
}
