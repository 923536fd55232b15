namespace TieredCare.DemoData.Generation;

/// <summary>The shape of the demo city at one scale; everything else follows from rates.</summary>
internal sealed record ScaleProfile(
    int Districts,
    int Counties,
    (int Min, int Max) StreetsPerDistrict,
    (int Min, int Max) CommunitiesPerDistrictStreet,
    double CommunityPopulation,
    (int Min, int Max) StreetsPerCounty,
    (int Min, int Max) CommunitiesPerCountyStreet,
    (int Min, int Max) TownshipsPerCounty,
    (int Min, int Max) VillagesPerTownship,
    double VillagePopulation,
    IReadOnlyList<string> CityHospitals,
    int TertiaryCountyHospitals,
    (int Min, int Max) PrivateHospitalsPerCounty)
{
    public static ScaleProfile For(DemoScale scale) => scale switch
    {
        DemoScale.Small => new ScaleProfile(
            Districts: 1, Counties: 2,
            StreetsPerDistrict: (3, 3), CommunitiesPerDistrictStreet: (4, 4), CommunityPopulation: 3000,
            StreetsPerCounty: (1, 1), CommunitiesPerCountyStreet: (3, 3),
            TownshipsPerCounty: (5, 5), VillagesPerTownship: (6, 6), VillagePopulation: 900,
            CityHospitals: ["GH:人民医院", "TC:中医院", "MC:妇幼保健院"],
            TertiaryCountyHospitals: 1, PrivateHospitalsPerCounty: (2, 2)),
        DemoScale.City => new ScaleProfile(
            Districts: 4, Counties: 7,
            StreetsPerDistrict: (7, 9), CommunitiesPerDistrictStreet: (8, 10), CommunityPopulation: 6800,
            StreetsPerCounty: (2, 2), CommunitiesPerCountyStreet: (4, 6),
            TownshipsPerCounty: (12, 16), VillagesPerTownship: (15, 21), VillagePopulation: 1080,
            CityHospitals: ["GH:第一人民医院", "GH:第二人民医院", "GH:中心医院", "GH:第三人民医院", "TC:中医院", "TC:中西医结合医院", "MC:妇幼保健院"],
            TertiaryCountyHospitals: 3, PrivateHospitalsPerCounty: (2, 3)),
        _ => throw new ArgumentOutOfRangeException(nameof(scale)),
    };
}
