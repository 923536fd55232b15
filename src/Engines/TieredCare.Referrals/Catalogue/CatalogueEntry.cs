namespace TieredCare.Referrals.Catalogue;

/// <summary>One row of the tiered disease catalogue.</summary>
/// <param name="Pattern">The diagnoses the row covers.</param>
/// <param name="Name">The disease name in Chinese, e.g. 高血压.</param>
/// <param name="LowestTier">The lowest tier that should treat the disease.</param>
/// <param name="UpCriteria">When to refer up (上转标准); empty when the catalogue states none.</param>
/// <param name="DownCriteria">When to refer down (下转标准); empty when the catalogue states none.</param>
/// <param name="Line">The line of the catalogue file the row came from (0 when built in code).</param>
public sealed record CatalogueEntry(IcdPattern Pattern, string Name, TreatmentTier LowestTier, string UpCriteria, string DownCriteria, int Line = 0);

/// <summary>How a diagnosis code was matched, most specific first.</summary>
public enum CatalogueMatchKind
{
    /// <summary>The entry's code is the diagnosis code.</summary>
    Exact,

    /// <summary>The entry's code or category is a prefix of the diagnosis code.</summary>
    Prefix,

    /// <summary>The diagnosis code's category lies in the entry's range.</summary>
    Range,
}

/// <summary>The entry a diagnosis code fell into, and how.</summary>
public sealed record CatalogueMatch(CatalogueEntry Entry, CatalogueMatchKind Kind);

/// <summary>A bad catalogue row: where, which field, and why.</summary>
/// <param name="Line">The 1-based line (1 is the header).</param>
/// <param name="Field">The column name, or <c>row</c> when the whole row is wrong.</param>
/// <param name="Reason">Why, in Chinese and English.</param>
public sealed record CatalogueRowError(int Line, string Field, BilingualText Reason)
{
    /// <summary>e.g. <c>第3行 icd10：编码为空 / line 3, icd10: the code is empty</c>.</summary>
    public override string ToString() => $"第{Line}行 {Field}：{Reason.Zh} / line {Line}, {Field}: {Reason.En}";
}

/// <summary>A catalogue read from a file: the good rows as a catalogue, and every bad row.</summary>
public sealed record CatalogueLoadResult(DiseaseCatalogue Catalogue, IReadOnlyList<CatalogueRowError> Errors)
{
    /// <summary>True when every row was read.</summary>
    public bool IsClean => Errors.Count == 0;
}
