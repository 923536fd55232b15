using System.Globalization;
using TieredCare.Drg;

namespace TieredCare.Payment;

/// <summary>
/// The cases TSV a settlement reads: a header naming at least <see cref="RequiredColumns"/> (any order), optionally
/// <c>los_days</c> and <c>special_review</c> (0/1); other columns are ignored. UTF-8, tab-separated, one case a line.
/// </summary>
public static class SettlementCaseFile
{
    /// <summary>The columns every cases file has.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns =
        ["case_id", "hospital", "hospital_level", "month", "drg", "status", "total_cost", "self_pay", "disposition"];

    /// <summary>The columns a cases file may have besides the required ones.</summary>
    public static readonly IReadOnlyList<string> OptionalColumns = ["los_days", "special_review"];

    /// <summary>The columns <see cref="Write"/> writes, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = [.. RequiredColumns, .. OptionalColumns];

    /// <summary>
    /// Reads every case. Every bad cell is reported — an empty or unreadable value, a negative cost, a self-pay above the
    /// cost, an unknown status word, a month not in yyyy-MM form, a case id seen before — and the reader goes on, so one
    /// exception lists all of them. Empty lines are skipped.
    /// </summary>
    /// <exception cref="SettlementCaseFileException">The header or any line is bad; nothing is returned.</exception>
    public static IReadOnlyList<SettlementCase> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var problems = new List<CaseFileProblem>();
        var headerLine = reader.ReadLine();
        if (headerLine is null) throw new SettlementCaseFileException([new(1, null, $"the file is empty; expected a header with {string.Join(", ", RequiredColumns)}")]);

        var header = headerLine.TrimStart('\uFEFF').Split('\t');
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (Columns.Contains(header[i]) && !at.TryAdd(header[i], i)) problems.Add(new(1, header[i], "the column appears twice"));
        }
        foreach (var column in RequiredColumns)
        {
            if (!at.ContainsKey(column)) problems.Add(new(1, column, "the header lacks this column"));
        }
        if (problems.Count > 0) throw new SettlementCaseFileException(problems);

        var cases = new List<SettlementCase>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        // Hospitals and DRGs repeat; one string each keeps a year's cases small.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var cells = line.Split('\t');
            if (cells.Length != header.Length)
            {
                problems.Add(new(lineNumber, null, string.Create(CultureInfo.InvariantCulture, $"{cells.Length} cells, the header has {header.Length}")));
                continue;
            }

            var row = new Row(lineNumber, cells, at, problems);
            var before = problems.Count;
            var id = row.Code("case_id");
            var hospital = row.Code("hospital");
            var level = row.Level("hospital_level");
            var month = row.Month("month");
            var status = row.Status("status");
            var drg = row.Text("drg");
            if (status == GroupingStatus.Success && drg.Length == 0) problems.Add(new(lineNumber, "drg", "a successfully grouped case needs its DRG"));
            var cost = row.Amount("total_cost");
            var selfPay = row.Amount("self_pay");
            if (cost is { } c && selfPay is { } p && p > c)
            {
                problems.Add(new(lineNumber, "self_pay", $"self-pay {Rounding.Canonical(p)} is above the total cost {Rounding.Canonical(c)}"));
            }
            var disposition = row.OptionalInt("disposition", "a 离院方式 code");
            var los = at.ContainsKey("los_days") ? row.OptionalInt("los_days", "a whole number of days") : null;
            var special = at.ContainsKey("special_review") && row.Flag("special_review");
            if (id.Length > 0)
            {
                if (seen.TryGetValue(id, out var first)) problems.Add(new(lineNumber, "case_id", $"case '{id}' is already on line {first}"));
                else seen.Add(id, lineNumber);
            }
            if (problems.Count > before) continue;

            cases.Add(new SettlementCase(id, Pooled(pool, hospital), level!.Value, month!.Value, Pooled(pool, drg), status!.Value, cost!.Value, selfPay!.Value,
                disposition, los, special));
        }
        if (problems.Count > 0) throw new SettlementCaseFileException(problems);
        return cases;
    }

    /// <summary>Writes cases with a header of <see cref="Columns"/>; <c>\n</c> line ends, amounts as given (invariant culture).</summary>
    public static void Write(TextWriter writer, IEnumerable<SettlementCase> cases)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(cases);
        writer.Write(string.Join('\t', Columns));
        writer.Write('\n');
        var invariant = CultureInfo.InvariantCulture;
        foreach (var c in cases)
        {
            writer.Write(string.Join('\t',
                c.CaseId, c.Hospital, c.HospitalLevel.ToString(invariant), c.Month.ToString(), c.Drg, c.Status.ToWord(),
                c.TotalCost.ToString(invariant), c.SelfPay.ToString(invariant), c.Disposition?.ToString(invariant) ?? "",
                c.LosDays?.ToString(invariant) ?? "", c.SpecialReview ? "1" : "0"));
            writer.Write('\n');
        }
    }

    private static string Pooled(Dictionary<string, string> pool, string text) => pool.TryGetValue(text, out var shared) ? shared : pool[text] = text;

    private readonly struct Row(int line, string[] cells, Dictionary<string, int> at, List<CaseFileProblem> problems)
    {
        public string Text(string column) => cells[at[column]];

        private void Bad(string column, string problem) => problems.Add(new(line, column, problem));

        public string Code(string column)
        {
            var text = Text(column);
            if (text.Length == 0) Bad(column, "the cell is empty");
            return text;
        }

        public int? Level(string column)
        {
            var text = Text(column);
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level <= SettlementCase.Tertiary) return level;
            Bad(column, $"'{text}' is not a hospital level (3 tertiary, 2 secondary, 1 primary, 0 unrated)");
            return null;
        }

        public YearMonth? Month(string column)
        {
            var text = Text(column);
            if (YearMonth.TryParse(text, out var month)) return month;
            Bad(column, $"'{text}' is not a month in the form yyyy-MM");
            return null;
        }

        public GroupingStatus? Status(string column)
        {
            var text = Text(column);
            try
            {
                return GroupingWords.ParseStatus(text);
            }
            catch (FormatException)
            {
                Bad(column, $"unknown status word '{text}'; expected success, ungroupable, ambiguous_qy or invalid");
                return null;
            }
        }

        public decimal? Amount(string column)
        {
            var text = Text(column);
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                Bad(column, text.Length == 0 ? "the cell is empty" : $"'{text}' is not an amount in 元");
                return null;
            }
            if (value < 0)
            {
                Bad(column, $"{text} is negative");
                return null;
            }
            return value;
        }

        public int? OptionalInt(string column, string what)
        {
            var text = Text(column);
            if (text.Length == 0) return null;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
            Bad(column, $"'{text}' is not {what}");
            return null;
        }

        public bool Flag(string column)
        {
            var text = Text(column);
            if (text is "" or "0") return false;
            if (text == "1") return true;
            Bad(column, $"'{text}' is not 0 or 1");
            return false;
        }
    }
}
