namespace TieredCare.Supervision;

/// <summary>
/// A grouped inpatient stay as fund supervision reads it: who, where, when, which DRG, which diagnoses and what it cost.
/// </summary>
/// <param name="CaseId">The case's identifier (the abstract id or settlement number); unique within one run.</param>
/// <param name="Hospital">The institution code of the treating hospital.</param>
/// <param name="Department">The discharge department code, when known; shown in evidence only.</param>
/// <param name="PatientId">The insured person's identifier, the same across hospitals; split admissions are found by it.</param>
/// <param name="AdmissionDate">入院日期.</param>
/// <param name="DischargeDate">出院日期; not before the admission date.</param>
/// <param name="LosDays">实际住院天数, as the abstract gives it; never negative.</param>
/// <param name="Drg">The grouper's DRG code, e.g. <c>FM19</c>. A code that is not a CHS-DRG code (<c>0000</c>, <c>xQY</c>)
/// marks a case that did not group; see <see cref="DrgCode"/>.</param>
/// <param name="PrincipalDiagnosis">The principal diagnosis (ICD-10 医保版 2.0), e.g. <c>I21.000</c>.</param>
/// <param name="OtherDiagnoses">The other (secondary) diagnoses in abstract order.</param>
/// <param name="TotalCost">住院总费用 in 元; never negative.</param>
/// <param name="Disposition">离院方式: 1 医嘱离院, 2 医嘱转院, 3 医嘱转社区卫生服务机构/乡镇卫生院, 4 非医嘱离院, 5 死亡,
/// 9 其他; <see langword="null"/> when unknown.</param>
/// <param name="AdmissionRoute">入院途径: 1 急诊, 2 门诊, 3 其他医疗机构转入, 9 其他; <see langword="null"/> when unknown.</param>
public sealed record SupervisedCase(
    string CaseId,
    string Hospital,
    string? Department,
    string PatientId,
    DateOnly AdmissionDate,
    DateOnly DischargeDate,
    int LosDays,
    string Drg,
    string PrincipalDiagnosis,
    IReadOnlyList<string> OtherDiagnoses,
    decimal TotalCost,
    int? Disposition,
    int? AdmissionRoute)
{
    /// <summary>The 离院方式 code of an in-hospital death.</summary>
    public const int DeathDisposition = 5;

    /// <summary>The length of stay in days; never negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The length of stay is negative.</exception>
    public int LosDays { get; init => field = NotNegative(value); } = NotNegative(LosDays);

    /// <summary>The total cost in 元; never negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The cost is negative.</exception>
    public decimal TotalCost { get; init => field = NotNegative(value); } = NotNegative(TotalCost);

    /// <summary>Throws when a field the constructor cannot check alone is wrong: an empty identifier, a missing list, or a
    /// discharge before the admission.</summary>
    internal void Validate()
    {
        if (string.IsNullOrEmpty(CaseId)) throw new ArgumentException("a case has an empty case id");
        if (string.IsNullOrEmpty(Hospital)) throw new ArgumentException($"case '{CaseId}' has an empty hospital");
        if (string.IsNullOrEmpty(PatientId)) throw new ArgumentException($"case '{CaseId}' has an empty patient id");
        if (Drg is null) throw new ArgumentException($"case '{CaseId}' has no DRG");
        if (PrincipalDiagnosis is null) throw new ArgumentException($"case '{CaseId}' has no principal diagnosis");
        if (OtherDiagnoses is null) throw new ArgumentException($"case '{CaseId}' has no list of other diagnoses");
        if (DischargeDate < AdmissionDate)
        {
            throw new ArgumentException($"case '{CaseId}' is discharged on {Text.Date(DischargeDate)}, before its admission on {Text.Date(AdmissionDate)}");
        }
    }

    private static int NotNegative(int losDays) =>
        losDays < 0 ? throw new ArgumentOutOfRangeException(nameof(losDays), losDays, "a length of stay cannot be negative") : losDays;

    private static decimal NotNegative(decimal totalCost) =>
        totalCost < 0 ? throw new ArgumentOutOfRangeException(nameof(totalCost), totalCost, "a total cost cannot be negative") : totalCost;
}
