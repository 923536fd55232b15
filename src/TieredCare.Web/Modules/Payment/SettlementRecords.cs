using System.Globalization;
using TieredCare.Payment;
using TieredCare.Persistence.Payment;

namespace TieredCare.Web.Modules.Payment;

/// <summary>
/// What a run stores, by kind. A final run (年度清算) stores each hospital's due, the advances it set off and the balance.
/// A monthly advance run (月度预付) covers one month and stores what is paid now: rule 7's advance per hospital, each
/// pointed case's share of it, and nothing for fee-for-service or per-diem cases, which wait for the final settlement.
/// </summary>
public sealed record SettlementRecords(
    IReadOnlyList<SettlementHospitalLine> Hospitals, IReadOnlyList<SettlementAdvanceLine> Advances, IReadOnlyList<SettlementCaseLine> Cases,
    decimal PointValue, decimal FeeForService, decimal Due)
{
    public const string Final = "final";
    public const string Advance = "advance";

    public static SettlementRecords For(string kind, Settlement settlement) => kind == Advance ? ForAdvance(settlement) : ForFinal(settlement);

    private static SettlementRecords ForFinal(Settlement s)
    {
        var hospitals = s.Hospitals.Select(h => new SettlementHospitalLine
        {
            InstitutionCode = h.Hospital, Cases = h.Cases, Points = Rounding.Points(h.Points), PointValue = Rounding.PointValue(h.PointValue),
            SelfPay = Rounding.Cents(h.SelfPay), FeeForService = Rounding.Cents(h.FeeForService), PerDiem = Rounding.Cents(h.PerDiem), Due = Rounding.Cents(h.Due),
            Advances = Rounding.Cents(h.Advances), Balance = Rounding.Cents(h.Balance),
        }).ToList();
        var cases = s.Lines.Select(l => CaseLine(l, l.Amount)).ToList();
        return new(hospitals, AdvanceLines(s), cases, Rounding.PointValue(s.PointValue), Rounding.Cents(s.Totals.FeeForService), Rounding.Cents(s.Totals.Due));
    }

    private static SettlementRecords ForAdvance(Settlement s)
    {
        var monthValue = s.Months.Count == 1 ? s.Months[0].PointValue : 0m;
        var hospitals = s.Hospitals.Select(h =>
        {
            var paid = h.MonthlyAdvances.Sum(a => a.Paid);
            return new SettlementHospitalLine
            {
                InstitutionCode = h.Hospital, Cases = h.Cases, Points = Rounding.Points(h.Points), PointValue = Rounding.PointValue(monthValue),
                SelfPay = Rounding.Cents(h.SelfPay), Due = paid, Balance = paid,
            };
        }).ToList();
        var rate = s.Policy.AdvanceRate;
        var cases = s.Lines.Select(l => CaseLine(l, l.Rule.EarnsPoints() ? rate * ((monthValue * l.Points) - l.Case.SelfPay) : 0m)).ToList();
        return new(hospitals, AdvanceLines(s), cases, Rounding.PointValue(monthValue), 0m, hospitals.Sum(h => h.Due));
    }

    private static SettlementCaseLine CaseLine(SettlementLine l, decimal amount) => new()
    {
        AbstractId = long.Parse(l.CaseId, CultureInfo.InvariantCulture), InstitutionCode = l.Hospital, Drg = l.Drg,
        Rule = l.Rule.ToWord(), Points = Rounding.Points(l.Points), Amount = Rounding.Cents(amount),
    };

    private static List<SettlementAdvanceLine> AdvanceLines(Settlement s) =>
    [
        .. s.Hospitals.SelectMany(h => h.MonthlyAdvances.Select(a => new SettlementAdvanceLine
        {
            InstitutionCode = h.Hospital, Month = a.Month.ToString(), Points = Rounding.Points(a.Points), MonthPointValue = Rounding.PointValue(a.MonthPointValue),
            SelfPay = Rounding.Cents(a.SelfPay), Amount = Rounding.Cents(a.Amount), Paid = a.Paid, Recorded = a.Recorded,
        })),
    ];
}
