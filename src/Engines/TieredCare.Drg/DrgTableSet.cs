using System.Collections.Frozen;
using System.Globalization;

namespace TieredCare.Drg;

/// <summary>A table set that cannot be loaded: names the file, the line and the problem.</summary>
public sealed class DrgTableSetException : Exception
{
    /// <summary>Creates the exception for a problem in <paramref name="file"/> at <paramref name="line"/> (0 when not tied to a line).</summary>
    public DrgTableSetException(string file, int line, string problem)
        : base(line > 0 ? $"{file} line {line.ToString(CultureInfo.InvariantCulture)}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public DrgTableSetException(string message) : base(message) => (File, Problem) = ("", message);

    /// <summary>Creates the exception with a message and a cause.</summary>
    public DrgTableSetException(string message, Exception innerException) : base(message, innerException) => (File, Problem) = ("", message);

    /// <summary>Creates an empty exception.</summary>
    public DrgTableSetException() : this("invalid DRG table set") { }

    /// <summary>The table file, e.g. <c>adrg.tsv</c>.</summary>
    public string File { get; }

    /// <summary>The 1-based line in the file (the header is line 1), or 0.</summary>
    public int Line { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}

/// <summary>An MDC: its entry rule and its ADRGs in try order.</summary>
public sealed record MdcDefinition(string Code, int TryOrder, string Entry, bool QyActive, string? QyAfter, string Name)
{
    internal Expr CompiledEntry { get; init; } = null!;
    internal AdrgDefinition[] CompiledAdrgs { get; set; } = [];

    /// <summary>Where the QY check sits: before the ADRG at this index.</summary>
    internal int QyPosition { get; set; }

    /// <summary>The ADRGs in the order they are tried.</summary>
    public IReadOnlyList<AdrgDefinition> Adrgs => CompiledAdrgs;
}

/// <summary>An ADRG: its condition and its DRGs in split order.</summary>
public sealed record AdrgDefinition(string Code, string Mdc, int Order, string Condition)
{
    internal Expr CompiledCondition { get; init; } = null!;
    internal DrgDefinition[] CompiledDrgs { get; set; } = [];

    /// <summary>The DRGs in the order their splits are tried.</summary>
    public IReadOnlyList<DrgDefinition> Drgs => CompiledDrgs;
}

/// <summary>A DRG: its split rule and name.</summary>
public sealed record DrgDefinition(string Code, string Adrg, int Order, string Split, string Name)
{
    internal Expr CompiledSplit { get; init; } = null!;

    /// <summary>The untraced result for this DRG, shared by every record it groups.</summary>
    internal GroupingResult Result { get; set; } = null!;
}

/// <summary>
/// A DRG table set in the documented folder format (mdc, adrg, drg, lists, mcc, cc, cce, or_procedures),
/// validated and with every expression compiled at load. Immutable and safe to share between threads.
/// </summary>
public sealed class DrgTableSet
{
    /// <summary>The files a table set must have.</summary>
    public static readonly IReadOnlyList<string> RequiredFiles =
        ["mdc.tsv", "adrg.tsv", "drg.tsv", "lists.tsv", "mcc.tsv", "cc.tsv", "cce.tsv", "or_procedures.tsv"];

    private DrgTableSet(string source) => Source = source;

    /// <summary>Where the table set was loaded from.</summary>
    public string Source { get; }

    /// <summary>The MDCs in try order.</summary>
    public IReadOnlyList<MdcDefinition> Mdcs => CompiledMdcs;

    /// <summary>The number of ADRGs.</summary>
    public int AdrgCount { get; private set; }

    /// <summary>The number of DRGs.</summary>
    public int DrgCount { get; private set; }

    /// <summary>Every DRG's name (drg.tsv <c>name</c>) by DRG code.</summary>
    public IReadOnlyDictionary<string, string> DrgNames { get; private set; } = FrozenDictionary<string, string>.Empty;

    internal MdcDefinition[] CompiledMdcs { get; private set; } = [];
    internal FrozenDictionary<string, int> Mcc { get; private set; } = FrozenDictionary<string, int>.Empty;
    internal FrozenDictionary<string, int> Cc { get; private set; } = FrozenDictionary<string, int>.Empty;
    internal FrozenDictionary<string, int> Cce { get; private set; } = FrozenDictionary<string, int>.Empty;
    internal CodeList OrProcedures { get; private set; } = null!;

    /// <summary>Every code any table names, numbered densely; grouping looks each record code up once.</summary>
    internal FrozenDictionary<string, int> CodeIds { get; private set; } = FrozenDictionary<string, int>.Empty;
    internal int[] MccById { get; private set; } = [];
    internal int[] CcById { get; private set; } = [];
    internal int[] CceById { get; private set; } = [];
    internal Expr QyCondition { get; private set; } = null!;

    /// <summary>Loads a table set from a folder.</summary>
    /// <exception cref="DrgTableSetException">A file is missing, or a row is malformed or refers to something undefined.</exception>
    public static DrgTableSet Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return Load(name =>
        {
            var path = Path.Combine(folder, name);
            return System.IO.File.Exists(path) ? new StreamReader(path) : null;
        }, folder);
    }

    /// <summary>Loads a table set through <paramref name="open"/>, which returns a reader for a file name or <see langword="null"/> when the file is absent.</summary>
    /// <exception cref="DrgTableSetException">A file is missing, or a row is malformed or refers to something undefined.</exception>
    public static DrgTableSet Load(Func<string, TextReader?> open, string source)
    {
        ArgumentNullException.ThrowIfNull(open);
        var tables = new DrgTableSet(source);
        var files = new Dictionary<string, Table>(StringComparer.Ordinal);
        foreach (var name in RequiredFiles)
        {
            using var reader = open(name) ?? throw new DrgTableSetException(name, 0, $"file is missing from table set '{source}'");
            files[name] = Table.Read(name, reader);
        }
        tables.Build(files);
        return tables;
    }

    private void Build(Dictionary<string, Table> files)
    {
        var orTable = files["or_procedures.tsv"];
        var orCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in orTable.Rows(["code", "name"]))
        {
            orCodes.Add(row.NonEmpty("code"));
        }
        OrProcedures = new CodeList("", "or_procedures", orCodes.ToFrozenSet(StringComparer.Ordinal), FrozenDictionary<string, string>.Empty);
        QyCondition = new AnyProcIn(OrProcedures);

        var lists = ReadLists(files["lists.tsv"]);
        Mcc = ReadExclusions(files["mcc.tsv"], "code");
        Cc = ReadExclusions(files["cc.tsv"], "code");
        Cce = ReadExclusions(files["cce.tsv"], "principal_code");

        IndexCodes(lists);

        var mdcs = new Dictionary<string, MdcDefinition>(StringComparer.Ordinal);
        var tryOrders = new HashSet<int>();
        foreach (var row in files["mdc.tsv"].Rows(["mdc", "try_order", "entry", "qy", "qy_after", "name"]))
        {
            var code = row.NonEmpty("mdc");
            var order = row.Int("try_order");
            if (!tryOrders.Add(order)) throw row.Error($"try_order {order} is used twice");
            var qy = row.NonEmpty("qy") switch
            {
                "0" => false,
                "1" => true,
                var other => throw row.Error($"qy must be 0 or 1, not '{other}'"),
            };
            var qyAfter = row["qy_after"];
            var mdc = new MdcDefinition(code, order, row.NonEmpty("entry"), qy, qyAfter.Length == 0 ? null : qyAfter, row["name"])
            {
                CompiledEntry = row.Compile("entry", code, lists, OrProcedures),
            };
            if (!mdcs.TryAdd(code, mdc)) throw row.Error($"MDC '{code}' is defined twice");
        }

        var adrgs = new Dictionary<string, AdrgDefinition>(StringComparer.Ordinal);
        var adrgsByMdc = new Dictionary<string, List<AdrgDefinition>>(StringComparer.Ordinal);
        foreach (var row in files["adrg.tsv"].Rows(["adrg", "mdc", "order", "condition"]))
        {
            var code = row.NonEmpty("adrg");
            var mdc = row.NonEmpty("mdc");
            if (!mdcs.ContainsKey(mdc)) throw row.Error($"ADRG '{code}' belongs to unknown MDC '{mdc}'");
            var adrg = new AdrgDefinition(code, mdc, row.Int("order"), row.NonEmpty("condition"))
            {
                CompiledCondition = row.Compile("condition", code, lists, OrProcedures),
            };
            if (!adrgs.TryAdd(code, adrg)) throw row.Error($"ADRG '{code}' is defined twice");
            AddTo(adrgsByMdc, mdc, adrg);
        }

        var drgsByAdrg = new Dictionary<string, List<DrgDefinition>>(StringComparer.Ordinal);
        var drgCodes = new HashSet<string>(StringComparer.Ordinal);
        var drgNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in files["drg.tsv"].Rows(["drg", "adrg", "order", "split", "name"]))
        {
            var code = row.NonEmpty("drg");
            var adrg = row.NonEmpty("adrg");
            if (!adrgs.TryGetValue(adrg, out var owner)) throw row.Error($"DRG '{code}' belongs to unknown ADRG '{adrg}'");
            if (!drgCodes.Add(code)) throw row.Error($"DRG '{code}' is defined twice");
            var drg = new DrgDefinition(code, adrg, row.Int("order"), row.NonEmpty("split"), row["name"])
            {
                CompiledSplit = row.Compile("split", adrg, lists, OrProcedures),
                Result = new GroupingResult(owner.Mdc, adrg, code, GroupingStatus.Success, null, []),
            };
            AddTo(drgsByAdrg, adrg, drg);
            drgNames[code] = drg.Name;
        }

