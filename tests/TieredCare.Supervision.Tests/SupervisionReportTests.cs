using static TieredCare.Supervision.Tests.Cases;

namespace TieredCare.Supervision.Tests;

public class SupervisionReportTests
{
    /// <summary>A split in H1, an up-coding cell in H2 and long stays in H3, over a region that gives each rule its reference.</summary>
    private static List<SupervisedCase> Mixed()
    {
        var cases = new List<SupervisedCase>();
        cases.AddRange(Cell("R1", "ES3", 100, 40));
        cases.AddRange(Cell("H2", "ES3", 40, 30));
        cases.AddRange(Distribution("FR39", [.. Repeat(4, 6), .. Repeat(5, 9), .. Repeat(6, 5)]));
        cases.Add(Stay("L1", "H3", los: 30, drg: "FR39", cost: 9_000m, id: "L1"));
        cases.Add(Stay("L2", "H3", los: 30, drg: "FR39", cost: 9_000m, id: "L2"));
        cases.Add(Stay("L3", "H3", los: 30, drg: "FR39", cost: 9_500m, id: "L3"));
        cases.Add(Stay("S", "H1", admittedOn: 0, los: 5, drg: "FM19", id: "S1"));
        cases.Add(Stay("S", "H1", admittedOn: 8, los: 5, drg: "FM19", id: "S2"));
        return cases;
    }

    [Fact]
    public void The_same_cases_in_any_order_give_the_same_report()
    {
        var cases = Mixed();
        var shuffled = cases.OrderBy(c => c.CaseId.GetHashCode(StringComparison.Ordinal)).Reverse().ToList();

        var a = SupervisionReport.Build(cases);
        var b = SupervisionReport.Build(shuffled);

        Describe(b).ShouldBe(Describe(a));
        a.Cases.Count.ShouldBeGreaterThan(30);
    }

    [Fact]
    public void Cases_rank_by_score_then_cost_then_case_id()
    {
        var report = SupervisionReport.Build(Mixed());

        var longStays = report.Cases.Where(c => c.CaseId.StartsWith('L')).ToList();
        longStays.Select(c => c.CaseId).ShouldBe(["L3", "L1", "L2"]);
        longStays.Select(c => c.Score).Distinct().ShouldHaveSingleItem();
        report.Cases.Select(c => c.Rank).ShouldBe(Enumerable.Range(1, report.Cases.Count));
        report.Cases.Zip(report.Cases.Skip(1)).ShouldAllBe(p => p.First.Score > p.Second.Score
            || (p.First.Score == p.Second.Score && p.First.TotalCost > p.Second.TotalCost)
            || (p.First.Score == p.Second.Score && p.First.TotalCost == p.Second.TotalCost && string.CompareOrdinal(p.First.CaseId, p.Second.CaseId) < 0));
    }

    [Fact]
    public void A_split_names_both_stays_and_ranks_first_at_full_weight()
    {
        var report = SupervisionReport.Build(Mixed());

        // Same DRG, 3 days apart: 1.0 × 1.0 × (1 − 3 / 30) = 0.9.
        report.Cases.Take(2).Select(c => c.CaseId).Order(StringComparer.Ordinal).ShouldBe(["S1", "S2"]);
        report.Cases[0].Score.ShouldBe(0.9, 1e-12);
        report.Findings[0].Kind.ShouldBe(FindingKind.SplitAdmissionSameHospital);
    }

    [Fact]
    public void Findings_on_one_case_combine_as_independent_evidence()
    {
        // A 60-day stay readmitted after 3 days: a split (0.9) and a long stay.
        var cases = Mixed();
        cases.Add(Stay("Z", "H3", admittedOn: 0, los: 60, drg: "FR39", id: "Z1"));
        cases.Add(Stay("Z", "H3", admittedOn: 63, los: 5, drg: "FR39", id: "Z2"));

        var z1 = SupervisionReport.Build(cases).Cases.Single(c => c.CaseId == "Z1");

        z1.Findings.Select(f => f.Kind).ShouldBe([FindingKind.SplitAdmissionSameHospital, FindingKind.LongStay]);
        z1.Score.ShouldBe(1 - ((1 - z1.Findings[0].Score) * (1 - z1.Findings[1].Score)), 1e-12);
    }

