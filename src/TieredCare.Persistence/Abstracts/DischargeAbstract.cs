using TieredCare.Patients;
using TieredCare.Persistence.Facts;

namespace TieredCare.Persistence.Abstracts;

/// <summary>
/// An inpatient discharge abstract (住院病案首页) as the hospital sent it. Only what files it
/// (institution, 病案号, 住院次数, dates) is required; any other field may be missing or wrong,
/// which its quality-control findings say. Indicators and payment use only abstracts without
/// QC errors (<see cref="QcErrors"/> = 0).
/// </summary>
public sealed class DischargeAbstract
{
    public long Id { get; set; }
    public required string InstitutionCode { get; set; }
    public required string MedicalRecordNo { get; set; }
    public int AdmissionCount { get; set; }
    public long? PatientId { get; set; }
    public Sex? Sex { get; set; }
    public DateOnly? BirthDate { get; set; }
    public int? AgeYears { get; set; }
    public int? AgeDays { get; set; }
    public int? NewbornWeightGrams { get; set; }
    public DateOnly AdmissionDate { get; set; }
    public DateOnly DischargeDate { get; set; }
    public int? LosDays { get; set; }
    public int? AdmissionRoute { get; set; }       // 1 急诊, 2 门诊, 3 其他医疗机构转入, 9 其他
    public string? DepartmentCode { get; set; }
    public string? PrincipalDiagnosis { get; set; } // ICD-10
    public string OtherDiagnoses { get; set; } = ""; // ICD-10 codes separated by '|'
    public int? Disposition { get; set; }          // 离院方式 1, 2, 3, 4, 5, 9
    public string? ReceivingInstitution { get; set; }
    public int? VentilationHours { get; set; }
    public decimal? CostService { get; set; }      // 综合医疗服务类
    public decimal? CostDiagnosis { get; set; }    // 诊断类
    public decimal? CostTreatment { get; set; }    // 治疗类
    public decimal? CostSurgery { get; set; }      // 其中 手术治疗费 (part of treatment)
    public decimal? CostRehabilitation { get; set; }
    public decimal? CostTcm { get; set; }
    public decimal? CostWesternDrug { get; set; }
    public decimal? CostChineseDrug { get; set; }
    public decimal? CostBlood { get; set; }
    public decimal? CostConsumables { get; set; }
    public decimal? CostOther { get; set; }
    public decimal? TotalCost { get; set; }
    public decimal? SelfPay { get; set; }
    public string? ResidenceRegionCode { get; set; }
    public InsuranceType? InsuranceType { get; set; }
    public string? ExternalCauseCode { get; set; }  // 损伤中毒外部原因
    public string? PathologyCode { get; set; }      // 病理诊断编码 (M…)

    /// <summary>Quality-control errors; an abstract with any is not grouped or counted.</summary>
    public int QcErrors { get; set; }
    public int QcWarnings { get; set; }

    /// <summary>The upload that stored this version of the abstract.</summary>
    public long? UploadId { get; set; }

    public List<DischargeProcedure> Procedures { get; set; } = [];
}

public sealed class DischargeProcedure
{
    public long AbstractId { get; set; }
    public int Sequence { get; set; }
    public required string Code { get; set; }   // ICD-9-CM-3
    public int? SurgeryLevel { get; set; }      // 1–4
    public DateOnly? Date { get; set; }
}

/// <summary>One quality-control finding on an abstract, as the rule catalogue worded it when it was checked.</summary>
public sealed class AbstractQcFinding
{
    public long AbstractId { get; set; }
    public int Sequence { get; set; }
    public required string Rule { get; set; }
    public bool IsError { get; set; }
    public required string Field { get; set; }
    public required string Message { get; set; }
    public required string MessageEn { get; set; }
}

/// <summary>The DRG an abstract groups to under one table set; an abstract has one row per table set it was grouped with.</summary>
public sealed class DrgGrouping
{
    public long AbstractId { get; set; }
    public required string TableSet { get; set; }
    public required string Mdc { get; set; }
    public required string Adrg { get; set; }
    public required string Drg { get; set; }

    /// <summary>The status word of the table-set format: success, ungroupable, ambiguous_qy, invalid.</summary>
    public required string Status { get; set; }
    public DateTimeOffset GroupedAt { get; set; }
}

/// <summary>One upload of abstracts: who sent which file, and what became of its rows.</summary>
public sealed class AbstractUpload
{
    public long Id { get; set; }
    public required string FileName { get; set; }
    public string? InstitutionCode { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public required string TableSet { get; set; }
    public int Rows { get; set; }
    public int Stored { get; set; }
    public int Replaced { get; set; }
    public int Rejected { get; set; }
    public int QcPassed { get; set; }
    public int QcFailed { get; set; }
}
