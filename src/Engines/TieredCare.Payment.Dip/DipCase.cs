using System.Globalization;

namespace TieredCare.Payment.Dip;

/// <summary>
/// One inpatient case as DIP reads it: where it was treated, its principal diagnosis and procedures, and what it cost.
/// Validated when constructed and immutable, so every case a catalogue or a score sees is well formed.
/// </summary>
public sealed record DipCase
{
    private readonly string[] _procedures;

    /// <summary>Creates a case.</summary>
    /// <param name="caseId">The case's identifier, carried for tracing; not empty.</param>
    /// <param name="hospital">The institution code; not empty.</param>
    /// <param name="hospitalLevel">The hospital level: 3 tertiary, 2 secondary, 1 primary (0 or more; the scoring policy maps levels to coefficients).</param>
    /// <param name="principalDiagnosis">The ICD-10 principal diagnosis as coded, e.g. <c>J18.900</c>; see <see cref="DipCodes.Subcategory"/>.</param>
    /// <param name="procedures">The ICD-9-CM-3 procedure codes as coded, in any order, repeats allowed; empty for conservative treatment.
    /// Copied, so later changes to the list do not reach the case.</param>
    /// <param name="totalCost">The total cost (医疗总费用) in 元; not negative.</param>
    /// <param name="selfPay">The part paid by the patient in 元; between 0 and <paramref name="totalCost"/>. DIP scoring does not read it; settlement does.</param>
    /// <exception cref="ArgumentException">A field is out of range; the message names the case and the field.</exception>
    public DipCase(
        string caseId, string hospital, int hospitalLevel, string principalDiagnosis, IReadOnlyList<string> procedures, decimal totalCost, decimal selfPay)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        ArgumentNullException.ThrowIfNull(principalDiagnosis);
        ArgumentNullException.ThrowIfNull(procedures);
        if (string.IsNullOrEmpty(hospital)) throw Invalid(caseId, nameof(hospital), "the hospital code is empty");
        if (hospitalLevel < 0) throw Invalid(caseId, nameof(hospitalLevel), $"hospital level {Text(hospitalLevel)} is negative");
        if (DipCodes.TrySubcategory(principalDiagnosis) is null)
        {
            throw Invalid(caseId, nameof(principalDiagnosis),
                $"principal diagnosis '{principalDiagnosis}' is not an ICD-10 code (a letter, two digits, then '.' and a digit or 'x')");
        }
        _procedures = [.. procedures];
        foreach (var code in _procedures)
        {
            if (DipCodes.ProcedureProblem(code) is { } problem) throw Invalid(caseId, nameof(procedures), problem);
        }
        if (totalCost < 0) throw Invalid(caseId, nameof(totalCost), $"total cost {Text(totalCost)} is negative");
        if (selfPay < 0) throw Invalid(caseId, nameof(selfPay), $"self-pay {Text(selfPay)} is negative");
        if (selfPay > totalCost) throw Invalid(caseId, nameof(selfPay), $"self-pay {Text(selfPay)} exceeds the total cost {Text(totalCost)}");
        (CaseId, Hospital, HospitalLevel, PrincipalDiagnosis, TotalCost, SelfPay) = (caseId, hospital, hospitalLevel, principalDiagnosis, totalCost, selfPay);
    }

    /// <summary>The case's identifier.</summary>
    public string CaseId { get; }

    /// <summary>The institution code.</summary>
    public string Hospital { get; }

    /// <summary>The hospital level: 3 tertiary, 2 secondary, 1 primary.</summary>
    public int HospitalLevel { get; }

    /// <summary>The ICD-10 principal diagnosis as coded.</summary>
    public string PrincipalDiagnosis { get; }

    /// <summary>The ICD-9-CM-3 procedure codes as coded; empty for conservative treatment.</summary>
    public IReadOnlyList<string> Procedures => _procedures;

    /// <summary>The total cost in 元.</summary>
    public decimal TotalCost { get; }

    /// <summary>The self-paid part of the total cost in 元.</summary>
    public decimal SelfPay { get; }

    /// <inheritdoc />
    public bool Equals(DipCase? other) =>
        other is not null && string.Equals(CaseId, other.CaseId, StringComparison.Ordinal) && string.Equals(Hospital, other.Hospital, StringComparison.Ordinal)
        && HospitalLevel == other.HospitalLevel && string.Equals(PrincipalDiagnosis, other.PrincipalDiagnosis, StringComparison.Ordinal)
        && _procedures.AsSpan().SequenceEqual(other._procedures) && TotalCost == other.TotalCost && SelfPay == other.SelfPay;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CaseId, Hospital, PrincipalDiagnosis, _procedures.Length, TotalCost);

    private static ArgumentException Invalid(string caseId, string field, string problem) => new($"case '{caseId}': {problem}", field);

    private static string Text<T>(T value) where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);
}
