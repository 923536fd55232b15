using TieredCare.Registry;

namespace TieredCare.Registry.Tests;

public sealed class RegistryRulesTests
{
    private sealed class Lookup : IRegistryLookup
    {
        public bool RegionExists(string code) => code is "990000000000" or "990100000000" or "990101000000";
        public bool InstitutionExists(string code) => code == "H0001";
        public bool NetworkExists(string code) => false;
    }

    private static InstitutionDraft ValidHospital() => new(
        "H0002", "青川市第一人民医院", "general_hospital", "tertiary", "a", "public", "city", "990101000000", 30.1, 120.1, 1200, ["imaging", "laboratory"]);

    [Fact]
    public void A_complete_institution_is_accepted_with_its_codes_parsed()
    {
        var (valid, errors) = RegistryRules.Validate(ValidHospital(), new Lookup());
        errors.ShouldBeEmpty();
        valid!.Type.ShouldBe(InstitutionType.GeneralHospital);
        valid.Level.ShouldBe(InstitutionLevel.Tertiary);
        valid.Grade.ShouldBe(InstitutionGrade.A);
        valid.SharedServices.ShouldBe([SharedService.Imaging, SharedService.Laboratory]);
    }

    [Fact]
    public void Every_bad_field_is_named_in_one_answer()
    {
        var draft = ValidHospital() with { Code = "h-1", Type = "hospital", RegionCode = "990199000000", Latitude = 91, OpenBeds = -3, SharedServices = ["xray"] };
        var (valid, errors) = RegistryRules.Validate(draft, new Lookup());
        valid.ShouldBeNull();
        errors.Select(e => e.Field).ShouldBe(["code", "type", "region_code", "latitude", "open_beds", "shared_services"], ignoreOrder: true);
        errors.Single(e => e.Field == "type").Message.ShouldContain("general_hospital");
    }

    [Fact]
    public void An_unrated_institution_cannot_carry_a_grade()
    {
        var (_, errors) = RegistryRules.Validate(ValidHospital() with { Level = "unrated", Grade = "a" }, new Lookup());
        errors.ShouldContain(e => e.Field == "grade");
    }

    [Fact]
    public void Numbers_are_not_accepted_for_enumeration_codes() =>
        RegistryRules.Validate(ValidHospital() with { Type = "1" }, new Lookup()).Errors.ShouldContain(e => e.Field == "type");

    [Fact]
    public void A_region_must_name_its_true_parent_and_the_parent_must_exist()
    {
        var (_, wrongParent) = RegistryRules.Validate(new RegionDraft("990101001000", "东坪镇", "township", "990100000000", false), new Lookup());
        wrongParent.ShouldContain(e => e.Field == "parent_code" && e.Message.Contains("990101000000"));

        var (_, missingParent) = RegistryRules.Validate(new RegionDraft("990102001000", "西岭镇", null, null, false), new Lookup());
        missingParent.ShouldContain(e => e.Field == "parent_code" && e.Message.Contains("does not exist"));

        var (region, none) = RegistryRules.Validate(new RegionDraft("990101001000", "东坪镇", "township", "990101000000", false), new Lookup());
        none.ShouldBeEmpty();
        region!.Level.ShouldBe(DivisionLevel.Township);
    }

    [Fact]
    public void A_network_needs_an_existing_lead_and_ordered_dates()
    {
        var draft = new NetworkDraft("N0001", "东坪县医共体", "county_medical_community", "H9999", "990101000000", new DateOnly(2024, 1, 1), new DateOnly(2023, 1, 1));
        var (_, errors) = RegistryRules.Validate(draft, new Lookup());
        errors.Select(e => e.Field).ShouldBe(["lead_institution_code", "end_date"], ignoreOrder: true);
    }

    [Fact]
    public void Codes_round_trip_as_snake_case()
    {
        Codes.ToCode(NetworkType.CountyMedicalCommunity).ShouldBe("county_medical_community");
        Codes.TryParse<NetworkType>("county_medical_community", out var type).ShouldBeTrue();
        type.ShouldBe(NetworkType.CountyMedicalCommunity);
    }
}
