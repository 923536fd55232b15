using System.Collections.Frozen;
using System.Globalization;

namespace TieredCare.Supervision;

/// <summary>What a secondary diagnosis does for the DRG split, given the principal diagnosis.</summary>
public enum ComplicationLevel
{
    /// <summary>Neither an MCC nor a CC.</summary>
    None,

    /// <summary>A CC (并发症或合并症) that the principal does not exclude.</summary>
    Cc,

    /// <summary>An MCC (严重并发症或合并症) that the principal does not exclude.</summary>
    Mcc,

    /// <summary>A CC excluded by the principal's exclusion table (CC 排除表): it does not count.</summary>
    ExcludedCc,

    /// <summary>An MCC excluded by the principal's exclusion table: it does not count.</summary>
    ExcludedMcc,
}

/// <summary>
/// The MCC and CC lists of a DRG table set with their exclusion tables, in the format of CHS-DRG 1.1
/// <c>mcc.tsv</c>, <c>cc.tsv</c> and <c>cce.tsv</c> (header, then <c>code</c> or <c>principal_code</c> and
/// <c>exclusion_table</c>). A secondary diagnosis counts unless the principal has an exclusion table equal to the
/// diagnosis's own, as the grouper decides it.
/// </summary>
public sealed class ComplicationCatalogue
{
    private readonly FrozenDictionary<string, int> _mcc;
    private readonly FrozenDictionary<string, int> _cc;
    private readonly FrozenDictionary<string, int> _principalExclusions;

    private ComplicationCatalogue(FrozenDictionary<string, int> mcc, FrozenDictionary<string, int> cc, FrozenDictionary<string, int> cce) =>
        (_mcc, _cc, _principalExclusions) = (mcc, cc, cce);

    /// <summary>The number of MCC codes.</summary>
    public int MccCount => _mcc.Count;

    /// <summary>The number of CC codes.</summary>
    public int CcCount => _cc.Count;

    /// <summary>Reads the three tables.</summary>
    /// <exception cref="FormatException">A header lacks a column, a row has too few cells, a table number is not an integer
    /// or a code is listed twice (the message names the table and line).</exception>
    public static ComplicationCatalogue Read(TextReader mcc, TextReader cc, TextReader cce)
    {
        ArgumentNullException.ThrowIfNull(mcc);
        ArgumentNullException.ThrowIfNull(cc);
        ArgumentNullException.ThrowIfNull(cce);
        return new(ReadTable(mcc, "mcc.tsv", "code"), ReadTable(cc, "cc.tsv", "code"), ReadTable(cce, "cce.tsv", "principal_code"));
    }

    /// <summary>Reads <c>mcc.tsv</c>, <c>cc.tsv</c> and <c>cce.tsv</c> from a table set folder.</summary>
    /// <exception cref="FormatException">A table is malformed.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static ComplicationCatalogue Load(string tableSetFolder)
    {
        using var mcc = new StreamReader(Path.Combine(tableSetFolder, "mcc.tsv"));
        using var cc = new StreamReader(Path.Combine(tableSetFolder, "cc.tsv"));
        using var cce = new StreamReader(Path.Combine(tableSetFolder, "cce.tsv"));
        return Read(mcc, cc, cce);
    }

    /// <summary>What <paramref name="secondary"/> does beside <paramref name="principal"/>.</summary>
    public ComplicationLevel Classify(string principal, string secondary)
    {
        var isMcc = _mcc.TryGetValue(secondary, out var own);
        if (!isMcc && !_cc.TryGetValue(secondary, out own)) return ComplicationLevel.None;
        var excluded = _principalExclusions.TryGetValue(principal, out var exclusion) && exclusion == own;
        return (isMcc, excluded) switch
        {
            (true, false) => ComplicationLevel.Mcc,
            (true, true) => ComplicationLevel.ExcludedMcc,
            (false, false) => ComplicationLevel.Cc,
            (false, true) => ComplicationLevel.ExcludedCc,
        };
    }

    private static FrozenDictionary<string, int> ReadTable(TextReader reader, string table, string keyColumn)
    {
        var header = (reader.ReadLine() ?? throw new FormatException($"{table}: the file is empty")).Split('\t');
        var key = Array.IndexOf(header, keyColumn);
        var number = Array.IndexOf(header, "exclusion_table");
        if (key < 0) throw new FormatException($"{table}: line 1 lacks column '{keyColumn}'");
        if (number < 0) throw new FormatException($"{table}: line 1 lacks column 'exclusion_table'");
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0) continue;
            var cells = text.Split('\t');
            if (cells.Length <= Math.Max(key, number)) throw new FormatException($"{table}: line {line} has {cells.Length} cells, the header has {header.Length}");
            if (!int.TryParse(cells[number], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"{table}: line {line}, column exclusion_table: '{cells[number]}' is not an integer");
            }
            if (!map.TryAdd(cells[key], value)) throw new FormatException($"{table}: line {line}: code '{cells[key]}' is listed twice");
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
