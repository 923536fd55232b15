using System.Collections.Immutable;
using System.Globalization;
using C = TieredCare.Abstracts.AbstractColumns;

namespace TieredCare.Abstracts;

/// <summary>
/// Turns the text cells of one <c>discharges.csv</c> row and its <c>discharge_procedures.csv</c> rows into a
/// <see cref="DischargeRecord"/>. A cell that cannot be read is reported as a format finding (<c>QC-F…</c>) and
/// the field left <see langword="null"/>; nothing throws for bad data.
/// </summary>
/// <remarks>
/// Cells are trimmed; an empty cell is a missing value. Integers are plain (an optional sign, no decimals);
/// amounts use '.' and no thousands separators, with at most two significant decimals (<c>12.50</c> and
/// <c>12.500</c> are both 12.5), and may not be negative. Dates are <c>yyyy-MM-dd</c>, also <c>yyyy/M/d</c>, and a
/// time after a space (<c>2025-03-04 09:15</c>, as Excel writes) is dropped. Codes may not contain spaces.
/// </remarks>
public static class DischargeRecordReader
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d"];
    private static readonly string[] TimeFormats = ["H:mm", "H:mm:ss", "H:mm:ss.FFFFFFF"];

    /// <summary>Reads one abstract.</summary>
    /// <param name="cell">The discharge row's cell by canonical column name (<see cref="AbstractColumns"/>);
    /// <see langword="null"/> when the file has no such column.</param>
    /// <param name="procedureRows">The abstract's procedure rows, each a cell accessor by canonical procedure column
    /// name (<c>sequence</c>, <c>code</c>, <c>surgery_level</c>, <c>date</c>). A row without a readable sequence
    /// takes its position (1-based); the procedures come out ordered by sequence.</param>
    /// <returns>The record and the format findings, in column order.</returns>
    public static (DischargeRecord Record, IReadOnlyList<QcFinding> Findings) Read(
        Func<string, string?> cell, IReadOnlyList<Func<string, string?>> procedureRows)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(procedureRows);
        var r = new CellReader();
        var record = new DischargeRecord
        {
            AbstractId = r.Code(cell, C.AbstractId),
            InstitutionCode = r.Code(cell, C.InstitutionCode),
            MedicalRecordNo = r.Code(cell, C.MedicalRecordNo),
            AdmissionCount = r.Int(cell, C.AdmissionCount),
            PatientId = r.Long(cell, C.PatientId),
            Sex = r.Int(cell, C.Sex),
            BirthDate = r.Date(cell, C.BirthDate),
            AgeYears = r.Int(cell, C.AgeYears),
            AgeDays = r.Int(cell, C.AgeDays),
            NewbornWeightGrams = r.Int(cell, C.NewbornWeightGrams),
            AdmissionDate = r.Date(cell, C.AdmissionDate),
            DischargeDate = r.Date(cell, C.DischargeDate),
            LosDays = r.Int(cell, C.LosDays),
            AdmissionRoute = r.Int(cell, C.AdmissionRoute),
            DepartmentCode = r.Code(cell, C.DepartmentCode),
            PrincipalDiagnosis = r.Code(cell, C.PrincipalDiagnosis),
            OtherDiagnoses = r.CodeList(cell, C.OtherDiagnoses),
            Disposition = r.Int(cell, C.Disposition),
            ReceivingInstitution = CellReader.Text(cell, C.ReceivingInstitution),
            VentilationHours = r.Int(cell, C.VentilationHours, nonNegativeRule: FormatRules.VentilationNegative),
            CostService = r.Money(cell, C.CostService),
            CostDiagnosis = r.Money(cell, C.CostDiagnosis),
            CostTreatment = r.Money(cell, C.CostTreatment),
            CostSurgery = r.Money(cell, C.CostSurgery),
            CostRehabilitation = r.Money(cell, C.CostRehabilitation),
            CostTcm = r.Money(cell, C.CostTcm),
            CostWesternDrug = r.Money(cell, C.CostWesternDrug),
            CostChineseDrug = r.Money(cell, C.CostChineseDrug),
            CostBlood = r.Money(cell, C.CostBlood),
            CostConsumables = r.Money(cell, C.CostConsumables),
            CostOther = r.Money(cell, C.CostOther),
            TotalCost = r.Money(cell, C.TotalCost),
            SelfPay = r.Money(cell, C.SelfPay),
            ResidenceRegionCode = r.Code(cell, C.ResidenceRegionCode),
            InsuranceType = r.Int(cell, C.InsuranceType),
            ExternalCauseCode = r.Code(cell, C.ExternalCauseCode),
            PathologyCode = r.Code(cell, C.PathologyCode),
            Procedures = ReadProcedures(r, procedureRows),
        };
        return (record, r.Findings is null ? [] : r.Findings);
    }

    private static ImmutableArray<RecordedProcedure> ReadProcedures(CellReader r, IReadOnlyList<Func<string, string?>> rows)
    {
        if (rows.Count == 0) return [];
        var procedures = new RecordedProcedure[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var cell = rows[i];
            ArgumentNullException.ThrowIfNull(cell, nameof(rows));
            Func<string, string?> prefixed = field => cell(field[(field.IndexOf('.', StringComparison.Ordinal) + 1)..]);
            var sequence = r.Int(prefixed, C.ProcedureSequenceField) ?? (i + 1);
            procedures[i] = new RecordedProcedure(
                sequence, r.Code(prefixed, C.ProcedureCodeField) ?? "", r.Int(prefixed, C.SurgeryLevelField), r.Date(prefixed, C.ProcedureDateField));
        }

        // A stable sort: equal sequences keep file order.
        return [.. procedures.Select((p, i) => (p, i)).OrderBy(x => x.p.Sequence).ThenBy(x => x.i).Select(x => x.p)];
    }

    private sealed class CellReader
    {
        public List<QcFinding>? Findings { get; private set; }

        public static string? Text(Func<string, string?> cell, string field) =>
            cell(field) is { } text && text.Trim() is { Length: > 0 } trimmed ? trimmed : null;

        public string? Code(Func<string, string?> cell, string field)
        {
            var text = Text(cell, field);
            if (text is null || !HasSpace(text)) return text;
            Add(FormatRules.CodeHasSpaces.RaiseOn(field, text));
            return null;
        }

        public ImmutableArray<string> CodeList(Func<string, string?> cell, string field)
        {
            var text = Text(cell, field);
            if (text is null) return [];
            var codes = ImmutableArray.CreateBuilder<string>();
            foreach (var part in text.Split('|'))
            {
                var code = part.Trim();
                if (code.Length == 0) continue;
                if (HasSpace(code))
                {
                    Add(FormatRules.CodeHasSpaces.RaiseOn(field, code));
                    continue;
                }

                codes.Add(code);
            }

            return codes.ToImmutable();
        }

        public int? Int(Func<string, string?> cell, string field, QcRule? nonNegativeRule = null)
        {
            var text = Text(cell, field);
            if (text is null) return null;
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                Add(FormatRules.NotInteger.RaiseOn(field, text));
                return null;
            }

            if (value < 0 && nonNegativeRule is not null)
            {
                Add(nonNegativeRule.RaiseOn(field, text));
                return null;
            }

            return value;
        }

        public long? Long(Func<string, string?> cell, string field)
        {
            var text = Text(cell, field);
            if (text is null) return null;
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
            Add(FormatRules.NotInteger.RaiseOn(field, text));
            return null;
        }

        public decimal? Money(Func<string, string?> cell, string field)
        {
            var text = Text(cell, field);
            if (text is null) return null;
            if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                Add(FormatRules.NotAmount.RaiseOn(field, text));
                return null;
            }

            if (value < 0)
            {
                Add(FormatRules.AmountNegative.RaiseOn(field, text));
                return null;
            }

            if (FormatRules.HasMoreThanTwoDecimals(value))
            {
                Add(FormatRules.TooManyDecimals.RaiseOn(field, text));
                return null;
            }

            return value;
        }

        public DateOnly? Date(Func<string, string?> cell, string field)
        {
            var text = Text(cell, field);
            if (text is null) return null;
            if (TryParseDate(text, out var date)) return date;
            Add(FormatRules.NotDate.RaiseOn(field, text));
            return null;
        }

        private static bool TryParseDate(string text, out DateOnly date)
        {
            var span = text.AsSpan();
            var space = span.IndexOf(' ');
            if (space >= 0)
            {
                if (!TimeOnly.TryParseExact(span[(space + 1)..].Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    date = default;
                    return false;
                }

                span = span[..space];
            }

            return DateOnly.TryParseExact(span, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        private static bool HasSpace(string code)
        {
            foreach (var c in code)
            {
                if (char.IsWhiteSpace(c)) return true;
            }

            return false;
        }

        private void Add(QcFinding finding) => (Findings ??= []).Add(finding);
    }
}
