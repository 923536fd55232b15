using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;

namespace TieredCare.Payment.Dip;

/// <summary>
/// A DIP catalogue (病种目录库) built from a reference period's cases: core combinations of principal-diagnosis
/// subcategory × procedure set, and pooled (comprehensive) combinations for the rest, each with its mean cost and score.
/// Readable and writable as TSV, so one period's catalogue scores another. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Core.</b> Cases are keyed by <see cref="DipCodes.CoreKey(string, IEnumerable{string})"/>. A key with at least
/// <see cref="DipOptions.MinimumCasesForCore"/> cases (15) is a core combination.</para>
/// <para><b>Pools.</b> The cases of the other keys are pooled by treatment type (the highest type among a case's procedures,
/// <see cref="TreatmentType.Conservative"/> when it has none) and, in turn: the diagnosis category (the subcategory's first 3
/// characters, <c>J18</c>); where that pool has fewer than the minimum, the chapter letter (<c>J</c>); where that still has
/// fewer, one last-resort pool per treatment type over all diagnoses (<c>*</c>), kept whatever its size. Each case is in
/// exactly one combination, so the entries' cases add up to the reference.</para>
/// <para><b>Score.</b> 病种分值 = m ÷ M × <see cref="DipOptions.ScoreBase"/>, with m the combination's mean total cost and M the
/// mean total cost of every reference case; both exact, the score rounded once to 4 places and the published mean cost to 2
/// (half away from zero).</para>
/// </remarks>
public sealed class DipCatalogue
{
    /// <summary>The columns of the catalogue TSV, in the order <see cref="Write"/> writes them.</summary>
    public static readonly IReadOnlyList<string> Columns = ["key", "kind", "diagnosis", "procedures", "treatment", "cases", "mean_cost", "score"];

    private static readonly string CostFormat = "0.00" + new string('#', 26);
    private static readonly string ScoreFormat = "0.0000" + new string('#', 24);

    private readonly DipCombination[] _combinations;
    private readonly Dictionary<string, DipCombination> _byKey;
    private readonly Func<string, TreatmentType> _classifier;

    internal DipCatalogue(IEnumerable<DipCombination> combinations, Func<string, TreatmentType>? classifier, decimal? overallMeanCost)
    {
        _combinations = [.. combinations];
        Array.Sort(_combinations, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        _byKey = new Dictionary<string, DipCombination>(_combinations.Length, StringComparer.Ordinal);
        foreach (var c in _combinations)
        {
            if (!_byKey.TryAdd(c.Key, c)) throw new ArgumentException($"combination '{c.Key}' appears twice", nameof(combinations));
        }
        _classifier = classifier ?? DipCodes.DefaultTreatmentType;
        OverallMeanCost = overallMeanCost;
    }

    /// <summary>The entries in ordinal key order.</summary>
    public IReadOnlyList<DipCombination> Combinations => _combinations;

    /// <summary>The number of entries.</summary>
    public int Count => _combinations.Length;

    /// <summary>The exact mean total cost of all reference cases (the score denominator); <see langword="null"/> for a catalogue read from a file, which does not carry it, or built from no cases.</summary>
    public decimal? OverallMeanCost { get; }

    /// <summary>The entry with <paramref name="key"/>, or <see langword="null"/>.</summary>
    public DipCombination? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Looks up the entry with <paramref name="key"/>.</summary>
    public bool TryGet(string key, [NotNullWhen(true)] out DipCombination? combination) => _byKey.TryGetValue(key, out combination);

    /// <summary>Builds the catalogue of a reference period, enumerating <paramref name="reference"/> once.</summary>
    /// <param name="reference">The reference period's cases.</param>
    /// <param name="options">Thresholds, score base and classifier; <see cref="DipOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The catalogue; empty when there are no cases.</returns>
    /// <exception cref="ArgumentException">The cases cost 0 in total, so no score is defined; or the classifier refused a procedure code.</exception>
    public static DipCatalogue Build(IEnumerable<DipCase> reference, DipOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        options ??= DipOptions.Default;
        var classifier = options.Classifier ?? DipCodes.DefaultTreatmentType;

        var keys = new Dictionary<string, KeyGroup>(StringComparer.Ordinal);
        var (count, total) = (0L, 0m);
        foreach (var c in reference)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(reference));
            var subcategory = DipCodes.TrySubcategory(c.PrincipalDiagnosis)!;
            var procedures = DipCodes.SortedDistinct(c.Procedures);
            ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(keys, DipCodes.KeyOf(subcategory, procedures), out var exists);
            if (!exists) group = new KeyGroup(subcategory, procedures);
            group!.Cases++;
            group.Cost += c.TotalCost;
            count++;
            total += c.TotalCost;
        }
        if (count == 0) return new DipCatalogue([], classifier, null);
        if (total == 0) throw new ArgumentException("the reference cases cost 0 in total, so scores (mean cost ÷ overall mean cost) are undefined", nameof(reference));

