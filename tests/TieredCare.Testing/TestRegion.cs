namespace TieredCare.Testing;

/// <summary>
/// A small region whose every row is known to the tests: one city with an urban district and a
/// rural county, a county medical community, a city medical group and a specialty alliance, and
/// two patients, one of whom was treated at the township health centre.
/// </summary>
public static class TestRegion
{
    public const string Province = "990000000000";
    public const string City = "990100000000";
    public const string District = "990101000000";
    public const string County = "990102000000";
    public const string CityHospital = "H0001";
    public const string CountyHospital = "H0002";
    public const string TownshipCentre = "T0001";
    public const string OtherTownshipCentre = "T0002";
    public const string VillageClinic = "V0001";
    public const string CommunityCentre = "C0001";
    public const string EmergencyCentre = "E0001";
    public const string CountyCommunity = "N0001";
    public const string CityGroup = "N0002";
    public const string Alliance = "N0003";
    public const long TreatedPatient = 1;   // has a visit at T0001
    public const long UntreatedPatient = 2; // never seen at T0001
    public const string Password = "Test-Demo-2026";

    public static readonly string[] Files =
    [
        "regions.csv", "region_population.csv", "institutions.csv", "institution_staff.csv", "departments.csv",
        "networks.csv", "network_members.csv", "patients.csv", "visits.csv",
    ];

    public static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "regions.csv"), """
            code,name,level,parent_code,is_urban
            990000000000,测试省,province,,false
            990100000000,青川市,city,990000000000,true
            990101000000,临江区,county,990100000000,true
            990102000000,东坪县,county,990100000000,false
            990101001000,滨江街道,township,990101000000,true
            990102001000,东坪镇,township,990102000000,false
            990102002000,西岭乡,township,990102000000,false
            990101001001,滨江社区,village,990101001000,true
            990102001001,桃源村,village,990102001000,false
            990102002001,石门村,village,990102002000,false

            """);
        File.WriteAllText(Path.Combine(folder, "region_population.csv"), """
            region_code,year,population
            990101001001,2025,52000
            990102001001,2025,8100
            990102002001,2025,4300

            """);
        File.WriteAllText(Path.Combine(folder, "institutions.csv"), """
            code,name,type,level,grade,ownership,tier,region_code,latitude,longitude,open_beds,shared_services
            H0001,青川市第一人民医院,general_hospital,tertiary,a,public,city,990101000000,30.05,120.10,1500,imaging;laboratory;pathology
            H0002,东坪县人民医院,general_hospital,secondary,a,public,county,990102000000,29.80,119.80,450,imaging;laboratory
            T0001,东坪镇卫生院,township_health_center,primary,none,public,grassroots,990102001000,29.82,119.76,40,
            T0002,西岭乡卫生院,township_health_center,primary,none,public,grassroots,990102002000,29.74,119.70,25,
            V0001,桃源村卫生室,village_clinic,unrated,none,public,grassroots,990102001001,29.83,119.75,0,
            C0001,滨江社区卫生服务中心,community_health_center,primary,none,public,grassroots,990101001000,30.06,120.12,20,
            E0001,青川市急救中心,emergency_center,unrated,none,public,city,990101000000,30.04,120.09,0,

            """);
        File.WriteAllText(Path.Combine(folder, "institution_staff.csv"), """
            institution_code,category,title,count
            H0001,doctor,senior,120
            H0001,doctor,intermediate,300
            H0001,nurse,intermediate,650
            H0002,doctor,intermediate,110
            H0002,nurse,junior,160
            T0001,doctor,junior,12
            T0001,nurse,junior,15

            """);
        File.WriteAllText(Path.Combine(folder, "departments.csv"), """
            institution_code,code,name
            H0001,03,内科
            H0001,04,外科
            H0002,03,内科
            T0001,02,全科医疗科

            """);
        File.WriteAllText(Path.Combine(folder, "networks.csv"), """
            code,name,type,lead_institution_code,region_code,start_date,end_date
            N0001,东坪县医共体,county_medical_community,H0002,990102000000,2020-01-01,
            N0002,临江区城市医疗集团,city_medical_group,H0001,990101000000,2021-06-01,
            N0003,青川市心血管专科联盟,specialty_alliance,H0001,990100000000,2022-03-01,

            """);
        File.WriteAllText(Path.Combine(folder, "network_members.csv"), """
            network_code,institution_code,joined_on,left_on
            N0001,H0002,2020-01-01,
            N0001,T0001,2020-01-01,
            N0001,T0002,2020-01-01,
            N0001,V0001,2020-01-01,
            N0002,H0001,2021-06-01,
            N0002,C0001,2021-06-01,
            N0003,H0001,2022-03-01,
            N0003,H0002,2022-03-01,

            """);
        File.WriteAllText(Path.Combine(folder, "patients.csv"), """
            patient_id,resident_id,name,sex,birth_date,residence_region_code,phone
            1,990102196005010019,李建国,1,1960-05-01,990102001001,13800000001
            2,990102197503120020,王秀英,2,1975-03-12,990102002001,

            """);
        File.WriteAllText(Path.Combine(folder, "visits.csv"), """
            visit_id,institution_code,department_code,visit_date,visit_type,patient_id,residence_region_code,insurance_type,total_cost,drug_cost
            1,T0001,02,2025-03-04,1,1,990102001001,2,86.50,40.20
            2,H0002,03,2025-04-10,1,2,990102002001,2,320.00,150.00

            """);
        Directory.CreateDirectory(Path.Combine(folder, "map"));
        File.WriteAllText(Path.Combine(folder, "map", "regions.geojson"), """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"code":"990100000000","name":"青川市","level":"city"},"geometry":{"type":"Polygon","coordinates":[[[119.5,29.6],[120.3,29.6],[120.3,30.3],[119.5,30.3],[119.5,29.6]]]}},
            {"type":"Feature","properties":{"code":"990101000000","name":"临江区","level":"county"},"geometry":{"type":"Polygon","coordinates":[[[119.95,29.9],[120.3,29.9],[120.3,30.3],[119.95,30.3],[119.95,29.9]]]}},
            {"type":"Feature","properties":{"code":"990102000000","name":"东坪县","level":"county"},"geometry":{"type":"Polygon","coordinates":[[[119.5,29.6],[119.95,29.6],[119.95,30.3],[119.5,30.3],[119.5,29.6]]]}}
            ]}
            """);
        return folder;
    }
}
