using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TieredCare.Abstracts;
using TieredCare.Drg;
using TieredCare.Persistence.Abstracts;

namespace TieredCare.Persistence.Import;

/// <summary>The table set an import checks codes against and groups with.</summary>
public sealed record AbstractRules(string TableSetName, DrgTableSet Tables, CodeDictionary Codes);

/// <param name="InScope">Which institutions the sender may send abstracts of; rows of others are rejected.</param>
/// <param name="Institution">The institution the upload is for: fills a missing <c>institution_code</c> and rejects rows of other institutions.</param>
/// <param name="NothingIfAnyRejected">Write nothing when a row is rejected (a region folder is one decision); QC failures do not count.</param>
public sealed record AbstractImportRequest(string FileName, string UploadedBy, Func<string, bool> InScope, string? Institution = null, bool NothingIfAnyRejected = false);

public enum RowOutcome
{
    Passed,
    Warnings,
    Failed,
    Rejected,
}

/// <summary>What became of one row: stored (passed, with warnings, or failed QC) or rejected, and why.</summary>
public sealed record AbstractRowReport(int Row, long? AbstractId, string? MedicalRecordNo, RowOutcome Outcome, IReadOnlyList<QcFinding> Findings);

/// <param name="RowReports">The rows that have findings or were rejected, in row order, at most <see cref="AbstractImporter.MaxRowReports"/>.</param>
public sealed record AbstractImportReport(
    long? UploadId, string FileName, string TableSet, int Rows, int Stored, int Replaced, int Rejected, int QcPassed, int QcFailed, int QcWarnings,
    int Grouped, IReadOnlyList<AbstractRowReport> RowReports, bool RowReportsTruncated, IReadOnlyList<string> FileErrors, IReadOnlyList<string> IgnoredColumns,
    IReadOnlyList<string> MissingColumns)
{
    public bool Committed => FileErrors.Count == 0;
}

/// <summary>
/// Imports discharge abstracts with quality control: every row is read, checked against the
/// table set's code dictionaries and the QC rule catalogue, and — when it has no QC error —
/// grouped. A row is stored with its findings whether or not it passed QC, so the quality report
/// sees it; it is rejected only when it cannot be filed (no institution, 病案号, 住院次数 or
/// dates, out of scope, repeated in the file). An abstract sent again (same institution, 病案号
/// and 住院次数) replaces the stored one. One transaction: the file lands whole or not at all.
/// </summary>
public sealed class AbstractImporter(TieredCareDbContext db, TimeProvider clock)
{
    public const int MaxRowReports = 2000;

    private static readonly string[] AbstractColumnsInDb =
    [
        "Id", "InstitutionCode", "MedicalRecordNo", "AdmissionCount", "PatientId", "Sex", "BirthDate", "AgeYears", "AgeDays", "NewbornWeightGrams",
        "AdmissionDate", "DischargeDate", "LosDays", "AdmissionRoute", "DepartmentCode", "PrincipalDiagnosis", "OtherDiagnoses", "Disposition",
        "ReceivingInstitution", "VentilationHours", "CostService", "CostDiagnosis", "CostTreatment", "CostSurgery", "CostRehabilitation", "CostTcm",
        "CostWesternDrug", "CostChineseDrug", "CostBlood", "CostConsumables", "CostOther", "TotalCost", "SelfPay", "ResidenceRegionCode", "InsuranceType",
        "ExternalCauseCode", "PathologyCode", "QcErrors", "QcWarnings", "UploadId",
    ];

