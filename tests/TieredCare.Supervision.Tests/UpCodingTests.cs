using static TieredCare.Supervision.Tests.Cases;

namespace TieredCare.Supervision.Tests;

public class UpCodingTests
{
    /// <summary>The other hospitals: 100 cases of ES3, 40 of them (40 %) in ES33.</summary>
    private static IEnumerable<SupervisedCase> Region() => Cell("R1", "ES3", 60, 24).Concat(Cell("R2", "ES3", 40, 16));

    // H: 30 of 40 in ES33 = 75 %; z = (0.75 − 0.40) / √(0.40 × 0.60 / 40) = 0.35 / 0.0774597 = 4.5185.
    [Fact]
    public void A_hospital_well_above_the_other_hospitals_share_is_flagged_with_its_numbers()
    {
        var findings = UpCodingDetector.Detect([.. Region(), .. Cell("H", "ES3", 40, 30)]);

        var hospital = findings.Where(f => f.Kind == FindingKind.UpCodingHospital).ShouldHaveSingleItem();
        hospital.Hospital.ShouldBe("H");
        hospital.Facts["cases"].ShouldBe("40");
        hospital.Facts["high_cases"].ShouldBe("30");
        hospital.Facts["hospital_share"].ShouldBe("0.7500");
        hospital.Facts["reference_cases"].ShouldBe("100");
        hospital.Facts["reference_share"].ShouldBe("0.4000");
        hospital.Facts["z"].ShouldBe("4.52");
        hospital.Facts["excess_cases"].ShouldBe("14.0");
        // Other hospitals: higher-severity mean (24 × 12,000 + 276 + 16 × 12,000 + 120) / 40 = 12,009.90, lower 8,000;
        // 14 excess cases × 4,009.90 = 56,138.60.
        hospital.Facts["estimated_excess_cost"].ShouldBe("56138.60");
        hospital.Score.ShouldBe(0.8 * 4.5185 / (4.5185 + 2.58), 1e-4);
        hospital.Evidence.Chinese.ShouldContain("H 的 ADRG ES3 共 40 例，其中高严重度组（伴 MCC/CC：ES33 30 例）30 例，占 75.0%");
        hospital.Evidence.Chinese.ShouldContain("高严重度组占 40.0%");
        hospital.Evidence.Chinese.ShouldContain("z = 4.52");
        hospital.Evidence.English.ShouldContain("z = 4.52");
    }

    [Fact]
    public void The_contributing_cases_are_listed_by_cost_highest_first_each_with_its_own_finding()
    {
        var cell = Cell("H", "ES3", 40, 30).ToList();

        var findings = UpCodingDetector.Detect([.. Region(), .. cell]);

        var expected = cell.Take(30).OrderByDescending(c => c.TotalCost).Select(c => c.CaseId).ToList();
        findings.Single(f => f.Kind == FindingKind.UpCodingHospital).CaseIds.ShouldBe(expected);
        var perCase = findings.Where(f => f.Kind == FindingKind.UpCodingCase).ToList();
        perCase.Select(f => f.CaseIds.Single()).ShouldBe(expected);
        perCase.ShouldAllBe(f => f.Hospital == "H" && f.Facts["drg"] == "ES33");
    }

    [Fact]
    public void A_hospital_at_the_other_hospitals_share_is_not_flagged() =>
        UpCodingDetector.Detect([.. Region(), .. Cell("H", "ES3", 40, 16)]).ShouldBeEmpty();

