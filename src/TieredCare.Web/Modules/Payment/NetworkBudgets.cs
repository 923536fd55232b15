using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TieredCare.Payment;
using TieredCare.Persistence;
using TieredCare.Persistence.Access;
using TieredCare.Persistence.Payment;
using TieredCare.Registry;
using TieredCare.Web.Infrastructure;
using TieredCare.Web.Infrastructure.Security;

namespace TieredCare.Web.Modules.Payment;

/// <summary>
/// A network's global budget (医共体医保基金打包支付): the bureau sets a year's budget; the network
/// manager sees the fund's spending on the region's residents to date, the projected year end, and by
/// the band table what the network keeps (结余留用) or bears (超支分担).
/// </summary>
public static class NetworkBudgets
{
    public sealed record SetBudgetRequest(decimal? Amount);

    public sealed record BandDto(decimal From, decimal? To, decimal NetworkShare, string Kind, decimal Amount, decimal NetworkAmount, string Explanation);

    public sealed record PositionDto(
        decimal Budget, decimal Spending, decimal Ratio, string Standing, decimal Surplus, decimal Overspend, decimal NetworkKeeps, decimal NetworkBears,
        IReadOnlyList<BandDto> Bands);

    public sealed record BudgetDto(
        string NetworkCode, string NetworkName, string RegionCode, int Year, decimal? Budget, DateOnly AsOf, bool YearClosed, decimal SpendingToDate,
        decimal ProjectedSpending, string? ProjectionExplanation, PositionDto? Projected);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/payment/budgets", ListAsync).RequireAuthorization(Permissions.PaymentBudgetRead);
        api.MapPut("/payment/budgets/{network}/{year:int}", SetAsync).RequireAuthorization(Permissions.PaymentSettle);
    }

    private static async Task<Results<Ok<List<BudgetDto>>, ValidationProblem>> ListAsync(
        int? year, DateOnly? asOf, HttpContext http, ScopeResolver scopes, TieredCareDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = asOf ?? clock.Today();
        var budgetYear = year ?? today.Year;
        var (start, end) = (new DateOnly(budgetYear, 1, 1), new DateOnly(budgetYear, 12, 31));
        var until = today < start ? start : today > end ? end : today;

        var user = http.User();
        var scope = await scopes.ResolveAsync(user, ct);
        // Global budgets are paid to networks that answer for a population: county communities and city groups, not specialty alliances.
        var networks = await scope.Readable(db.Networks.AsNoTracking())
            .Where(n => n.IsActive && (n.Type == NetworkType.CountyMedicalCommunity || n.Type == NetworkType.CityMedicalGroup))
            .OrderBy(n => n.Code).ToListAsync(ct);
        if (user.ScopeKind == ScopeKind.Network)
        {
            networks = [.. networks.Where(n => n.Code == user.ScopeCode)];
        }

        var budgets = await db.NetworkBudgets.AsNoTracking().Where(b => b.Year == budgetYear).ToDictionaryAsync(b => b.NetworkCode, b => b.Amount, ct);
        var bands = PaymentPolicy.Reference.BudgetBands;
        var result = new List<BudgetDto>();
        foreach (var n in networks)
        {
            var prefix = DivisionCode.TryParse(n.RegionCode, out var division, out _) ? division.SignificantPrefix : n.RegionCode;
            // Summed here: SQLite cannot add up decimals in SQL.
            var spending = (await db.DischargeAbstracts.AsNoTracking()
                .Where(a => a.QcErrors == 0 && a.DischargeDate >= start && a.DischargeDate <= until && a.ResidenceRegionCode!.StartsWith(prefix))
                .Select(a => new { a.TotalCost, a.SelfPay }).ToListAsync(ct))
                .Sum(a => (a.TotalCost ?? 0m) - (a.SelfPay ?? 0m));
            var projection = GlobalBudget.Project(spending, start, end, until);
            PositionDto? position = null;
            if (budgets.TryGetValue(n.Code, out var budget))
            {
                var p = GlobalBudget.Evaluate(budget, projection, bands);
                position = new PositionDto(p.Budget, Rounding.Cents(p.Spending), decimal.Round(p.Ratio, 4, MidpointRounding.AwayFromZero), p.Standing.ToString().ToLowerInvariant(),
                    Rounding.Cents(p.Surplus), Rounding.Cents(p.Overspend), Rounding.Cents(p.NetworkKeeps), Rounding.Cents(p.NetworkBears),
                    [.. p.Bands.Select(b => new BandDto(b.Band.From, b.Band.To, b.Band.NetworkShare, b.Band.Kind.ToWord(), Rounding.Cents(b.Amount), Rounding.Cents(b.NetworkAmount), b.Explanation))]);
            }

            result.Add(new BudgetDto(n.Code, n.Name, n.RegionCode, budgetYear, budgets.TryGetValue(n.Code, out var set) ? set : null, until, until == end,
                Rounding.Cents(spending), Rounding.Cents(projection.ProjectedSpending), projection.Explanation, position));
        }

        return TypedResults.Ok(result);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SetAsync(
        string network, int year, SetBudgetRequest request, HttpContext http, TieredCareDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (request.Amount is not > 0m || decimal.Round(request.Amount.Value, 2) != request.Amount)
        {
            return Problems.Validation("amount", $"预算须为大于0、最多两位小数的金额 (the budget must be a positive amount with at most 2 decimals): {request.Amount}");
        }

        if (year is < 2000 or > 2100)
        {
            return Problems.Validation("year", $"年度不合理 (implausible year): {year}");
        }

        if (!await db.Networks.AnyAsync(n => n.Code == network, ct))
        {
            return Problems.NotFound($"医联体 {network} 不存在 (network {network} does not exist)");
        }

        var existing = await db.NetworkBudgets.FirstOrDefaultAsync(b => b.NetworkCode == network && b.Year == year, ct);
        if (existing is null)
        {
            db.NetworkBudgets.Add(new NetworkBudget { NetworkCode = network, Year = year, Amount = request.Amount.Value, SetBy = http.User().UserName, SetAt = clock.GetUtcNow() });
        }
        else
        {
            existing.Amount = request.Amount.Value;
            existing.SetBy = http.User().UserName;
            existing.SetAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
