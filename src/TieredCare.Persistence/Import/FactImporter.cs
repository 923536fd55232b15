using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TieredCare.Patients;
using TieredCare.Persistence.Facts;
using TieredCare.Registry;

namespace TieredCare.Persistence.Import;

/// <summary>
/// Bulk import of the master patient index and the activity facts (visits, discharge abstracts,
/// finance statements, referrals) in the formats of docs/data-formats.md. Each file is one
/// transaction; rows already present (by key) are skipped, so a re-import creates nothing twice.
/// </summary>
public sealed class FactImporter(TieredCareDbContext db, TimeProvider clock)
{
    private HashSet<string>? institutions;
    private HashSet<string>? regions;
    private HashSet<long>? patients;

    public Task<ImportReport> ImportPatientsAsync(Stream csv, ImportMode mode, CancellationToken ct)
    {
        var today = clock.Today();
        HashSet<string> provinces = [];
        Dictionary<string, long> residentIds = []; // ID number → the patient record that holds it
        return BulkAsync("patients", csv, mode,
            ["patient_id", "name", "sex", "birth_date"], ["resident_id", "residence_region_code", "phone"],
            "Patients", ["Id", "ResidentId", "Name", "Sex", "BirthDate", "ResidenceRegionCode", "Phone", "CreatedAt"],
            async token =>
            {
                provinces = regions!.Select(r => r[..2]).ToHashSet();
                residentIds = await db.Patients.AsNoTracking().Where(p => p.ResidentId != null && p.MergedIntoId == null)
                    .ToDictionaryAsync(p => p.ResidentId!, p => p.Id, StringComparer.Ordinal, token);
                return await KeysAsync("Patients", IdColumn, token);
            },
            t =>
            {
                var id = t.Long("patient_id");
                var sexCode = t.Int("sex");
                var draft = new PatientDraft(t.Text("resident_id"), t.Text("name"), sexCode is { } s ? (Sex)s : null, t.Date("birth_date"),
                    t.Text("residence_region_code"), t.Text("phone"), null);
                var (valid, errors) = PatientRules.Validate(draft, today, p => ResidentId.IsNationalProvince(p) || provinces.Contains(p), regions!.Contains);
                foreach (var e in errors)
                {
                    t.AddError(e.Field, e.Message);
                }

                if (id is null or < 1)
                {
                    t.AddError("patient_id", "患者编号须为正整数 (patient_id must be a positive integer)");
                    return null;
                }

                if (valid is null)
                {
                    return null;
                }

                if (valid.ResidentId is { } rid && !residentIds.TryAdd(rid.Value, id.Value) && residentIds[rid.Value] != id.Value)
                {
                    t.AddError("resident_id", "身份证号已被另一患者使用 (this ID number belongs to another patient record)");
                    return null;
                }

                patients!.Add(id.Value);
                return (id.Value, [id.Value, valid.ResidentId?.Value, valid.Name, valid.Sex.ToString(), valid.BirthDate, valid.ResidenceRegionCode, valid.Phone, clock.GetUtcNow()]);
            }, ct);
    }

    public Task<ImportReport> ImportVisitsAsync(Stream csv, ImportMode mode, CancellationToken ct) =>
        BulkAsync("visits", csv, mode,
            ["visit_id", "institution_code", "visit_date", "visit_type", "residence_region_code", "insurance_type", "total_cost"],
            ["department_code", "patient_id", "drug_cost"],
            "Visits", ["Id", "InstitutionCode", "DepartmentCode", "VisitDate", "Type", "PatientId", "ResidenceRegionCode", "InsuranceType", "TotalCost", "DrugCost"],
            token => KeysAsync("Visits", IdColumn, token),
            t =>
            {
                var id = t.Long("visit_id");
                var institution = Institution(t, "institution_code");
                var date = t.Date("visit_date");
                var type = Range(t, "visit_type", 1, 2);
                var patient = Patient(t);
                var residence = Region(t, "residence_region_code");
                var insurance = Range(t, "insurance_type", 1, 9);
                var total = NonNegative(t, "total_cost");
                var drug = NonNegative(t, "drug_cost") ?? 0m;
                if (total is { } tc && drug > tc)
                {
                    t.AddError("drug_cost", "药品费用不能超过总费用 (drug cost exceeds total cost)");
                }

                return id is null || institution is null || date is null || type is null || residence is null || insurance is null || total is null
                    ? null
                    : (id.Value, [id.Value, institution, t.Text("department_code"), date.Value, type.Value, patient, residence, insurance.Value, total.Value, drug]);
            }, ct);

