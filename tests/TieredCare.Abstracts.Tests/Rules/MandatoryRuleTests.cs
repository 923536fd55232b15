using static TieredCare.Abstracts.Tests.RuleCase;

namespace TieredCare.Abstracts.Tests.Rules;

public sealed class MandatoryRuleTests : RuleFamilyTests<MandatoryRuleTests>, IRuleFamily
{
    public static RuleTable Failing { get; } = new(
        Record("no abstract id", "QC-M01", r => r with { AbstractId = null }),
        Cells("an empty abstract id cell", "QC-M01", ("abstract_id", "")),
        Record("no institution code", "QC-M02", r => r with { InstitutionCode = "  " }),
        Record("no medical record number", "QC-M03", r => r with { MedicalRecordNo = null }),
        Record("no admission count", "QC-M04", r => r with { AdmissionCount = null }),
        Record("no sex", "QC-M05", r => r with { Sex = null }),
        Cells("a blank sex cell", "QC-M05", ("sex", " ")),
        Record("no birth date", "QC-M06", r => r with { BirthDate = null }),
        Record("no age", "QC-M07", r => r with { AgeYears = null }),
        Record("no admission date", "QC-M08", r => r with { AdmissionDate = null }),
        Record("no discharge date", "QC-M09", r => r with { DischargeDate = null }),
        Record("no length of stay", "QC-M10", r => r with { LosDays = null }),
        Record("no admission route", "QC-M11", r => r with { AdmissionRoute = null }),
        Record("no department", "QC-M12", r => r with { DepartmentCode = null }),
        Record("no principal diagnosis", "QC-M13", r => r with { PrincipalDiagnosis = "" }),
        Cells("no principal diagnosis column", "QC-M13", ("principal_diagnosis", null)),
        Record("no disposition", "QC-M14", r => r with { Disposition = null }),
        Record("no total cost", "QC-M15", r => r with { TotalCost = null }),
        Record("no payment method", "QC-M16", r => r with { InsuranceType = null }),
        Record("no residence code", "QC-M17", r => r with { ResidenceRegionCode = null }),
        ProcedureCells("a procedure row without a code", "QC-M18", ("code", "")));

    public static RuleTable Passing { get; } = new(
        Record("an abstract id", "QC-M01", r => r with { AbstractId = "A" }),
        Record("an institution code", "QC-M02", r => r),
        Record("a medical record number", "QC-M03", r => r),
        Record("admission count 0 is present (QC-V01 judges it)", "QC-M04", r => r with { AdmissionCount = 0 }),
        Record("sex 0 is present", "QC-M05", r => r with { Sex = 0 }),
        Record("a birth date", "QC-M06", r => r),
        Record("age 0 is present", "QC-M07", r => r with { AgeYears = 0 }),
        Record("an admission date", "QC-M08", r => r),
        Record("a discharge date", "QC-M09", r => r),
        Record("length of stay 0 is present (QC-D03 judges it)", "QC-M10", r => r with { LosDays = 0 }),
        Record("an admission route", "QC-M11", r => r),
        Record("a department", "QC-M12", r => r),
        Record("a principal diagnosis", "QC-M13", r => r),
        Record("a disposition", "QC-M14", r => r),
        Record("total cost 0 is present (QC-K04 judges it)", "QC-M15", r => r with { TotalCost = 0m }),
        Record("a payment method", "QC-M16", r => r),
        Record("a residence code", "QC-M17", r => r),
        Record("no procedures at all", "QC-M18", r => r with { Procedures = [], CostSurgery = 0m }));
}
