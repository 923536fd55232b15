using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Payment;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Payment;

/// <summary>
/// The special-review queue (特例单议): cases the bureau takes out of point payment to review one by
/// one; a settlement pays them fee-for-service, up to the policy's share of each hospital's cases.
/// </summary>
public static class SpecialReviews
{
    public sealed record RequestDto(long? AbstractId, string? Reason);

    public sealed record QueuedDto(long AbstractId, string InstitutionCode, string? Drg, decimal? TotalCost, DateOnly DischargeDate, string Reason, string RequestedBy, DateTimeOffset RequestedAt);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/payment/special-reviews", ListAsync);
        api.MapPost("/payment/special-reviews", AddAsync).RequireAuthorization(Permissions.PaymentSettle);
        api.MapDelete("/payment/special-reviews/{abstractId:long}", RemoveAsync).RequireAuthorization(Permissions.PaymentSettle);
    }

    private static async Task<Ok<List<QueuedDto>>> ListAsync(TieredCareDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await (
            from r in db.SpecialReviewRequests.AsNoTracking()
            join a in db.DischargeAbstracts.AsNoTracking() on r.AbstractId equals a.Id
            orderby r.RequestedAt descending
            select new QueuedDto(r.AbstractId, a.InstitutionCode, db.DrgGroupings.Where(g => g.AbstractId == a.Id).Select(g => g.Drg).FirstOrDefault(),
                a.TotalCost, a.DischargeDate, r.Reason, r.RequestedBy, r.RequestedAt)).Take(1000).ToListAsync(ct));

    private static async Task<Results<Created, ValidationProblem, ProblemHttpResult>> AddAsync(
        RequestDto request, HttpContext http, TieredCareDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (request.AbstractId is not { } id)
        {
            return Problems.Validation("abstract_id", "请给出病案首页编号 (give the abstract's number)");
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Trim().Length < 4)
        {
            return Problems.Validation("reason", "请写明特例单议的理由（至少4个字）(state the reason, at least 4 characters)");
        }

        var qcErrors = await db.DischargeAbstracts.Where(a => a.Id == id).Select(a => (int?)a.QcErrors).FirstOrDefaultAsync(ct);
        if (qcErrors is null)
        {
            return Problems.NotFound($"病案首页 {id} 不存在 (abstract {id} does not exist)");
        }

        if (qcErrors > 0)
        {
            return Problems.Validation("abstract_id", $"病案首页 {id} 未通过质控，不参与结算 (abstract {id} failed quality control and is not settled)");
        }

        if (await db.SpecialReviewRequests.AnyAsync(r => r.AbstractId == id, ct))
        {
            return Problems.Conflict($"病案首页 {id} 已在特例单议队列中 (abstract {id} is already in the queue)");
        }

        db.SpecialReviewRequests.Add(new SpecialReviewRequest { AbstractId = id, Reason = request.Reason.Trim(), RequestedBy = http.User().UserName, RequestedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/payment/special-reviews/{id}");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(long abstractId, TieredCareDbContext db, CancellationToken ct) =>
        await db.SpecialReviewRequests.Where(r => r.AbstractId == abstractId).ExecuteDeleteAsync(ct) == 0
            ? Problems.NotFound($"病案首页 {abstractId} 不在特例单议队列中 (abstract {abstractId} is not in the queue)")
            : TypedResults.NoContent();
}