    public Task<ImportReport> ImportDischargesAsync(Stream csv, ImportMode mode, CancellationToken ct)
    {
        string[] costs = ["cost_service", "cost_diagnosis", "cost_treatment", "cost_surgery", "cost_rehabilitation", "cost_tcm", "cost_western_drug", "cost_chinese_drug", "cost_blood", "cost_consumables", "cost_other"];
        return BulkAsync("discharges", csv, mode,
            ["abstract_id", "institution_code", "medical_record_no", "admission_count", "sex", "birth_date", "age_years", "admission_date", "discharge_date",
                "los_days", "admission_route", "department_code", "principal_diagnosis", "disposition", "total_cost", "self_pay", "residence_region_code", "insurance_type", .. costs],
            ["patient_id", "age_days", "newborn_weight_g", "other_diagnoses", "receiving_institution", "ventilation_hours",
                "external_cause_code", "pathology_code"], // accepted so a documented file loads; not stored yet
            "DischargeAbstracts",
            ["Id", "InstitutionCode", "MedicalRecordNo", "AdmissionCount", "PatientId", "Sex", "BirthDate", "AgeYears", "AgeDays", "NewbornWeightGrams",
                "AdmissionDate", "DischargeDate", "LosDays", "AdmissionRoute", "DepartmentCode", "PrincipalDiagnosis", "OtherDiagnoses", "Disposition",
                "ReceivingInstitution", "VentilationHours", "CostService", "CostDiagnosis", "CostTreatment", "CostSurgery", "CostRehabilitation", "CostTcm",
                "CostWesternDrug", "CostChineseDrug", "CostBlood", "CostConsumables", "CostOther", "TotalCost", "SelfPay", "ResidenceRegionCode", "InsuranceType"],
            token => KeysAsync("DischargeAbstracts", IdColumn, token),
            t =>
            {
                var id = t.Long("abstract_id");
                var institution = Institution(t, "institution_code");
                var recordNo = t.Required("medical_record_no");
                var admissionCount = Range(t, "admission_count", 1, 999);
                var sex = t.Int("sex") is { } s && Enum.IsDefined((Sex)s) ? (Sex?)s : null;
                if (sex is null)
                {
                    t.AddError("sex", "性别须为 0、1、2 或 9 (sex must be 0, 1, 2 or 9)");
                }

                var birth = t.Date("birth_date");
                var age = Range(t, "age_years", 0, 150);
                var admitted = t.Date("admission_date");
                var discharged = t.Date("discharge_date");
                var los = Range(t, "los_days", 1, 3650);
                if (admitted is { } a && discharged is { } d && d < a)
                {
                    t.AddError("discharge_date", "出院日期早于入院日期 (discharge date is before admission date)");
                }

                var route = OneOf(t, "admission_route", 1, 2, 3, 9);
                var department = t.Required("department_code");
                var principal = t.Required("principal_diagnosis");
                var disposition = OneOf(t, "disposition", 1, 2, 3, 4, 5, 9);
                var values = costs.Select(c => NonNegative(t, c)).ToArray();
                var total = NonNegative(t, "total_cost");
                var selfPay = NonNegative(t, "self_pay");
                if (total is { } tc && selfPay is { } sp && sp > tc)
                {
                    t.AddError("self_pay", "自付金额不能超过总费用 (self-pay exceeds total cost)");
                }

                var residence = Region(t, "residence_region_code");
                var insurance = Range(t, "insurance_type", 1, 9);
                if (id is null || institution is null || recordNo is null || admissionCount is null || sex is null || birth is null || age is null
                    || admitted is null || discharged is null || los is null || route is null || department is null || principal is null
                    || disposition is null || values.Any(v => v is null) || total is null || selfPay is null || residence is null || insurance is null)
                {
                    return null;
                }

                return (id.Value, [id.Value, institution, recordNo, admissionCount.Value, Patient(t), sex.Value.ToString(), birth.Value, age.Value,
                    t.Int("age_days"), t.Int("newborn_weight_g"), admitted.Value, discharged.Value, los.Value, route.Value, department, principal,
                    t.Text("other_diagnoses") ?? "", disposition.Value, t.Text("receiving_institution"), t.Int("ventilation_hours") ?? 0,
                    .. values.Cast<object?>(), total.Value, selfPay.Value, residence, insurance.Value]);
            }, ct);
    }

