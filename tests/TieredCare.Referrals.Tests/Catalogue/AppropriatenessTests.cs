using TieredCare.Referrals.Catalogue;
using TieredCare.Referrals.Lifecycle;

namespace TieredCare.Referrals.Tests.Catalogue;

public class AppropriatenessTests
{
    private static readonly DiseaseCatalogue Catalogue = DiseaseCatalogueTests.Load(
        "icd10,name,lowest_tier,up_criteria,down_criteria",
        "I10-I15,高血压病,village,血压控制不佳,血压稳定",
        "I63,脑梗死,county,需取栓,病情稳定",
        "C00-D48,肿瘤,city,,").Catalogue;

    private static AppropriatenessResult Check(string code, TreatmentTier from, TreatmentTier to, ReferralDirection direction) =>
        Appropriateness.Check(Catalogue, code, from, to, direction);

    [Fact]
    public void An_up_referral_of_a_village_tier_disease_needs_a_reason()
    {
        var result = Check("I10.x00x002", TreatmentTier.Village, TreatmentTier.County, ReferralDirection.Up);

        result.Verdict.ShouldBe(AppropriatenessVerdict.UpBelowThreshold);
        result.NeedsReason.ShouldBeTrue();
        result.IsQuestionableUpReferral.ShouldBeTrue();
        result.CatalogueTier.ShouldBe(TreatmentTier.Village);
        result.Explanation.ShouldBe("诊断 I10.x00x002 匹配目录条目 I10-I15 高血压病（第2行，按类目范围匹配，最低诊疗层级：村级）；转出机构为村级，已能诊治该病种，上转需说明理由（上转标准：血压控制不佳）。");
    }

    [Fact]
    public void An_up_referral_from_a_tier_above_the_lowest_is_also_below_threshold() =>
        Check("I10", TreatmentTier.Township, TreatmentTier.County, ReferralDirection.Up).Verdict.ShouldBe(AppropriatenessVerdict.UpBelowThreshold);

    [Theory]
    [InlineData(TreatmentTier.Village, TreatmentTier.County)]
    [InlineData(TreatmentTier.Township, TreatmentTier.County)]
    [InlineData(TreatmentTier.Township, TreatmentTier.City)]
    public void An_up_referral_of_a_disease_above_the_referring_tier_is_appropriate(TreatmentTier from, TreatmentTier to)
    {
        var result = Check("I63.900", from, to, ReferralDirection.Up);

        result.Verdict.ShouldBe(AppropriatenessVerdict.Appropriate);
        result.NeedsReason.ShouldBeFalse();
        result.IsWarning.ShouldBeFalse();
        result.Match!.Entry.Name.ShouldBe("脑梗死");
        result.Explanation.ShouldContain("I63 脑梗死（第3行，按编码前缀匹配，最低诊疗层级：县级）");
    }

    [Fact]
    public void A_down_referral_to_a_tier_below_the_diseases_lowest_tier_is_a_warning()
    {
        var result = Check("I63.900", TreatmentTier.City, TreatmentTier.Township, ReferralDirection.Down);

        result.Verdict.ShouldBe(AppropriatenessVerdict.BelowLowestTier);
        result.IsWarning.ShouldBeTrue();
        result.NeedsReason.ShouldBeFalse();
        result.Explanation.ShouldContain("接收机构为乡镇级，低于该病种的最低诊疗层级");
        result.Explanation.ShouldContain("下转标准：病情稳定");
    }

    [Theory]
    [InlineData(TreatmentTier.City, TreatmentTier.County)]
    [InlineData(TreatmentTier.County, TreatmentTier.Village)]
    public void A_down_referral_to_a_tier_that_treats_the_disease_is_appropriate(TreatmentTier from, TreatmentTier to) =>
        Check("I10.x00x002", from, to, ReferralDirection.Down).Verdict.ShouldBe(AppropriatenessVerdict.Appropriate);

    [Fact]
    public void A_lateral_referral_below_the_lowest_tier_is_a_warning_and_at_it_is_fine()
    {
        Check("D25.900", TreatmentTier.County, TreatmentTier.County, ReferralDirection.Lateral).Verdict.ShouldBe(AppropriatenessVerdict.BelowLowestTier);
        Check("I63.900", TreatmentTier.County, TreatmentTier.County, ReferralDirection.Lateral).Verdict.ShouldBe(AppropriatenessVerdict.Appropriate);
    }

    [Theory]
    [InlineData(TreatmentTier.County, TreatmentTier.County, ReferralDirection.Up)]
    [InlineData(TreatmentTier.County, TreatmentTier.Township, ReferralDirection.Up)]
    [InlineData(TreatmentTier.Township, TreatmentTier.County, ReferralDirection.Down)]
    [InlineData(TreatmentTier.County, TreatmentTier.County, ReferralDirection.Down)]
    [InlineData(TreatmentTier.Township, TreatmentTier.County, ReferralDirection.Lateral)]
    public void A_direction_that_does_not_fit_the_tiers_is_reported(TreatmentTier from, TreatmentTier to, ReferralDirection direction)
    {
        var result = Check("I63.900", from, to, direction);

        result.Verdict.ShouldBe(AppropriatenessVerdict.DirectionMismatch);
        result.InCatalogue.ShouldBeTrue();
    }

    [Fact]
    public void A_diagnosis_outside_the_catalogue_cannot_be_judged()
    {
        var result = Check("J18.900", TreatmentTier.Village, TreatmentTier.County, ReferralDirection.Up);

        result.Verdict.ShouldBe(AppropriatenessVerdict.NotInCatalogue);
        result.InCatalogue.ShouldBeFalse();
        result.CatalogueTier.ShouldBeNull();
        result.Explanation.ShouldBe("诊断 J18.900 不在疾病诊疗目录“test 1”中，无法按目录判断（上转，村级→县级）。");
    }

    [Fact]
    public void A_malformed_diagnosis_is_reported_not_thrown()
    {
        var result = Check("高血压", TreatmentTier.Village, TreatmentTier.County, ReferralDirection.Up);

        result.Verdict.ShouldBe(AppropriatenessVerdict.InvalidDiagnosis);
        result.Explanation.ShouldStartWith("诊断编码无效：");
    }
}
