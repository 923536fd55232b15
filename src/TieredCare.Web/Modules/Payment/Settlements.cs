using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Payment;
using TieredCare.Persistence;
using TieredCare.Persistence.Payment;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;
using TieredCare.Web.Modules.Drg;
using TieredCare.Web.Modules.Registry;

namespace TieredCare.Web.Modules.Payment;

/// <summary>
/// Settlement runs: an analyst runs the DRG point settlement over a period's abstracts under a
/// policy and stores it (policy file, input fingerprint, hospital statements, case lines); anyone
/// allowed can read a run, explain a case line, and re-run it to check it still gives the same cents.
/// </summary>
public static class Settlements
{
    /// <param name="Kind"><c>final</c> (default, 年度清算) or <c>advance</c> (月度预付, one calendar month).</param>
    public sealed record SettleRequest(string? Title, string? Kind, DateOnly? From, DateOnly? To, string? TableSet, string? Method, JsonElement? Policy, decimal? Budget);

    public sealed record RunDto(
        long Id, string Title, string Kind, string Method, string PolicyName, string PolicyVersion, string TableSet, DateOnly PeriodFrom, DateOnly PeriodTo,
        string Fingerprint, int Cases, decimal Budget, decimal Points, decimal PointValue, decimal FeeForService, decimal Due, string CreatedBy, DateTimeOffset CreatedAt)
    {
        public static RunDto From(SettlementRun r) => new(r.Id, r.Title, r.Kind, r.Method, r.PolicyName, r.PolicyVersion, r.TableSet, r.PeriodFrom, r.PeriodTo,
            r.Fingerprint, r.Cases, r.Budget, r.Points, r.PointValue, r.FeeForService, r.Due, r.CreatedBy, r.CreatedAt);
    }

    public sealed record HospitalDto(
        string InstitutionCode, string? InstitutionName, int Level, int Cases, decimal Points, decimal PointValue, decimal SelfPay, decimal FeeForService,
        decimal PerDiem, decimal Due, decimal Advances, decimal Balance);

    public sealed record RuleCountDto(string Rule, int Cases);

    public sealed record RunDetailDto(RunDto Run, IReadOnlyList<HospitalDto> Hospitals, IReadOnlyList<RuleCountDto> Rules);

    public sealed record CaseLineDto(long AbstractId, string InstitutionCode, string Drg, string Rule, decimal Points, decimal Amount);

    /// <param name="Explanation">The formula with the case's numbers in Chinese; <paramref name="ExplanationEn"/> in English.</param>
    public sealed record ExplainedLineDto(
        long AbstractId, string InstitutionCode, string Drg, string Rule, decimal Points, decimal Amount, string Explanation, string ExplanationEn, decimal TotalCost, decimal SelfPay);

    public sealed record DifferenceDto(string InstitutionCode, decimal StoredDue, decimal Due);

