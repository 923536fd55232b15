using System.Globalization;

namespace TieredCare.Payment;

/// <summary>Where a network stands against its global budget.</summary>
public enum BudgetStanding
{
    /// <summary>Spending below the budget (u &lt; 1).</summary>
    Surplus,

    /// <summary>Spending exactly the budget (u = 1).</summary>
    Balanced,

    /// <summary>Spending above the budget (u &gt; 1).</summary>
    Overspend,
}

/// <summary>The part of a surplus or overspend that falls in one band, and the network's share of it.</summary>
/// <param name="Band">The band.</param>
/// <param name="Amount">The surplus or overspend money inside the band.</param>
/// <param name="NetworkAmount">The network's share of it: kept for a surplus band, borne for an overspend band.</param>
/// <param name="Explanation">The computation in words and numbers.</param>
public sealed record BandResult(BudgetBand Band, decimal Amount, decimal NetworkAmount, string Explanation);

/// <summary>A linear year-end projection of spending.</summary>
/// <param name="SpendingToDate">Spending from the start of the period to <paramref name="AsOf"/> (inclusive).</param>
/// <param name="PeriodStart">First day of the budget period.</param>
/// <param name="PeriodEnd">Last day of the budget period.</param>
/// <param name="AsOf">The day spending is known to.</param>
/// <param name="DaysElapsed">Days from the start to <paramref name="AsOf"/>, both included.</param>
/// <param name="DaysInPeriod">Days in the period.</param>
/// <param name="ProjectedSpending">SpendingToDate × DaysInPeriod ÷ DaysElapsed, exact.</param>
/// <param name="Explanation">The computation with its numbers.</param>
public sealed record SpendingProjection(
    decimal SpendingToDate, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly AsOf, int DaysElapsed, int DaysInPeriod, decimal ProjectedSpending, string Explanation);

/// <summary>A network's position against its global budget by the band table: u, the surplus kept or the overspend borne.</summary>
/// <param name="Budget">The global budget.</param>
/// <param name="Spending">Spending (actual, or projected to year end).</param>
/// <param name="Ratio">u = Spending ÷ Budget, exact.</param>
/// <param name="Standing">Surplus, balanced or overspend.</param>
/// <param name="Surplus">Budget − Spending when positive, else 0.</param>
/// <param name="Overspend">Spending − Budget when positive, else 0.</param>
/// <param name="NetworkKeeps">The surplus the network keeps (结余留用), exact.</param>
/// <param name="NetworkBears">The overspend the network bears (超支分担), exact.</param>
/// <param name="FundKeeps">The surplus returned to the fund: Surplus − NetworkKeeps.</param>
/// <param name="FundBears">The overspend the fund bears: Overspend − NetworkBears.</param>
/// <param name="Bands">Every band with its part, in table order.</param>
/// <param name="Projection">The projection the spending came from, or <see langword="null"/> for actual spending.</param>
public sealed record BudgetPosition(
    decimal Budget, decimal Spending, decimal Ratio, BudgetStanding Standing, decimal Surplus, decimal Overspend, decimal NetworkKeeps, decimal NetworkBears,
    decimal FundKeeps, decimal FundBears, IReadOnlyList<BandResult> Bands, SpendingProjection? Projection);

/// <summary>
/// A network's global budget (医共体总额付费, 结余留用、合理超支分担). u = spending ÷ budget. A surplus band [a, b) holds the
/// surplus between ratios max(a, u) and min(b, 1); an overspend band [a, b) the overspend between max(a, 1) and min(b, u);
/// each in money (ratio × budget), the network keeping or bearing the band's share. With the reference bands a network at
/// u = 0.9 keeps all of its 10 % surplus; at 1.05 bears half of the 5 % overspend; at 1.2 bears half of the first 10 % and
/// all of the rest. Pure, exact decimals.
/// </summary>
public static class GlobalBudget
{
    /// <summary>Evaluates <paramref name="spending"/> against <paramref name="budget"/> by <paramref name="bands"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The budget is not positive or the spending is negative.</exception>
    /// <exception cref="PaymentPolicyException">The bands overlap, leave a gap or are otherwise invalid.</exception>
    public static BudgetPosition Evaluate(decimal budget, decimal spending, IReadOnlyList<BudgetBand> bands) => Evaluate(budget, spending, bands, null);

