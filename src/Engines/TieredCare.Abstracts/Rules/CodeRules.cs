using static TieredCare.Abstracts.Findings;
using C = TieredCare.Abstracts.AbstractColumns;

namespace TieredCare.Abstracts;

/// <summary>QC-C: every code must be in the dictionary in force, and the external cause must be one.</summary>
internal static class CodeRules
{
    private static readonly QcRule PrincipalUnknown = QcRuleCatalogue.Get("QC-C01");
    private static readonly QcRule OtherUnknown = QcRuleCatalogue.Get("QC-C02");
    private static readonly QcRule ProcedureUnknown = QcRuleCatalogue.Get("QC-C03");
    private static readonly QcRule ExternalCauseUnknown = QcRuleCatalogue.Get("QC-C04");
    private static readonly QcRule ExternalCauseNotExternal = QcRuleCatalogue.Get("QC-C05");

    public static void Check(DischargeRecord r, CodeDictionary codes, ref List<QcFinding>? findings)
    {
        if (!IsBlank(r.PrincipalDiagnosis) && !codes.IsDiagnosis(r.PrincipalDiagnosis))
        {
            Add(ref findings, PrincipalUnknown.Raise(r.PrincipalDiagnosis));
        }

        foreach (var code in r.OtherDiagnoses)
        {
            if (!codes.IsDiagnosis(code)) Add(ref findings, OtherUnknown.Raise(code));
        }

        foreach (var p in r.Procedures)
        {
            if (!IsBlank(p.Code) && !codes.IsProcedure(p.Code))
            {
                Add(ref findings, ProcedureUnknown.RaiseOn(C.ProcedureCodeField, p.Code, sequence: p.Sequence));
            }
        }

        if (IsBlank(r.ExternalCauseCode)) return;
        if (!codes.IsDiagnosis(r.ExternalCauseCode))
        {
            Add(ref findings, ExternalCauseUnknown.Raise(r.ExternalCauseCode));
        }

        if ((QcRuleCatalogue.Ranges.SetsOf(r.ExternalCauseCode) & CodeSet.ExternalCause) == 0)
        {
            Add(ref findings, ExternalCauseNotExternal.Raise(r.ExternalCauseCode));
        }
    }
}
