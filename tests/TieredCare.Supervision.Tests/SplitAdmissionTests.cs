using static TieredCare.Supervision.Tests.Cases;

namespace TieredCare.Supervision.Tests;

public class SplitAdmissionTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(15, true)]
    [InlineData(16, false)]
    public void Readmission_into_the_same_DRG_counts_up_to_day_15_after_discharge(int gap, bool flagged)
    {
        var first = Ending(dischargedOn: 10);
        var second = Stay(admittedOn: 10 + gap);

        var findings = SplitAdmissionDetector.Detect([first, second]);

        if (!flagged)
        {
            findings.ShouldBeEmpty();
            return;
        }
        var finding = findings.ShouldHaveSingleItem();
        finding.Kind.ShouldBe(FindingKind.SplitAdmissionSameHospital);
        finding.CaseIds.ShouldBe([first.CaseId, second.CaseId]);
        finding.Hospital.ShouldBe("H1");
        finding.Facts["gap_days"].ShouldBe(gap.ToString(System.Globalization.CultureInfo.InvariantCulture));
        finding.Facts["relation"].ShouldBe("same_drg");
        finding.Evidence.Chinese.ShouldContain($"出院后第 {gap} 天");
        finding.Evidence.Chinese.ShouldContain("疑似同院分解住院");
        finding.Evidence.English.ShouldContain($"{gap} days later");
    }

    [Fact]
    public void The_window_is_a_parameter()
    {
        SplitAdmissionDetector.Detect([Ending(dischargedOn: 10), Stay(admittedOn: 30)], new SupervisionOptions { ReadmissionWindowDays = 20 })
            .ShouldHaveSingleItem();
        SplitAdmissionDetector.Detect([Ending(dischargedOn: 10), Stay(admittedOn: 30)], new SupervisionOptions { ReadmissionWindowDays = 19 })
            .ShouldBeEmpty();
    }

    // Score = weight 1.0 × relation strength × (1 − gap / (2 × 15)).
    [Theory]
    [InlineData("FM19", "FM19", "I21.000", "same_drg", 1.0)]
    [InlineData("FM43", "FM45", "I21.000", "same_adrg", 0.85)]
    [InlineData("FM19", "FR39", "I21.000", "related_group", 0.7)]
    public void Same_DRG_same_ADRG_and_related_groups_are_splits_of_decreasing_strength(string firstDrg, string secondDrg, string secondPrincipal, string relation, double strength)
    {
        var finding = SplitAdmissionDetector.Detect([
            Ending(dischargedOn: 10, drg: firstDrg, principal: "I21.000"),
            Stay(admittedOn: 13, drg: secondDrg, principal: secondPrincipal)]).ShouldHaveSingleItem();

        finding.Facts["relation"].ShouldBe(relation);
        finding.Score.ShouldBe(strength * (1 - (3 / 30.0)), 1e-12);
    }

    [Theory]
    [InlineData("FR39", "I20.000")] // same MDC, another diagnosis category
    [InlineData("ES35", "I21.000")] // same category, another MDC
    public void Groups_of_another_ADRG_are_related_only_with_the_same_MDC_and_principal_category(string secondDrg, string secondPrincipal) =>
        SplitAdmissionDetector.Detect([
            Ending(dischargedOn: 10, drg: "FM19", principal: "I21.000"),
            Stay(admittedOn: 12, drg: secondDrg, principal: secondPrincipal)]).ShouldBeEmpty();

    [Fact]
    public void A_readmission_to_another_hospital_is_the_weaker_kind_and_can_be_switched_off()
    {
        SupervisedCase[] stays = [Ending(dischargedOn: 10, hospital: "H1"), Stay(hospital: "H2", admittedOn: 13)];

        var finding = SplitAdmissionDetector.Detect(stays).ShouldHaveSingleItem();
        finding.Kind.ShouldBe(FindingKind.SplitAdmissionOtherHospital);
        finding.Hospital.ShouldBe("H2");
        finding.Score.ShouldBe(0.5 * (1 - (3 / 30.0)), 1e-12);
        finding.Evidence.Chinese.ShouldContain("疑似跨院分解住院");

        SplitAdmissionDetector.Detect(stays, new SupervisionOptions { IncludeOtherHospitalReadmissions = false }).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(2, "H2", 0, false)] // 医嘱转院, admitted elsewhere the same day: a transfer chain
    [InlineData(2, "H2", 1, false)] // … or the next day
    [InlineData(3, "H2", 1, false)] // 医嘱转社区/乡镇卫生院
    [InlineData(2, "H2", 2, true)]  // two days later: no longer a transfer
    [InlineData(1, "H2", 1, true)]  // 医嘱离院 is no transfer
    [InlineData(2, "H1", 0, true)]  // a "transfer" back into the same hospital is no transfer
    public void A_transfer_chain_is_not_a_split(int disposition, string secondHospital, int gap, bool flagged)
    {
        SupervisedCase[] stays = [Ending(dischargedOn: 10, disposition: disposition), Stay(hospital: secondHospital, admittedOn: 10 + gap)];

        SplitAdmissionDetector.Detect(stays).Count.ShouldBe(flagged ? 1 : 0);
        SupervisionReport.Build(stays).Summary.PairsExcludedAsTransfers.ShouldBe(flagged ? 0 : 1);
    }

    [Theory]
    [InlineData("Z51.100", "RE15")] // 为肿瘤化学治疗疗程
    [InlineData("Z51.000", "RC19")] // 放射治疗疗程
    [InlineData("C34.900", "RE13")] // the cancer as principal, grouped into the chemotherapy ADRG
    public void Chemotherapy_and_radiotherapy_readmissions_are_planned(string principal, string drg)
    {
        SupervisedCase[] stays = [
            Ending(dischargedOn: 10, drg: drg, principal: principal),
            Stay(admittedOn: 20, drg: drg, principal: principal)];

        SplitAdmissionDetector.Detect(stays).ShouldBeEmpty();
        SupervisionReport.Build(stays).Summary.ReadmissionsExcludedAsPlanned.ShouldBe(1);
    }

    [Fact]
    public void The_planned_lists_are_parameters()
    {
        SupervisedCase[] stays = [Ending(dischargedOn: 10, drg: "RE15", principal: "Z51.100"), Stay(admittedOn: 20, drg: "RE15", principal: "Z51.100")];

        SplitAdmissionDetector.Detect(stays, new SupervisionOptions { PlannedAdrgs = [], PlannedPrincipalPrefixes = ["Z49"] }).ShouldHaveSingleItem();
    }

    [Fact]
    public void A_stay_ending_in_death_or_an_ungrouped_stay_pairs_with_nothing()
    {
        SplitAdmissionDetector.Detect([Ending(dischargedOn: 10, disposition: 5), Stay(admittedOn: 12)]).ShouldBeEmpty();
        SplitAdmissionDetector.Detect([Ending(dischargedOn: 10), Stay(admittedOn: 12, drg: "0000")]).ShouldBeEmpty();
        SplitAdmissionDetector.Detect([Ending(dischargedOn: 10, drg: "0000"), Stay(admittedOn: 12)]).ShouldBeEmpty();
    }

    [Fact]
    public void Other_patients_and_overlapping_stays_are_not_readmissions()
    {
        SplitAdmissionDetector.Detect([Ending(dischargedOn: 10, patient: "P1"), Stay(patient: "P2", admittedOn: 12)]).ShouldBeEmpty();
        SplitAdmissionDetector.Detect([Ending(dischargedOn: 10), Stay(admittedOn: 8)]).ShouldBeEmpty();
    }

    [Fact]
    public void A_chain_of_three_stays_gives_one_finding_per_readmission_each_naming_the_nearest_earlier_stay()
    {
        var a = Ending(dischargedOn: 10);
        var b = Stay(admittedOn: 14, los: 4);
        var c = Stay(admittedOn: 20);

        var findings = SplitAdmissionDetector.Detect([c, a, b]);

        findings.Select(f => string.Join(">", f.CaseIds)).Order(StringComparer.Ordinal).ShouldBe([$"{a.CaseId}>{b.CaseId}", $"{b.CaseId}>{c.CaseId}"]);
    }

    [Fact]
    public void An_unrelated_stay_in_between_does_not_hide_an_earlier_related_one()
    {
        var a = Ending(dischargedOn: 10, drg: "FM19");
        var between = Stay(admittedOn: 11, los: 2, drg: "GB15", principal: "K25.000");
        var c = Stay(admittedOn: 20, drg: "FM19");

        var finding = SplitAdmissionDetector.Detect([a, between, c]).ShouldHaveSingleItem();

        finding.CaseIds.ShouldBe([a.CaseId, c.CaseId]);
        finding.Facts["gap_days"].ShouldBe("10");
    }

    [Fact]
    public void A_long_earlier_stay_is_still_found_behind_shorter_ones()
    {
        var longStay = Stay(admittedOn: 0, los: 60);
        var other = Stay(admittedOn: 50, los: 1, drg: "GB15", principal: "K25.000");
        var readmission = Stay(admittedOn: 65);

        SplitAdmissionDetector.Detect([longStay, other, readmission]).ShouldHaveSingleItem().CaseIds.ShouldBe([longStay.CaseId, readmission.CaseId]);
    }
}