    [Fact]
    public void Hospitals_rank_by_score_weighted_flagged_cases_per_thousand_with_their_suspicious_cost()
    {
        var report = SupervisionReport.Build(Mixed());

        // H1: 2 × 0.9 per 2 cases = 900; H3: 3 long stays of 3 cases; H2: 30 flagged of 40.
        report.Hospitals.Select(h => h.Hospital).ShouldBe(["H1", "H3", "H2"]);
        var h1 = report.Hospitals[0];
        h1.Cases.ShouldBe(2);
        h1.FlaggedCases.ShouldBe(2);
        h1.Findings.ShouldBe(1);
        h1.FindingsPer1000.ShouldBe(500);
        h1.Score.ShouldBe(2 * 0.9 * 1000 / 2, 1e-9);
        h1.SuspiciousCost.ShouldBe(20_000m);
        h1.FindingsByKind[FindingKind.SplitAdmissionSameHospital].ShouldBe(1);
        h1.Evidence.Chinese.ShouldContain("H1：病例 2 例，可疑病例 2 例（每千例 1000.0 例），发现 1 条（分解住院（同院） 1）");

        var h2 = report.Hospitals[2];
        h2.FlaggedCases.ShouldBe(30);
        h2.Findings.ShouldBe(31);
        h2.HospitalFindings.ShouldHaveSingleItem().Kind.ShouldBe(FindingKind.UpCodingHospital);
        h2.SuspiciousCost.ShouldBe(Enumerable.Range(0, 30).Sum(i => 12_000m + i));

        report.Hospitals[1].FlaggedCases.ShouldBe(3);
        report.Hospitals[1].SuspiciousCost.ShouldBe(27_500m);
        report.Hospitals.ShouldNotContain(h => h.Hospital == "R1" || h.Hospital == "H9");
    }

    [Fact]
    public void The_summary_says_what_was_looked_at()
    {
        var cases = Mixed();
        cases.Add(Stay("U", "H1", drg: "0000", id: "U1"));

        var summary = SupervisionReport.Build(cases).Summary;

        summary.Cases.ShouldBe(cases.Count);
        summary.UngroupedCases.ShouldBe(1);
        summary.Hospitals.ShouldBe(5);
        summary.UpCodingCellsTested.ShouldBe(2);
        summary.UpCodingCellsFlagged.ShouldBe(1);
        summary.DrgsWithStayDistribution.ShouldBe(3);
        summary.FindingsByKind[FindingKind.LongStay].ShouldBe(3);
        summary.FindingsByKind.Count.ShouldBe(FindingKinds.All.Length);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_case()
    {
        Should.Throw<ArgumentException>(() => SupervisionReport.Build([Stay(id: "A"), Stay(id: "A")])).Message.ShouldContain("'A' appears twice");
        Should.Throw<ArgumentException>(() => SupervisionReport.Build([Stay(id: "B") with { DischargeDate = Day0.AddDays(-1) }]))
            .Message.ShouldContain("case 'B' is discharged on 2025-02-28, before its admission on 2025-03-01");
        Should.Throw<ArgumentOutOfRangeException>(() => Stay(cost: -1m));
        Should.Throw<ArgumentOutOfRangeException>(() => SupervisionReport.Build([], new SupervisionOptions { UpCodingZThreshold = 0 }));
        Should.Throw<ArgumentOutOfRangeException>(() => SupervisionReport.Build([],
            new SupervisionOptions { Weights = new Dictionary<FindingKind, double> { [FindingKind.LongStay] = 1.5 } }));
    }

    [Fact]
    public void An_empty_run_gives_an_empty_report()
    {
        var report = SupervisionReport.Build([]);

        report.Findings.ShouldBeEmpty();
        report.Cases.ShouldBeEmpty();
        report.Hospitals.ShouldBeEmpty();
    }

    private static string Describe(SupervisionReport report) => string.Join("\n",
        report.Findings.Select(f => $"{f.Kind} {f.Hospital} {string.Join(",", f.CaseIds)} {f.Score:R} {f.Evidence.Chinese} {f.Evidence.English} {string.Join(";", f.Facts)}")
            .Concat(report.Cases.Select(c => $"{c.Rank} {c.CaseId} {c.Score:R} {c.TotalCost} {c.Findings.Count}"))
            .Concat(report.Hospitals.Select(h => $"{h.Rank} {h.Hospital} {h.Score:R} {h.SuspiciousCost} {h.Findings} {h.Evidence.Chinese}")));
}