    public Task<ImportReport> ImportDischargeProceduresAsync(Stream csv, ImportMode mode, CancellationToken ct)
    {
        HashSet<long> abstracts = [];
        return BulkAsync("discharge_procedures", csv, mode, ["abstract_id", "sequence", "code"], ["surgery_level", "date"],
            "DischargeProcedures", ["AbstractId", "Sequence", "Code", "SurgeryLevel", "Date"],
            async token =>
            {
                abstracts = await KeysAsync("DischargeAbstracts", IdColumn, token);
                return await KeysAsync("DischargeProcedures", "\"AbstractId\" * 1000 + \"Sequence\"", token);
            },
            t =>
            {
                var abstractId = t.Long("abstract_id");
                if (abstractId is { } aid && !abstracts.Contains(aid))
                {
                    t.AddError("abstract_id", $"病案首页 {aid} 不存在 (discharge abstract {aid} does not exist)");
                }

                var sequence = Range(t, "sequence", 1, 999);
                var code = t.Required("code");
                var level = t.Int("surgery_level");
                if (level is < 1 or > 4)
                {
                    t.AddError("surgery_level", "手术级别须为1-4 (surgery level must be 1-4)");
                }

                return abstractId is null || sequence is null || code is null || !abstracts.Contains(abstractId.Value)
                    ? null
                    : (abstractId.Value * 1000 + sequence.Value, [abstractId.Value, sequence.Value, code, level, t.Date("date")]);
            }, ct);
    }

    public Task<ImportReport> ImportFinanceAsync(Stream csv, ImportMode mode, CancellationToken ct)
    {
        string[] amounts = ["revenue_total", "revenue_medical_service", "revenue_drug", "revenue_consumables", "revenue_exam", "revenue_lab",
            "expense_total", "expense_operating", "expense_personnel", "expense_administration"];
        return BulkAsync("finance", csv, mode, ["institution_code", "month", .. amounts], [],
            "FinanceStatements", ["InstitutionCode", "Year", "Month", "RevenueTotal", "RevenueMedicalService", "RevenueDrug", "RevenueConsumables",
                "RevenueExam", "RevenueLab", "ExpenseTotal", "ExpenseOperating", "ExpensePersonnel", "ExpenseAdministration"],
            async token => (await db.FinanceStatements.AsNoTracking().Select(f => new { f.InstitutionCode, f.Year, f.Month }).ToListAsync(token))
                .Select(f => FinanceKey(f.InstitutionCode, f.Year, f.Month)).ToHashSet(),
            t =>
            {
                var institution = Institution(t, "institution_code");
                var month = t.Text("month");
                int year = 0, monthNumber = 0;
                if (month is null || month.Length != 7 || month[4] != '-' || !int.TryParse(month[..4], out year) || !int.TryParse(month[5..], out monthNumber) || monthNumber is < 1 or > 12)
                {
                    t.AddError("month", $"月份格式须为 yyyy-MM (month must be yyyy-MM): '{month}'");
                }

                var values = amounts.Select(a => NonNegative(t, a)).ToArray();
                if (values[0] is { } total && values[1..6].All(v => v is not null) && values[1..6].Sum(v => v!.Value) > total)
                {
                    t.AddError("revenue_total", "收入合计小于各分项之和 (revenue_total is less than the sum of its parts)");
                }

                return institution is null || year == 0 || values.Any(v => v is null)
                    ? ((string, object?[])?)null
                    : (FinanceKey(institution, year, monthNumber), [institution, year, monthNumber, .. values.Cast<object?>()]);
            }, ct);
    }

