using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence;
using TieredCare.Persistence.Facts;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Referrals.Lifecycle;

namespace TieredCare.Web.Modules.Fhir;

/// <summary>
/// Read and search of referrals as ServiceRequest and Task, with the REST API's permission and scope: a user sees the
/// referrals sent from or to an institution in scope. Search parameters: <c>subject</c>, <c>requester</c>,
/// <c>performer</c> (ServiceRequest) or <c>owner</c> (Task), <c>status</c> (the resource's own codes), <c>_count</c> (≤ 100), <c>_offset</c>.
/// </summary>
public static class ReferralFhirEndpoints
{
    private static readonly Dictionary<string, ReferralStatus[]> ServiceRequestStatuses = new(StringComparer.Ordinal)
    {
        ["draft"] = [ReferralStatus.Draft],
        ["active"] = [ReferralStatus.Submitted, ReferralStatus.Accepted, ReferralStatus.Scheduled, ReferralStatus.Arrived],
        ["completed"] = [ReferralStatus.Completed],
        ["revoked"] = [ReferralStatus.Rejected, ReferralStatus.Cancelled, ReferralStatus.Expired],
    };

    private static readonly Dictionary<string, ReferralStatus[]> TaskStatuses = new(StringComparer.Ordinal)
    {
        ["draft"] = [ReferralStatus.Draft], ["requested"] = [ReferralStatus.Submitted], ["accepted"] = [ReferralStatus.Accepted],
        ["rejected"] = [ReferralStatus.Rejected], ["ready"] = [ReferralStatus.Scheduled], ["in-progress"] = [ReferralStatus.Arrived],
        ["completed"] = [ReferralStatus.Completed], ["cancelled"] = [ReferralStatus.Cancelled], ["failed"] = [ReferralStatus.Expired],
    };

    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapGet("/ServiceRequest/{id}", (string id, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct) =>
            ReadAsync(id, http, scopes, db, r => ReferralResources.ServiceRequest(r), "ServiceRequest", ct));
        fhir.MapGet("/Task/{id}", (string id, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct) =>
            ReadAsync(id, http, scopes, db, r => ReferralResources.Task(r), "Task", ct));
        fhir.MapGet("/ServiceRequest", (HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct) =>
            SearchAsync(http, scopes, db, "performer", ServiceRequestStatuses, r => ReferralResources.ServiceRequest(r), ct));
        fhir.MapGet("/Task", (HttpContext http, ScopeResolver scopes, TieredCareDbContext db, CancellationToken ct) =>
            SearchAsync(http, scopes, db, "owner", TaskStatuses, r => ReferralResources.Task(r), ct));
    }

    private static async Task<IResult> ReadAsync(
        string id, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, Func<Referral, Resource> map, string type, CancellationToken ct)
    {
        var referral = long.TryParse(id, out var key) ? await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == key, ct) : null;
        var inScope = await ReferralScope.InstitutionsAsync(http, scopes, db, ct);
        if (referral is null || (referral.Status == ReferralStatus.Draft && !inScope.Contains(referral.FromInstitutionCode)))
        {
            return FhirJson.Outcome(404, OperationOutcome.IssueType.NotFound, $"{type}/{id} 不存在 (not found)");
        }

        return inScope.Contains(referral.FromInstitutionCode) || inScope.Contains(referral.ToInstitutionCode)
            ? FhirJson.Resource(map(referral))
            : FhirJson.Outcome(403, OperationOutcome.IssueType.Forbidden, $"{type}/{id} 不涉及您管辖的机构 (involves no institution in your scope)");
    }

    private static async Task<IResult> SearchAsync(
        HttpContext http, ScopeResolver scopes, TieredCareDbContext db, string receiverParameter, Dictionary<string, ReferralStatus[]> statuses,
        Func<Referral, Resource> map, CancellationToken ct)
    {
        var query = http.Request.Query;
        var count = int.TryParse(query["_count"], out var c) ? c : 20;
        var offset = int.TryParse(query["_offset"], out var o) ? o : 0;
        if (count is < 1 or > 100 || offset < 0)
        {
            return FhirJson.Outcome(400, OperationOutcome.IssueType.Value, "_count 须为1-100，_offset 不小于0 (_count 1-100, _offset ≥ 0)");
        }

        var inScope = (await ReferralScope.InstitutionsAsync(http, scopes, db, ct)).ToList();
        var referrals = db.Referrals.AsNoTracking()
            .Where(r => inScope.Contains(r.FromInstitutionCode) || (inScope.Contains(r.ToInstitutionCode) && r.Status != ReferralStatus.Draft));
        if (query["subject"].ToString() is { Length: > 0 } subject)
        {
            if (!long.TryParse(subject.Replace("Patient/", "", StringComparison.Ordinal), out var patient))
            {
                return FhirJson.Outcome(400, OperationOutcome.IssueType.Value, $"subject 须为 Patient/编号 (subject must be Patient/id): '{subject}'");
            }

            referrals = referrals.Where(r => r.PatientId == patient);
        }

        if (query["requester"].ToString() is { Length: > 0 } requester)
        {
            var code = requester.Replace("Organization/", "", StringComparison.Ordinal);
            referrals = referrals.Where(r => r.FromInstitutionCode == code);
        }

        if (query[receiverParameter].ToString() is { Length: > 0 } receiver)
        {
            var code = receiver.Replace("Organization/", "", StringComparison.Ordinal);
            referrals = referrals.Where(r => r.ToInstitutionCode == code);
        }

        if (query["status"].ToString() is { Length: > 0 } status)
        {
            if (!statuses.TryGetValue(status, out var wanted))
            {
                return FhirJson.Outcome(400, OperationOutcome.IssueType.Value, $"未知的 status (unknown status '{status}'; known: {string.Join(", ", statuses.Keys)})");
            }

            referrals = referrals.Where(r => wanted.Contains(r.Status));
        }

        var total = await referrals.CountAsync(ct);
        var page = await referrals.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id).Skip(offset).Take(count).ToListAsync(ct);
        return FhirJson.SearchSet(http.Request, total, page.Select(map));
    }
}
