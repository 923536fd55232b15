namespace TieredCare.Persistence.Referrals;

/// <summary>
/// One loaded version of a network's tiered disease catalogue (县、乡、村三级疾病诊疗目录). A version is never changed
/// after loading: a correction is a new version, so a referral's appropriateness check can always be traced to the
/// rows it was judged by.
/// </summary>
public sealed class DiseaseCatalogueVersion
{
    public long Id { get; set; }
    public required string NetworkCode { get; set; }
    public required string Version { get; set; }
    public required string Name { get; set; }
    public required string LoadedBy { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
    public int EntryCount { get; set; }
}

/// <summary>
/// A catalogue row as it was read: the ICD-10 pattern as the engine normalised it, and the lowest tier as the engine's
/// word (<c>village</c>, <c>township</c>, <c>county</c>, <c>city</c>), so that the engine can rebuild the catalogue.
/// </summary>
public sealed class DiseaseCatalogueEntry
{
    public long CatalogueId { get; set; }
    public int Line { get; set; }
    public required string Pattern { get; set; }
    public required string Name { get; set; }
    public required string LowestTier { get; set; }
    public string UpCriteria { get; set; } = "";
    public string DownCriteria { get; set; } = "";
}
