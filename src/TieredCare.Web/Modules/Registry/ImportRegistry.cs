using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Caching.Memory;
using TieredCare.Persistence.Import;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Registry;

/// <summary>
/// <c>POST /api/v1/import/{table}?mode=all-or-nothing|keep-valid</c> with a CSV body (or a
/// multipart form with one file). Answers the per-row report; 422 when nothing was written.
/// </summary>
public static class ImportRegistry
{
    private static readonly Dictionary<string, Func<RegistryImporter, Stream, ImportMode, CancellationToken, Task<ImportReport>>> Tables = new(StringComparer.Ordinal)
    {
        ["regions"] = (i, s, m, ct) => i.ImportRegionsAsync(s, m, ct),
        ["region-population"] = (i, s, m, ct) => i.ImportPopulationAsync(s, m, ct),
        ["institutions"] = (i, s, m, ct) => i.ImportInstitutionsAsync(s, m, ct),
        ["institution-staff"] = (i, s, m, ct) => i.ImportStaffAsync(s, m, ct),
        ["departments"] = (i, s, m, ct) => i.ImportDepartmentsAsync(s, m, ct),
        ["networks"] = (i, s, m, ct) => i.ImportNetworksAsync(s, m, ct),
        ["network-members"] = (i, s, m, ct) => i.ImportNetworkMembersAsync(s, m, ct),
    };

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/import/{table}", HandleAsync).RequireAuthorization(Permissions.RegistryImport).DisableAntiforgery();

    private static async Task<Results<Ok<ImportReport>, UnprocessableEntity<ImportReport>, ValidationProblem>> HandleAsync(
        string table, string? mode, HttpRequest request, RegistryImporter importer, RegistryCache cache, IMemoryCache scopeCache, CancellationToken ct)
    {
        if (!Tables.TryGetValue(table, out var import))
        {
            return Problems.Validation("table", $"未知的导入表 (unknown table '{table}'; one of: {string.Join(", ", Tables.Keys)})");
        }

        ImportMode importMode;
        switch (mode)
        {
            case null or "" or "all-or-nothing":
                importMode = ImportMode.AllOrNothing;
                break;
            case "keep-valid":
                importMode = ImportMode.KeepValid;
                break;
            default:
                return Problems.Validation("mode", $"导入模式须为 all-or-nothing 或 keep-valid (mode must be all-or-nothing or keep-valid): '{mode}'");
        }

        // The CSV reader reads synchronously; registry files are small, so buffer the upload first.
        var body = new MemoryStream();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files.Count != 1)
            {
                return Problems.Validation("file", "请上传一个CSV文件 (upload exactly one CSV file)");
            }

            await form.Files[0].CopyToAsync(body, ct);
        }
        else
        {
            await request.Body.CopyToAsync(body, ct);
        }

        body.Position = 0;
        await using (body)
        {
            var report = await import(importer, body, importMode, ct);
            if (report.Committed)
            {
                cache.Clear();
                ScopeResolver.Invalidate(scopeCache);
                return TypedResults.Ok(report);
            }

            return TypedResults.UnprocessableEntity(report);
        }
    }
}
