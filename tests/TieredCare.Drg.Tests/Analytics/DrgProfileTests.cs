using TieredCare.Drg.Analytics;
using static TieredCare.Drg.Tests.Analytics.Cases;

namespace TieredCare.Drg.Tests.Analytics;

public sealed class DrgProfileTests
{
    // A: RW 0.6, mean cost 2000, mean stay 3, low risk. B: RW 1.8, mean cost 6000, mean stay 9, high risk.
    private static readonly DrgWeightTable Reference = new(
    [
        new DrgWeight("A", "", 10, 10, 2000m, 3m, 0.6m, 0, 0m, RiskLevel.Low),
        new DrgWeight("B", "", 5, 5, 6000m, 9m, 1.8m, 2, 0.4m, RiskLevel.High),
    ]);

    // H002 first, so the rows' order comes from sorting, not from the input.
    private static readonly GroupedCase[] Period =
    [
        Grouped("A", 1000m, 3, hospital: "H002", department: "03"),
        Grouped("A", 1000m, 2, hospital: "H001", department: "03"),
        Grouped("A", 3000m, 4, died: true, hospital: "H001", department: "03"),
        Grouped("B", 9000m, 12, hospital: "H001", department: "04"),
        Grouped("ZZ99", 500m, 1, hospital: "H001", department: "04"),
        NotGrouped(GroupingStatus.Ungroupable, "H001", "04"),
        NotGrouped(GroupingStatus.Invalid, "H001", "04"),
        NotGrouped(GroupingStatus.AmbiguousQy, "H001", "04"),
    ];

    [Fact]
    public void A_hospital_row_counts_statuses_and_computes_CMI_and_the_consumption_indices()
    {
        var h001 = DrgProfile.Build(Period, Reference).Rows[0];

        h001.ShouldBe(h001 with
        {
            Hospital = "H001", Department = "", Cases = 7, Grouped = 4, Ungroupable = 1, Ambiguous = 1, Invalid = 1, DrgGroups = 3, Unweighted = 1,
            TotalWeight = 3.0m,
            Cmi = 1.0000m,          // (0.6 × 2 + 1.8 × 1) / 3
            CostIndex = 1.1667m,    // k_A = 2000 / 2000 = 1, k_B = 9000 / 6000 = 1.5: (1 × 2 + 1.5 × 1) / 3
            TimeIndex = 1.1111m,    // k_A = 3 / 3 = 1, k_B = 12 / 9: (2 + 4/3) / 3 = 10/9
            LowRiskCases = 2, LowRiskDeaths = 1, LowRiskMortality = 0.5m,
        });
    }

    [Fact]
    public void Each_row_lists_the_contributions_that_explain_it()
    {
        var h001 = DrgProfile.Build(Period, Reference).Rows[0];

        h001.Contributions.ShouldBe(
        [
            new DrgContribution("A", 2, 1, 0.6m, RiskLevel.Low, 2000.00m, 1.0000m, 3.0000m, 1.0000m),
            new DrgContribution("B", 1, 0, 1.8m, RiskLevel.High, 9000.00m, 1.5000m, 12.0000m, 1.3333m),
            new DrgContribution("ZZ99", 1, 0, null, null, 500.00m, null, 1.0000m, null),
        ]);
        h001.Contributions.Where(c => c.RelativeWeight is not null).Sum(c => c.RelativeWeight!.Value * c.Cases).ShouldBe(h001.TotalWeight);
    }

    [Fact]
    public void The_region_row_pools_every_case()
    {
        var profile = DrgProfile.Build(Period, Reference);

        profile.Rows.Select(r => r.Hospital).ShouldBe(["H001", "H002"]);
        profile.Region.ShouldBe(profile.Region with
        {
            Hospital = "ALL", Department = "", Cases = 8, Grouped = 5, Ungroupable = 1, Ambiguous = 1, Invalid = 1, DrgGroups = 3, Unweighted = 1,
            TotalWeight = 3.6m,
            Cmi = 0.9000m,          // (0.6 × 3 + 1.8) / 4
            CostIndex = 1.0000m,    // (5000 / 2000 + 9000 / 6000) / 4
            TimeIndex = 1.0833m,    // (9 / 3 + 12 / 9) / 4
            LowRiskCases = 3, LowRiskDeaths = 1, LowRiskMortality = 0.333333m,
        });
        profile.Rows[1].ShouldBe(profile.Rows[1] with { Cases = 1, Cmi = 0.6000m, CostIndex = 0.5000m, TimeIndex = 1.0000m, LowRiskMortality = 0m });
    }

    [Fact]
    public void By_department_each_hospital_department_is_a_row_in_code_order()
    {
        var profile = DrgProfile.Build(Period, Reference, ProfileLevel.HospitalDepartment);

        profile.Rows.Select(r => (r.Hospital, r.Department, r.Cases, r.Cmi)).ShouldBe(
            [("H001", "03", 2, 0.6000m), ("H001", "04", 5, 1.8000m), ("H002", "03", 1, 0.6000m)]);
        profile.Rows[1].Unweighted.ShouldBe(1);
        profile.Region.Cmi.ShouldBe(0.9000m);
    }

    [Fact]
    public void A_hospital_without_weighted_cases_has_no_CMI_indices_or_low_risk_mortality()
    {
        var row = DrgProfile.Build([NotGrouped(GroupingStatus.Invalid), Grouped("ZZ99", 100m)], Reference).Rows.Single();
        (row.Cases, row.Invalid, row.Unweighted, row.DrgGroups).ShouldBe((2, 1, 1, 1));
        (row.Cmi, row.CostIndex, row.TimeIndex, row.LowRiskMortality).ShouldBe((null, null, null, null));
        row.TotalWeight.ShouldBe(0m);
    }

    [Fact]
    public void A_case_of_unknown_cost_counts_for_CMI_but_not_for_the_cost_index()
    {
        var row = DrgProfile.Build([Grouped("A", null, 6), Grouped("B", 3000m, null)], Reference).Rows.Single();
        row.Cmi.ShouldBe(1.2000m);
        row.CostIndex.ShouldBe(0.5000m, "only B has a cost: 3000 / 6000");
        row.TimeIndex.ShouldBe(2.0000m, "only A has a stay: 6 / 3");
        row.Contributions[0].CostRatio.ShouldBeNull();
    }

    [Fact]
    public void The_same_cases_in_any_order_give_the_same_profile()
    {
        var forward = DrgProfile.Build(Period, Reference, ProfileLevel.HospitalDepartment);
        var backward = DrgProfile.Build(Period.Reverse(), Reference, ProfileLevel.HospitalDepartment);
        backward.Rows.Select(r => r with { Contributions = [] }).ShouldBe(forward.Rows.Select(r => r with { Contributions = [] }));
        backward.Rows.SelectMany(r => r.Contributions).ShouldBe(forward.Rows.SelectMany(r => r.Contributions));
    }

    [Fact]
    public void Weights_computed_from_a_period_give_that_period_a_CMI_of_one()
    {
        var period = Enumerable.Range(0, 300).Select(i => Grouped($"D{i % 7}", 1000m + (i * 37 % 1000) + (i % 7 * 500), 1 + (i % 9), hospital: $"H{i % 4:000}")).ToList();
        var profile = DrgProfile.Build(period, RelativeWeights.Compute(period));
        profile.Region.Cmi.ShouldBe(1.0000m);
        profile.Region.CostIndex.ShouldBe(1.0000m);
        profile.Region.TimeIndex.ShouldBe(1.0000m);
    }
}
