using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Referrals;
using TieredCare.Referrals.Catalogue;
using TieredCare.Referrals.Lifecycle;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Referrals;

/// <summary>
/// Judges a planned referral against the catalogue of the referring institution's county medical community (else of
/// another network it belongs to): the verdict, whether the doctor must state a reason, and the entry that decided it.
/// </summary>
public static class CheckAppropriateness
{
    public sealed record CatalogueRefDto(long Id, string Network, string Version);

    public sealed record EntryDto(string Pattern, string Name, string LowestTier, string UpCriteria, string DownCriteria);

    public sealed record CheckDto(CatalogueRefDto Catalogue, string FromTier, string ToTier, string Verdict, bool NeedsReason, EntryDto? Entry,
        string Explanation, string ExplanationEn);

    public static void Map(RouteGroupBuilder api) => api.MapGet("/referrals/catalogue-check", CheckAsync).RequireAuthorization(Permissions.ReferralsRead);

    private static async Task<Results<Ok<CheckDto>, ValidationProblem, ProblemHttpResult>> CheckAsync(
        string? from, string? to, string? code, string? direction, TieredCareDbContext db, CatalogueStore store, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var institutions = await db.Institutions.AsNoTracking().Where(i => i.Code == from || i.Code == to).ToDictionaryAsync(i => i.Code, ct);
        var fromInstitution = Institution(from, "from", institutions, errors);
        var toInstitution = Institution(to, "to", institutions, errors);
        if (!IcdCode.TryParse(code, out var icd, out var codeReason))
        {
            errors.Add(new FieldError("code", $"{codeReason.Value.Zh} ({codeReason.Value.En})"));
        }

        ReferralDirection? way = direction?.Trim().ToUpperInvariant() switch
        {
            "UP" => ReferralDirection.Up,
            "DOWN" => ReferralDirection.Down,
            "LATERAL" => ReferralDirection.Lateral,
            _ => null,
        };
        if (way is null)
        {
            errors.Add(new FieldError("direction", "方向应为 up、down 或 lateral (direction must be up, down or lateral)"));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var version = await CatalogueForAsync(db, fromInstitution!.Code, ct);
        if (version is null)
        {
            return Problems.NotFound($"机构 {from} 所在的医共体和网络都没有疾病诊疗目录 (no catalogue: no network of {from} has loaded a tiered disease catalogue)");
        }

        var catalogue = await store.EngineCatalogueAsync(version, ct);
        var fromTier = InstitutionTiers.Of(fromInstitution.Type, fromInstitution.Level);
        var toTier = InstitutionTiers.Of(toInstitution!.Type, toInstitution.Level);
        var result = Appropriateness.Check(catalogue, icd.Value, fromTier, toTier, way!.Value);
        var e = result.Match?.Entry;
        return TypedResults.Ok(new CheckDto(
            new CatalogueRefDto(version.Id, version.NetworkCode, version.Version), fromTier.Word(), toTier.Word(), Codes.ToCode(result.Verdict), result.NeedsReason,
            e is null ? null : new EntryDto(e.Pattern.Text, e.Name, e.LowestTier.Word(), e.UpCriteria, e.DownCriteria),
            result.Explanation, English(result, icd, catalogue, fromTier, toTier, way.Value)));
    }

    /// <summary>The latest version of a county medical community the institution belongs to, else of any of its networks.</summary>
    internal static async Task<DiseaseCatalogueVersion?> CatalogueForAsync(TieredCareDbContext db, string institution, CancellationToken ct)
    {
        var networks = db.Networks.AsNoTracking().Where(n => n.IsActive
            && (n.LeadInstitutionCode == institution || db.NetworkMembers.Any(m => m.NetworkCode == n.Code && m.InstitutionCode == institution && m.LeftOn == null)));
        return await db.DiseaseCatalogueVersions.AsNoTracking()
            .Join(networks, v => v.NetworkCode, n => n.Code, (v, n) => new { Version = v, IsCommunity = n.Type == NetworkType.CountyMedicalCommunity })
            .OrderByDescending(x => x.IsCommunity).ThenByDescending(x => x.Version.LoadedAt).ThenByDescending(x => x.Version.Id)
            .Select(x => x.Version).FirstOrDefaultAsync(ct);
    }

    private static Persistence.Registry.Institution? Institution(string? code, string field, Dictionary<string, Persistence.Registry.Institution> found, List<FieldError> errors)
    {
        if (code is not null && found.TryGetValue(code, out var institution))
        {
            return institution;
        }

        errors.Add(new FieldError(field, string.IsNullOrWhiteSpace(code) ? "请填写机构代码 (the institution code is required)" : $"机构 {code} 不存在 (institution {code} does not exist)"));
        return null;
    }

    private static string English(AppropriatenessResult r, IcdCode code, DiseaseCatalogue catalogue, TreatmentTier from, TreatmentTier to, ReferralDirection direction)
    {
        var way = direction switch { ReferralDirection.Up => "up-referral", ReferralDirection.Down => "down-referral", _ => "lateral referral" };
        var tiers = $"{from.Word()} → {to.Word()}";
        if (r.Verdict == AppropriatenessVerdict.DirectionMismatch)
        {
            var why = direction switch
            {
                ReferralDirection.Up => "an up-referral must go to a higher tier",
                ReferralDirection.Down => "a down-referral must go to a lower tier",
                _ => "a lateral referral stays within one tier",
            };
            return $"{way} ({tiers}): {why}.";
        }

        if (r.Match is not { } match)
        {
            return $"diagnosis {code} is not in the catalogue '{catalogue.Name} {catalogue.Version}', so the catalogue cannot judge this {way} ({tiers}).";
        }

        var e = match.Entry;
        var kind = match.Kind switch { CatalogueMatchKind.Exact => "exact match", CatalogueMatchKind.Prefix => "code prefix", _ => "category range" };
        var matched = $"diagnosis {code} matches catalogue entry {e.Pattern} {e.Name} (line {e.Line}, {kind}, lowest tier: {e.LowestTier.Word()})";
        return r.Verdict switch
        {
            AppropriatenessVerdict.UpBelowThreshold =>
                $"{matched}; the referring {from.Word()}-tier institution can treat this disease, so the up-referral needs a stated reason.",
            AppropriatenessVerdict.BelowLowestTier =>
                $"{matched}; the receiving {to.Word()} tier is below the disease's lowest tier: confirm the patient meets the down-referral criteria.",
            _ when direction == ReferralDirection.Up =>
                $"{matched}; the referring {from.Word()} tier is below the disease's lowest tier, so the up-referral to the {to.Word()} tier fits the catalogue.",
            _ => $"{matched}; the {way} to the {to.Word()} tier is not below the disease's lowest tier and fits the catalogue.",
        };
    }
}
