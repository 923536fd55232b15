using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Access;
using TieredCare.Persistence.Facts;
using TieredCare.Referrals.Lifecycle;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Referrals.Lifecycle;

/// <summary>The time-limit reminders of an institution's open referrals: accept soon, accept overdue, arrival overdue (green channel sooner).</summary>
public static class ReferralReminders
{
    public sealed record ReminderDto(long ReferralId, string Number, string Status, string Urgency, string Side, string Kind, DateTimeOffset Deadline, string Message, string MessageEn);

    private static readonly ReferralStatus[] Open = [ReferralStatus.Submitted, ReferralStatus.Accepted, ReferralStatus.Scheduled];

    public static void Map(RouteGroupBuilder api) => api.MapGet("/referrals/reminders", HandleAsync).RequireAuthorization(Permissions.ReferralsRead);

    private static async Task<Results<Ok<List<ReminderDto>>, ProblemHttpResult>> HandleAsync(HttpContext http, TieredCareDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var user = http.User();
        if (user.ScopeKind != ScopeKind.Institution)
        {
            return Problems.Forbidden("提醒针对机构的转诊 (reminders are an institution's)");
        }

        var code = user.ScopeCode;
        var now = clock.GetUtcNow();
        var open = await db.Referrals.AsNoTracking()
            .Where(r => r.CreatedBy != null && Open.Contains(r.Status) && (r.ToInstitutionCode == code || r.FromInstitutionCode == code))
            .ToListAsync(ct);
        var reminders = open
            .SelectMany(r => Reminders.Due(ReferralStates.Snapshot(r), ReferralTimeLimits.Default, now).Select(m => new ReminderDto(
                r.Id, ReferralStates.Number(r.Id), ReferralStates.Word(r.Status), ReferralStates.Word(ReferralStates.Urgency(r)),
                r.ToInstitutionCode == code ? "receiver" : "sender", ReferralStates.Snake(m.Kind.ToString()), m.Deadline, m.Message.Zh, m.Message.En)))
            .OrderBy(m => m.Deadline).ToList();
        return TypedResults.Ok(reminders);
    }
}
