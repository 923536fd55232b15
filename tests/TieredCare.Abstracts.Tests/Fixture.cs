using TieredCare.Abstracts;

namespace TieredCare.Abstracts.Tests;

/// <summary>
/// A 44-year-old man admitted 2025-03-01 for pneumonia, discharged home after 7 days with one level-3 operation:
/// an abstract that passes every rule, as a record and as CSV cells. Rule tests change one thing in it.
/// </summary>
internal static class Fixture
{
    public static readonly CodeDictionary Codes = CodeDictionary.FromCodes(
        ["J18.900", "I10.x00", "E11.900", "O80.000", "Z37.000", "Z32.100", "Z38.000", "Z39.200", "N40.x00", "N73.900", "C61.x00", "C50.900", "C56.x00",
         "D24.x00", "D25.900", "D29.000", "P07.100", "S06.000", "S72.000", "T88.700", "W19.x00", "V89.200", "X59.900",
         "A18.808+I32.0*", "I32.0*", "K35.800", "R50.900"],
        ["36.0601", "47.0901", "47.0100", "74.1x00", "99.0401"]);

    public static readonly DischargeRecord Valid = new()
    {
        AbstractId = "1001",
        InstitutionCode = "QC0001",
        MedicalRecordNo = "MR20250001",
        AdmissionCount = 1,
        PatientId = 880001,
        Sex = 1,
        BirthDate = new DateOnly(1980, 5, 10),
        AgeYears = 44,
        AdmissionDate = new DateOnly(2025, 3, 1),
        DischargeDate = new DateOnly(2025, 3, 8),
        LosDays = 7,
        AdmissionRoute = 2,
        DepartmentCode = "D01",
        PrincipalDiagnosis = "J18.900",
        OtherDiagnoses = ["I10.x00"],
        Disposition = 1,
        VentilationHours = 0,
        CostService = 500.00m,
        CostDiagnosis = 1200.50m,
        CostTreatment = 2000.00m,
        CostSurgery = 1500.00m,
        CostRehabilitation = 0m,
        CostTcm = 0m,
        CostWesternDrug = 1800.25m,
        CostChineseDrug = 0m,
        CostBlood = 0m,
        CostConsumables = 300.00m,
        CostOther = 199.25m,
        TotalCost = 6000.00m,
        SelfPay = 1200.00m,
        ResidenceRegionCode = "990101001001",
        InsuranceType = 1,
        Procedures = [new RecordedProcedure(1, "47.0901", 3, new DateOnly(2025, 3, 2))],
    };

    /// <summary>The valid abstract's discharges.csv cells by canonical column.</summary>
    public static Dictionary<string, string?> ValidCells() => new()
    {
        ["abstract_id"] = "1001",
        ["institution_code"] = "QC0001",
        ["medical_record_no"] = "MR20250001",
        ["admission_count"] = "1",
        ["patient_id"] = "880001",
        ["sex"] = "1",
        ["birth_date"] = "1980-05-10",
        ["age_years"] = "44",
        ["age_days"] = "",
        ["newborn_weight_g"] = "",
        ["admission_date"] = "2025-03-01",
        ["discharge_date"] = "2025-03-08",
        ["los_days"] = "7",
        ["admission_route"] = "2",
        ["department_code"] = "D01",
        ["principal_diagnosis"] = "J18.900",
        ["other_diagnoses"] = "I10.x00",
        ["disposition"] = "1",
        ["receiving_institution"] = "",
        ["ventilation_hours"] = "0",
        ["cost_service"] = "500.00",
        ["cost_diagnosis"] = "1200.50",
        ["cost_treatment"] = "2000.00",
        ["cost_surgery"] = "1500.00",
        ["cost_rehabilitation"] = "0",
        ["cost_tcm"] = "0",
        ["cost_western_drug"] = "1800.25",
        ["cost_chinese_drug"] = "0",
        ["cost_blood"] = "0",
        ["cost_consumables"] = "300.00",
        ["cost_other"] = "199.25",
        ["total_cost"] = "6000.00",
        ["self_pay"] = "1200.00",
        ["residence_region_code"] = "990101001001",
        ["insurance_type"] = "1",
    };

    /// <summary>The valid abstract's discharge_procedures.csv rows.</summary>
    public static List<Dictionary<string, string?>> ValidProcedureCells() =>
    [
        new() { ["abstract_id"] = "1001", ["sequence"] = "1", ["code"] = "47.0901", ["surgery_level"] = "3", ["date"] = "2025-03-02" },
    ];

    public static IReadOnlyList<QcFinding> Check(DischargeRecord record) => AbstractQuality.Check(record, Codes);

    public static (DischargeRecord Record, IReadOnlyList<QcFinding> Findings) Read(
        IReadOnlyDictionary<string, string?> cells, IEnumerable<IReadOnlyDictionary<string, string?>> procedures) =>
        DischargeRecordReader.Read(Cell(cells), [.. procedures.Select(Cell)]);

    /// <summary>Reads the cells and checks the record, as an import does.</summary>
    public static QcOutcome ReadAndCheck(IReadOnlyDictionary<string, string?> cells, IEnumerable<IReadOnlyDictionary<string, string?>> procedures)
    {
        var (record, findings) = Read(cells, procedures);
        return AbstractQuality.Evaluate(record, Codes, findings);
    }

    /// <summary>Record equality, with the two arrays compared by content (ImmutableArray compares instances).</summary>
    public static void ShouldEqual(this DischargeRecord actual, DischargeRecord expected)
    {
        actual.OtherDiagnoses.ShouldBe(expected.OtherDiagnoses);
        actual.Procedures.ShouldBe(expected.Procedures);
        (actual with { OtherDiagnoses = expected.OtherDiagnoses, Procedures = expected.Procedures }).ShouldBe(expected);
    }

    private static Func<string, string?> Cell(IReadOnlyDictionary<string, string?> cells) =>
        column => cells.TryGetValue(column, out var text) ? text : null;
}
