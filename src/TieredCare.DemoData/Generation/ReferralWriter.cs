using TieredCare.DemoData.Model;
using TieredCare.DemoData.Output;

namespace TieredCare.DemoData.Generation;

/// <summary>
/// Writes referrals without their id into a part file; <see cref="Merge"/> numbers the parts
/// into referrals.csv in a fixed order, so two threads can write referrals deterministically.
/// </summary>
internal sealed class ReferralWriter(string path, DateOnly asOf) : IDisposable
{
    public const string Header = "referral_id,direction,from_institution_code,to_institution_code,to_department_code,patient_id,diagnosis_code,is_emergency,is_inpatient,status,submitted_at,accepted_at,arrived_at,completed_at,reject_reason";

    public static readonly string[] RejectReasons =
    [
        "床位已满，建议择期转诊",
        "转诊资料不全，请补充检查结果",
        "不符合上转指征，建议基层继续治疗",
        "专科号源已满",
        "患者病情不宜转运，建议就地抢救后再转",
    ];

    private readonly CsvOut _csv = new(path, Header[(Header.IndexOf(',', StringComparison.Ordinal) + 1)..]);
    private readonly long _asOf = Stamp.At(asOf.DayNumber, 23 * 60 + 59);

    public long Count => _csv.Rows;

    /// <summary>
    /// Writes a referral whose planned steps are given; steps after the end of the window have not
    /// happened yet, so the status is cut back to the last step reached.
    /// </summary>
    public void Write(
        string direction, Institution from, Institution to, string? department, int patient, string diagnosis, bool emergency,
        bool inpatient, string finalStatus, long submitted, long accepted, long arrived, long completed, string? rejectReason = null)
    {
        var status = finalStatus;
        if (completed != Stamp.None && completed > _asOf)
        {
            completed = Stamp.None;
            status = "arrived";
        }

        if (arrived != Stamp.None && arrived > _asOf)
        {
            arrived = Stamp.None;
            status = "scheduled";
        }

        if (accepted != Stamp.None && accepted > _asOf)
        {
            accepted = Stamp.None;
            status = "submitted";
            rejectReason = null;
        }

        _csv.Field(direction);
        _csv.Field(from.CodeUtf8);
        _csv.Field(to.CodeUtf8);
        _csv.Field(department);
        _csv.Field(patient + 1L);
        _csv.Field(diagnosis);
        _csv.Field(emergency);
        _csv.Field(inpatient);
        _csv.Field(status);
        Time(submitted);
        Time(accepted);
        Time(arrived);
        Time(completed);
        _csv.Field(status == "rejected" ? rejectReason : null);
        _csv.EndRow();
    }

    public void Dispose() => _csv.Dispose();

    /// <summary>Concatenates the part files into <paramref name="target"/>, numbering rows from 1.</summary>
    public static long Merge(string target, IEnumerable<string> parts)
    {
        using var output = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        var header = System.Text.Encoding.UTF8.GetBytes(Header + "\n");
        output.Write(header);
        long id = 0;
        Span<byte> digits = stackalloc byte[24];
        foreach (var part in parts)
        {
            using (var reader = new StreamReader(part, System.Text.Encoding.UTF8))
            {
                reader.ReadLine();
                while (reader.ReadLine() is { } line)
                {
                    id++;
                    System.Buffers.Text.Utf8Formatter.TryFormat(id, digits, out var written);
                    output.Write(digits[..written]);
                    output.WriteByte((byte)',');
                    output.Write(System.Text.Encoding.UTF8.GetBytes(line));
                    output.WriteByte((byte)'\n');
                }
            }

            File.Delete(part);
        }

        return id;
    }

    private void Time(long stamp)
    {
        if (stamp == Stamp.None)
        {
            _csv.Empty();
            return;
        }

        _csv.Timestamp(DateOnly.FromDayNumber(Stamp.Day(stamp)), Stamp.Minute(stamp));
    }
}

/// <summary>Draws a plausible diagnosis for a person from the disease mix.</summary>
internal sealed class DiagnosisPicker
{
    private readonly IReadOnlyList<Disease> _diseases;
    private readonly AliasTable _table;

    public DiagnosisPicker(IReadOnlyList<Disease> diseases, Func<Disease, double> weight)
    {
        _diseases = diseases;
        _table = new AliasTable(diseases.Select(weight).ToList());
    }

    public Disease Pick(DemoRandom random, int sex, int ageYears, int ageDays)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var disease = _diseases[_table.Sample(random)];
            if (Fits(disease, sex, ageYears, ageDays))
            {
                return disease;
            }
        }

        return _diseases.First(d => Fits(d, sex, ageYears, ageDays));
    }

    public static bool Fits(Disease disease, int sex, int ageYears, int ageDays)
    {
        if ((disease.Sex == 'm' && sex != 1) || (disease.Sex == 'f' && sex != 2))
        {
            return false;
        }

        if (disease.IsNewborn)
        {
            return ageYears == 0 && ageDays <= 28;
        }

        return ageYears >= disease.AgeMin && ageYears <= disease.AgeMax && !(ageYears == 0 && ageDays <= 28 && disease.AgeMin > 0);
    }
}
