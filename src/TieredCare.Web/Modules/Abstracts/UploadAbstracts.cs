using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Abstracts;
using TieredCare.Persistence;
using TieredCare.Persistence.Audit;
using TieredCare.Persistence.Import;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Drg;

namespace TieredCare.Web.Modules.Abstracts;

/// <summary>A medical-records office sends a month of abstracts (CSV or Excel) and gets every row's QC result back.</summary>
public static class UploadAbstracts
{
    private const long MaxUploadBytes = 200L * 1024 * 1024; // a large hospital's month as CSV is ~30 MB

    public sealed record FindingDto(string Rule, string Severity, string Field, string Message, string MessageEn)
    {
        public static FindingDto From(QcFinding f) => new(f.RuleCode, f.Severity == QcSeverity.Error ? "error" : "warning", f.Field, f.Message, f.MessageEn);
    }

    public sealed record RowReportDto(int Row, long? AbstractId, string? MedicalRecordNo, string Outcome, IReadOnlyList<FindingDto> Findings);

    public sealed record UploadReportDto(
        long BatchId, string FileName, int Rows, int Stored, int Replaced, int Rejected, int QcPassed, int QcFailed, int QcWarnings,
        string TableSet, int Grouped, IReadOnlyList<RowReportDto> RowReports, bool RowReportsTruncated, IReadOnlyList<string> IgnoredColumns,
        IReadOnlyList<string> MissingColumns);

    public sealed record UploadDto(long BatchId, string FileName, string? InstitutionCode, string? InstitutionName, string UploadedBy, DateTimeOffset UploadedAt,
        int Rows, int Stored, int Rejected, int QcPassed, int QcFailed);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/abstracts/uploads", UploadAsync).RequireAuthorization(Permissions.AbstractsUpload).DisableAntiforgery();
        api.MapGet("/abstracts/uploads", ListAsync).RequireAuthorization(Permissions.AbstractsRead);
    }

    private static async Task<Results<Ok<UploadReportDto>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        string? tableSet, HttpContext http, DrgTableSets tableSets, ScopeResolver scopes, TieredCareDbContext db, AbstractImporter importer, AuditLog audit,
        CancellationToken ct)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxUploadBytes;
        }

        if (!http.Request.HasFormContentType)
        {
            return Problems.Validation("file", "请以 multipart/form-data 上传文件 (send the file as multipart/form-data)");
        }

        var form = await http.Request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return Problems.Validation("file", "请选择病案首页文件 (CSV 或 .xlsx) (choose a CSV or .xlsx file of abstracts)");
        }

        var user = http.User();
        var inScope = await AbstractScope.InstitutionsAsync(http, scopes, db, ct);
        var institution = form["institution"].FirstOrDefault() is { Length: > 0 } chosen ? chosen.Trim() : null;
        if (institution is null && user.ScopeKind == TieredCare.Persistence.Access.ScopeKind.Institution)
        {
            institution = user.ScopeCode;
        }

        if (institution is not null && !inScope.Contains(institution))
        {
            return Problems.Forbidden($"无权上传机构 {institution} 的病案 (institution {institution} is outside your scope)");
        }

        var set = tableSets.Find(tableSet);
        if (set is null)
        {
            return tableSet is null
                ? Problems.Conflict("服务器尚未加载DRG分组方案，无法质控和分组 (no DRG table set is loaded; load one first)")
                : Problems.Validation("table_set", $"没有名为 {tableSet} 的分组方案 (no table set named {tableSet})");
        }

        Sheet abstracts;
        Sheet? procedures = null;
        try
        {
            (abstracts, procedures) = await ReadAsync(file, form.Files.GetFile("procedures"), ct);
        }
        catch (InvalidDataException e)
        {
            return Problems.Validation("file", e.Message);
        }

        var request = new AbstractImportRequest(file.FileName, user.UserName, inScope.Contains, institution);
        var report = await importer.ImportAsync(abstracts, procedures, new AbstractRules(set.Name, set.Tables, set.Codes), request, ct);
        if (!report.Committed)
        {
            return Problems.Validation([.. report.FileErrors.Select(e => new TieredCare.Registry.FieldError("file", e))]);
        }

        await audit.AppendAsync(new AuditRecord(user.UserName, "import", "discharge_abstracts", $"upload {report.UploadId}: {file.FileName}, {report.Stored} rows"), ct);
        return TypedResults.Ok(new UploadReportDto(report.UploadId!.Value, report.FileName, report.Rows, report.Stored, report.Replaced, report.Rejected,
            report.QcPassed, report.QcFailed, report.QcWarnings, report.TableSet, report.Grouped,
            [.. report.RowReports.Select(r => new RowReportDto(r.Row, r.AbstractId, r.MedicalRecordNo, Outcome(r.Outcome), [.. r.Findings.Select(FindingDto.From)]))],
            report.RowReportsTruncated, report.IgnoredColumns, report.MissingColumns));
    }

    private static async Task<(Sheet Abstracts, Sheet? Procedures)> ReadAsync(IFormFile file, IFormFile? proceduresFile, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        if (file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var sheets = await Task.Run(() => Sheet.FromXlsx(file.FileName, stream), ct);
            return (sheets[0], sheets.Count > 1 ? sheets[1] : null);
        }

        if (file.FileName.EndsWith(".xls", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"{file.FileName}: 不支持旧版 .xls，请另存为 .xlsx 或 CSV (the old .xls format is not supported; save as .xlsx or CSV)");
        }

        var abstracts = Sheet.FromCsv(file.FileName, stream);
        if (proceduresFile is null)
        {
            return (abstracts, null);
        }

        await using var procedures = proceduresFile.OpenReadStream();
        return (abstracts, Sheet.FromCsv(proceduresFile.FileName, procedures));
    }

    private static string Outcome(RowOutcome outcome) => outcome switch
    {
        RowOutcome.Passed => "passed",
        RowOutcome.Warnings => "warnings",
        RowOutcome.Failed => "failed",
        _ => "rejected",
    };

    private static async Task<Ok<List<UploadDto>>> ListAsync(string? institution, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct)
    {
        var inScope = await AbstractScope.InstitutionsAsync(http, scopes, db, ct);
        var user = http.User();
        var query = db.AbstractUploads.AsNoTracking();
        if (institution is not null)
        {
            query = query.Where(u => u.InstitutionCode == institution);
        }

        var uploads = await query.OrderByDescending(u => u.Id).Take(200).ToListAsync(ct);
        var names = await db.Institutions.AsNoTracking().Where(i => inScope.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Name, ct);
        // An upload without an institution (a region load) is shown to region-wide users only; others see their institutions' and their own uploads.
        return TypedResults.Ok(uploads
            .Where(u => u.InstitutionCode is { } code ? inScope.Contains(code) : u.UploadedBy == user.UserName || user.ScopeKind == TieredCare.Persistence.Access.ScopeKind.Region)
            .Take(50)
            .Select(u => new UploadDto(u.Id, u.FileName, u.InstitutionCode, u.InstitutionCode is { } c ? names.GetValueOrDefault(c) : null, u.UploadedBy, u.UploadedAt,
                u.Rows, u.Stored, u.Rejected, u.QcPassed, u.QcFailed))
            .ToList());
    }
}
