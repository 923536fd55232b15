using TieredCare.Registry;
using static TieredCare.Abstracts.Findings;
using C = TieredCare.Abstracts.AbstractColumns;

namespace TieredCare.Abstracts;

/// <summary>QC-V: coded fields outside their value sets.</summary>
internal static class DomainRules
{
    private static readonly QcRule AdmissionCountBelowOne = QcRuleCatalogue.Get("QC-V01");
    private static readonly QcRule SexOutOfDomain = QcRuleCatalogue.Get("QC-V02");
    private static readonly QcRule SexUnknown = QcRuleCatalogue.Get("QC-V03");
    private static readonly QcRule AdmissionRouteOutOfDomain = QcRuleCatalogue.Get("QC-V04");
    private static readonly QcRule InsuranceTypeOutOfDomain = QcRuleCatalogue.Get("QC-V05");
    private static readonly QcRule SurgeryLevelOutOfDomain = QcRuleCatalogue.Get("QC-V06");
    private static readonly QcRule ResidenceCodeInvalid = QcRuleCatalogue.Get("QC-V07");

    public static void Check(DischargeRecord r, ref List<QcFinding>? findings)
    {
        if (r.AdmissionCount is < 1) Add(ref findings, AdmissionCountBelowOne.Raise(Text(r.AdmissionCount.Value)));

        switch (r.Sex)
        {
            case null or 1 or 2: break;
            case 0 or 9: Add(ref findings, SexUnknown.Raise(Text(r.Sex.Value))); break;
            default: Add(ref findings, SexOutOfDomain.Raise(Text(r.Sex.Value))); break;
        }

        if (r.AdmissionRoute is { } route && route is not (1 or 2 or 3 or 9))
        {
            Add(ref findings, AdmissionRouteOutOfDomain.Raise(Text(route)));
        }

        if (r.InsuranceType is { } insurance && insurance is < 1 or > 9)
        {
            Add(ref findings, InsuranceTypeOutOfDomain.Raise(Text(insurance)));
        }

        foreach (var p in r.Procedures)
        {
            if (p.SurgeryLevel is { } level && level is < 1 or > 4)
            {
                Add(ref findings, SurgeryLevelOutOfDomain.RaiseOn(C.SurgeryLevelField, Text(level), sequence: p.Sequence));
            }
        }

        if (!IsBlank(r.ResidenceRegionCode) && !DivisionCode.TryParse(r.ResidenceRegionCode, out _, out _))
        {
            Add(ref findings, ResidenceCodeInvalid.Raise(r.ResidenceRegionCode));
        }
    }
}
