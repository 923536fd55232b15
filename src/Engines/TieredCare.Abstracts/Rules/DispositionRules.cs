using static TieredCare.Abstracts.Findings;

namespace TieredCare.Abstracts;

/// <summary>QC-X: 离院方式 in its value set, 9 其他 reviewed, and a receiving institution for transfers (2, 3).</summary>
internal static class DispositionRules
{
    private static readonly QcRule OutOfDomain = QcRuleCatalogue.Get("QC-X01");
    private static readonly QcRule OtherForReview = QcRuleCatalogue.Get("QC-X02");
    private static readonly QcRule TransferWithoutReceiver = QcRuleCatalogue.Get("QC-X03");

    public static void Check(DischargeRecord r, ref List<QcFinding>? findings)
    {
        switch (r.Disposition)
        {
            case null or 1 or 4 or 5:
                break;
            case 2 or 3:
                if (IsBlank(r.ReceivingInstitution)) Add(ref findings, TransferWithoutReceiver.Raise(Text(r.Disposition.Value)));
                break;
            case 9:
                Add(ref findings, OtherForReview.Raise(Text(9)));
                break;
            default:
                Add(ref findings, OutOfDomain.Raise(Text(r.Disposition.Value)));
                break;
        }
    }
}
