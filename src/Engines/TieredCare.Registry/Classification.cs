namespace TieredCare.Registry;

/// <summary>Institution type (机构类别) as the registry and its CSV format name them.</summary>
public enum InstitutionType
{
    GeneralHospital,      // 综合医院
    TcmHospital,          // 中医医院
    MaternalChildHospital, // 妇幼保健院
    SpecialtyHospital,    // 专科医院
    CommunityHealthCenter, // 社区卫生服务中心
    TownshipHealthCenter, // 乡镇卫生院
    CommunityHealthStation, // 社区卫生服务站
    VillageClinic,        // 村卫生室
    EmergencyCenter,      // 急救中心/站
    CdcCenter,            // 疾控中心
}

/// <summary>Hospital level (医院级别): 一级, 二级, 三级, or not rated (未定级).</summary>
public enum InstitutionLevel
{
    Unrated = 0,
    Primary = 1,
    Secondary = 2,
    Tertiary = 3,
}

/// <summary>Grade within a level (等次): 甲, 乙, 丙, or none.</summary>
public enum InstitutionGrade
{
    None = 0,
    A = 1,
    B = 2,
    C = 3,
}

public enum Ownership
{
    Public,   // 公立
    Private,  // 社会办
}

/// <summary>The tier an institution serves in tiered care.</summary>
public enum CareTier
{
    City,       // 市级
    County,     // 县级
    Grassroots, // 基层
}

public enum NetworkType
{
    CountyMedicalCommunity, // 县域医共体
    CityMedicalGroup,       // 城市医疗集团
    SpecialtyAlliance,      // 专科联盟
    TelemedicineNetwork,    // 远程医疗协作网
}

public enum StaffCategory
{
    Doctor,     // 医
    Nurse,      // 护
    Pharmacist, // 药
    Technician, // 技
    Manager,    // 管
    Other,
}

public enum StaffTitle
{
    Senior,           // 正高
    AssociateSenior,  // 副高
    Intermediate,     // 中级
    Junior,           // 初级
    None,             // 无职称
}

/// <summary>Shared-service capabilities an institution offers its network (资源共享中心).</summary>
public enum SharedService
{
    Imaging,       // 影像
    Laboratory,    // 检验
    Ecg,           // 心电
    Pathology,     // 病理
    Sterilization, // 消毒供应
}