    public async Task<AbstractImportReport> ImportAsync(Sheet abstracts, Sheet? procedures, AbstractRules rules, AbstractImportRequest request, CancellationToken ct)
    {
        var header = AbstractColumns.MapDischargeHeader(abstracts.Header);
        var fileErrors = HeaderErrors(abstracts.Name, header, request.Institution is not null);
        var procedureHeader = procedures is null ? null : AbstractColumns.MapProcedureHeader(procedures.Header);
        if (procedures is not null)
        {
            fileErrors.AddRange(ProcedureHeaderErrors(procedures, procedureHeader!));
        }

        var ignored = header.Unknown.Concat((procedureHeader?.Unknown ?? []).Where(u => !IsLinkColumn(u))).ToList();
        // abstract_id is the region's number: an upload without it gets one
        var missing = header.Missing.Where(m => m != "abstract_id" && !(m == "institution_code" && request.Institution is not null)).ToList();
        if (fileErrors.Count > 0)
        {
            return Empty(abstracts, rules, fileErrors, ignored, missing);
        }

        var patientIds = Column(abstracts, header, "patient_id").Select(PositiveLong).Where(p => p > 0).Distinct().ToList();
        var givenIds = Column(abstracts, header, "abstract_id").Select(PositiveLong).Where(p => p > 0).Distinct().ToList();
        var institutions = Column(abstracts, header, "institution_code").Select(c => c.Trim() is { Length: > 0 } code ? code : request.Institution ?? "");
        var recordNumbers = institutions.Zip(Column(abstracts, header, "medical_record_no").Select(r => r.Trim()))
            .Where(k => k.First.Length > 0 && k.Second.Length > 0).Distinct().ToList();
        var reference = await ReferenceData.LoadAsync(db, patientIds, recordNumbers, givenIds, ct);
        var proceduresByLink = procedures is null ? [] : GroupProcedures(procedures, procedureHeader!);
        var rows = new List<PreparedRow>(abstracts.Rows.Count);
        var reports = new List<AbstractRowReport>();
        var keysInFile = new Dictionary<(string, string, int), int>();
        var idsInFile = new HashSet<long>();
        // New abstracts without a number get one above every number stored or given in the file.
        var nextId = 1 + Math.Max(reference.MaxAbstractId, givenIds.DefaultIfEmpty(0).Max());
        int rejected = 0, passed = 0, failed = 0, warned = 0, replaced = 0;

        for (var i = 0; i < abstracts.Rows.Count; i++)
        {
            var rowNumber = i + 1;
            var cells = header.Cells(abstracts.Rows[i]);
            var filing = Filing(cells, request, reference, keysInFile, idsInFile, rowNumber);
            if (filing.Problem is { } problem)
            {
                rejected++;
                reports.Add(new AbstractRowReport(rowNumber, filing.GivenId, cells("medical_record_no"), RowOutcome.Rejected, [problem]));
                continue;
            }

            var existed = reference.ExistingIds.TryGetValue(filing.Key, out var existing);
            var id = existed ? existing : filing.GivenId ?? nextId++;
            replaced += existed ? 1 : 0;
            var procedureCells = (filing.GivenId is { } given ? proceduresByLink.GetValueOrDefault(given.ToString(CultureInfo.InvariantCulture)) : null)
                ?? proceduresByLink.GetValueOrDefault(ProcedureLink(filing.Key.Record, filing.Key.Count.ToString(CultureInfo.InvariantCulture))) ?? [];
            var idText = id.ToString(CultureInfo.InvariantCulture);
            var (record, readFindings) = DischargeRecordReader.Read(
                name => name switch { "abstract_id" => idText, "institution_code" => filing.Key.Institution, _ => cells(name) }, procedureCells);
            var findings = AbstractQuality.Evaluate(record, rules.Codes, readFindings).Findings.ToList();
            idsInFile.Add(id);
            keysInFile[filing.Key] = rowNumber;
            var errors = findings.Count(f => f.Severity == QcSeverity.Error);
            var outcome = errors > 0 ? RowOutcome.Failed : findings.Count > 0 ? RowOutcome.Warnings : RowOutcome.Passed;
            failed += outcome == RowOutcome.Failed ? 1 : 0;
            warned += outcome == RowOutcome.Warnings ? 1 : 0;
            passed += outcome == RowOutcome.Failed ? 0 : 1;
            if (findings.Count > 0)
            {
                reports.Add(new AbstractRowReport(rowNumber, id, filing.Key.Record, outcome, findings));
            }

            rows.Add(new PreparedRow(id, filing.Key, record, findings, errors));
        }

        var groupedAt = clock.GetUtcNow();
        var groupings = rows.Where(r => r.Errors == 0)
            .Select(r => (r.Id, Result: DrgGrouper.GroupFast(ToGroupingRecord(r.Record), rules.Tables)))
            .ToList();

        if (request.NothingIfAnyRejected && rejected > 0)
        {
            return new AbstractImportReport(null, request.FileName, rules.TableSetName, abstracts.Rows.Count, 0, 0, rejected, passed, failed, warned, 0,
                reports.Take(MaxRowReports).ToList(), reports.Count > MaxRowReports, [$"{rejected} 行无法归档，未写入任何病案 ({rejected} rows cannot be filed; nothing was written)"], ignored, missing);
        }

        var upload = new AbstractUpload
        {
            FileName = request.FileName, InstitutionCode = request.Institution, UploadedBy = request.UploadedBy, UploadedAt = groupedAt,
            TableSet = rules.TableSetName, Rows = abstracts.Rows.Count, Stored = rows.Count, Replaced = replaced, Rejected = rejected,
            QcPassed = passed, QcFailed = failed,
        };
        await WriteAsync(upload, rows, groupings, rules.TableSetName, groupedAt, reference.ExistingIds, ct);
        return new AbstractImportReport(upload.Id, request.FileName, rules.TableSetName, abstracts.Rows.Count, rows.Count, replaced, rejected,
            passed, failed, warned, groupings.Count, reports.Take(MaxRowReports).ToList(), reports.Count > MaxRowReports, [], ignored, missing);
    }

