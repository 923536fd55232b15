using System.Collections.Immutable;

namespace TieredCare.Supervision;

/// <summary>What a finding suspects. All kinds except <see cref="UpCodingHospital"/> are about the cases they name.</summary>
public enum FindingKind
{
    /// <summary>分解住院（同院）: a patient readmitted to the same hospital into the same or a related group within the window.</summary>
    SplitAdmissionSameHospital,

    /// <summary>分解住院（跨院）: as <see cref="SplitAdmissionSameHospital"/>, but readmitted to another hospital; weaker, since the
    /// first hospital gains nothing from the second stay.</summary>
    SplitAdmissionOtherHospital,

    /// <summary>高套（医院）: a hospital's share of higher-severity DRGs in an ADRG is significantly above the other hospitals'.
    /// A hospital-level finding: it names the cases behind it but does not score them (each has an <see cref="UpCodingCase"/>).</summary>
    UpCodingHospital,

    /// <summary>高套（病例）: a higher-severity case of a hospital and ADRG flagged by <see cref="UpCodingHospital"/>.</summary>
    UpCodingCase,

    /// <summary>住院天数异常偏长: a stay far above its DRG's interquartile range (possible 挂床住院).</summary>
    LongStay,

    /// <summary>住院天数异常偏短: a stay far below its DRG's interquartile range.</summary>
    ShortStay,

    /// <summary>短住院高费用: a stay much shorter than its DRG's median at a cost well above the DRG's median cost.</summary>
    ShortStayHighCost,

    /// <summary>手术组超短住院: a 0- or 1-day stay in a surgical DRG where such stays are rare in the region.</summary>
    ShortSurgicalStay,
}

/// <summary>The words files and the UI use for finding kinds.</summary>
public static class FindingKinds
{
    /// <summary>Every kind, in declaration order.</summary>
    public static ImmutableArray<FindingKind> All { get; } = [.. Enum.GetValues<FindingKind>()];

    /// <summary>The file word: split_same_hospital, split_other_hospital, upcoding_hospital, upcoding_case, long_stay,
    /// short_stay, short_stay_high_cost or short_surgical_stay.</summary>
    public static string ToWord(this FindingKind kind) => kind switch
    {
        FindingKind.SplitAdmissionSameHospital => "split_same_hospital",
        FindingKind.SplitAdmissionOtherHospital => "split_other_hospital",
        FindingKind.UpCodingHospital => "upcoding_hospital",
        FindingKind.UpCodingCase => "upcoding_case",
        FindingKind.LongStay => "long_stay",
        FindingKind.ShortStay => "short_stay",
        FindingKind.ShortStayHighCost => "short_stay_high_cost",
        FindingKind.ShortSurgicalStay => "short_surgical_stay",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The Chinese label the supervision list shows.</summary>
    public static string ToChinese(this FindingKind kind) => kind switch
    {
        FindingKind.SplitAdmissionSameHospital => "分解住院（同院）",
        FindingKind.SplitAdmissionOtherHospital => "分解住院（跨院）",
        FindingKind.UpCodingHospital => "高套（医院）",
        FindingKind.UpCodingCase => "高套（病例）",
        FindingKind.LongStay => "住院天数异常偏长",
        FindingKind.ShortStay => "住院天数异常偏短",
        FindingKind.ShortStayHighCost => "短住院高费用",
        FindingKind.ShortSurgicalStay => "手术组超短住院",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Parses a word written by <see cref="ToWord"/>; <see langword="null"/> when it is none of them.</summary>
    public static FindingKind? Parse(string word)
    {
        foreach (var kind in All)
        {
            if (kind.ToWord() == word) return kind;
        }
        return null;
    }

    /// <summary>Whether findings of this kind score the cases they name (all but <see cref="FindingKind.UpCodingHospital"/>).</summary>
    public static bool IsCaseLevel(this FindingKind kind) => kind != FindingKind.UpCodingHospital;
}

/// <summary>The reason for a finding in words, with the numbers that decided it.</summary>
/// <param name="Chinese">For the supervisor (zh-CN).</param>
/// <param name="English">The same in English.</param>
public sealed record Evidence(string Chinese, string English)
{
    /// <inheritdoc />
    public override string ToString() => Chinese;
}

/// <summary>One suspicion, with its evidence.</summary>
/// <param name="Kind">What is suspected.</param>
/// <param name="CaseIds">The cases it names: the earlier stay then the readmission for a split; the higher-severity cases by
/// cost (highest first) for <see cref="FindingKind.UpCodingHospital"/>; the one case otherwise.</param>
/// <param name="Hospital">The hospital it is held against: the readmitting hospital for a split, the case's hospital otherwise.</param>
/// <param name="Score">How strongly it suspects, in [0, 1]: the kind's weight (<see cref="SupervisionOptions.Weights"/>) times
/// a strength that is 0.5 where the rule's threshold lies and approaches 1 far beyond it; the README gives each kind's formula.</param>
/// <param name="Evidence">Why, in Chinese and English, with the numbers.</param>
/// <param name="Facts">The same numbers as named values for the UI (invariant culture; keys in snake case, ordinal order).</param>
public sealed record Finding(
    FindingKind Kind,
    IReadOnlyList<string> CaseIds,
    string Hospital,
    double Score,
    Evidence Evidence,
    IReadOnlyDictionary<string, string> Facts);