    public Task<ImportReport> ImportReferralsAsync(Stream csv, ImportMode mode, CancellationToken ct) =>
        BulkAsync("referrals", csv, mode,
            ["referral_id", "direction", "from_institution_code", "to_institution_code", "diagnosis_code", "status", "submitted_at"],
            ["to_department_code", "patient_id", "is_emergency", "is_inpatient", "accepted_at", "arrived_at", "completed_at", "reject_reason"],
            "Referrals", ["Id", "Direction", "FromInstitutionCode", "ToInstitutionCode", "ToDepartmentCode", "PatientId", "DiagnosisCode", "IsEmergency",
                "IsInpatient", "Status", "SubmittedAt", "AcceptedAt", "ArrivedAt", "CompletedAt", "RejectReason"],
            token => KeysAsync("Referrals", IdColumn, token),
            t =>
            {
                var id = t.Long("referral_id");
                var direction = t.Code<ReferralDirection>("direction");
                var from = Institution(t, "from_institution_code");
                var to = Institution(t, "to_institution_code");
                var diagnosis = t.Required("diagnosis_code");
                var status = t.Code<ReferralStatus>("status");
                var submitted = t.Timestamp("submitted_at");
                if (status == ReferralStatus.Rejected && t.Text("reject_reason") is null)
                {
                    t.AddError("reject_reason", "拒绝转诊须填写理由 (a rejected referral needs a reason)");
                }

                return id is null || direction is null || from is null || to is null || diagnosis is null || status is null || submitted is null
                    ? null
                    : (id.Value, [id.Value, direction.Value.ToString(), from, to, t.Text("to_department_code"), Patient(t), diagnosis,
                        t.Bool("is_emergency") ?? false, t.Bool("is_inpatient") ?? false, status.Value.ToString(), submitted.Value,
                        t.Timestamp("accepted_at"), t.Timestamp("arrived_at"), t.Timestamp("completed_at"), t.Text("reject_reason")]);
            }, ct);

    private static string FinanceKey(string institution, int year, int month) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{institution}/{year}/{month}");

