using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TieredCare.Drg.Analytics;

/// <summary>The reference-period figures of one DRG: its relative weight, mean cost and stay, and mortality risk.</summary>
/// <param name="Drg">The DRG code.</param>
/// <param name="Name">The DRG name, or empty.</param>
/// <param name="Cases">Successfully grouped cases in the DRG; the denominator of <paramref name="Mortality"/>.</param>
/// <param name="CasesUsed">Cases whose cost and stay entered the means: known cost and length of stay, kept by trimming.</param>
/// <param name="MeanCost">Mean cost of the used cases in 元, rounded to 2 places.</param>
/// <param name="MeanLos">Mean length of stay of the used cases in days, rounded to 4 places.</param>
/// <param name="RelativeWeight">RW: the exact mean cost ÷ the exact overall mean cost of all used cases, rounded to 4 places.</param>
/// <param name="Deaths">Deaths (离院方式 5) among <paramref name="Cases"/>.</param>
/// <param name="Mortality">Deaths ÷ cases as a fraction, rounded to 6 places.</param>
/// <param name="Risk">The mortality risk stratum.</param>
public sealed record DrgWeight(
    string Drg, string Name, int Cases, int CasesUsed, decimal MeanCost, decimal MeanLos, decimal RelativeWeight, int Deaths, decimal Mortality,
    RiskLevel Risk);

/// <summary>The distribution of ln(mortality) over the rated DRGs with deaths, which places each DRG in a risk stratum.</summary>
/// <param name="Groups">How many DRGs the mean and SD are taken over.</param>
/// <param name="Mean">Mean of ln(mortality).</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1) of ln(mortality); 0 for a single DRG.</param>
public sealed record RiskStrata(int Groups, double Mean, double StandardDeviation)
{
    /// <summary>
    /// The stratum of a mortality (a fraction): no deaths is <see cref="RiskLevel.Low"/> (ln 0 = −∞); otherwise
    /// ln(mortality) below mean − SD is low, below the mean mid-low, below mean + SD mid-high, and high from there.
    /// </summary>
    public RiskLevel Classify(double mortality)
    {
        if (mortality <= 0) return RiskLevel.Low;
        var x = Math.Log(mortality);
        return x < Mean - StandardDeviation ? RiskLevel.Low
            : x < Mean ? RiskLevel.MidLow
            : x < Mean + StandardDeviation ? RiskLevel.MidHigh
            : RiskLevel.High;
    }
}

