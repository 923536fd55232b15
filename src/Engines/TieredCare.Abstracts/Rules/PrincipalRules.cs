using static TieredCare.Abstracts.Findings;

namespace TieredCare.Abstracts;

/// <summary>
/// QC-P: codes that cannot be the principal diagnosis (the <c>not_principal</c> ranges: external causes,
/// morphology codes, a lone asterisk code), and what an injury or neoplasm principal needs beside it.
/// </summary>
internal static class PrincipalRules
{
    private static readonly QcRule NotUsableAsPrincipal = QcRuleCatalogue.Get("QC-P01");
    private static readonly QcRule InjuryWithoutExternalCause = QcRuleCatalogue.Get("QC-P02");
    private static readonly QcRule NeoplasmWithoutPathology = QcRuleCatalogue.Get("QC-P03");
    private static readonly QcRule PathologyNotMorphology = QcRuleCatalogue.Get("QC-P04");

    public static void Check(DischargeRecord r, ref List<QcFinding>? findings)
    {
        if (!IsBlank(r.PathologyCode) && !r.PathologyCode.StartsWith('M'))
        {
            Add(ref findings, PathologyNotMorphology.Raise(r.PathologyCode));
        }

        var principal = r.PrincipalDiagnosis;
        if (IsBlank(principal)) return;
        var ranges = QcRuleCatalogue.Ranges;
        var sets = ranges.SetsOf(principal);
        if (sets == CodeSet.None) return;
        if ((sets & CodeSet.NotPrincipal) != 0)
        {
            Add(ref findings, NotUsableAsPrincipal.RaiseOn(NotUsableAsPrincipal.Field, principal, reason: ranges.Match(principal, CodeSet.NotPrincipal)));
        }

        if ((sets & CodeSet.Injury) != 0 && IsBlank(r.ExternalCauseCode))
        {
            Add(ref findings, InjuryWithoutExternalCause.Raise(principal));
        }

        if ((sets & CodeSet.Neoplasm) != 0 && IsBlank(r.PathologyCode))
        {
            Add(ref findings, NeoplasmWithoutPathology.Raise(principal));
        }
    }
}