    /// <summary>Evaluates the projected year-end spending of <paramref name="projection"/>.</summary>
    public static BudgetPosition Evaluate(decimal budget, SpendingProjection projection, IReadOnlyList<BudgetBand> bands)
    {
        ArgumentNullException.ThrowIfNull(projection);
        return Evaluate(budget, projection.ProjectedSpending, bands, projection);
    }

    /// <summary>
    /// Projects spending to the end of the period linearly by calendar days: spending to date × days in the period ÷ days
    /// elapsed (the as-of day included). Seasonality is ignored; early in the year the projection is rough.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The spending is negative, or <paramref name="asOf"/> is outside the period.</exception>
    public static SpendingProjection Project(decimal spendingToDate, DateOnly periodStart, DateOnly periodEnd, DateOnly asOf)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(spendingToDate);
        if (periodEnd < periodStart) throw new ArgumentOutOfRangeException(nameof(periodEnd), periodEnd, "the period ends before it starts");
        if (asOf < periodStart || asOf > periodEnd) throw new ArgumentOutOfRangeException(nameof(asOf), asOf, "the as-of day is outside the period");
        var elapsed = asOf.DayNumber - periodStart.DayNumber + 1;
        var days = periodEnd.DayNumber - periodStart.DayNumber + 1;
        var projected = spendingToDate * days / elapsed;
        var explanation = string.Create(CultureInfo.InvariantCulture,
            $"projected spending = {Rounding.Money(spendingToDate)} to {asOf:yyyy-MM-dd} × {days} days in {periodStart:yyyy-MM-dd}…{periodEnd:yyyy-MM-dd} ÷ {elapsed} days elapsed = {Rounding.Money(projected)}");
        return new SpendingProjection(spendingToDate, periodStart, periodEnd, asOf, elapsed, days, projected, explanation);
    }

    /// <summary>The calendar year of <paramref name="asOf"/> as the period of <see cref="Project"/>.</summary>
    public static SpendingProjection ProjectCalendarYear(decimal spendingToDate, DateOnly asOf) =>
        Project(spendingToDate, new DateOnly(asOf.Year, 1, 1), new DateOnly(asOf.Year, 12, 31), asOf);

    private static BudgetPosition Evaluate(decimal budget, decimal spending, IReadOnlyList<BudgetBand> bands, SpendingProjection? projection)
    {
        ArgumentNullException.ThrowIfNull(bands);
        if (budget <= 0) throw new ArgumentOutOfRangeException(nameof(budget), budget, "a global budget must be positive");
        ArgumentOutOfRangeException.ThrowIfNegative(spending);
        if (PaymentPolicy.BandProblems(bands) is { Count: > 0 } problems) throw new PaymentPolicyException(problems);

        var results = new List<BandResult>(bands.Count);
        var (keeps, bears) = (0m, 0m);
        foreach (var band in bands)
        {
            var low = band.From * budget;
            var high = band.To * budget;
            decimal part;
            string where;
            if (band.Kind == BandKind.Surplus)
            {
                // The surplus between spending and the budget that lies in [low, high).
                part = Math.Max(0, Math.Min(high ?? budget, budget) - Math.Max(low, spending));
                where = $"surplus between {Rounding.Money(Math.Max(low, spending))} and {Rounding.Money(Math.Min(high ?? budget, budget))}";
            }
            else
            {
                part = Math.Max(0, Math.Min(high ?? decimal.MaxValue, spending) - Math.Max(low, budget));
                where = $"overspend between {Rounding.Money(Math.Max(low, budget))} and {Rounding.Money(Math.Min(high ?? decimal.MaxValue, spending))}";
            }
            var network = part * band.NetworkShare;
            if (band.Kind == BandKind.Surplus) keeps += network;
            else bears += network;
            var verb = band.Kind == BandKind.Surplus ? "network keeps" : "network bears";
            var explanation = part == 0
                ? $"{band}: nothing falls in this band"
                : $"{band}: {where} = {Rounding.Money(part)} × share {Rounding.Canonical(band.NetworkShare)} = {verb} {Rounding.Money(network)}";
            results.Add(new BandResult(band, part, network, explanation));
        }

        var surplus = Math.Max(0, budget - spending);
        var overspend = Math.Max(0, spending - budget);
        var standing = spending < budget ? BudgetStanding.Surplus : spending == budget ? BudgetStanding.Balanced : BudgetStanding.Overspend;
        return new BudgetPosition(budget, spending, spending / budget, standing, surplus, overspend, keeps, bears, surplus - keeps, overspend - bears, results, projection);
    }
}