    public sealed record RerunDto(bool SameInputs, bool SameAmounts, string Fingerprint, string StoredFingerprint, IReadOnlyList<DifferenceDto> Differences);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/payment/policies/reference", () => Results.Text(PolicyJson(PaymentPolicy.Reference), "application/json", Encoding.UTF8));
        api.MapPost("/payment/settlements", SettleAsync).RequireAuthorization(Permissions.PaymentSettle);
        api.MapGet("/payment/settlements", async (TieredCareDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.SettlementRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(200).ToListAsync(ct)).Select(RunDto.From).ToList()));
        api.MapGet("/payment/settlements/{id:long}", GetAsync);
        api.MapGet("/payment/settlements/{id:long}/cases", CasesAsync);
        api.MapGet("/payment/settlements/{id:long}/cases/{abstractId:long}", ExplainAsync);
        api.MapPost("/payment/settlements/{id:long}/rerun", RerunAsync).RequireAuthorization(Permissions.PaymentSettle);
        SettlementExport.Map(api);
    }

    private static async Task<Results<Created<RunDto>, ValidationProblem>> SettleAsync(
        SettleRequest request, HttpContext http, DrgTableSets sets, TieredCareDbContext db, SettlementStore store, TimeProvider clock, CancellationToken ct)
    {
        if (request.From is not { } from || request.To is not { } to || from > to)
        {
            return Problems.Validation("from", "请给出结算期间 from ≤ to (give the settlement period, from ≤ to)");
        }

        var kind = request.Kind ?? SettlementRecords.Final;
        if (kind is not (SettlementRecords.Final or SettlementRecords.Advance))
        {
            return Problems.Validation("kind", $"结算类型须为 final（年度清算）或 advance（月度预付） (kind must be final or advance): '{kind}'");
        }

        if (kind == SettlementRecords.Advance && (from.Day != 1 || to != from.AddMonths(1).AddDays(-1)))
        {
            return Problems.Validation("to", "月度预付的期间须为一个自然月，从1日到月末 (a monthly advance covers one calendar month, from its first to its last day)");
        }

        var method = request.Method ?? "drg";
        if (method is not ("drg" or "dip"))
        {
            return Problems.Validation("method", $"结算方法须为 drg 或 dip (method must be drg or dip): '{method}'");
        }

        var (policy, problem) = ReadPolicy(request.Policy, request.Budget, method);
        if (policy is null)
        {
            return problem!;
        }

        var set = sets.Find(request.TableSet);
        if (set is null)
        {
            return Problems.Validation("table_set", $"没有这个分组方案 (no such table set): '{request.TableSet}'");
        }

        var advanceRuns = kind == SettlementRecords.Final ? await AdvanceRunsInForceAsync(db, method, set.Name, from, to, ct) : [];
        Settlement settlement;
        try
        {
            settlement = await ComputeAsync(db, set, method, from, to, policy, await PaidAsync(db, advanceRuns, ct), ct);
        }
        catch (SettlementException e)
        {
            return Problems.Validation([.. e.Problems.Select(p => new FieldError("cases", p))]);
        }

        var records = SettlementRecords.For(kind, settlement);
        var kindName = kind == SettlementRecords.Advance ? "月度预付" : "结算";
        var run = new SettlementRun
        {
            Title = string.IsNullOrWhiteSpace(request.Title) ? $"{from:yyyy-MM-dd} 至 {to:yyyy-MM-dd} {kindName}" : request.Title.Trim(),
            Kind = kind, Method = method, PolicyName = policy.Name, PolicyVersion = policy.Version, PolicyJson = PolicyJson(policy),
            TableSet = set.Name, PeriodFrom = from, PeriodTo = to, Fingerprint = settlement.Fingerprint, Cases = settlement.Totals.Cases,
            Budget = Rounding.Cents(settlement.Totals.Budget), Points = Rounding.Points(settlement.Totals.Points), PointValue = records.PointValue,
            FeeForService = records.FeeForService, Due = records.Due, AdvanceRunIds = string.Join(',', advanceRuns),
            CreatedBy = http.User().UserName, CreatedAt = clock.GetUtcNow(),
        };
        var id = await store.SaveAsync(run, records.Hospitals, records.Advances, records.Cases, ct);
        return TypedResults.Created($"/api/v1/payment/settlements/{id}", RunDto.From(run));
    }

    /// <summary>The monthly advance runs a final run over the period sets off: for each month the latest run of the same method and table set (a later run corrects an earlier one).</summary>
    private static async Task<List<long>> AdvanceRunsInForceAsync(TieredCareDbContext db, string method, string tableSet, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var runs = await db.SettlementRuns.AsNoTracking()
            .Where(r => r.Kind == SettlementRecords.Advance && r.Method == method && r.TableSet == tableSet && r.PeriodFrom >= from && r.PeriodTo <= to)
            .Select(r => new { r.Id, r.PeriodFrom }).ToListAsync(ct);
        return [.. runs.GroupBy(r => r.PeriodFrom).Select(g => g.Max(r => r.Id)).Order()];
    }

    /// <summary>What the given advance runs paid, by month and hospital.</summary>
    private static async Task<PaidAdvances> PaidAsync(TieredCareDbContext db, IReadOnlyList<long> advanceRuns, CancellationToken ct)
    {
        if (advanceRuns.Count == 0)
        {
            return PaidAdvances.None;
        }

        var months = await db.SettlementRuns.AsNoTracking().Where(r => advanceRuns.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.PeriodFrom, ct);
        var lines = await db.SettlementAdvanceLines.AsNoTracking().Where(l => advanceRuns.Contains(l.RunId)).ToListAsync(ct);
        var byMonth = new Dictionary<YearMonth, IReadOnlyDictionary<string, decimal>>();
        foreach (var (runId, first) in months)
        {
            byMonth[new YearMonth(first.Year, first.Month)] = lines.Where(l => l.RunId == runId).ToDictionary(l => l.InstitutionCode, l => l.Paid, StringComparer.Ordinal);
        }

        return new PaidAdvances(byMonth);
    }

    private static async Task<Results<Ok<RunDetailDto>, ProblemHttpResult>> GetAsync(long id, TieredCareDbContext db, CancellationToken ct)
    {
        var run = await db.SettlementRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return run is null ? NotFound(id) : TypedResults.Ok(await DetailAsync(db, run, ct));
    }

    private static async Task<Results<Ok<Page<CaseLineDto>>, ValidationProblem, ProblemHttpResult>> CasesAsync(
        long id, string? institution, string? rule, int? page, int? pageSize, TieredCareDbContext db, CancellationToken ct)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        if (number < 1 || size is < 1 or > 500)
        {
            return Problems.Validation("page_size", "每页1-500条，页码从1开始 (page size 1-500, page from 1)");
        }

        if (!await db.SettlementRuns.AnyAsync(r => r.Id == id, ct))
        {
            return NotFound(id);
        }

        var query = db.SettlementCaseLines.AsNoTracking().Where(l => l.RunId == id);
        if (institution is not null)
        {
            query = query.Where(l => l.InstitutionCode == institution);
        }

        if (rule is not null)
        {
            query = query.Where(l => l.Rule == rule);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(l => l.InstitutionCode).ThenBy(l => l.AbstractId).Skip((number - 1) * size).Take(size)
            .Select(l => new CaseLineDto(l.AbstractId, l.InstitutionCode, l.Drg, l.Rule, l.Points, l.Amount)).ToListAsync(ct);
        return TypedResults.Ok(new Page<CaseLineDto>(items, total, number, size));
    }

    private static async Task<Results<Ok<ExplainedLineDto>, ProblemHttpResult>> ExplainAsync(
        long id, long abstractId, DrgTableSets sets, TieredCareDbContext db, CancellationToken ct) => await ExplainLineAsync(id, abstractId, null, sets, db, ct);

    /// <summary>
    /// A line's explanation comes from re-running the stored inputs, so it is the arithmetic that produced the stored amount;
    /// an advance run's line shows its share of the month's advance. With <paramref name="institution"/>, only that hospital's lines.
    /// </summary>
    internal static async Task<Results<Ok<ExplainedLineDto>, ProblemHttpResult>> ExplainLineAsync(
        long id, long abstractId, string? institution, DrgTableSets sets, TieredCareDbContext db, CancellationToken ct)
    {
        var run = await db.SettlementRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (run is null)
        {
            return NotFound(id);
        }

        var stored = await db.SettlementCaseLines.AsNoTracking().FirstOrDefaultAsync(l => l.RunId == id && l.AbstractId == abstractId, ct);
        if (stored is null || (institution is not null && stored.InstitutionCode != institution))
        {
            return Problems.NotFound($"结算 {id} 中没有病案 {abstractId} (abstract {abstractId} is not in settlement {id})");
        }

        var settlement = await RecomputeAsync(run, sets, db, ct);
        var line = settlement?.Line(abstractId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (line is null)
        {
            return Problems.Conflict($"病案 {abstractId} 的数据已变化或分组方案 {run.TableSet} 已不在，无法复算说明 (the abstract or the table set changed since the run)");
        }

        var monthValue = run.Kind == SettlementRecords.Advance && settlement!.Months.Count == 1 ? settlement.Months[0].PointValue : (decimal?)null;
        string Explained(ExplanationLanguage language) => monthValue is { } v ? line.AdvanceExplanationIn(v, language) : line.ExplanationIn(language);
        return TypedResults.Ok(new ExplainedLineDto(abstractId, stored.InstitutionCode, stored.Drg, stored.Rule, stored.Points, stored.Amount,
            Explained(ExplanationLanguage.Chinese), Explained(ExplanationLanguage.English), line.Case.TotalCost, line.Case.SelfPay));
    }

    private static async Task<Results<Ok<RerunDto>, ProblemHttpResult>> RerunAsync(long id, DrgTableSets sets, TieredCareDbContext db, CancellationToken ct)
    {
        var run = await db.SettlementRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (run is null)
        {
            return NotFound(id);
        }

        var settlement = await RecomputeAsync(run, sets, db, ct);
        if (settlement is null)
        {
            return Problems.Conflict($"分组方案 {run.TableSet} 已不在，无法复算 (table set {run.TableSet} is gone)");
        }

        var due = SettlementRecords.For(run.Kind, settlement).Hospitals.ToDictionary(h => h.InstitutionCode, h => h.Due, StringComparer.Ordinal);
        var stored = await db.SettlementHospitalLines.AsNoTracking().Where(h => h.RunId == id).ToDictionaryAsync(h => h.InstitutionCode, h => h.Due, ct);
        var differences = due.Select(h => new DifferenceDto(h.Key, stored.GetValueOrDefault(h.Key), h.Value))
            .Concat(stored.Keys.Except(due.Keys).Select(code => new DifferenceDto(code, stored[code], 0m)))
            .Where(d => d.StoredDue != d.Due).OrderBy(d => d.InstitutionCode, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new RerunDto(settlement.Fingerprint == run.Fingerprint, differences.Count == 0, settlement.Fingerprint, run.Fingerprint, differences));
    }

    /// <summary>The stored run's policy over today's data for its period, with the advance runs it set off; null when its table set is gone.</summary>
    internal static async Task<Settlement?> RecomputeAsync(SettlementRun run, DrgTableSets sets, TieredCareDbContext db, CancellationToken ct)
    {
        var set = sets.Find(run.TableSet);
        if (set is null)
        {
            return null;
        }

        List<long> advanceRuns = [.. run.AdvanceRunIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(i => long.Parse(i, System.Globalization.CultureInfo.InvariantCulture))];
        using var policyStream = new MemoryStream(Encoding.UTF8.GetBytes(run.PolicyJson));
        return await ComputeAsync(db, set, run.Method, run.PeriodFrom, run.PeriodTo, PaymentPolicy.Read(policyStream), await PaidAsync(db, advanceRuns, ct), ct);
    }

    /// <summary>The period's cases settled by DRG points, or by DIP scores from a catalogue built on the period itself.</summary>
    /// <exception cref="SettlementException">The cases cannot be settled under the policy; every problem is named.</exception>
    internal static async Task<Settlement> ComputeAsync(
        TieredCareDbContext db, LoadedTableSet set, string method, DateOnly from, DateOnly to, PaymentPolicy policy, PaidAdvances paid, CancellationToken ct)
    {
        var cases = await SettlementCases.LoadAsync(db, set, from, to, ct);
        if (method != "dip")
        {
            return DrgPointSettlement.Settle(cases, policy, paid);
        }

        var (dip, problems) = await SettlementCases.LoadDipAsync(db, cases, ct);
        return problems.Count > 0
            ? throw new SettlementException(problems)
            : PointSettlement.Settle(cases, policy, DipBasePoints.Build(dip, dip.Values), paid);
    }

    /// <summary>The policy sent, or the method's reference policy, with the budget override applied.</summary>
    internal static (PaymentPolicy? Policy, ValidationProblem? Problem) ReadPolicy(JsonElement? json, decimal? budget, string method = "drg")
    {
        PaymentPolicy policy;
        try
        {
            policy = json is { ValueKind: JsonValueKind.Object } element
                ? PaymentPolicy.Read(new MemoryStream(Encoding.UTF8.GetBytes(element.GetRawText())))
                : method == "dip" ? PaymentPolicy.DipReference : PaymentPolicy.Reference;
        }
        catch (PaymentPolicyException e)
        {
            return (null, Problems.Validation([.. e.Problems.Select(p => new FieldError("policy", p))]));
        }

        if (budget is { } b)
        {
            if (b <= 0)
            {
                return (null, Problems.Validation("budget", $"预算须大于0 (the budget must be above 0): {b}"));
            }

            policy = policy with { Budget = b };
        }

        return (policy, null);
    }

    internal static string PolicyJson(PaymentPolicy policy)
    {
        using var buffer = new MemoryStream();
        policy.Write(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static async Task<RunDetailDto> DetailAsync(TieredCareDbContext db, SettlementRun run, CancellationToken ct)
    {
        var hospitals = await db.SettlementHospitalLines.AsNoTracking().Where(h => h.RunId == run.Id).OrderBy(h => h.InstitutionCode).ToListAsync(ct);
        var codes = hospitals.Select(h => h.InstitutionCode).ToList();
        var institutions = await db.Institutions.AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, ct);
        var rules = await db.SettlementCaseLines.AsNoTracking().Where(l => l.RunId == run.Id).GroupBy(l => l.Rule)
            .Select(g => new RuleCountDto(g.Key, g.Count())).ToListAsync(ct);
        return new RunDetailDto(RunDto.From(run),
            [.. hospitals.Select(h => new HospitalDto(h.InstitutionCode, institutions.GetValueOrDefault(h.InstitutionCode)?.Name,
                SettlementCases.LevelNumber(institutions.GetValueOrDefault(h.InstitutionCode)?.Level ?? InstitutionLevel.Unrated),
                h.Cases, h.Points, h.PointValue, h.SelfPay, h.FeeForService, h.PerDiem, h.Due, h.Advances, h.Balance))],
            [.. rules.OrderByDescending(r => r.Cases)]);
    }

    private static ProblemHttpResult NotFound(long id) => Problems.NotFound($"结算 {id} 不存在 (settlement {id} does not exist)");
}
