using Microsoft.AspNetCore.Http.HttpResults;
using TieredCare.Drg;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Drg;

/// <summary>The DRG table sets side by side, and loading another one from a server folder.</summary>
public static class TableSetEndpoints
{
    public sealed record TableSetDto(string Name, string Source, int Mdcs, int Adrgs, int Drgs, int DiagnosisCodes, int ProcedureCodes, bool IsDefault);

    public sealed record AddTableSetRequest(string? Name, string? Folder);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/drg/table-sets", List);
        api.MapPost("/drg/table-sets", Add).RequireAuthorization(Permissions.DrgTablesManage);
    }

    private static Results<Ok<List<TableSetDto>>, ProblemHttpResult> List(DrgTableSets sets)
    {
        var defaultName = sets.DefaultName;
        var list = new List<TableSetDto>();
        foreach (var name in sets.Names)
        {
            try
            {
                list.Add(Describe(sets.Find(name)!, name == defaultName));
            }
            catch (DrgTableSetException e)
            {
                return TypedResults.Problem($"分组方案 {name} 无法加载 (table set {name} does not load): {e.Message}", statusCode: 500);
            }
        }

        return TypedResults.Ok(list);
    }

    private static Results<Created<TableSetDto>, ValidationProblem, ProblemHttpResult> Add(AddTableSetRequest request, DrgTableSets sets)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || !DrgTableSets.IsValidName(request.Name))
        {
            return Problems.Validation("name", "名称须为1-64位字母、数字、点、横线或下划线 (1-64 letters, digits, '.', '-' or '_')");
        }

        if (string.IsNullOrWhiteSpace(request.Folder) || !Directory.Exists(request.Folder))
        {
            return Problems.Validation("folder", $"服务器上没有这个文件夹 (no such folder on the server): '{request.Folder}'");
        }

        try
        {
            var added = sets.Add(request.Name, Path.GetFullPath(request.Folder));
            return TypedResults.Created($"/api/v1/drg/table-sets/{added.Name}", Describe(added, added.Name == sets.DefaultName));
        }
        catch (DrgTableSetException e)
        {
            return Problems.Validation("folder", $"分组方案不合格 (the table set is refused): {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            return Problems.Conflict(e.Message);
        }
    }

    private static TableSetDto Describe(LoadedTableSet set, bool isDefault) =>
        new(set.Name, set.Folder, set.Tables.Mdcs.Count, set.Tables.AdrgCount, set.Tables.DrgCount, set.Codes.Diagnoses.Count, set.Codes.Procedures.Count, isDefault);
}
