using System.Globalization;
using TieredCare.DemoData.Model;

namespace TieredCare.DemoData.Generation;

/// <summary>Builds the made-up city: divisions with codes, names, population and the map polygons.</summary>
internal sealed class WorldBuilder(DemoTables tables, ScaleProfile profile, DemoRandom random, int years)
{
    public const string ProvinceCode = "990000000000";
    public const string ProvinceName = "东岚省";
    public const string CityCode = "990100000000";
    public const string CityName = "青川市";
    public const double CentreLon = 120.0;
    public const double CentreLat = 30.0;

    public List<(double Lon, double Lat)> CityOutline { get; private set; } = [];

    public List<County> Build()
    {
        CityOutline = Geometry.Outline(random, CentreLon, CentreLat, 0.52, 0.44, 36);
        var seeds = new List<(double Lon, double Lat)>();
        for (var i = 0; i < profile.Districts; i++)
        {
            if (profile.Districts == 1)
            {
                seeds.Add((CentreLon + 0.02, CentreLat - 0.01));
                continue;
            }

            var angle = 2 * Math.PI * i / profile.Districts + 0.4;
            seeds.Add((CentreLon + 0.075 * Math.Cos(angle), CentreLat + 0.065 * Math.Sin(angle)));
        }

        for (var i = 0; i < profile.Counties; i++)
        {
            var angle = 2 * Math.PI * i / profile.Counties + random.Uniform(-0.25, 0.25) + 0.9;
            var radius = random.Uniform(0.26, 0.32);
            seeds.Add((CentreLon + radius * Math.Cos(angle), CentreLat + radius * 0.85 * Math.Sin(angle)));
        }

        var counties = new List<County>();
        var districtNames = tables.DistrictNames;
        var countyNames = tables.CountyNames;
        for (var i = 0; i < seeds.Count; i++)
        {
            var isDistrict = i < profile.Districts;
            var number = isDistrict ? 2 + i : 21 + i - profile.Districts;
            var name = isDistrict ? districtNames[i % districtNames.Count] + "区" : countyNames[(i - profile.Districts) % countyNames.Count] + "县";
            var county = new County
            {
                Index = i,
                Code = string.Create(CultureInfo.InvariantCulture, $"9901{number:00}000000"),
                Name = name,
                IsDistrict = isDistrict,
                SeedLon = seeds[i].Lon,
                SeedLat = seeds[i].Lat,
            };
            county.Polygon = Geometry.VoronoiCell(CityOutline, seeds, i);
            counties.Add(county);
            BuildTownships(county);
        }

        return counties;
    }

    private void BuildTownships(County county)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var streets = county.IsDistrict ? Between(profile.StreetsPerDistrict) : Between(profile.StreetsPerCounty);
        var towns = county.IsDistrict ? 0 : Between(profile.TownshipsPerCounty);
        var townshipIndex = 0;
        for (var s = 0; s < streets; s++)
        {
            var name = Unique(names, () => random.Pick(tables.StreetHeads) + "街道");
            var (lon, lat) = Geometry.PointNear(county.Polygon, random, county.SeedLon, county.SeedLat, county.IsDistrict ? 0.035 : 0.015);
            var township = new Township
            {
                Index = townshipIndex++,
                County = county,
                Code = county.Prefix + (s + 1).ToString("000", CultureInfo.InvariantCulture) + "000",
                Name = name,
                IsStreet = true,
                Lon = lon,
                Lat = lat,
                GrassrootsAffinity = random.LogNormal(1, 0.12),
            };
            county.Townships.Add(township);
            var communities = county.IsDistrict ? Between(profile.CommunitiesPerDistrictStreet) : Between(profile.CommunitiesPerCountyStreet);
            var mean = county.IsDistrict ? profile.CommunityPopulation : profile.CommunityPopulation * 0.8;
            AddVillages(township, communities, isCommunity: true, mean);
        }

        var xiang = 0;
        var zhen = 0;
        for (var t = 0; t < towns; t++)
        {
            var isXiang = t > 1 && random.Chance(0.3);
            var name = Unique(names, () => PlaceName() + (isXiang ? "乡" : "镇"));
            var number = isXiang ? 200 + ++xiang : 100 + ++zhen;
            var (lon, lat) = Geometry.RandomPoint(county.Polygon, random);
            var township = new Township
            {
                Index = townshipIndex++,
                County = county,
                Code = county.Prefix + number.ToString("000", CultureInfo.InvariantCulture) + "000",
                Name = name,
                IsStreet = false,
                Lon = lon,
                Lat = lat,
                GrassrootsAffinity = random.LogNormal(1, 0.12),
            };
            county.Townships.Add(township);
            AddVillages(township, Between(profile.VillagesPerTownship), isCommunity: false, profile.VillagePopulation * (isXiang ? 0.8 : 1.0));
        }
    }

    private void AddVillages(Township township, int count, bool isCommunity, double meanPopulation)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var v = 0; v < count; v++)
        {
            var name = isCommunity
                ? Unique(names, () => PlaceName() + (random.Chance(0.3) ? random.Pick(tables.CommunityTails) : "") + "社区")
                : Unique(names, () => PlaceName() + "村");
            var number = isCommunity ? 1 + v : 200 + v + 1;
            var (lon, lat) = Geometry.PointNear(township.County.Polygon, random, township.Lon, township.Lat, isCommunity ? 0.01 : 0.025);
            var population = new int[years];
            population[years - 1] = Math.Max(150, (int)Math.Round(random.LogNormal(meanPopulation, isCommunity ? 0.3 : 0.35)));
            var growth = isCommunity ? random.Uniform(0.0, 0.012) : random.Uniform(-0.012, 0.002);
            for (var y = years - 2; y >= 0; y--)
            {
                population[y] = (int)Math.Round(population[y + 1] / (1 + growth + random.Uniform(-0.003, 0.003)));
            }

            township.Villages.Add(new Village
            {
                Township = township,
                Code = township.Code[..9] + number.ToString("000", CultureInfo.InvariantCulture),
                Name = name,
                IsCommunity = isCommunity,
                Lon = lon,
                Lat = lat,
                Population = population,
            });
        }
    }

    private string PlaceName() =>
        string.Concat(tables.PlaceHeads[random.Next(tables.PlaceHeads.Length)].ToString(), tables.PlaceTails[random.Next(tables.PlaceTails.Length)].ToString());

    private int Between((int Min, int Max) range) => random.Next(range.Min, range.Max + 1);

    private static string Unique(HashSet<string> taken, Func<string> make)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var name = make();
            if (taken.Add(name))
            {
                return name;
            }
        }

        throw new InvalidOperationException("Ran out of distinct place names; extend Tables/place_parts.tsv.");
    }
}