        foreach (var adrg in adrgs.Values)
        {
            adrg.CompiledDrgs = drgsByAdrg.TryGetValue(adrg.Code, out var drgs) ? [.. drgs.OrderBy(d => d.Order)] : [];
            if (adrg.CompiledDrgs.Length == 0) throw new DrgTableSetException("drg.tsv", 0, $"ADRG '{adrg.Code}' has no DRG");
            CheckUnique("drg.tsv", adrg.CompiledDrgs.Select(d => d.Order), $"ADRG '{adrg.Code}'");
        }
        foreach (var mdc in mdcs.Values)
        {
            mdc.CompiledAdrgs = adrgsByMdc.TryGetValue(mdc.Code, out var list) ? [.. list.OrderBy(a => a.Order)] : [];
            CheckUnique("adrg.tsv", mdc.CompiledAdrgs.Select(a => a.Order), $"MDC '{mdc.Code}'");
            if (mdc.QyAfter is null) mdc.QyPosition = 0;
            else
            {
                var index = Array.FindIndex(mdc.CompiledAdrgs, a => a.Code == mdc.QyAfter);
                if (index < 0) throw new DrgTableSetException("mdc.tsv", 0, $"qy_after '{mdc.QyAfter}' of {mdc.Code} is not an ADRG of that MDC");
                mdc.QyPosition = index + 1;
            }
        }
        CompiledMdcs = [.. mdcs.Values.OrderBy(m => m.TryOrder)];
        AdrgCount = adrgs.Count;
        DrgCount = drgCodes.Count;
        DrgNames = drgNames.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private void IndexCodes(Dictionary<string, Dictionary<string, CodeList>> lists)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(IEnumerable<string> codes)
        {
            foreach (var code in codes) ids.TryAdd(code, ids.Count);
        }
        Add(OrProcedures.Codes);
        foreach (var list in lists.Values.SelectMany(byName => byName.Values)) Add(list.Codes);
        Add(Mcc.Keys);
        Add(Cc.Keys);
        Add(Cce.Keys);
        CodeIds = ids.ToFrozenDictionary(StringComparer.Ordinal);
        OrProcedures.Index(CodeIds);
        foreach (var list in lists.Values.SelectMany(byName => byName.Values)) list.Index(CodeIds);
        int[] ById(FrozenDictionary<string, int> table)
        {
            var byId = new int[CodeIds.Count];
            Array.Fill(byId, Complications.None);
            foreach (var (code, value) in table) byId[CodeIds[code]] = value;
            return byId;
        }
        MccById = ById(Mcc);
        CcById = ById(Cc);
        CceById = ById(Cce);
    }

    private static void AddTo<T>(Dictionary<string, List<T>> map, string key, T item)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(item);
    }

    private static void CheckUnique(string file, IEnumerable<int> orders, string owner)
    {
        var seen = new HashSet<int>();
        foreach (var order in orders)
        {
            if (!seen.Add(order)) throw new DrgTableSetException(file, 0, $"order {order} is used twice in {owner}");
        }
    }

    private static Dictionary<string, Dictionary<string, CodeList>> ReadLists(Table table)
    {
        var codes = new Dictionary<(string Owner, string List), (HashSet<string> Codes, Dictionary<string, string> Labels)>();
        foreach (var row in table.Rows(["owner", "list", "code", "label"]))
        {
            var key = (row.NonEmpty("owner"), row.NonEmpty("list"));
            if (key.Item2 == "or_procedures") throw row.Error("'or_procedures' is the global list and cannot be redefined");
            if (!codes.TryGetValue(key, out var entry)) codes[key] = entry = (new(StringComparer.Ordinal), new(StringComparer.Ordinal));
            var code = row.NonEmpty("code");
            var label = row["label"];
            // The source keeps the label of a code's first occurrence; repeats do not change membership.
            if (entry.Codes.Add(code) && label.Length > 0) entry.Labels[code] = label;
        }
        var lists = new Dictionary<string, Dictionary<string, CodeList>>(StringComparer.Ordinal);
        foreach (var ((owner, name), entry) in codes)
        {
            if (!lists.TryGetValue(owner, out var byName)) lists[owner] = byName = new(StringComparer.Ordinal);
            byName[name] = new CodeList(owner, name, entry.Codes.ToFrozenSet(StringComparer.Ordinal), entry.Labels.ToFrozenDictionary(StringComparer.Ordinal));
        }
        return lists;
    }

    private static FrozenDictionary<string, int> ReadExclusions(Table table, string keyColumn)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows([keyColumn, "exclusion_table"]))
        {
            var code = row.NonEmpty(keyColumn);
            if (!map.TryAdd(code, row.Int("exclusion_table"))) throw row.Error($"code '{code}' is listed twice");
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed class Table(string name, string[] header, List<string[]> lines)
    {
        public static Table Read(string name, TextReader reader)
        {
            var headerLine = reader.ReadLine() ?? throw new DrgTableSetException(name, 1, "file is empty (no header row)");
            var lines = new List<string[]>();
            while (reader.ReadLine() is { } line)
            {
                lines.Add(line.Split('\t'));
            }
            return new Table(name, headerLine.Split('\t'), lines);
        }

        public IEnumerable<Row> Rows(string[] columns)
        {
            var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var column in columns)
            {
                var index = Array.IndexOf(header, column);
                if (index < 0) throw new DrgTableSetException(name, 1, $"header lacks column '{column}'");
                indexes[column] = index;
            }
            for (var i = 0; i < lines.Count; i++)
            {
                var cells = lines[i];
                var lineNumber = i + 2;
                if (cells.Length == 1 && cells[0].Length == 0 && i == lines.Count - 1) yield break;
                if (cells.Length != header.Length)
                {
                    throw new DrgTableSetException(name, lineNumber, $"row has {cells.Length} cells, the header has {header.Length}");
                }
                yield return new Row(name, lineNumber, cells, indexes);
            }
        }
    }

    private readonly struct Row(string file, int line, string[] cells, Dictionary<string, int> indexes)
    {
        public string this[string column] => cells[indexes[column]];

        public DrgTableSetException Error(string problem) => new(file, line, problem);

        public string NonEmpty(string column)
        {
            var value = this[column];
            return value.Length > 0 ? value : throw Error($"column '{column}' is empty");
        }

        public int Int(string column)
        {
            var value = NonEmpty(column);
            return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
                ? result
                : throw Error($"column '{column}' is not an integer: '{value}'");
        }

        public Expr Compile(string column, string owner, Dictionary<string, Dictionary<string, CodeList>> lists, CodeList orProcedures)
        {
            var text = NonEmpty(column);
            try
            {
                return ExpressionParser.Parse(text, name =>
                    name == "or_procedures" ? orProcedures
                    : lists.TryGetValue(owner, out var own) && own.TryGetValue(name, out var list) ? list
                    : null);
            }
            catch (FormatException e)
            {
                throw Error($"{column} '{text}' of {owner}: {e.Message}{(e.Message.StartsWith("unknown list", StringComparison.Ordinal) ? $" (no such list of {owner} in lists.tsv)" : "")}");
            }
        }
    }
}