    // z = (0.60 − 0.40) / √(0.24 / 40) = 2.582: just above 2.58; 23 of 40 gives z = 2.26.
    [Theory]
    [InlineData(24, true)]
    [InlineData(23, false)]
    public void The_z_threshold_decides(int high, bool flagged) =>
        UpCodingDetector.Detect([.. Region(), .. Cell("H", "ES3", 40, high)]).Any().ShouldBe(flagged);

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, true)]
    public void A_hospital_needs_30_cases_in_the_ADRG(int cases, bool flagged) =>
        UpCodingDetector.Detect([.. Region(), .. Cell("H", "ES3", cases, cases)]).Any(f => f.Hospital == "H").ShouldBe(flagged);

    [Fact]
    public void The_other_hospitals_need_30_cases_too() =>
        UpCodingDetector.Detect([.. Cell("R1", "ES3", 29, 5), .. Cell("H", "ES3", 40, 40)]).ShouldBeEmpty();

    // 2,000 cases at 45 % against 40 %: z = 0.05 / √(0.24 / 2000) = 4.56, yet only 5 points above.
    [Fact]
    public void A_significant_but_small_excess_in_a_large_hospital_is_not_flagged_unless_the_minimum_excess_is_lowered()
    {
        SupervisedCase[] cases = [.. Cell("R1", "ES3", 1000, 400), .. Cell("H", "ES3", 2000, 900)];

        UpCodingDetector.Detect(cases).ShouldBeEmpty();
        UpCodingDetector.Detect(cases, new SupervisionOptions { UpCodingMinimumExcessShare = 0.04 }).ShouldNotBeEmpty();
    }

    [Fact]
    public void The_test_holds_a_reference_share_of_zero_away_from_zero()
    {
        // Reference 0 of 100: p0 = 0.5 / 100 = 0.005; a hospital at 15 of 30: z = (0.5 − 0.005) / √(0.005 × 0.995 / 30) = 38.44.
        var findings = UpCodingDetector.Detect([.. Cell("R1", "ES3", 100, 0), .. Cell("H", "ES3", 30, 15)]);

        findings.Single(f => f.Kind == FindingKind.UpCodingHospital).Facts["z"].ShouldBe("38.44");
    }

    [Fact]
    public void Unsplit_and_ungrouped_DRGs_are_not_tested()
    {
        var cases = Enumerable.Range(0, 200).Select(i => Stay($"P{i}", i < 100 ? "R1" : "H", drg: i % 2 == 0 ? "FM19" : "0000")).ToList();

        UpCodingDetector.Detect(cases).ShouldBeEmpty();
        SupervisionReport.Build(cases).Summary.UpCodingCellsTested.ShouldBe(0);
    }

    [Fact]
    public void With_the_MCC_and_CC_lists_each_case_names_the_diagnoses_that_raised_it()
    {
        var catalogue = ComplicationCatalogue.Read(
            new StringReader("code\texclusion_table\nJ96.000\t7\n"),
            new StringReader("code\texclusion_table\nE11.900\t3\n"),
            new StringReader("principal_code\texclusion_table\nJ18.900\t7\n"));
        var qualifying = Stay("Q1", "H", drg: "ES33", principal: "J15.900", others: ["J96.000", "I10.x00"], cost: 30_000m);
        var excluded = Stay("Q2", "H", drg: "ES33", principal: "J18.900", others: ["J96.000"], cost: 29_000m);
        var cc = Stay("Q3", "H", drg: "ES33", principal: "J18.900", others: ["E11.900"], cost: 28_000m);
        var rest = Cell("H", "ES3", 37, 27).ToList();

        var findings = UpCodingDetector.Detect([.. Region(), qualifying, excluded, cc, .. rest], new SupervisionOptions { Complications = catalogue });

        var byCase = findings.Where(f => f.Kind == FindingKind.UpCodingCase).ToDictionary(f => f.CaseIds.Single());
        byCase[qualifying.CaseId].Facts["complication_diagnoses"].ShouldBe("J96.000");
        byCase[qualifying.CaseId].Facts["complication_found"].ShouldBe("true");
        byCase[qualifying.CaseId].Evidence.Chinese.ShouldContain("J96.000（MCC）、I10.x00");
        byCase[excluded.CaseId].Facts["complication_found"].ShouldBe("false");
        byCase[excluded.CaseId].Evidence.Chinese.ShouldContain("J96.000（MCC，被主要诊断排除）");
        byCase[excluded.CaseId].Evidence.Chinese.ShouldContain("与所入 DRG 不符");
        byCase[cc.CaseId].Facts["complication_diagnoses"].ShouldBe("E11.900");
        byCase[rest[0].CaseId].Evidence.Chinese.ShouldContain("无其他诊断");
    }

    [Fact]
    public void Without_the_lists_the_other_diagnoses_are_shown_unclassified()
    {
        var first = Stay("Q1", "H", drg: "ES33", principal: "J15.900", others: ["J96.000"], cost: 30_000m);

        var finding = UpCodingDetector.Detect([.. Region(), first, .. Cell("H", "ES3", 39, 29)])
            .Single(f => f.Kind == FindingKind.UpCodingCase && f.CaseIds[0] == first.CaseId);

        finding.Evidence.Chinese.ShouldContain("其他诊断：J96.000（未提供 MCC/CC 表");
        finding.Facts.ContainsKey("complication_found").ShouldBeFalse();
    }
}
