using System.Collections.Frozen;
using System.Collections.Immutable;

namespace TieredCare.Abstracts;

/// <summary>
/// The columns of <c>discharges.csv</c> and <c>discharge_procedures.csv</c> (docs/data-formats.md): canonical
/// names, the Chinese headers that 病案首页 exports use for them, and a display label per field for messages.
/// </summary>
/// <remarks>
/// Findings name procedure fields with the prefix <c>procedures.</c> (<see cref="ProcedureCodeField"/> and the
/// like) so that they cannot be mistaken for discharge columns.
/// </remarks>
public static class AbstractColumns
{
#pragma warning disable CS1591 // the constants are the column names; the table below documents each one
    public const string AbstractId = "abstract_id";
    public const string InstitutionCode = "institution_code";
    public const string MedicalRecordNo = "medical_record_no";
    public const string AdmissionCount = "admission_count";
    public const string PatientId = "patient_id";
    public const string Sex = "sex";
    public const string BirthDate = "birth_date";
    public const string AgeYears = "age_years";
    public const string AgeDays = "age_days";
    public const string NewbornWeightGrams = "newborn_weight_g";
    public const string AdmissionDate = "admission_date";
    public const string DischargeDate = "discharge_date";
    public const string LosDays = "los_days";
    public const string AdmissionRoute = "admission_route";
    public const string DepartmentCode = "department_code";
    public const string PrincipalDiagnosis = "principal_diagnosis";
    public const string OtherDiagnoses = "other_diagnoses";
    public const string Disposition = "disposition";
    public const string ReceivingInstitution = "receiving_institution";
    public const string VentilationHours = "ventilation_hours";
    public const string CostService = "cost_service";
    public const string CostDiagnosis = "cost_diagnosis";
    public const string CostTreatment = "cost_treatment";
    public const string CostSurgery = "cost_surgery";
    public const string CostRehabilitation = "cost_rehabilitation";
    public const string CostTcm = "cost_tcm";
    public const string CostWesternDrug = "cost_western_drug";
    public const string CostChineseDrug = "cost_chinese_drug";
    public const string CostBlood = "cost_blood";
    public const string CostConsumables = "cost_consumables";
    public const string CostOther = "cost_other";
    public const string TotalCost = "total_cost";
    public const string SelfPay = "self_pay";
    public const string ResidenceRegionCode = "residence_region_code";
    public const string InsuranceType = "insurance_type";
    public const string ExternalCauseCode = "external_cause_code";
    public const string PathologyCode = "pathology_code";

    public const string Sequence = "sequence";
    public const string ProcedureCode = "code";
    public const string SurgeryLevel = "surgery_level";
    public const string ProcedureDate = "date";

    public const string ProcedureSequenceField = "procedures.sequence";
    public const string ProcedureCodeField = "procedures.code";
    public const string SurgeryLevelField = "procedures.surgery_level";
    public const string ProcedureDateField = "procedures.date";
#pragma warning restore CS1591

    private const string ProcedurePrefix = "procedures.";

