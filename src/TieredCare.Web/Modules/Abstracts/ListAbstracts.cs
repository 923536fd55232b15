using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Drg;
using TieredCare.Web.Modules.Registry;

namespace TieredCare.Web.Modules.Abstracts;

/// <summary>The abstracts behind a figure: a month's cases of an institution or department, filtered by QC result or grouping. No personal identifiers.</summary>
public static class ListAbstracts
{
    public sealed record AbstractRowDto(
        long Id, string InstitutionCode, string? InstitutionName, string MedicalRecordNo, string? DepartmentCode, string? DepartmentName, DateOnly DischargeDate,
        int? LosDays, string? PrincipalDiagnosis, string? PrincipalDiagnosisName, decimal? TotalCost, int QcErrors, int QcWarnings, string? Drg, string? DrgName, string? Status);

    public static void Map(RouteGroupBuilder api) => api.MapGet("/abstracts", ListAsync);

    private static async Task<Results<Ok<Page<AbstractRowDto>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        string? month, string? institution, string? department, string? qc, string? status, string? drg, string? tableSet, int? page, int? pageSize,
        HttpContext http, ScopeResolver scopes, DrgTableSets sets, TieredCareDbContext db, CancellationToken ct)
    {
        var number = page ?? 1;
        var size = pageSize ?? 50;
        if (number < 1 || size is < 1 or > 500)
        {
            return Problems.Validation("page_size", "每页1-500条，页码从1开始 (page size 1-500, page from 1)");
        }

        var inScope = await AbstractScope.InstitutionsAsync(http, scopes, db, ct);
        if (institution is not null && !inScope.Contains(institution))
        {
            return Problems.Forbidden($"无权查看机构 {institution} (institution {institution} is outside your scope)");
        }

        var set = sets.Find(tableSet);
        var setName = set?.Name ?? "";
        var query = db.DischargeAbstracts.AsNoTracking().Where(a => inScope.Contains(a.InstitutionCode));
        if (month is not null)
        {
            if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                return Problems.Validation("month", $"月份格式须为 yyyy-MM (month must be yyyy-MM): '{month}'");
            }

            var last = first.AddMonths(1).AddDays(-1);
            query = query.Where(a => a.DischargeDate >= first && a.DischargeDate <= last);
        }

        if (institution is not null)
        {
            query = query.Where(a => a.InstitutionCode == institution);
        }

        if (department is not null)
        {
            query = query.Where(a => a.DepartmentCode == department);
        }

        if (qc is not (null or "all" or "failed" or "passed" or "warnings"))
        {
            return Problems.Validation("qc", $"qc 须为 all、failed、passed 或 warnings (qc must be all, failed, passed or warnings): '{qc}'");
        }

        query = qc switch
        {
            "failed" => query.Where(a => a.QcErrors > 0),
            "passed" => query.Where(a => a.QcErrors == 0),
            "warnings" => query.Where(a => a.QcErrors == 0 && a.QcWarnings > 0),
            _ => query,
        };

        var rows =
            from a in query
            join g in db.DrgGroupings.Where(g => g.TableSet == setName) on a.Id equals g.AbstractId into stored
            from g in stored.DefaultIfEmpty()
            select new { a, Drg = g == null ? null : g.Drg, Status = g == null ? null : g.Status };
        if (status is not null)
        {
            rows = rows.Where(r => r.Status == status);
        }

        if (drg is not null)
        {
            rows = rows.Where(r => r.Drg == drg);
        }

        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(r => r.a.DischargeDate).ThenBy(r => r.a.Id).Skip((number - 1) * size).Take(size)
            .Select(r => new
            {
                r.a.Id, r.a.InstitutionCode, r.a.MedicalRecordNo, r.a.DepartmentCode, r.a.DischargeDate, r.a.LosDays, r.a.PrincipalDiagnosis, r.a.TotalCost,
                r.a.QcErrors, r.a.QcWarnings, r.Drg, r.Status,
            })
            .ToListAsync(ct);
        var codes = items.Select(i => i.InstitutionCode).Distinct().ToList();
        var institutions = await db.Institutions.AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Name, ct);
        var departments = (await db.Departments.AsNoTracking().Where(d => codes.Contains(d.InstitutionCode)).Select(d => new { d.InstitutionCode, d.Code, d.Name }).ToListAsync(ct))
            .ToDictionary(d => (d.InstitutionCode, d.Code), d => d.Name);
        return TypedResults.Ok(new Page<AbstractRowDto>(
            [.. items.Select(i => new AbstractRowDto(i.Id, i.InstitutionCode, institutions.GetValueOrDefault(i.InstitutionCode), i.MedicalRecordNo, i.DepartmentCode,
                i.DepartmentCode is { } d ? departments.GetValueOrDefault((i.InstitutionCode, d)) : null, i.DischargeDate, i.LosDays, i.PrincipalDiagnosis,
                i.PrincipalDiagnosis is { } p ? set?.Codes.Diagnoses.GetValueOrDefault(p) : null, i.TotalCost, i.QcErrors, i.QcWarnings, i.Drg,
                i.Drg is { } code ? set?.Tables.DrgNames.GetValueOrDefault(code) : null, i.Status))],
            total, number, size));
    }
}
