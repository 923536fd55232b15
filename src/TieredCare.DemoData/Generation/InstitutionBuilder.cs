using System.Globalization;
using System.Text;
using TieredCare.DemoData.Model;
using TieredCare.Registry;

namespace TieredCare.DemoData.Generation;

/// <summary>Places hospitals, grassroots institutions and public-health bodies, and ties them into networks.</summary>
internal sealed class InstitutionBuilder(DemoTables tables, ScaleProfile profile, DemoRandom random, IReadOnlyList<County> counties, int firstYear)
{
    private static readonly string[] PrivateBrands = ["仁爱", "华康", "博爱", "康宁", "恒康", "济民", "德仁", "明康", "慈航", "安馨", "和睦", "普济"];
    private readonly Dictionary<string, int> _serials = new(StringComparer.Ordinal);

    public List<Institution> Institutions { get; } = [];
    public List<Institution> CityHospitals { get; } = [];
    public List<Network> Networks { get; } = [];

    public void Build()
    {
        AddCityLevel();
        foreach (var county in counties)
        {
            AddCountyLevel(county);
            AddGrassroots(county);
        }

        foreach (var institution in Institutions)
        {
            AssignDepartments(institution);
        }

        BuildNetworks();
    }

    private void AddCityLevel()
    {
        var districts = counties.Where(c => c.IsDistrict).ToList();
        for (var i = 0; i < profile.CityHospitals.Count; i++)
        {
            var spec = profile.CityHospitals[i].Split(':');
            var district = districts[i % districts.Count];
            var township = district.Townships[random.Next(district.Townships.Count)];
            var (type, weight, outpatient, departmentProfile) = spec[0] switch
            {
                "GH" => (InstitutionType.GeneralHospital, i == 0 ? 1.0 : 0.75, i == 0 ? 1.0 : 0.75, DepartmentProfile.CityGeneral),
                "TC" => (InstitutionType.TcmHospital, 0.4, 0.6, DepartmentProfile.Tcm),
                _ => (InstitutionType.MaternalChildHospital, 0.3, 0.35, DepartmentProfile.MaternalChild),
            };
            var gradeB = spec[1].Contains("第三", StringComparison.Ordinal) || spec[1].Contains("结合", StringComparison.Ordinal);
            var hospital = Add(
                "990100", spec[0], WorldBuilder.CityName + spec[1], type, InstitutionLevel.Tertiary,
                gradeB ? InstitutionGrade.B : InstitutionGrade.A, Ownership.Public, CareTier.City, district, township.Code,
                Near(district, township.Lon, township.Lat, 0.006), departmentProfile, inpatient: true, weight, outpatient, township,
                shared: type == InstitutionType.GeneralHospital ? [SharedService.Imaging, SharedService.Laboratory, SharedService.Pathology] : []);
            CityHospitals.Add(hospital);
        }

        var centre = districts[0];
        var seat = centre.Townships[0];
        Add("990100", "EC", WorldBuilder.CityName + "急救中心", InstitutionType.EmergencyCenter, InstitutionLevel.Unrated, InstitutionGrade.None,
            Ownership.Public, CareTier.City, centre, seat.Code, Near(centre, seat.Lon, seat.Lat, 0.006), DepartmentProfile.Emergency, false, 0, 0, seat);
        Add("990100", "CD", WorldBuilder.CityName + "疾病预防控制中心", InstitutionType.CdcCenter, InstitutionLevel.Unrated, InstitutionGrade.None,
            Ownership.Public, CareTier.City, centre, seat.Code, Near(centre, seat.Lon, seat.Lat, 0.006), DepartmentProfile.Cdc, false, 0, 0, seat);
    }