    // name, Chinese label (also the first Chinese header), English label, further Chinese headers, optional
    private static readonly ColumnInfo[] DischargeInfo =
    [
        new(AbstractId, "首页编号", "abstract ID", ["首页ID"]),
        new(InstitutionCode, "医疗机构代码", "institution code", ["组织机构代码", "机构代码"]),
        new(MedicalRecordNo, "病案号", "medical record number", []),
        new(AdmissionCount, "住院次数", "admission count", ["第N次住院"]),
        new(PatientId, "患者主索引号", "patient ID", ["患者ID"]),
        new(Sex, "性别", "sex", []),
        new(BirthDate, "出生日期", "birth date", []),
        new(AgeYears, "年龄", "age in years", ["年龄(岁)"]),
        new(AgeDays, "年龄(天)", "age in days", ["年龄不足1周岁(天)"]),
        new(NewbornWeightGrams, "新生儿出生体重(克)", "newborn birth weight (g)", []),
        new(AdmissionDate, "入院日期", "admission date", ["入院时间"]),
        new(DischargeDate, "出院日期", "discharge date", ["出院时间"]),
        new(LosDays, "实际住院天数", "length of stay (days)", ["住院天数"]),
        new(AdmissionRoute, "入院途径", "admission route", []),
        new(DepartmentCode, "出院科别", "discharge department", ["出院科别代码"]),
        new(PrincipalDiagnosis, "主要诊断编码", "principal diagnosis code", ["主要诊断疾病编码"]),
        new(OtherDiagnoses, "其他诊断编码", "other diagnosis code", []),
        new(Disposition, "离院方式", "discharge disposition", []),
        new(ReceivingInstitution, "拟接收医疗机构名称", "receiving institution", []),
        new(VentilationHours, "呼吸机使用时间(小时)", "ventilation hours", []),
        new(CostService, "综合医疗服务类", "general medical services cost", []),
        new(CostDiagnosis, "诊断类", "diagnostic cost", []),
        new(CostTreatment, "治疗类", "treatment cost", []),
        new(CostSurgery, "手术治疗费", "surgical treatment cost", []),
        new(CostRehabilitation, "康复类", "rehabilitation cost", []),
        new(CostTcm, "中医类", "TCM cost", []),
        new(CostWesternDrug, "西药类", "Western medicine cost", []),
        new(CostChineseDrug, "中药类", "Chinese medicine cost", []),
        new(CostBlood, "血液和血液制品类", "blood and blood products cost", []),
        new(CostConsumables, "耗材类", "consumables cost", []),
        new(CostOther, "其他类", "other cost", []),
        new(TotalCost, "总费用", "total cost", []),
        new(SelfPay, "自付金额", "self-pay amount", []),
        new(ResidenceRegionCode, "现住址区划代码", "residence division code", []),
        new(InsuranceType, "医疗付费方式", "payment method", ["医疗付款方式"]),
        new(ExternalCauseCode, "损伤中毒外部原因编码", "external cause code", ["损伤中毒的外部原因编码"], Optional: true),
        new(PathologyCode, "病理诊断编码", "pathology code", [], Optional: true),
    ];

    private static readonly ColumnInfo[] ProcedureInfo =
    [
        new(AbstractId, "首页编号", "abstract ID", ["首页ID"]),
        new(Sequence, "序号", "procedure sequence", []),
        new(ProcedureCode, "手术操作编码", "procedure code", ["手术及操作编码"]),
        new(SurgeryLevel, "手术级别", "surgery level", []),
        new(ProcedureDate, "手术日期", "procedure date", ["手术及操作日期"]),
    ];

    private static readonly FrozenDictionary<string, ColumnInfo> ByField = BuildFieldIndex();
    private static readonly FrozenDictionary<string, string> DischargeHeaders = BuildHeaderIndex(DischargeInfo);
    private static readonly FrozenDictionary<string, string> ProcedureHeaders = BuildHeaderIndex(ProcedureInfo);

    /// <summary>The columns of <c>discharges.csv</c>, in the documented order.</summary>
    public static ImmutableArray<string> Discharge { get; } = [.. DischargeInfo.Select(c => c.Name)];

    /// <summary>The columns of <c>discharges.csv</c> a header may leave out (the newer optional ones).</summary>
    public static ImmutableArray<string> DischargeOptional { get; } = [.. DischargeInfo.Where(c => c.Optional).Select(c => c.Name)];

    /// <summary>The columns of <c>discharge_procedures.csv</c>, in the documented order.</summary>
    public static ImmutableArray<string> Procedure { get; } = [.. ProcedureInfo.Select(c => c.Name)];

    /// <summary>
    /// The Chinese display label of a field (主要诊断编码 for <c>principal_diagnosis</c>, 手术操作编码 for
    /// <c>procedures.code</c>); the field itself when it is not a known one.
    /// </summary>
    public static string Label(string field) => ByField.TryGetValue(field, out var c) ? c.Label : field;

    /// <summary>The English display label of a field; the field itself when it is not a known one.</summary>
    public static string LabelEn(string field) => ByField.TryGetValue(field, out var c) ? c.LabelEn : field;

    /// <summary>The Chinese headers accepted for a discharge column (or, with the <c>procedures.</c> prefix, a procedure column).</summary>
    public static ImmutableArray<string> ChineseHeaders(string field) =>
        ByField.TryGetValue(field, out var c) ? [c.Label, .. c.MoreChinese] : [];

