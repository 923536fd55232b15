using static TieredCare.Abstracts.Findings;

namespace TieredCare.Abstracts;

/// <summary>QC-M: the fields every abstract must have (2016 填写质量规范), one rule per field.</summary>
internal static class MandatoryRules
{
    private static readonly QcRule AbstractId = QcRuleCatalogue.Get("QC-M01");
    private static readonly QcRule InstitutionCode = QcRuleCatalogue.Get("QC-M02");
    private static readonly QcRule MedicalRecordNo = QcRuleCatalogue.Get("QC-M03");
    private static readonly QcRule AdmissionCount = QcRuleCatalogue.Get("QC-M04");
    private static readonly QcRule Sex = QcRuleCatalogue.Get("QC-M05");
    private static readonly QcRule BirthDate = QcRuleCatalogue.Get("QC-M06");
    private static readonly QcRule AgeYears = QcRuleCatalogue.Get("QC-M07");
    private static readonly QcRule AdmissionDate = QcRuleCatalogue.Get("QC-M08");
    private static readonly QcRule DischargeDate = QcRuleCatalogue.Get("QC-M09");
    private static readonly QcRule LosDays = QcRuleCatalogue.Get("QC-M10");
    private static readonly QcRule AdmissionRoute = QcRuleCatalogue.Get("QC-M11");
    private static readonly QcRule DepartmentCode = QcRuleCatalogue.Get("QC-M12");
    private static readonly QcRule PrincipalDiagnosis = QcRuleCatalogue.Get("QC-M13");
    private static readonly QcRule Disposition = QcRuleCatalogue.Get("QC-M14");
    private static readonly QcRule TotalCost = QcRuleCatalogue.Get("QC-M15");
    private static readonly QcRule InsuranceType = QcRuleCatalogue.Get("QC-M16");
    private static readonly QcRule ResidenceRegionCode = QcRuleCatalogue.Get("QC-M17");
    private static readonly QcRule ProcedureCode = QcRuleCatalogue.Get("QC-M18");

    public static void Check(DischargeRecord r, ref List<QcFinding>? findings)
    {
        Require(!IsBlank(r.AbstractId), AbstractId, ref findings);
        Require(!IsBlank(r.InstitutionCode), InstitutionCode, ref findings);
        Require(!IsBlank(r.MedicalRecordNo), MedicalRecordNo, ref findings);
        Require(r.AdmissionCount.HasValue, AdmissionCount, ref findings);
        Require(r.Sex.HasValue, Sex, ref findings);
        Require(r.BirthDate.HasValue, BirthDate, ref findings);
        Require(r.AgeYears.HasValue, AgeYears, ref findings);
        Require(r.AdmissionDate.HasValue, AdmissionDate, ref findings);
        Require(r.DischargeDate.HasValue, DischargeDate, ref findings);
        Require(r.LosDays.HasValue, LosDays, ref findings);
        Require(r.AdmissionRoute.HasValue, AdmissionRoute, ref findings);
        Require(!IsBlank(r.DepartmentCode), DepartmentCode, ref findings);
        Require(!IsBlank(r.PrincipalDiagnosis), PrincipalDiagnosis, ref findings);
        Require(r.Disposition.HasValue, Disposition, ref findings);
        Require(r.TotalCost.HasValue, TotalCost, ref findings);
        Require(r.InsuranceType.HasValue, InsuranceType, ref findings);
        Require(!IsBlank(r.ResidenceRegionCode), ResidenceRegionCode, ref findings);
        foreach (var p in r.Procedures)
        {
            if (IsBlank(p.Code))
            {
                Add(ref findings, ProcedureCode.RaiseOn(ProcedureCode.Field, null, sequence: p.Sequence));
            }
        }
    }

    private static void Require(bool present, QcRule rule, ref List<QcFinding>? findings)
    {
        if (!present) Add(ref findings, rule.Raise());
    }
}
