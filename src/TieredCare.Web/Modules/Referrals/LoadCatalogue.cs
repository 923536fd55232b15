using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Audit;
using TieredCare.Referrals.Catalogue;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using static TieredCare.Web.Modules.Referrals.CatalogueStore;

namespace TieredCare.Web.Modules.Referrals;

/// <summary>
/// A network loads a version of its tiered disease catalogue from the engine's CSV format. Good rows are stored, every
/// bad row comes back with its line and field; a version once loaded is never replaced.
/// </summary>
public static class LoadCatalogue
{
    private const long MaxUploadBytes = 10L * 1024 * 1024;

    public sealed record RejectedRowDto(int Line, string Field, string Reason, string ReasonEn);

    public sealed record LoadedDto(CatalogueDto Catalogue, int Stored, IReadOnlyList<RejectedRowDto> Rejected);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/referrals/catalogues", LoadAsync).RequireAuthorization(Permissions.ReferralsCatalogueManage).DisableAntiforgery();

    private static async Task<Results<Created<LoadedDto>, ValidationProblem, ProblemHttpResult>> LoadAsync(
        HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CatalogueStore store, AuditLog audit, CancellationToken ct)
    {
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxUploadBytes;
        }

        if (!http.Request.HasFormContentType)
        {
            return Problems.Validation("file", "请以 multipart/form-data 上传目录文件 (send the catalogue as multipart/form-data)");
        }

        var form = await http.Request.ReadFormAsync(ct);
        var networkCode = form["network"].FirstOrDefault()?.Trim() ?? "";
        var version = form["version"].FirstOrDefault()?.Trim() ?? "";
        var name = form["name"].FirstOrDefault()?.Trim() ?? "";
        var file = form.Files.GetFile("file");
        var errors = new List<FieldError>();
        if (file is not { Length: > 0 })
        {
            errors.Add(new FieldError("file", "请选择目录文件 (CSV) (choose the catalogue CSV file)"));
        }

        if (version.Length is 0 or > 64)
        {
            errors.Add(new FieldError("version", "请填写版本号，最长64字符 (the version is required, at most 64 characters)"));
        }

        if (name.Length > 100)
        {
            errors.Add(new FieldError("name", "名称最长100字符 (the name is at most 100 characters)"));
        }

        var network = networkCode.Length == 0 ? null : await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Code == networkCode, ct);
        if (network is null)
        {
            errors.Add(new FieldError("network", networkCode.Length == 0
                ? "请选择网络 (the network is required)"
                : $"网络 {networkCode} 不存在 (network {networkCode} does not exist)"));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var scope = await scopes.ResolveAsync(http.User(), ct);
        if (!scope.CanManage(network!))
        {
            return Problems.Forbidden($"网络 {networkCode} 不在您的管辖范围内 (network {networkCode} is outside your scope)");
        }

        if (await store.ExistsAsync(networkCode, version, ct))
        {
            return Problems.Conflict($"网络 {networkCode} 已有版本 {version} 的目录；请使用新的版本号 (network {networkCode} already has catalogue version {version}; use a new version)");
        }

        if (name.Length == 0)
        {
            name = $"{network!.Name}疾病诊疗目录";
        }

        CatalogueLoadResult result;
        using (var reader = new StreamReader(file!.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            result = DiseaseCatalogue.Load(reader, name, version);
        }

        var rejected = result.Errors.Select(e => new RejectedRowDto(e.Line, e.Field, e.Reason.Zh, e.Reason.En)).ToList();
        if (result.Catalogue.Entries.Count == 0)
        {
            var first = string.Join("; ", result.Errors.Take(5).Select(e => e.ToString()));
            return Problems.Validation("file", $"目录中没有可用的行 (the catalogue has no good row){(first.Length > 0 ? ": " + first : "")}");
        }

        var user = http.User();
        Persistence.Referrals.DiseaseCatalogueVersion stored;
        try
        {
            stored = await store.SaveAsync(networkCode, version, name, result.Catalogue, user.UserName, ct);
        }
        catch (DbUpdateException)
        {
            // Two loads of one version at once: the unique index lets one through.
            if (await store.ExistsAsync(networkCode, version, ct))
            {
                return Problems.Conflict($"网络 {networkCode} 已有版本 {version} 的目录 (network {networkCode} already has catalogue version {version})");
            }

            throw;
        }

        await audit.AppendAsync(new AuditRecord(user.UserName, "import", "disease_catalogue", stored.Id.ToString(CultureInfo.InvariantCulture),
            Reason: $"{networkCode} {version}: {stored.EntryCount} rows stored, {rejected.Count} rejected"), ct);
        return TypedResults.Created($"/api/v1/referrals/catalogues/{stored.Id}/entries", new LoadedDto(CatalogueDto.From(stored), stored.EntryCount, rejected));
    }
}
