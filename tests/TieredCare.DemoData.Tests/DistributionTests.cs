using System.Globalization;

namespace TieredCare.DemoData.Tests;

/// <summary>
/// The small region behaves like the cities in the plans (SPEC §3): shares, stays and finance
/// ratios computed from the generated files fall in the ranges the demo promises.
/// </summary>
public sealed class DistributionTests(DemoFolder demo)
{
    [Fact]
    public void Grassroots_take_most_visits_and_residents_visit_six_to_nine_times_a_year()
    {
        var tiers = Institutions().ToDictionary(r => r.Code, r => r.Tier, StringComparer.Ordinal);
        long total = 0, grassroots = 0;
        var byMonth = new long[24];
        foreach (var row in CsvTable.Stream(demo.File("visits.csv"), out var header))
        {
            total++;
            if (tiers[row[1]] == "grassroots")
            {
                grassroots++;
            }

            var date = row[3];
            byMonth[(date[3] - '4') * 12 + int.Parse(date.AsSpan(5, 2), CultureInfo.InvariantCulture) - 1]++;
        }

        (grassroots / (double)total).ShouldBeInRange(0.60, 0.75);
        var perResident = total / (double)(Population(2024) + Population(2025));
        perResident.ShouldBeInRange(6, 9);
        // Seasons: a winter peak, and the Spring Festival month is the quietest.
        byMonth[0].ShouldBeGreaterThan(byMonth[5]);
        byMonth[1].ShouldBe(byMonth[..12].Min());
    }

    [Fact]
    public void Residents_are_mostly_treated_inside_their_county_and_tertiary_stays_are_short()
    {
        var institutions = Institutions().ToDictionary(r => r.Code, StringComparer.Ordinal);
        var levelFour = new HashSet<string>(StringComparer.Ordinal);
        var procedures = demo.Read("discharge_procedures.csv");
        foreach (var row in procedures.Rows.Where(r => r[procedures["surgery_level"]] == "4"))
        {
            levelFour.Add(row[procedures["abstract_id"]]);
        }

        var discharges = demo.Read("discharges.csv");
        long inCounty = 0, tertiary = 0, tertiaryDays = 0, tertiaryLevelFour = 0;
        foreach (var row in discharges.Rows)
        {
            var institution = institutions[row[discharges["institution_code"]]];
            if (institution.Region[..6] == row[discharges["residence_region_code"]][..6])
            {
                inCounty++;
            }

            if (institution.Level == "tertiary")
            {
                tertiary++;
                tertiaryDays += int.Parse(row[discharges["los_days"]], CultureInfo.InvariantCulture);
                if (levelFour.Contains(row[discharges["abstract_id"]]))
                {
                    tertiaryLevelFour++;
                }
            }
        }

        var count = discharges.Rows.Count;
        (inCounty / (double)count).ShouldBeInRange(0.85, 0.92);
        (tertiaryDays / (double)tertiary).ShouldBeInRange(6.5, 7.0);
        (tertiaryLevelFour / (double)tertiary).ShouldBeInRange(0.17, 0.19);
        (count / (double)(Population(2024) + Population(2025))).ShouldBeInRange(0.15, 0.20);
    }

    [Fact]
    public void Public_hospital_finance_follows_the_reform_targets()
    {
        var institutions = Institutions().ToDictionary(r => r.Code, StringComparer.Ordinal);
        var finance = demo.Read("finance.csv");
        decimal service = 0, revenue = 0, personnel = 0, operating = 0, administration = 0, expense = 0;
        foreach (var row in finance.Rows)
        {
            var institution = institutions[row[0]];
            var parts = new[] { "revenue_medical_service", "revenue_drug", "revenue_consumables", "revenue_exam", "revenue_lab" }
                .Sum(c => Money(row[finance[c]]));
            Money(row[finance["revenue_total"]]).ShouldBeGreaterThanOrEqualTo(parts);
            Money(row[finance["expense_total"]]).ShouldBeGreaterThanOrEqualTo(Money(row[finance["expense_operating"]]) + Money(row[finance["expense_administration"]]));
            if (institution.Ownership != "public" || institution.Tier == "grassroots" || institution.Type is "emergency_center" or "cdc_center")
            {
                continue;
            }

            service += Money(row[finance["revenue_medical_service"]]);
            revenue += Money(row[finance["revenue_total"]]);
            personnel += Money(row[finance["expense_personnel"]]);
            operating += Money(row[finance["expense_operating"]]);
            administration += Money(row[finance["expense_administration"]]);
            expense += Money(row[finance["expense_total"]]);
        }

        ((double)(service / revenue)).ShouldBeInRange(0.35, 0.40);
        ((double)(personnel / operating)).ShouldBeInRange(0.40, 0.48);
        ((double)(administration / expense)).ShouldBeInRange(0.08, 0.09);
    }

    [Fact]
    public void Private_hospitals_hold_a_fifth_to_a_quarter_of_beds_and_nurses_outnumber_doctors()
    {
        var institutions = Institutions().ToList();
        var beds = institutions.Sum(i => i.Beds);
        var privateBeds = institutions.Where(i => i.Ownership == "private").Sum(i => i.Beds);
        (privateBeds / (double)beds).ShouldBeInRange(0.20, 0.25);
        var staff = demo.Read("institution_staff.csv");
        var hospitals = institutions.Where(i => i.Type.EndsWith("hospital", StringComparison.Ordinal)).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        long Count(string category) => staff.Rows.Where(r => r[1] == category && hospitals.Contains(r[0])).Sum(r => long.Parse(r[3], CultureInfo.InvariantCulture));
        (Count("nurse") / (double)Count("doctor")).ShouldBeInRange(1.2, 1.6);
    }

    private long Population(int year) =>
        long.Parse(demo.Read("region_population.csv").Rows.Single(r => r[0] == "990100000000" && r[1] == year.ToString(CultureInfo.InvariantCulture))[2], CultureInfo.InvariantCulture);

    private IEnumerable<(string Code, string Type, string Level, string Ownership, string Tier, string Region, int Beds)> Institutions()
    {
        var table = demo.Read("institutions.csv");
        return table.Rows.Select(r => (r[0], r[table["type"]], r[table["level"]], r[table["ownership"]], r[table["tier"]], r[table["region_code"]],
            int.Parse(r[table["open_beds"]], CultureInfo.InvariantCulture)));
    }

    private static decimal Money(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