    private void AddCountyLevel(County county)
    {
        var seat = county.Townships[0];
        (double, double) AtSeat() => Near(county, seat.Lon, seat.Lat, 0.008);
        if (county.IsDistrict)
        {
            county.LeadHospital = Add(county.Prefix, "GH", county.Name + "人民医院", InstitutionType.GeneralHospital, InstitutionLevel.Secondary,
                InstitutionGrade.A, Ownership.Public, CareTier.County, county, seat.Code, AtSeat(), DepartmentProfile.CountyGeneral, true, 0.55, 0.7, seat,
                [SharedService.Imaging, SharedService.Laboratory, SharedService.Ecg]);
        }
        else
        {
            var countyNumber = county.Index - counties.Count(c => c.IsDistrict);
            var tertiary = countyNumber < profile.TertiaryCountyHospitals;
            county.LeadHospital = Add(county.Prefix, "GH", county.Name + "人民医院", InstitutionType.GeneralHospital,
                tertiary ? InstitutionLevel.Tertiary : InstitutionLevel.Secondary, tertiary ? InstitutionGrade.B : InstitutionGrade.A,
                Ownership.Public, CareTier.County, county, seat.Code, AtSeat(), DepartmentProfile.CountyGeneral, true, tertiary ? 1.25 : 1.0, 1.0, seat,
                [SharedService.Imaging, SharedService.Laboratory, SharedService.Ecg, SharedService.Pathology, SharedService.Sterilization]);
            Add(county.Prefix, "TC", county.Name + "中医院", InstitutionType.TcmHospital, InstitutionLevel.Secondary, InstitutionGrade.A,
                Ownership.Public, CareTier.County, county, seat.Code, AtSeat(), DepartmentProfile.Tcm, true, 0.45, 0.5, seat);
            Add(county.Prefix, "MC", county.Name + "妇幼保健院", InstitutionType.MaternalChildHospital, InstitutionLevel.Secondary, InstitutionGrade.B,
                Ownership.Public, CareTier.County, county, seat.Code, AtSeat(), DepartmentProfile.MaternalChild, true, 0.18, 0.2, seat);
            if (counties.Count > 3 && county.Index % 2 == 0 && county.Townships.Count > 3)
            {
                var town = county.Townships.First(t => !t.IsStreet);
                Add(county.Prefix, "GH", county.Name + "第二人民医院", InstitutionType.GeneralHospital, InstitutionLevel.Secondary, InstitutionGrade.B,
                    Ownership.Public, CareTier.County, county, town.Code, Near(county, town.Lon, town.Lat, 0.006), DepartmentProfile.CountyGeneral, true, 0.4, 0.35, town);
            }
        }

        var privateCount = random.Next(profile.PrivateHospitalsPerCounty.Min, profile.PrivateHospitalsPerCounty.Max + 1);
        var shortName = county.Name[..^1];
        var brands = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < privateCount; i++)
        {
            string brand;
            do
            {
                brand = random.Pick(PrivateBrands);
            }
            while (!brands.Add(brand));

            var roll = i switch { 0 => 0, 1 => random.Uniform(0.5, 1), _ => random.NextDouble() };
            var (type, suffix, departmentProfile, code) = roll switch
            {
                < 0.5 => (InstitutionType.GeneralHospital, "医院", DepartmentProfile.PrivateGeneral, "GH"),
                < 0.63 => (InstitutionType.SpecialtyHospital, "骨科医院", DepartmentProfile.Orthopaedic, "SH"),
                < 0.75 => (InstitutionType.SpecialtyHospital, "眼科医院", DepartmentProfile.Eye, "SH"),
                < 0.88 => (InstitutionType.SpecialtyHospital, "康复医院", DepartmentProfile.Rehabilitation, "SH"),
                _ => (InstitutionType.SpecialtyHospital, "妇产医院", DepartmentProfile.Women, "SH"),
            };
            var secondary = random.Chance(type == InstitutionType.GeneralHospital ? 0.5 : 0.35);
            var town = county.Townships[random.Next(Math.Min(county.Townships.Count, 3))];
            var weight = type == InstitutionType.GeneralHospital ? (secondary ? 0.44 : 0.2) : 0.27;
            Add(county.Prefix, code, shortName + brand + suffix, type, secondary ? InstitutionLevel.Secondary : InstitutionLevel.Primary,
                secondary ? InstitutionGrade.B : InstitutionGrade.None, Ownership.Private, CareTier.County, county, town.Code,
                Near(county, town.Lon, town.Lat, 0.01), departmentProfile, true, weight, weight * 0.8, town);
        }

        if (!county.IsDistrict)
        {
            Add(county.Prefix, "EC", county.Name + "急救站", InstitutionType.EmergencyCenter, InstitutionLevel.Unrated, InstitutionGrade.None,
                Ownership.Public, CareTier.County, county, seat.Code, AtSeat(), DepartmentProfile.Emergency, false, 0, 0, seat);
        }