    /// <summary>
    /// Maps a <c>discharges.csv</c> header row, in English or Chinese or a mix, to canonical names. Cells are
    /// trimmed (and a byte-order mark dropped); English names match case-insensitively, Chinese ones exactly,
    /// full-width brackets counting as ASCII ones.
    /// </summary>
    public static HeaderMapping MapDischargeHeader(IReadOnlyList<string> header) => Map(header, DischargeHeaders, DischargeInfo);

    /// <summary>Maps a <c>discharge_procedures.csv</c> header row to canonical names, as <see cref="MapDischargeHeader"/> does.</summary>
    public static HeaderMapping MapProcedureHeader(IReadOnlyList<string> header) => Map(header, ProcedureHeaders, ProcedureInfo);

    private static HeaderMapping Map(IReadOnlyList<string> header, FrozenDictionary<string, string> index, ColumnInfo[] columns)
    {
        ArgumentNullException.ThrowIfNull(header);
        var canonical = new string?[header.Count];
        var unknown = ImmutableArray.CreateBuilder<string>();
        var duplicates = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var cell = header[i] ?? "";
            if (index.TryGetValue(Normalize(cell), out var name))
            {
                if (seen.Add(name))
                {
                    canonical[i] = name;
                }
                else
                {
                    duplicates.Add(cell.Trim());
                }
            }
            else
            {
                unknown.Add(cell.Trim());
            }
        }

        var missing = columns.Where(c => !c.Optional && !seen.Contains(c.Name)).Select(c => c.Name).ToImmutableArray();
        return new HeaderMapping([.. canonical], unknown.ToImmutable(), missing, duplicates.ToImmutable());
    }

    private static string Normalize(string cell)
    {
        var text = cell.Trim().TrimStart('\uFEFF').Trim();
        if (text.Contains('（', StringComparison.Ordinal) || text.Contains('）', StringComparison.Ordinal))
        {
            text = text.Replace('（', '(').Replace('）', ')');
        }

        return text;
    }

    private static FrozenDictionary<string, ColumnInfo> BuildFieldIndex()
    {
        var index = new Dictionary<string, ColumnInfo>(StringComparer.Ordinal);
        foreach (var c in DischargeInfo)
        {
            index[c.Name] = c;
        }

        foreach (var c in ProcedureInfo)
        {
            index[ProcedurePrefix + c.Name] = c;
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> BuildHeaderIndex(ColumnInfo[] columns)
    {
        var index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in columns)
        {
            index.Add(c.Name, c.Name);
            index.Add(c.Label, c.Name);
            foreach (var alias in c.MoreChinese)
            {
                index.Add(alias, c.Name);
            }
        }

        return index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private sealed record ColumnInfo(string Name, string Label, string LabelEn, string[] MoreChinese, bool Optional = false);
}

/// <summary>A header row mapped to canonical column names.</summary>
/// <param name="Columns">Per header cell, its canonical name, or <see langword="null"/> for an unknown or repeated column.</param>
/// <param name="Unknown">Header cells that name no column (trimmed, as written).</param>
/// <param name="Missing">Required canonical columns the header lacks.</param>
/// <param name="Duplicates">Header cells that name a column already mapped (e.g. both <c>sex</c> and 性别).</param>
public sealed record HeaderMapping(
    ImmutableArray<string?> Columns, ImmutableArray<string> Unknown, ImmutableArray<string> Missing, ImmutableArray<string> Duplicates)
{
    /// <summary>True when every header cell names a distinct column and no required column is missing.</summary>
    public bool IsValid => Unknown.IsEmpty && Missing.IsEmpty && Duplicates.IsEmpty;

    /// <summary>The position of a canonical column in the header, or -1.</summary>
    public int IndexOf(string column) => Columns.IndexOf(column);

    /// <summary>
    /// A cell accessor by canonical name over one data row, as <see cref="DischargeRecordReader.Read"/> takes it:
    /// <see langword="null"/> for a column the header lacks or the row is too short for.
    /// </summary>
    public Func<string, string?> Cells(IReadOnlyList<string> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var positions = Positions;
        return column => positions.TryGetValue(column, out var i) && i < row.Count ? row[i] : null;
    }

    // Built once per header: a file of 70,000 rows asks for some 40 cells in each.
    private FrozenDictionary<string, int> Positions => field ??= Columns
        .Select((name, i) => (name, i)).Where(c => c.name is not null).ToFrozenDictionary(c => c.name!, c => c.i, StringComparer.Ordinal);
}
