using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Audit;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Registry;

namespace TieredCare.Web.Modules.Audit;

/// <summary>M16: who saw which patient's data, when and why; and whether the log is intact.</summary>
public static class AuditModule
{
    public sealed record AuditEntryDto(long Sequence, DateTimeOffset At, string UserName, string Action, string EntityType, string EntityKey, long? PatientId, string? Reason, string Hash);

    public static IEndpointRouteBuilder MapAuditModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization(Permissions.AuditRead);
        api.MapGet("/", ListAsync);
        api.MapGet("/verify", async (AuditLog log, CancellationToken ct) => TypedResults.Ok(await log.VerifyAsync(ct)));
        return app;
    }

    private static async Task<Results<Ok<Page<AuditEntryDto>>, ValidationProblem>> ListAsync(
        long? patientId, string? user, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, TieredCareDbContext db, CancellationToken ct)
    {
        if (pageSize is < 1 or > 500 || page is < 1)
        {
            return Problems.Validation("page_size", "每页1-500条，页码从1开始 (page size 1-500, page from 1)");
        }

        var query = db.AuditEntries.AsNoTracking();
        if (patientId is { } pid)
        {
            query = query.Where(e => e.PatientId == pid);
        }

        if (!string.IsNullOrWhiteSpace(user))
        {
            query = query.Where(e => e.UserName == user);
        }

        if (from is { } f)
        {
            query = query.Where(e => e.At >= f.ToUniversalTime());
        }

        if (to is { } t)
        {
            query = query.Where(e => e.At < t.ToUniversalTime());
        }

        var size = pageSize ?? 100;
        var number = page ?? 1;
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.Sequence).Skip((number - 1) * size).Take(size)
            .Select(e => new AuditEntryDto(e.Sequence, e.At, e.UserName, e.Action, e.EntityType, e.EntityKey, e.PatientId, e.Reason, e.Hash))
            .ToListAsync(ct);
        return TypedResults.Ok(new Page<AuditEntryDto>(items, total, number, size));
    }
}
