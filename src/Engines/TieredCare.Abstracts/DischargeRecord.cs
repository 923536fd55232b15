using System.Collections.Immutable;

namespace TieredCare.Abstracts;

/// <summary>
/// One inpatient discharge abstract (住院病案首页) as typed values. Every field the input can omit is
/// nullable: a missing or unreadable cell is <see langword="null"/>, and the quality rules, not the type, say
/// which fields are required. Money is in 元 as <see cref="decimal"/>.
/// </summary>
/// <remarks>Record equality compares <see cref="OtherDiagnoses"/> and <see cref="Procedures"/> as
/// <see cref="ImmutableArray{T}"/> does, by the array instance, not by content.</remarks>
public sealed record DischargeRecord
{
    /// <summary>The abstract's key in the source (首页编号).</summary>
    public string? AbstractId { get; init; }

    /// <summary>The institution's code (医疗机构代码).</summary>
    public string? InstitutionCode { get; init; }

    /// <summary>The medical record number (病案号).</summary>
    public string? MedicalRecordNo { get; init; }

    /// <summary>Which admission of the patient this is (第N次住院), at least 1.</summary>
    public int? AdmissionCount { get; init; }

    /// <summary>The master patient index number.</summary>
    public long? PatientId { get; init; }

    /// <summary>Sex by GB/T 2261.1: 0 unknown, 1 male, 2 female, 9 unspecified.</summary>
    public int? Sex { get; init; }

    /// <summary>Date of birth.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Age in completed years at admission (年龄).</summary>
    public int? AgeYears { get; init; }

    /// <summary>Age in days at admission, only for patients under one year (年龄不足1周岁).</summary>
    public int? AgeDays { get; init; }

    /// <summary>Newborn birth weight in grams (新生儿出生体重); required for age 0 and at most 28 days.</summary>
    public int? NewbornWeightGrams { get; init; }

    /// <summary>Admission date (入院日期).</summary>
    public DateOnly? AdmissionDate { get; init; }

    /// <summary>Discharge date (出院日期).</summary>
    public DateOnly? DischargeDate { get; init; }

    /// <summary>Length of stay in days (实际住院天数): discharge − admission, a same-day stay counting 1.</summary>
    public int? LosDays { get; init; }

    /// <summary>Admission route (入院途径): 1 急诊, 2 门诊, 3 其他医疗机构转入, 9 其他.</summary>
    public int? AdmissionRoute { get; init; }

    /// <summary>The discharge department's code (出院科别).</summary>
    public string? DepartmentCode { get; init; }

    /// <summary>The principal diagnosis, ICD-10 (主要诊断编码).</summary>
    public string? PrincipalDiagnosis { get; init; }

    /// <summary>The other diagnoses, ICD-10, in abstract order; never default.</summary>
    public ImmutableArray<string> OtherDiagnoses
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];

    /// <summary>Discharge disposition (离院方式): 1 医嘱离院, 2 医嘱转院, 3 医嘱转社区/乡镇卫生院, 4 非医嘱离院, 5 死亡, 9 其他.</summary>
    public int? Disposition { get; init; }

    /// <summary>Name of the receiving institution (拟接收医疗机构名称), required for dispositions 2 and 3.</summary>
    public string? ReceivingInstitution { get; init; }

    /// <summary>Hours of invasive ventilation (呼吸机使用时间).</summary>
    public int? VentilationHours { get; init; }

    /// <summary>综合医疗服务类.</summary>
    public decimal? CostService { get; init; }

    /// <summary>诊断类.</summary>
    public decimal? CostDiagnosis { get; init; }

    /// <summary>治疗类, which includes <see cref="CostSurgery"/>.</summary>
    public decimal? CostTreatment { get; init; }

    /// <summary>手术治疗费: the part (其中) of <see cref="CostTreatment"/> spent on operations; not a class of its own.</summary>
    public decimal? CostSurgery { get; init; }

    /// <summary>康复类.</summary>
    public decimal? CostRehabilitation { get; init; }

    /// <summary>中医类.</summary>
    public decimal? CostTcm { get; init; }

    /// <summary>西药类.</summary>
    public decimal? CostWesternDrug { get; init; }

    /// <summary>中药类.</summary>
    public decimal? CostChineseDrug { get; init; }

    /// <summary>血液和血液制品类.</summary>
    public decimal? CostBlood { get; init; }

    /// <summary>耗材类.</summary>
    public decimal? CostConsumables { get; init; }

    /// <summary>其他类.</summary>
    public decimal? CostOther { get; init; }

    /// <summary>Total cost (总费用): the sum of the ten first-level classes.</summary>
    public decimal? TotalCost { get; init; }

    /// <summary>The part the patient pays (自付金额), at most <see cref="TotalCost"/>.</summary>
    public decimal? SelfPay { get; init; }

    /// <summary>The 12-digit division code of the patient's residence (现住址).</summary>
    public string? ResidenceRegionCode { get; init; }

    /// <summary>Payment method (医疗付费方式), 1–9.</summary>
    public int? InsuranceType { get; init; }

    /// <summary>External cause of injury or poisoning, ICD-10 V01–Y98 (损伤中毒外部原因编码).</summary>
    public string? ExternalCauseCode { get; init; }

    /// <summary>Pathology (morphology) code, ICD-O "M…" (病理诊断编码).</summary>
    public string? PathologyCode { get; init; }

    /// <summary>The procedures, ordered by sequence (1 = principal procedure); never default.</summary>
    public ImmutableArray<RecordedProcedure> Procedures
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];
}

/// <summary>One procedure of an abstract (手术及操作).</summary>
/// <param name="Sequence">Position in the abstract; 1 is the principal procedure.</param>
/// <param name="Code">The ICD-9-CM-3 code; empty when the cell was missing or unreadable.</param>
/// <param name="SurgeryLevel">手术级别 1–4 for operations; <see langword="null"/> for other procedures.</param>
/// <param name="Date">The procedure date.</param>
public sealed record RecordedProcedure(int Sequence, string Code, int? SurgeryLevel, DateOnly? Date);
