using static TieredCare.Abstracts.Findings;
using C = TieredCare.Abstracts.AbstractColumns;

namespace TieredCare.Abstracts;

/// <summary>QC-D: the order of the dates, the length of stay (same day = 1, 84号 填写说明), and procedure dates within the stay.</summary>
internal static class DateRules
{
    private static readonly QcRule DischargeBeforeAdmission = QcRuleCatalogue.Get("QC-D01");
    private static readonly QcRule LosNotFromDates = QcRuleCatalogue.Get("QC-D02");
    private static readonly QcRule LosNotPositive = QcRuleCatalogue.Get("QC-D03");
    private static readonly QcRule BirthAfterAdmission = QcRuleCatalogue.Get("QC-D04");
    private static readonly QcRule ProcedureOutsideStay = QcRuleCatalogue.Get("QC-D05");
    private static readonly QcRule OperationWithoutDate = QcRuleCatalogue.Get("QC-D06");

    /// <summary>The length of stay the dates give: calendar days between them, a same-day stay counting 1.</summary>
    public static int LengthOfStay(DateOnly admission, DateOnly discharge) => Math.Max(1, discharge.DayNumber - admission.DayNumber);

    public static void Check(DischargeRecord r, ref List<QcFinding>? findings)
    {
        var (admission, discharge) = (r.AdmissionDate, r.DischargeDate);
        var ordered = true;
        if (admission is { } a && discharge is { } d && d < a)
        {
            ordered = false;
            Add(ref findings, DischargeBeforeAdmission.Raise(Text(d), Text(a)));
        }

        if (r.LosDays is { } los)
        {
            if (los < 1)
            {
                Add(ref findings, LosNotPositive.Raise(Text(los)));
            }
            else if (ordered && admission is { } from && discharge is { } to && LengthOfStay(from, to) is var expected && expected != los)
            {
                Add(ref findings, LosNotFromDates.Raise(Text(los), Text(expected)));
            }
        }

        if (r.BirthDate is { } birth && admission is { } admitted && birth > admitted)
        {
            Add(ref findings, BirthAfterAdmission.Raise(Text(birth), Text(admitted)));
        }

        foreach (var p in r.Procedures)
        {
            if (p.Date is { } date)
            {
                if ((admission is { } start && date < start) || (ordered && discharge is { } end && date > end))
                {
                    Add(ref findings, ProcedureOutsideStay.RaiseOn(C.ProcedureDateField, Text(date), sequence: p.Sequence));
                }
            }
            else if (p.SurgeryLevel is { } level)
            {
                Add(ref findings, OperationWithoutDate.RaiseOn(C.ProcedureDateField, Text(level), sequence: p.Sequence));
            }
        }
    }
}