        var overall = total / count;
        var minimum = options.MinimumCasesForCore;
        var entries = new List<DipCombination>();
        DipCombination Entry(DipCombinationKind kind, string diagnosis, string[] procedures, TreatmentType treatment, int cases, decimal cost)
        {
            var mean = cost / cases;
            return new DipCombination(kind, diagnosis, procedures, treatment, cases, Round(mean, 2), Round(mean * options.ScoreBase / overall, 4));
        }

        var byCategory = new Dictionary<(string, TreatmentType), Pool>();
        foreach (var group in keys.Values)
        {
            var treatment = TreatmentOf(group.Procedures, classifier);
            if (group.Cases >= minimum) entries.Add(Entry(DipCombinationKind.Core, group.Subcategory, group.Procedures, treatment, group.Cases, group.Cost));
            else Add(byCategory, group.Subcategory[..3], treatment, group.Cases, group.Cost);
        }
        // A pool too small to stand on its own moves up a level: category → chapter → all diagnoses, where it stays.
        var byChapter = new Dictionary<(string, TreatmentType), Pool>();
        var anywhere = new Dictionary<(string, TreatmentType), Pool>();
        void Settle(Dictionary<(string, TreatmentType), Pool> level, Dictionary<(string, TreatmentType), Pool>? parent, Func<string, string> up)
        {
            foreach (var ((diagnosis, treatment), pool) in level)
            {
                if (parent is null || pool.Cases >= minimum) entries.Add(Entry(DipCombinationKind.Pooled, diagnosis, [], treatment, pool.Cases, pool.Cost));
                else Add(parent, up(diagnosis), treatment, pool.Cases, pool.Cost);
            }
        }
        Settle(byCategory, byChapter, static category => category[..1]);
        Settle(byChapter, anywhere, static _ => DipCodes.AnyDiagnosis);
        Settle(anywhere, null, static d => d);
        return new DipCatalogue(entries, classifier, overall);
    }

    /// <summary>Writes the catalogue as TSV: a header row with <see cref="Columns"/>, then one row per entry in key order; <c>\n</c> line ends.</summary>
    /// <remarks>Procedures are joined by <c>+</c>; mean cost has at least 2 places and score at least 4, more only if a value read from a file had more.</remarks>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join('\t', Columns));
        writer.Write('\n');
        var invariant = CultureInfo.InvariantCulture;
        foreach (var c in _combinations)
        {
            writer.Write(string.Join('\t',
                c.Key, c.Kind.ToWord(), c.Diagnosis, string.Join(DipCodes.ProcedureSeparator, c.ProcedureArray), c.Treatment.ToWord(),
                c.Cases.ToString(invariant), c.MeanCost.ToString(CostFormat, invariant), c.Score.ToString(ScoreFormat, invariant)));
            writer.Write('\n');
        }
    }

    /// <summary>
    /// Reads a catalogue TSV: a header row naming every column of <see cref="Columns"/> once (in any order, no others), then
    /// one row per entry. Empty lines are skipped. Each row must be consistent: the key is the one its diagnosis and
    /// procedures (core) or diagnosis and treatment (pooled) give, and a core row's treatment is what
    /// <paramref name="classifier"/> says of its procedures, so a catalogue is not read with a classifier other than the one
    /// it was built with.
    /// </summary>
    /// <param name="reader">The TSV text.</param>
    /// <param name="classifier">The classifier the catalogue was built with; <see cref="DipCodes.DefaultTreatmentType"/> when <see langword="null"/>.</param>
    /// <exception cref="DipCatalogueException">The header is wrong or a row is malformed or inconsistent; the message names the line and column.</exception>
    public static DipCatalogue Read(TextReader reader, Func<string, TreatmentType>? classifier = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        classifier ??= DipCodes.DefaultTreatmentType;
        var headerLine = reader.ReadLine() ?? throw new DipCatalogueException(1, null, $"the file is empty; expected the header {string.Join(", ", Columns)}");
        var header = headerLine.TrimStart('\uFEFF').Split('\t');
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!Columns.Contains(header[i])) throw new DipCatalogueException(1, header[i], $"unknown column; expected {string.Join(", ", Columns)}");
            if (!at.TryAdd(header[i], i)) throw new DipCatalogueException(1, header[i], "the column appears twice");
        }
        foreach (var column in Columns)
        {
            if (!at.ContainsKey(column)) throw new DipCatalogueException(1, column, "the header lacks this column");
        }

        var entries = new List<DipCombination>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var cells = line.Split('\t');
            if (cells.Length != header.Length) throw new DipCatalogueException(lineNumber, null, $"{cells.Length} cells, the header has {header.Length}");
            var entry = new Row(lineNumber, cells, at).Combination(classifier);
            if (lines.TryGetValue(entry.Key, out var first)) throw new DipCatalogueException(lineNumber, "key", $"combination '{entry.Key}' is already on line {first}");
            lines.Add(entry.Key, lineNumber);
            entries.Add(entry);
        }
        return new DipCatalogue(entries, classifier, null);
    }

    /// <summary>
    /// The combination a case falls into: its core combination, else its pool by category, chapter or last resort, each
    /// under the case's treatment type. <paramref name="tried"/> lists the keys looked up, in order.
    /// </summary>
    internal DipCombination? Match(DipCase c, out string[] tried)
    {
        var subcategory = DipCodes.TrySubcategory(c.PrincipalDiagnosis)!;
        var procedures = DipCodes.SortedDistinct(c.Procedures);
        var core = DipCodes.KeyOf(subcategory, procedures);
        if (_byKey.TryGetValue(core, out var found))
        {
            tried = [core];
            return found;
        }
        var treatment = TreatmentOf(procedures, _classifier);
        tried = [core, DipCodes.PoolKey(subcategory[..3], treatment), DipCodes.PoolKey(subcategory[..1], treatment), DipCodes.PoolKey(DipCodes.AnyDiagnosis, treatment)];
        for (var i = 1; i < tried.Length; i++)
        {
            if (_byKey.TryGetValue(tried[i], out found))
            {
                tried = tried[..(i + 1)];
                return found;
            }
        }
        return null;
    }

    private static TreatmentType TreatmentOf(string[] procedures, Func<string, TreatmentType> classifier)
    {
        var highest = TreatmentType.Conservative;
        foreach (var code in procedures)
        {
            var type = classifier(code);
            if (!Enum.IsDefined(type)) throw new ArgumentException($"the classifier returned {(int)type}, not a treatment type, for '{code}'", nameof(classifier));
            if (type > highest) highest = type;
        }
        return highest;
    }

    private static void Add(Dictionary<(string, TreatmentType), Pool> pools, string diagnosis, TreatmentType treatment, int cases, decimal cost)
    {
        ref var pool = ref CollectionsMarshal.GetValueRefOrAddDefault(pools, (diagnosis, treatment), out _);
        pool.Cases = checked(pool.Cases + cases);
        pool.Cost += cost;
    }

    private static decimal Round(decimal value, int places) => Math.Round(value, places, MidpointRounding.AwayFromZero);

    private sealed class KeyGroup(string subcategory, string[] procedures)
    {
        public string Subcategory { get; } = subcategory;
        public string[] Procedures { get; } = procedures;
        public int Cases { get; set; }
        public decimal Cost { get; set; }
    }

    private struct Pool
    {
        public int Cases;
        public decimal Cost;
    }

    private readonly struct Row(int line, string[] cells, Dictionary<string, int> at)
    {
        private string this[string column] => cells[at[column]];

        public DipCombination Combination(Func<string, TreatmentType> classifier)
        {
            var key = NonEmpty("key");
            var kind = DipWords.ParseKind(NonEmpty("kind")) ?? throw Error("kind", $"'{this["kind"]}' is not a kind (core, pooled)");
            var diagnosis = NonEmpty("diagnosis");
            var procedures = Procedures();
            var treatment = DipWords.ParseTreatment(NonEmpty("treatment"))
                ?? throw Error("treatment", $"'{this["treatment"]}' is not a treatment type (conservative, diagnostic, therapeutic, surgery)");
            if (kind == DipCombinationKind.Core)
            {
                if (!string.Equals(DipCodes.TrySubcategory(diagnosis), diagnosis, StringComparison.Ordinal))
                {
                    throw Error("diagnosis", $"'{diagnosis}' is not a subcategory key such as J18.9 or I10.x");
                }
                TreatmentType expected;
                try
                {
                    expected = TreatmentOf(procedures, classifier);
                }
                catch (ArgumentException e)
                {
                    throw new DipCatalogueException(line, "procedures", e.Message, e);
                }
                if (treatment != expected)
                {
                    throw Error("treatment", $"'{treatment.ToWord()}' disagrees with the classifier, which makes these procedures '{expected.ToWord()}'");
                }
            }
            else
            {
                if (!DipCodes.IsPoolDiagnosis(diagnosis)) throw Error("diagnosis", $"'{diagnosis}' is not a pool's category (J18), chapter letter (J) or '*'");
                if (procedures.Length > 0) throw Error("procedures", "a pooled combination has no procedures");
            }
            var entry = new DipCombination(kind, diagnosis, procedures, treatment, Cases("cases"), Decimal("mean_cost"), Decimal("score"));
            if (!string.Equals(entry.Key, key, StringComparison.Ordinal)) throw Error("key", $"'{key}' should be '{entry.Key}', as the other cells give it");
            return entry;
        }

        private string[] Procedures()
        {
            var text = this["procedures"];
            if (text.Length == 0) return [];
            var codes = text.Split(DipCodes.ProcedureSeparator);
            foreach (var code in codes)
            {
                if (DipCodes.ProcedureProblem(code) is { } problem) throw Error("procedures", problem);
            }
            var sorted = DipCodes.SortedDistinct(codes);
            if (!sorted.AsSpan().SequenceEqual(codes))
            {
                throw Error("procedures", $"'{text}' is not sorted without repeats; write '{string.Join(DipCodes.ProcedureSeparator, sorted)}'");
            }
            return codes;
        }

        private string NonEmpty(string column) => this[column] is { Length: > 0 } text ? text : throw Error(column, "the cell is empty");

        private int Cases(string column)
        {
            var text = NonEmpty(column);
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1
                ? value
                : throw Error(column, $"'{text}' is not a whole number of cases of at least 1");
        }

        private decimal Decimal(string column)
        {
            var text = NonEmpty(column);
            return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw Error(column, $"'{text}' is not a decimal number (digits and '.', no sign or exponent)");
        }

        private DipCatalogueException Error(string column, string problem) => new(line, column, problem);
    }
}

/// <summary>A catalogue file that cannot be read: names the line, and the column when the problem is in one cell.</summary>
public sealed class DipCatalogueException : FormatException
{
    /// <summary>Creates the exception for a problem at <paramref name="line"/> (1 is the header), in <paramref name="column"/> when known.</summary>
    public DipCatalogueException(int line, string? column, string problem, Exception? innerException = null)
        : base(column is null
            ? $"line {line.ToString(CultureInfo.InvariantCulture)}: {problem}"
            : $"line {line.ToString(CultureInfo.InvariantCulture)}, column '{column}': {problem}", innerException)
    {
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public DipCatalogueException(string message) : base(message) => Problem = message;

    /// <summary>Creates the exception with a message and a cause.</summary>
    public DipCatalogueException(string message, Exception innerException) : base(message, innerException) => Problem = message;

    /// <summary>Creates an empty exception.</summary>
    public DipCatalogueException() : this("invalid DIP catalogue file") { }

    /// <summary>The 1-based line (the header is line 1), or 0.</summary>
    public int Line { get; }

    /// <summary>The column the problem is in, or <see langword="null"/> when it concerns the whole line.</summary>
    public string? Column { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