    private static IEnumerable<string> Column(Sheet sheet, HeaderMapping header, string column)
    {
        var index = header.IndexOf(column);
        return index < 0 ? [] : sheet.Rows.Select(r => index < r.Length ? r[index] : "");
    }

    private static long PositiveLong(string text) =>
        long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    public static GroupingRecord ToGroupingRecord(DischargeRecord r) => new(
        r.Sex, r.AgeYears, r.AgeDays, r.NewbornWeightGrams,
        r.PrincipalDiagnosis is { } principal ? [principal, .. r.OtherDiagnoses] : [],
        [.. r.Procedures.OrderBy(p => p.Sequence).Select(p => p.Code)]);

    private sealed record PreparedRow(long Id, (string Institution, string Record, int Count) Key, DischargeRecord Record, List<QcFinding> Findings, int Errors);

    private readonly record struct Filed((string Institution, string Record, int Count) Key, long? GivenId, QcFinding? Problem);

    private static Filed Filing(Func<string, string?> cells, AbstractImportRequest request, ReferenceData reference,
        Dictionary<(string, string, int), int> keysInFile, HashSet<long> idsInFile, int row)
    {
        static Filed Reject(string field, string message, string messageEn, long? id = null) =>
            new(default, id, new QcFinding("REJECT", QcSeverity.Error, field, message, messageEn));

        long? givenId = null;
        if (cells("abstract_id") is { Length: > 0 } idText)
        {
            if (!long.TryParse(idText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
            {
                return Reject("abstract_id", $"首页编号须为正整数: '{idText}'", $"abstract_id must be a positive integer: '{idText}'");
            }

            givenId = id;
        }

        var institution = cells("institution_code")?.Trim() is { Length: > 0 } code ? code : request.Institution;
        if (institution is null)
        {
            return Reject("institution_code", "缺少医疗机构代码，无法归档", "institution_code is missing, so the abstract cannot be filed", givenId);
        }

        if (request.Institution is { } only && institution != only)
        {
            return Reject("institution_code", $"本次上传只接收 {only} 的病案，此行为 {institution}", $"this upload is for {only} only; the row is of {institution}", givenId);
        }

        if (!reference.Institutions.Contains(institution))
        {
            return Reject("institution_code", $"医疗机构 {institution} 不存在", $"institution {institution} does not exist", givenId);
        }

        if (!request.InScope(institution))
        {
            return Reject("institution_code", $"无权上传 {institution} 的病案", $"institution {institution} is outside your scope", givenId);
        }

        var record = cells("medical_record_no")?.Trim();
        if (string.IsNullOrEmpty(record))
        {
            return Reject("medical_record_no", "缺少病案号，无法归档", "medical_record_no is missing, so the abstract cannot be filed", givenId);
        }

        if (!int.TryParse(cells("admission_count")?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            return Reject("admission_count", $"住院次数须为正整数: '{cells("admission_count")}'", $"admission_count must be a positive integer: '{cells("admission_count")}'", givenId);
        }

        foreach (var (field, label) in new[] { ("admission_date", "入院日期"), ("discharge_date", "出院日期") })
        {
            if (ParseDate(cells(field)) is null)
            {
                return Reject(field, $"{label}缺失或不是日期 (yyyy-MM-dd): '{cells(field)}'，无法归档", $"{field} is missing or not a date: '{cells(field)}'", givenId);
            }
        }

        if (cells("patient_id")?.Trim() is { Length: > 0 } patientText
            && (!long.TryParse(patientText, NumberStyles.None, CultureInfo.InvariantCulture, out var patient) || !reference.Patients.Contains(patient)))
        {
            return Reject("patient_id", $"患者编号 {patientText} 不在患者主索引中", $"patient {patientText} is not in the master patient index", givenId);
        }

        var key = (institution, record, count);
        if (keysInFile.TryGetValue(key, out var first))
        {
            return Reject("medical_record_no", $"与第{first}行是同一份病案 ({record} 第{count}次住院)", $"same abstract as row {first} ({record}, admission {count})", givenId);
        }

        if (givenId is { } given)
        {
            if (idsInFile.Contains(given))
            {
                return Reject("abstract_id", $"首页编号 {given} 在文件中重复", $"abstract_id {given} is repeated in the file", givenId);
            }

            if (reference.KeysById.TryGetValue(given, out var holder) && holder != key)
            {
                return Reject("abstract_id", $"首页编号 {given} 已属于另一份病案 ({holder.Item2} 第{holder.Item3}次住院)",
                    $"abstract_id {given} belongs to another abstract ({holder.Item2}, admission {holder.Item3})", givenId);
            }
        }

        return new Filed(key, givenId, null);
    }

    internal static DateOnly? ParseDate(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > 10 && value[10] is ' ' or 'T')
        {
            value = value[..10];
        }

        return DateOnly.TryParseExact(value, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>
    /// Only the columns that file an abstract must be in the header; any other missing column is
    /// reported and then found by QC in every row, which is what the sender needs to see.
    /// </summary>
    private static List<string> HeaderErrors(string name, HeaderMapping header, bool institutionGiven)
    {
        string[] filing = institutionGiven ? FilingColumns : [.. FilingColumns, "institution_code"];
        var errors = header.Missing.Where(filing.Contains)
            .Select(m => $"{name}: 缺少必需的列 {m} ({AbstractColumns.Label(m)}) (required column is missing)").ToList();
        errors.AddRange(header.Duplicates.Select(d => $"{name}: 列 '{d}' 重复 (duplicate column)"));
        return errors;
    }

    private static readonly string[] FilingColumns = ["medical_record_no", "admission_count", "admission_date", "discharge_date"];

    private static List<string> ProcedureHeaderErrors(Sheet procedures, HeaderMapping header)
    {
        var errors = header.Duplicates.Select(d => $"{procedures.Name}: 列 '{d}' 重复 (duplicate column)").ToList();
        if (header.IndexOf("code") < 0)
        {
            errors.Add($"{procedures.Name}: 缺少必需的列 code (手术操作编码) (required column is missing)");
        }

        if (header.IndexOf("abstract_id") < 0 && (RawIndex(procedures, "medical_record_no", "病案号") < 0 || RawIndex(procedures, "admission_count", "住院次数") < 0))
        {
            errors.Add($"{procedures.Name}: 须有 abstract_id (首页编号) 列，或 medical_record_no (病案号) 与 admission_count (住院次数) 两列，以对应病案 (link each procedure to its abstract)");
        }

        return errors;
    }

    // The procedure sheet may name its abstract by 病案号 and 住院次数, which are not procedure columns.
    private static int RawIndex(Sheet sheet, string english, string chinese)
    {
        for (var i = 0; i < sheet.Header.Count; i++)
        {
            var cell = sheet.Header[i].Trim().TrimStart('\uFEFF');
            if (cell.Equals(english, StringComparison.OrdinalIgnoreCase) || cell == chinese)
            {
                return i;
            }
        }

        return -1;
    }

    private static string ProcedureLink(string? record, string? count) => $"{record?.Trim()}/{count?.Trim()}";

    private static bool IsLinkColumn(string header) =>
        header.Trim() is var h && (h.Equals("medical_record_no", StringComparison.OrdinalIgnoreCase) || h.Equals("admission_count", StringComparison.OrdinalIgnoreCase)
            || h == "病案号" || h == "住院次数");

    private static Dictionary<string, List<Func<string, string?>>> GroupProcedures(Sheet procedures, HeaderMapping header)
    {
        var byLink = new Dictionary<string, List<Func<string, string?>>>(StringComparer.Ordinal);
        var recordColumn = RawIndex(procedures, "medical_record_no", "病案号");
        var countColumn = RawIndex(procedures, "admission_count", "住院次数");
        foreach (var row in procedures.Rows)
        {
            var cells = header.Cells(row);
            var link = cells("abstract_id")?.Trim() is { Length: > 0 } id
                ? id
                : ProcedureLink(recordColumn >= 0 && recordColumn < row.Length ? row[recordColumn] : null, countColumn >= 0 && countColumn < row.Length ? row[countColumn] : null);
            if (!byLink.TryGetValue(link, out var list))
            {
                byLink[link] = list = [];
            }

            list.Add(cells);
        }

        return byLink;
    }

    private static AbstractImportReport Empty(Sheet abstracts, AbstractRules rules, List<string> fileErrors, List<string> ignored, List<string> missing) =>
        new(null, abstracts.Name, rules.TableSetName, abstracts.Rows.Count, 0, 0, 0, 0, 0, 0, 0, [], false, fileErrors, ignored, missing);

    private async Task WriteAsync(AbstractUpload upload, List<PreparedRow> rows, List<(long Id, GroupingResult Result)> groupings, string tableSet,
        DateTimeOffset groupedAt, IReadOnlyDictionary<(string, string, int), long> existing, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.AbstractUploads.Add(upload);
            await db.SaveChangesAsync(ct);
            var replacedIds = rows.Where(r => existing.ContainsKey(r.Key)).Select(r => r.Id).ToList();
            await DeleteAsync(replacedIds, ct);

            var connection = db.Database.GetDbConnection();
            var dbTransaction = transaction.GetDbTransaction();
            await BulkAsync(connection, dbTransaction, "DischargeAbstracts", AbstractColumnsInDb, rows.Select(r => AbstractValues(r, upload.Id)), ct);
            await BulkAsync(connection, dbTransaction, "DischargeProcedures", ["AbstractId", "Sequence", "Code", "SurgeryLevel", "Date"],
                rows.SelectMany(r => r.Record.Procedures.DistinctBy(p => p.Sequence)
                    .Select(p => new object?[] { r.Id, p.Sequence, p.Code, p.SurgeryLevel, p.Date })), ct);
            await BulkAsync(connection, dbTransaction, "AbstractQcFindings", ["AbstractId", "Sequence", "Rule", "IsError", "Field", "Message", "MessageEn"],
                rows.SelectMany(r => r.Findings.Select((f, i) => new object?[]
                    { r.Id, i + 1, f.RuleCode, f.Severity == QcSeverity.Error, f.Field, Clip(f.Message), Clip(f.MessageEn) })), ct);
            await BulkAsync(connection, dbTransaction, "DrgGroupings", ["AbstractId", "TableSet", "Mdc", "Adrg", "Drg", "Status", "GroupedAt"],
                groupings.Select(g => new object?[] { g.Id, tableSet, g.Result.Mdc, g.Result.Adrg, g.Result.Drg, g.Result.Status.ToWord(), groupedAt }), ct);
            await transaction.CommitAsync(ct);
        });
        db.ChangeTracker.Clear();
    }

    /// <summary>Removes replaced abstracts with everything hanging off them, a chunk of ids at a time.</summary>
    private async Task DeleteAsync(List<long> ids, CancellationToken ct)
    {
        foreach (var chunk in ids.Chunk(10_000)) // one statement per table and chunk; PostgreSQL takes the ids as one array parameter
        {
            await db.DrgGroupings.Where(g => chunk.Contains(g.AbstractId)).ExecuteDeleteAsync(ct);
            await db.AbstractQcFindings.Where(f => chunk.Contains(f.AbstractId)).ExecuteDeleteAsync(ct);
            await db.DischargeProcedures.Where(p => chunk.Contains(p.AbstractId)).ExecuteDeleteAsync(ct);
            await db.DischargeAbstracts.Where(a => chunk.Contains(a.Id)).ExecuteDeleteAsync(ct);
        }
    }

    private static async Task BulkAsync(DbConnection connection, DbTransaction transaction, string table, string[] columns, IEnumerable<object?[]> values, CancellationToken ct)
    {
        await using var writer = await BulkWriter.OpenAsync(connection, transaction, table, columns, ct);
        foreach (var row in values)
        {
            await writer.WriteAsync(row, ct);
        }

        await writer.CompleteAsync(ct);
    }

    private static object?[] AbstractValues(PreparedRow row, long uploadId)
    {
        var r = row.Record;
        var warnings = row.Findings.Count - row.Errors;
        return
        [
            row.Id, row.Key.Institution, row.Key.Record, row.Key.Count, r.PatientId, r.Sex is { } s && Enum.IsDefined((TieredCare.Patients.Sex)s) ? ((TieredCare.Patients.Sex)s).ToString() : null,
            r.BirthDate, r.AgeYears, r.AgeDays, r.NewbornWeightGrams, r.AdmissionDate ?? default, r.DischargeDate ?? default, r.LosDays, r.AdmissionRoute,
            Clip(r.DepartmentCode, 16), Clip(r.PrincipalDiagnosis, 32), Clip(string.Join('|', r.OtherDiagnoses), 1000), r.Disposition,
            Clip(r.ReceivingInstitution, 100), r.VentilationHours, r.CostService, r.CostDiagnosis, r.CostTreatment, r.CostSurgery, r.CostRehabilitation, r.CostTcm,
            r.CostWesternDrug, r.CostChineseDrug, r.CostBlood, r.CostConsumables, r.CostOther, r.TotalCost, r.SelfPay, Clip(r.ResidenceRegionCode, 12),
            r.InsuranceType is >= 1 and <= 9 ? r.InsuranceType : null, Clip(r.ExternalCauseCode, 32), Clip(r.PathologyCode, 32), row.Errors, warnings, uploadId,
        ];
    }

    private static string? Clip(string? text, int length = 500) => text is null || text.Length <= length ? text : text[..length];

    /// <summary>What filing needs from the database: known institutions and the abstracts already stored.</summary>
    /// <summary>
    /// What filing needs from the database: known institutions and patients, and the stored abstracts
    /// the file can collide with (same 病案号, or a number the file gives) — not the whole table,
    /// which holds years of a region's abstracts.
    /// </summary>
    private sealed record ReferenceData(
        HashSet<string> Institutions, HashSet<long> Patients, Dictionary<(string, string, int), long> ExistingIds,
        Dictionary<long, (string, string, int)> KeysById, long MaxAbstractId)
    {
        public static async Task<ReferenceData> LoadAsync(
            TieredCareDbContext db, List<long> patientIds, List<(string Institution, string Record)> recordNumbers, List<long> givenIds, CancellationToken ct)
        {
            var patients = new HashSet<long>();
            foreach (var chunk in patientIds.Chunk(1000))
            {
                patients.UnionWith(await db.Patients.AsNoTracking().Where(p => chunk.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct));
            }

            var institutions = (await db.Institutions.AsNoTracking().Select(i => i.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            var byKey = new Dictionary<(string, string, int), long>();
            var byId = new Dictionary<long, (string, string, int)>();
            void Add(long id, string institution, string record, int count)
            {
                byKey[(institution, record, count)] = id;
                byId[id] = (institution, record, count);
            }

            // By institution, then 病案号: the unique index (institution, 病案号, 住院次数) answers both.
            foreach (var (institution, chunk) in recordNumbers.GroupBy(k => k.Institution).SelectMany(g => g.Select(k => k.Record).Chunk(1000).Select(c => (g.Key, c))))
            {
                foreach (var k in await db.DischargeAbstracts.AsNoTracking().Where(a => a.InstitutionCode == institution && chunk.Contains(a.MedicalRecordNo))
                    .Select(a => new { a.Id, a.InstitutionCode, a.MedicalRecordNo, a.AdmissionCount }).ToListAsync(ct))
                {
                    Add(k.Id, k.InstitutionCode, k.MedicalRecordNo, k.AdmissionCount);
                }
            }

            foreach (var chunk in givenIds.Chunk(1000))
            {
                foreach (var k in await db.DischargeAbstracts.AsNoTracking().Where(a => chunk.Contains(a.Id))
                    .Select(a => new { a.Id, a.InstitutionCode, a.MedicalRecordNo, a.AdmissionCount }).ToListAsync(ct))
                {
                    Add(k.Id, k.InstitutionCode, k.MedicalRecordNo, k.AdmissionCount);
                }
            }

            var maxId = await db.DischargeAbstracts.AsNoTracking().MaxAsync(a => (long?)a.Id, ct) ?? 0;
            return new ReferenceData(institutions, patients, byKey, byId, maxId);
        }
    }
}