    private async Task<ImportReport> BulkAsync<TKey>(
        string name, Stream csv, ImportMode mode, string[] required, string[] optional, string dbTable, string[] dbColumns,
        Func<CancellationToken, Task<HashSet<TKey>>> existingKeys, Func<CsvTable, (TKey Key, object?[] Values)?> parse, CancellationToken ct)
        where TKey : notnull
    {
        using var text = CsvTable.OpenText(csv);
        var (opened, headerErrors) = CsvTable.Open(text, required, optional);
        if (opened is null)
        {
            return new ImportReport(name, 0, 0, headerErrors, Committed: false);
        }

        using var table = opened;
        await LoadReferencesAsync(ct);
        var existing = await existingKeys(ct);
        var firstRowOfKey = new Dictionary<TKey, int>();
        var duplicates = new List<ImportRowError>();
        int accepted = 0, alreadyPresent = 0;

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using (var writer = await BulkWriter.OpenAsync(connection, transaction, dbTable, dbColumns, ct))
            {
                while (table.Read())
                {
                    var before = table.RowErrors.Count;
                    var row = parse(table);
                    if (row is not { } r || table.RowErrors.Count > before)
                    {
                        continue;
                    }

                    if (existing.Contains(r.Key))
                    {
                        alreadyPresent++;
                        continue;
                    }

                    if (!firstRowOfKey.TryAdd(r.Key, table.Row))
                    {
                        duplicates.Add(new(table.Row, "(key)", $"与第{firstRowOfKey[r.Key]}行重复 (duplicate of row {firstRowOfKey[r.Key]})"));
                        continue;
                    }

                    await writer.WriteAsync(r.Values, ct);
                    accepted++;
                }

                if (mode == ImportMode.KeepValid || table.RowErrors.Count + duplicates.Count == 0)
                {
                    await writer.CompleteAsync(ct);
                }
            }

            // The COPY is finished only once its writer is disposed; commit after that.
            var rejected = table.RowErrors.Concat(duplicates).DistinctBy(e => (e.Row, e.Field)).OrderBy(e => e.Row).ToList();
            if (mode == ImportMode.AllOrNothing && rejected.Count > 0)
            {
                return new ImportReport(name, table.Row, 0, rejected, Committed: false); // disposing the transaction rolls back
            }

            await transaction.CommitAsync(ct);
            return new ImportReport(name, table.Row, accepted, rejected, Committed: true, alreadyPresent);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task LoadReferencesAsync(CancellationToken ct)
    {
        institutions ??= (await db.Institutions.AsNoTracking().Select(i => i.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        regions ??= (await db.Regions.AsNoTracking().Select(r => r.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        patients ??= await KeysAsync("Patients", IdColumn, ct);
    }

    private const string IdColumn = "\"Id\"";

    /// <summary>The keys a table holds already, as one SQL expression over its quoted columns.</summary>
    private async Task<HashSet<long>> KeysAsync(string table, string keyExpression, CancellationToken ct)
    {
        var keys = new HashSet<long>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {keyExpression} FROM \"{table}\"";
            await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                keys.Add(reader.GetInt64(0));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return keys;
    }

    private string? Institution(CsvTable t, string column)
    {
        var code = t.Required(column);
        if (code is not null && !institutions!.Contains(code))
        {
            t.AddError(column, $"机构不存在 (institution {code} does not exist)");
            return null;
        }

        return code;
    }

    private string? Region(CsvTable t, string column)
    {
        var code = t.Required(column);
        if (code is not null && !regions!.Contains(code))
        {
            t.AddError(column, $"区划不存在 (region {code} does not exist)");
            return null;
        }

        return code;
    }

    private long? Patient(CsvTable t)
    {
        var id = t.Long("patient_id");
        if (id is { } p && !patients!.Contains(p))
        {
            t.AddError("patient_id", $"患者 {p} 不在主索引中 (patient {p} is not in the master patient index)");
            return null;
        }

        return id;
    }

    private static int? Range(CsvTable t, string column, int min, int max)
    {
        var value = t.Int(column);
        if (value is null)
        {
            if (t.Text(column) is null)
            {
                t.AddError(column, "不能为空 (required)");
            }

            return null;
        }

        if (value < min || value > max)
        {
            t.AddError(column, $"取值须在{min}-{max}之间 (must be between {min} and {max}): {value}");
            return null;
        }

        return value;
    }

    private static int? OneOf(CsvTable t, string column, params int[] allowed)
    {
        var value = Range(t, column, allowed.Min(), allowed.Max());
        if (value is { } v && !allowed.Contains(v))
        {
            t.AddError(column, $"取值须为 {string.Join("/", allowed)} (must be one of {string.Join(", ", allowed)}): {v}");
            return null;
        }

        return value;
    }

    private static decimal? NonNegative(CsvTable t, string column)
    {
        var value = t.Money(column);
        if (value < 0)
        {
            t.AddError(column, $"金额不能为负 (amount cannot be negative): {value}");
            return null;
        }

        return value;
    }
}