/// <summary>A weight file that cannot be read: names the line, and the column when the problem is in one cell.</summary>
public sealed class DrgWeightTableException : FormatException
{
    /// <summary>Creates the exception for a problem at <paramref name="line"/> (1 is the header), in <paramref name="column"/> when known.</summary>
    public DrgWeightTableException(int line, string? column, string problem)
        : base(column is null
            ? $"line {line.ToString(CultureInfo.InvariantCulture)}: {problem}"
            : $"line {line.ToString(CultureInfo.InvariantCulture)}, column '{column}': {problem}")
    {
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public DrgWeightTableException(string message) : base(message) => Problem = message;

    /// <summary>Creates the exception with a message and a cause.</summary>
    public DrgWeightTableException(string message, Exception innerException) : base(message, innerException) => Problem = message;

    /// <summary>Creates an empty exception.</summary>
    public DrgWeightTableException() : this("invalid DRG weight file") { }

    /// <summary>The 1-based line (the header is line 1), or 0.</summary>
    public int Line { get; }

    /// <summary>The column the problem is in, or <see langword="null"/> when it concerns the whole line.</summary>
    public string? Column { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}

/// <summary>
/// Relative weights and risk strata of a reference period, one row per DRG in ordinal code order. Computed by
/// <see cref="RelativeWeights.Compute"/>, or read from the TSV that <see cref="Write"/> produces, so a reference
/// period's weights can score another period. Values are rounded once, when computed, so a table read back from its
/// file has the same rows and gives the same profile. Immutable.
/// </summary>
public sealed class DrgWeightTable
{
    /// <summary>The columns of the weight TSV, in the order <see cref="Write"/> writes them.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["drg", "name", "cases", "cases_used", "mean_cost", "mean_los", "rw", "deaths", "mortality", "risk"];

    private static readonly string CostFormat = "0.00" + new string('#', 26);
    private static readonly string LosFormat = "0.0000" + new string('#', 24);
    private static readonly string WeightFormat = "0.0000" + new string('#', 24);
    private static readonly string MortalityFormat = "0.000000" + new string('#', 22);

    private readonly DrgWeight[] _weights;
    private readonly Dictionary<string, DrgWeight> _byDrg;

    /// <summary>Creates a table from its rows, which are ordered by DRG code.</summary>
    /// <param name="weights">The rows; each DRG at most once.</param>
    /// <param name="overallMeanCost">The exact mean cost of all used cases, when known.</param>
    /// <param name="strata">The risk strata the rows were classified with, when known.</param>
    /// <exception cref="ArgumentException">A DRG appears twice, a code or name contains a tab or line break, or a count or value is out of range.</exception>
    public DrgWeightTable(IEnumerable<DrgWeight> weights, decimal? overallMeanCost = null, RiskStrata? strata = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = [.. weights];
        Array.Sort(_weights, (a, b) => string.CompareOrdinal(a.Drg, b.Drg));
        _byDrg = new Dictionary<string, DrgWeight>(_weights.Length, StringComparer.Ordinal);
        foreach (var w in _weights)
        {
            ArgumentNullException.ThrowIfNull(w, nameof(weights));
            if (Problem(w) is { } problem) throw new ArgumentException($"DRG '{w.Drg}': {problem}", nameof(weights));
            if (!_byDrg.TryAdd(w.Drg, w)) throw new ArgumentException($"DRG '{w.Drg}' appears twice", nameof(weights));
        }
        OverallMeanCost = overallMeanCost;
        Strata = strata;
    }

    /// <summary>The rows in ordinal DRG code order.</summary>
    public IReadOnlyList<DrgWeight> Weights => _weights;

    /// <summary>The number of DRGs.</summary>
    public int Count => _weights.Length;

    /// <summary>The exact mean cost of all used cases (the RW denominator); <see langword="null"/> for a table read from a file, which does not carry it.</summary>
    public decimal? OverallMeanCost { get; }

    /// <summary>The ln(mortality) distribution the risk strata came from; <see langword="null"/> when no rated DRG had a death, or for a table read from a file.</summary>
    public RiskStrata? Strata { get; }

    /// <summary>The row of <paramref name="drg"/>, or <see langword="null"/>.</summary>
    public DrgWeight? Find(string drg) => _byDrg.GetValueOrDefault(drg);

    /// <summary>Looks up the row of <paramref name="drg"/>.</summary>
    public bool TryGet(string drg, [NotNullWhen(true)] out DrgWeight? weight) => _byDrg.TryGetValue(drg, out weight);

    /// <summary>Writes the table as TSV: a header row with <see cref="Columns"/>, then one row per DRG; <c>\n</c> line ends.</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join('\t', Columns));
        writer.Write('\n');
        var invariant = CultureInfo.InvariantCulture;
        foreach (var w in _weights)
        {
            writer.Write(string.Join('\t',
                w.Drg, w.Name, w.Cases.ToString(invariant), w.CasesUsed.ToString(invariant), w.MeanCost.ToString(CostFormat, invariant),
                w.MeanLos.ToString(LosFormat, invariant), w.RelativeWeight.ToString(WeightFormat, invariant), w.Deaths.ToString(invariant),
                w.Mortality.ToString(MortalityFormat, invariant), w.Risk.ToWord()));
            writer.Write('\n');
        }
    }

    /// <summary>
    /// Reads a weight TSV: a header row naming every column of <see cref="Columns"/> once (in any order, no others), then
    /// one row per DRG. Empty lines are skipped.
    /// </summary>
    /// <exception cref="DrgWeightTableException">The header is wrong, or a row is malformed; the message names the line and column.</exception>
    public static DrgWeightTable Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var headerLine = reader.ReadLine() ?? throw new DrgWeightTableException(1, null, $"the file is empty; expected the header {string.Join(", ", Columns)}");
        var header = headerLine.TrimStart('\uFEFF').Split('\t');
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!Columns.Contains(header[i])) throw new DrgWeightTableException(1, header[i], $"unknown column; expected {string.Join(", ", Columns)}");
            if (!at.TryAdd(header[i], i)) throw new DrgWeightTableException(1, header[i], "the column appears twice");
        }
        foreach (var column in Columns)
        {
            if (!at.ContainsKey(column)) throw new DrgWeightTableException(1, column, "the header lacks this column");
        }

        var rows = new List<DrgWeight>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var cells = line.Split('\t');
            if (cells.Length != header.Length) throw new DrgWeightTableException(lineNumber, null, $"{cells.Length} cells, the header has {header.Length}");
            var row = new Row(lineNumber, cells, at);
            var drg = row.NonEmpty("drg");
            if (lines.TryGetValue(drg, out var first)) throw new DrgWeightTableException(lineNumber, "drg", $"DRG '{drg}' is already on line {first}");
            lines[drg] = lineNumber;
            var weight = new DrgWeight(drg, row["name"], row.Count("cases"), row.Count("cases_used"), row.Decimal("mean_cost"), row.Decimal("mean_los"),
                row.Decimal("rw"), row.Count("deaths"), row.Decimal("mortality"), row.Risk("risk"));
            if (Problem(weight) is { } problem) throw new DrgWeightTableException(lineNumber, null, problem);
            rows.Add(weight);
        }
        return new DrgWeightTable(rows);
    }

    private static string? Problem(DrgWeight w)
    {
        if (string.IsNullOrEmpty(w.Drg)) return "the DRG code is empty";
        if (w.Drg.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0 || w.Name is null || w.Name.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
            return "a code or name contains a tab or line break";
        if (w.Cases < 0 || w.Deaths < 0 || w.CasesUsed < 1) return "counts must not be negative and cases_used must be at least 1";
        if (w.CasesUsed > w.Cases) return $"cases_used {w.CasesUsed} exceeds cases {w.Cases}";
        if (w.Deaths > w.Cases) return $"deaths {w.Deaths} exceed cases {w.Cases}";
        if (w.MeanCost < 0 || w.MeanLos < 0 || w.RelativeWeight < 0) return "mean_cost, mean_los and rw must not be negative";
        if (w.Mortality is < 0 or > 1) return $"mortality {w.Mortality} is not a fraction between 0 and 1";
        if (!Enum.IsDefined(w.Risk)) return "unknown risk level";
        return null;
    }

    private readonly struct Row(int line, string[] cells, Dictionary<string, int> at)
    {
        public string this[string column] => cells[at[column]];

        public string NonEmpty(string column) =>
            this[column] is { Length: > 0 } text ? text : throw new DrgWeightTableException(line, column, "the cell is empty");

        public int Count(string column)
        {
            var text = NonEmpty(column);
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new DrgWeightTableException(line, column, $"'{text}' is not a whole number of cases");
        }

        public decimal Decimal(string column)
        {
            var text = NonEmpty(column);
            return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new DrgWeightTableException(line, column, $"'{text}' is not a decimal number (digits and '.', no sign or exponent)");
        }

        public RiskLevel Risk(string column)
        {
            var text = NonEmpty(column);
            return AnalyticsWords.ParseRisk(text)
                ?? throw new DrgWeightTableException(line, column, $"'{text}' is not a risk level (low, mid_low, mid_high, high, unrated)");
        }
    }
}