        Add(county.Prefix, "CD", county.Name + "疾病预防控制中心", InstitutionType.CdcCenter, InstitutionLevel.Unrated, InstitutionGrade.None,
            Ownership.Public, CareTier.County, county, seat.Code, AtSeat(), DepartmentProfile.Cdc, false, 0, 0, seat);
    }

    private void AddGrassroots(County county)
    {
        var firstTown = true;
        foreach (var township in county.Townships)
        {
            if (township.IsStreet)
            {
                township.Centre = Add(county.Prefix, "CC", county.Name + township.Name + "社区卫生服务中心", InstitutionType.CommunityHealthCenter,
                    random.Chance(0.5) ? InstitutionLevel.Primary : InstitutionLevel.Unrated, InstitutionGrade.None, Ownership.Public,
                    CareTier.Grassroots, county, township.Code, Near(county, township.Lon, township.Lat, 0.004), DepartmentProfile.CommunityCentre,
                    random.Chance(0.4), 0.12, 1, township);
            }
            else
            {
                var central = firstTown || random.Chance(0.15);
                firstTown = false;
                township.Centre = Add(county.Prefix, "TH", county.Name + township.Name + (central ? "中心卫生院" : "卫生院"), InstitutionType.TownshipHealthCenter,
                    InstitutionLevel.Primary, central ? InstitutionGrade.A : random.Chance(0.4) ? InstitutionGrade.B : InstitutionGrade.None, Ownership.Public,
                    CareTier.Grassroots, county, township.Code, Near(county, township.Lon, township.Lat, 0.004), DepartmentProfile.TownshipCentre,
                    central || random.Chance(0.85), central ? 0.3 : 0.18, 1, township);
            }

            foreach (var village in township.Villages)
            {
                if (village.IsCommunity && random.Chance(0.6))
                {
                    village.Clinic = Add(county.Prefix, "CS", township.Name + village.Name + "卫生服务站", InstitutionType.CommunityHealthStation,
                        InstitutionLevel.Unrated, InstitutionGrade.None, random.Chance(0.2) ? Ownership.Private : Ownership.Public, CareTier.Grassroots,
                        county, village.Code, Near(county, village.Lon, village.Lat, 0.002), DepartmentProfile.Station, false, 0, 1, township);
                }
                else if (!village.IsCommunity && random.Chance(0.9))
                {
                    village.Clinic = Add(county.Prefix, "VC", township.Name + village.Name + "卫生室", InstitutionType.VillageClinic,
                        InstitutionLevel.Unrated, InstitutionGrade.None, random.Chance(0.3) ? Ownership.Private : Ownership.Public, CareTier.Grassroots,
                        county, village.Code, Near(county, village.Lon, village.Lat, 0.002), DepartmentProfile.VillageClinic, false, 0, 1, township);
                }
            }
        }
    }

    private Institution Add(
        string prefix, string kind, string name, InstitutionType type, InstitutionLevel level, InstitutionGrade grade, Ownership ownership,
        CareTier tier, County county, string regionCode, (double Lon, double Lat) position, DepartmentProfile departmentProfile,
        bool inpatient, double inpatientWeight, double outpatientWeight, Township? township, SharedService[]? shared = null)
    {
        var key = prefix + kind;
        _serials[key] = _serials.GetValueOrDefault(key) + 1;
        var institution = new Institution
        {
            Index = Institutions.Count,
            Code = string.Create(CultureInfo.InvariantCulture, $"{prefix}{kind}{_serials[key]:0000}"),
            Name = name,
            Type = type,
            Level = level,
            Grade = grade,
            Ownership = ownership,
            Tier = tier,
            County = county,
            RegionCode = regionCode,
            Lon = position.Lon,
            Lat = position.Lat,
            Profile = departmentProfile,
            Inpatient = inpatient,
            InpatientWeight = inpatientWeight,
            OutpatientWeight = outpatientWeight,
            Township = township,
            SharedServices = shared ?? [],
        };
        Institutions.Add(institution);
        if (tier == CareTier.County && institution.IsHospital)
        {
            county.Hospitals.Add(institution);
        }

        return institution;
    }

    private (double Lon, double Lat) Near(County county, double lon, double lat, double spread) =>
        Geometry.PointNear(county.Polygon, random, lon, lat, spread);

    private void AssignDepartments(Institution institution)
    {
        var letter = (char)institution.Profile;
        var departments = tables.Departments.Where(d => d.Profiles.Contains(letter, StringComparison.Ordinal)).ToList();
        if (institution.Type == InstitutionType.VillageClinic && random.Chance(0.7))
        {
            departments.RemoveAll(d => d.Code == "50");
        }

        institution.Departments = departments.Select(d => d.Code).ToArray();
        institution.DepartmentUtf8 = institution.Departments.Select(Encoding.UTF8.GetBytes).ToArray();
        institution.EmergencyDepartment = Array.IndexOf(institution.Departments, "20");
        var weights = departments.Select(d => d.VisitWeight).ToArray();
        if (weights.Any(w => w > 0))
        {
            institution.VisitDepartments = new AliasTable(weights);
        }
    }

    private void BuildNetworks()
    {
        var cityLead = CityHospitals[0];
        foreach (var county in counties)
        {
            var lead = county.LeadHospital!;
            if (county.IsDistrict)
            {
                var cityHospital = CityHospitals.FirstOrDefault(h => h.County == county && h.Type == InstitutionType.GeneralHospital) ?? cityLead;
                var start = new DateOnly(firstYear - 4, 3 + random.Next(6), 1);
                var group = new Network
                {
                    Code = "CMG" + county.Prefix,
                    Name = county.Name + "城市医疗集团",
                    Type = NetworkType.CityMedicalGroup,
                    Lead = cityHospital,
                    RegionCode = county.Code,
                    StartDate = start,
                };
                group.Members.Add(new NetworkMember(cityHospital, start, null));
                group.Members.Add(new NetworkMember(lead, start, null));
                foreach (var township in county.Townships)
                {
                    group.Members.Add(new NetworkMember(township.Centre!, start, null));
                    foreach (var village in township.Villages.Where(v => v.Clinic is not null))
                    {
                        group.Members.Add(new NetworkMember(village.Clinic!, start.AddMonths(random.Next(18)), null));
                    }
                }

                Networks.Add(group);
            }
            else
            {
                var start = new DateOnly(firstYear - 5, 1 + random.Next(9), 1);
                var community = new Network
                {
                    Code = "CMC" + county.Prefix,
                    Name = county.Name + "医共体",
                    Type = NetworkType.CountyMedicalCommunity,
                    Lead = lead,
                    RegionCode = county.Code,
                    StartDate = start,
                };
                community.Members.Add(new NetworkMember(lead, start, null));
                foreach (var township in county.Townships)
                {
                    community.Members.Add(new NetworkMember(township.Centre!, start, null));
                    foreach (var village in township.Villages.Where(v => v.Clinic is not null))
                    {
                        DateOnly? left = village.Clinic!.Ownership == Ownership.Private && random.Chance(0.04)
                            ? new DateOnly(firstYear, 1 + random.Next(12), 1)
                            : null;
                        community.Members.Add(new NetworkMember(village.Clinic!, start.AddMonths(random.Next(24)), left));
                    }
                }

                Networks.Add(community);
            }
        }

        var alliance = new Network
        {
            Code = "SPA990100C01",
            Name = WorldBuilder.CityName + "心血管病专科联盟",
            Type = NetworkType.SpecialtyAlliance,
            Lead = cityLead,
            RegionCode = WorldBuilder.CityCode,
            StartDate = new DateOnly(firstYear - 3, 6, 1),
        };
        alliance.Members.Add(new NetworkMember(cityLead, alliance.StartDate, null));
        foreach (var county in counties)
        {
            alliance.Members.Add(new NetworkMember(county.LeadHospital!, alliance.StartDate.AddMonths(random.Next(12)), null));
        }

        Networks.Add(alliance);

        var maternal = CityHospitals.FirstOrDefault(h => h.Type == InstitutionType.MaternalChildHospital);
        var countyMaternal = Institutions.Where(i => i.Type == InstitutionType.MaternalChildHospital && i.Tier == CareTier.County).ToList();
        if (maternal is not null && countyMaternal.Count > 0)
        {
            var womens = new Network
            {
                Code = "SPA990100M01",
                Name = WorldBuilder.CityName + "妇幼专科联盟",
                Type = NetworkType.SpecialtyAlliance,
                Lead = maternal,
                RegionCode = WorldBuilder.CityCode,
                StartDate = new DateOnly(firstYear - 2, 3, 1),
            };
            womens.Members.Add(new NetworkMember(maternal, womens.StartDate, null));
            foreach (var member in countyMaternal)
            {
                womens.Members.Add(new NetworkMember(member, womens.StartDate.AddMonths(random.Next(6)), null));
            }

            Networks.Add(womens);
        }

        var tele = new Network
        {
            Code = "TMN990100001",
            Name = WorldBuilder.CityName + "远程医疗协作网",
            Type = NetworkType.TelemedicineNetwork,
            Lead = cityLead,
            RegionCode = WorldBuilder.CityCode,
            StartDate = new DateOnly(firstYear - 4, 9, 1),
        };
        tele.Members.Add(new NetworkMember(cityLead, tele.StartDate, null));
        foreach (var county in counties.Where(c => !c.IsDistrict))
        {
            tele.Members.Add(new NetworkMember(county.LeadHospital!, tele.StartDate, null));
            foreach (var township in county.Townships.Where(t => !t.IsStreet))
            {
                tele.Members.Add(new NetworkMember(township.Centre!, tele.StartDate.AddMonths(3 + random.Next(24)), null));
            }
        }

        Networks.Add(tele);
    }
}
