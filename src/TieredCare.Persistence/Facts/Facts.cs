using TieredCare.Patients;

namespace TieredCare.Persistence.Facts;

public enum VisitType
{
    Outpatient = 1, // 门诊
    Emergency = 2,  // 急诊
}

/// <summary>医疗付费方式 of the 病案首页.</summary>
public enum InsuranceType
{
    UrbanEmployee = 1,  // 城镇职工基本医疗保险
    UrbanResident = 2,  // 城镇居民基本医疗保险 (城乡居民)
    RuralCooperative = 3, // 新型农村合作医疗
    PovertyRelief = 4,
    Commercial = 5,
    PublicFunded = 6,
    SelfPay = 7,        // 全自费
    OtherSocial = 8,
    Other = 9,
}

/// <summary>One outpatient or emergency visit, with where the patient lives.</summary>
public sealed class Visit
{
    public long Id { get; set; }
    public required string InstitutionCode { get; set; }
    public string? DepartmentCode { get; set; }
    public DateOnly VisitDate { get; set; }
    public VisitType Type { get; set; }
    public long? PatientId { get; set; }
    public required string ResidenceRegionCode { get; set; }
    public InsuranceType InsuranceType { get; set; }
    public decimal TotalCost { get; set; }
    public decimal DrugCost { get; set; }
}

/// <summary>Monthly revenue and expenditure statement of an institution (元).</summary>
public sealed class FinanceStatement
{
    public required string InstitutionCode { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public decimal RevenueTotal { get; set; }
    public decimal RevenueMedicalService { get; set; } // 医疗服务收入 (excl. drugs, consumables, exams, lab)
    public decimal RevenueDrug { get; set; }
    public decimal RevenueConsumables { get; set; }
    public decimal RevenueExam { get; set; }
    public decimal RevenueLab { get; set; }
    public decimal ExpenseTotal { get; set; }
    public decimal ExpenseOperating { get; set; }      // 业务活动费用
    public decimal ExpensePersonnel { get; set; }      // 人员经费
    public decimal ExpenseAdministration { get; set; } // 管理费用
}

public enum ReferralDirection
{
    Up,      // 上转
    Down,    // 下转
    Lateral, // 平转/院内
}

public enum ReferralStatus
{
    Draft,
    Submitted,
    Accepted,
    Rejected,
    Scheduled,
    Arrived,
    Completed,
    Cancelled,
    Expired,
}

/// <summary>
/// A referral: the register's record (imported history and live referrals alike) and the lifecycle's state. The
/// referral module changes <see cref="Status"/> only through the lifecycle's transition table; it is a concurrency
/// token, so two people acting on the same referral at once cannot both succeed.
/// </summary>
public sealed class Referral
{
    public long Id { get; set; }
    public ReferralDirection Direction { get; set; }
    public required string FromInstitutionCode { get; set; }
    public required string ToInstitutionCode { get; set; }
    public string? ToDepartmentCode { get; set; }
    public long? PatientId { get; set; }
    public required string DiagnosisCode { get; set; }
    public bool IsEmergency { get; set; }
    public bool IsInpatient { get; set; }
    public ReferralStatus Status { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateTimeOffset? ArrivedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? RejectReason { get; set; }

    // The live lifecycle's fields; imported history leaves them empty. For a draft, SubmittedAt is when it was drafted.
    public bool IsUrgent { get; set; }                      // 紧急 (green channel, with IsEmergency 急诊)
    public string? FromDepartmentCode { get; set; }
    public string? Reason { get; set; }                     // 转诊原因
    public string? CatalogueVerdict { get; set; }           // the tiered catalogue's verdict at submission
    public bool BelowCatalogueTier { get; set; }            // an up-referral of a disease the catalogue gives the referring tier
    public string? AppropriatenessReason { get; set; }      // why, when BelowCatalogueTier
    public string? OutsideNetworkReason { get; set; }       // why, when the receiver shares no network with the sender
    public string? FollowUpPlan { get; set; }               // 下转随访计划, on the receiving centre's work list
    public DateTimeOffset? ScheduledAt { get; set; }
    public string? BookingReference { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }           // rejected, cancelled, expired or completed
    public string? CancelReason { get; set; }
    public string? FeedbackDiagnosisCode { get; set; }
    public string? FeedbackSummary { get; set; }            // 出院小结
    public string? FeedbackCarePlan { get; set; }           // 后续治疗方案
    public string? CreatedBy { get; set; }
    public string? IdempotencyKey { get; set; }
}

/// <summary>One transition of a referral's lifecycle: who moved it from which state to which, when, and with what reason or detail.</summary>
public sealed class ReferralTransitionRecord
{
    public long Id { get; set; }
    public long ReferralId { get; set; }
    public ReferralStatus FromStatus { get; set; }
    public ReferralStatus ToStatus { get; set; }
    public required string Action { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Detail { get; set; }
}
