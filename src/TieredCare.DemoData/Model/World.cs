using System.Text;
using TieredCare.DemoData.Generation;
using TieredCare.Registry;

namespace TieredCare.DemoData.Model;

/// <summary>A county or district (县/区) with its townships and the polygon of the map pack.</summary>
internal sealed class County
{
    public required int Index { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required bool IsDistrict { get; init; }
    public required double SeedLon { get; init; }
    public required double SeedLat { get; init; }
    public IReadOnlyList<(double Lon, double Lat)> Polygon { get; set; } = [];
    public List<Township> Townships { get; } = [];
    public List<Institution> Hospitals { get; } = [];
    public Institution? LeadHospital { get; set; }
    public int FirstPatient { get; set; }
    public int PatientCount { get; set; }

    /// <summary>Patients born recently, sorted by birth day: the pool for newborn admissions.</summary>
    public int[] Infants { get; set; } = [];

    public string Prefix => Code[..6];

    public IEnumerable<Village> Villages => Townships.SelectMany(t => t.Villages);
}

/// <summary>A township-level division: 街道 (urban), 镇 or 乡 (rural).</summary>
internal sealed class Township
{
    public required int Index { get; init; }
    public required County County { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required bool IsStreet { get; init; }
    public required double Lon { get; init; }
    public required double Lat { get; init; }
    public List<Village> Villages { get; } = [];

    /// <summary>The township health centre or community health centre serving it.</summary>
    public Institution? Centre { get; set; }

    /// <summary>How strongly its residents use grassroots care (varies so rankings differ).</summary>
    public double GrassrootsAffinity { get; set; } = 1;
}

/// <summary>A village (村) or community (社区): where patients live.</summary>
internal sealed class Village
{
    public int Index { get; set; }
    public required Township Township { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required bool IsCommunity { get; init; }
    public required double Lon { get; init; }
    public required double Lat { get; init; }
    public required int[] Population { get; init; }
    public byte[] CodeUtf8 => _codeUtf8 ??= Encoding.UTF8.GetBytes(Code);
    public int FirstPatient { get; set; }
    public int PatientCount { get; set; }

    /// <summary>Village clinic or community station, when there is one.</summary>
    public Institution? Clinic { get; set; }

    public AliasTable?[] VisitChoice { get; } = new AliasTable?[2];
    public Institution[] VisitTargets { get; set; } = [];

    private byte[]? _codeUtf8;
}

internal enum DepartmentProfile
{
    CityGeneral = 'A',
    CountyGeneral = 'B',
    PrivateGeneral = 'P',
    Tcm = 'T',
    MaternalChild = 'M',
    CommunityCentre = 'C',
    TownshipCentre = 'H',
    Station = 'S',
    VillageClinic = 'V',
    Emergency = 'E',
    Cdc = 'D',
    Rehabilitation = 'R',
    Eye = 'Y',
    Orthopaedic = 'O',
    Women = 'W',
}

internal sealed class Institution
{
    public required int Index { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required InstitutionType Type { get; init; }
    public required InstitutionLevel Level { get; init; }
    public required InstitutionGrade Grade { get; init; }
    public required Ownership Ownership { get; init; }
    public required CareTier Tier { get; init; }
    public required County County { get; init; }
    public required string RegionCode { get; init; }
    public required double Lon { get; init; }
    public required double Lat { get; init; }
    public required DepartmentProfile Profile { get; init; }
    public required bool Inpatient { get; init; }

    /// <summary>Relative pull on inpatients among its peers; beds follow from the stays it gets.</summary>
    public double InpatientWeight { get; init; }

    /// <summary>Relative pull on outpatients among hospitals of its area.</summary>
    public double OutpatientWeight { get; init; }

    public IReadOnlyList<SharedService> SharedServices { get; init; } = [];
    public string[] Departments { get; set; } = [];
    public byte[][] DepartmentUtf8 { get; set; } = [];
    public AliasTable? VisitDepartments { get; set; }
    public int EmergencyDepartment { get; set; } = -1;
    public byte[] CodeUtf8 => _codeUtf8 ??= Encoding.UTF8.GetBytes(Code);
    public Township? Township { get; init; }

    private byte[]? _codeUtf8;

    public bool IsHospital => Type is InstitutionType.GeneralHospital or InstitutionType.TcmHospital
        or InstitutionType.MaternalChildHospital or InstitutionType.SpecialtyHospital;

    public bool IsGrassroots => Tier == CareTier.Grassroots;

    /// <summary>The department that treats <paramref name="department"/> here, or null.</summary>
    public string? Resolve(string department)
    {
        if (Array.IndexOf(Departments, department) >= 0)
        {
            return department;
        }

        var dot = department.IndexOf('.', StringComparison.Ordinal);
        var parent = dot > 0 ? department[..dot] : department;
        if (Array.IndexOf(Departments, parent) >= 0)
        {
            return parent;
        }

        if (Type == InstitutionType.TcmHospital)
        {
            var tcm = department switch
            {
                "04.03" => "50.10",
                "21" => "50.15",
                _ => parent switch
                {
                    "03" or "15" or "19" => "50.01",
                    "04" => "50.02",
                    "05" => "50.03",
                    "07" => "50.04",
                    "11" or "10" or "13" => "50.02",
                    _ => null,
                },
            };
            return tcm is not null && Array.IndexOf(Departments, tcm) >= 0 ? tcm : null;
        }

        if (IsGrassroots && parent is "03" or "15" or "19" or "21")
        {
            return Array.IndexOf(Departments, "03") >= 0 ? "03" : null;
        }

        return null;
    }
}

internal sealed record NetworkMember(Institution Institution, DateOnly JoinedOn, DateOnly? LeftOn);

internal sealed class Network
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required NetworkType Type { get; init; }
    public required Institution Lead { get; init; }
    public required string RegionCode { get; init; }
    public required DateOnly StartDate { get; init; }
    public List<NetworkMember> Members { get; } = [];
}
