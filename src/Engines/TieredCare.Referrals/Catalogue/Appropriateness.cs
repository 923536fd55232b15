using TieredCare.Referrals.Lifecycle;

namespace TieredCare.Referrals.Catalogue;

/// <summary>What the catalogue says about a referral.</summary>
public enum AppropriatenessVerdict
{
    /// <summary>The referral fits the catalogue.</summary>
    Appropriate,

    /// <summary>
    /// An up-referral of a disease the referring tier should treat itself (its lowest tier is at or below the referring
    /// tier). Allowed with a stated reason; counted as a questionable up-referral.
    /// </summary>
    UpBelowThreshold,

    /// <summary>A down- or lateral referral to a tier below the disease's lowest tier: a warning.</summary>
    BelowLowestTier,

    /// <summary>The direction does not fit the tiers (up to a tier not higher, down to a tier not lower, lateral across tiers).</summary>
    DirectionMismatch,

    /// <summary>No entry covers the diagnosis, so the catalogue cannot judge the referral.</summary>
    NotInCatalogue,

    /// <summary>The diagnosis is not an ICD-10 code.</summary>
    InvalidDiagnosis,
}

/// <summary>The catalogue's judgement of one referral, with the entry that decided it.</summary>
/// <param name="Verdict">The judgement.</param>
/// <param name="Match">The entry the diagnosis fell into, when any.</param>
/// <param name="NeedsReason">True when the referring doctor must state a reason (a questionable up-referral).</param>
/// <param name="Explanation">Why, in Chinese, naming the entry, its line and the tiers compared.</param>
public sealed record AppropriatenessResult(AppropriatenessVerdict Verdict, CatalogueMatch? Match, bool NeedsReason, string Explanation)
{
    /// <summary>True when an entry covers the diagnosis.</summary>
    public bool InCatalogue => Match is not null;

    /// <summary>The lowest tier of the matched entry.</summary>
    public TreatmentTier? CatalogueTier => Match?.Entry.LowestTier;

    /// <summary>True for an up-referral the register counts as questionable.</summary>
    public bool IsQuestionableUpReferral => Verdict == AppropriatenessVerdict.UpBelowThreshold;

    /// <summary>True when the result should be shown as a warning (anything but <see cref="AppropriatenessVerdict.Appropriate"/>).</summary>
    public bool IsWarning => Verdict != AppropriatenessVerdict.Appropriate;
}

/// <summary>Checks a referral against the tiered disease catalogue (M3 appropriateness check).</summary>
public static class Appropriateness
{
    /// <summary>Judges a referral of a diagnosis from one tier to another.</summary>
    /// <param name="catalogue">The network's catalogue.</param>
    /// <param name="diagnosisCode">The referral's ICD-10 diagnosis code.</param>
    /// <param name="fromTier">The referring institution's tier.</param>
    /// <param name="toTier">The receiving institution's tier.</param>
    /// <param name="direction">The referral's direction.</param>
    public static AppropriatenessResult Check(DiseaseCatalogue catalogue, string diagnosisCode, TreatmentTier fromTier, TreatmentTier toTier, ReferralDirection direction)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var tiers = $"{fromTier.ChineseName()}→{toTier.ChineseName()}";
        if (!IcdCode.TryParse(diagnosisCode, out var code, out var reason))
        {
            return new(AppropriatenessVerdict.InvalidDiagnosis, null, false, $"诊断编码无效：{reason.Value.Zh}。");
        }

        var mismatch = direction switch
        {
            ReferralDirection.Up when toTier <= fromTier => "上转的接收机构层级应高于转出机构",
            ReferralDirection.Down when toTier >= fromTier => "下转的接收机构层级应低于转出机构",
            ReferralDirection.Lateral when toTier != fromTier => "平转应在同一层级的机构之间",
            _ => null,
        };
        if (mismatch is not null)
        {
            return new(AppropriatenessVerdict.DirectionMismatch, catalogue.Find(code), false, $"{DirectionName(direction)}（{tiers}）：{mismatch}。");
        }

        if (catalogue.Find(code) is not { } match)
        {
            return new(AppropriatenessVerdict.NotInCatalogue, null, false,
                $"诊断 {code} 不在疾病诊疗目录“{catalogue.Name} {catalogue.Version}”中，无法按目录判断（{DirectionName(direction)}，{tiers}）。");
        }

        var e = match.Entry;
        var matched = $"诊断 {code} 匹配目录条目 {e.Pattern} {e.Name}（第{e.Line}行，{MatchName(match.Kind)}，最低诊疗层级：{e.LowestTier.ChineseName()}）";
        switch (direction)
        {
            case ReferralDirection.Up when e.LowestTier <= fromTier:
                return new(AppropriatenessVerdict.UpBelowThreshold, match, true,
                    $"{matched}；转出机构为{fromTier.ChineseName()}，已能诊治该病种，上转需说明理由{Criteria("上转标准", e.UpCriteria)}。");
            case ReferralDirection.Up:
                return new(AppropriatenessVerdict.Appropriate, match, false,
                    $"{matched}；转出机构为{fromTier.ChineseName()}，低于该病种的最低诊疗层级，上转至{toTier.ChineseName()}符合目录{Criteria("上转标准", e.UpCriteria)}。");
            case ReferralDirection.Down or ReferralDirection.Lateral when toTier < e.LowestTier:
                return new(AppropriatenessVerdict.BelowLowestTier, match, false,
                    $"{matched}；接收机构为{toTier.ChineseName()}，低于该病种的最低诊疗层级，请确认患者已达到下转条件{Criteria("下转标准", e.DownCriteria)}。");
            default:
                return new(AppropriatenessVerdict.Appropriate, match, false,
                    $"{matched}；{DirectionName(direction)}至{toTier.ChineseName()}不低于该病种的最低诊疗层级，符合目录{Criteria("下转标准", direction == ReferralDirection.Down ? e.DownCriteria : "")}。");
        }
    }

    private static string Criteria(string label, string text) => text.Length == 0 ? "" : $"（{label}：{text}）";

    private static string DirectionName(ReferralDirection direction) => direction switch
    {
        ReferralDirection.Up => "上转",
        ReferralDirection.Down => "下转",
        _ => "平转",
    };

    private static string MatchName(CatalogueMatchKind kind) => kind switch
    {
        CatalogueMatchKind.Exact => "精确匹配",
        CatalogueMatchKind.Prefix => "按编码前缀匹配",
        _ => "按类目范围匹配",
    };
}
