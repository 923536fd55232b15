using System.Collections.Frozen;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace TieredCare.Referrals.Catalogue;

/// <summary>
/// A versioned tiered disease catalogue (县、乡、村三级疾病诊疗目录). Each network can keep its own; a catalogue is
/// data, read from a CSV file with the header <c>icd10,name,lowest_tier,up_criteria,down_criteria</c>.
/// </summary>
public sealed class DiseaseCatalogue
{
    /// <summary>The columns every catalogue file must have.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["icd10", "name", "lowest_tier", "up_criteria", "down_criteria"];

    /// <summary>The name of the demo catalogue.</summary>
    public const string DemoName = "qingchuan-demo";

    /// <summary>The version of the demo catalogue.</summary>
    public const string DemoVersion = "1.0";

    private readonly FrozenDictionary<string, CatalogueEntry> _codes;
    private readonly CatalogueEntry[] _ranges;

    private DiseaseCatalogue(string name, string version, IReadOnlyList<CatalogueEntry> entries)
    {
        Name = name;
        Version = version;
        Entries = entries;
        _codes = entries.Where(e => e.Pattern.Kind != IcdPatternKind.Range).ToFrozenDictionary(e => e.Pattern.Text, StringComparer.Ordinal);
        _ranges = [.. entries.Where(e => e.Pattern.Kind == IcdPatternKind.Range)];
    }

    /// <summary>The catalogue's name, e.g. the network that keeps it.</summary>
    public string Name { get; }

    /// <summary>The catalogue's version.</summary>
    public string Version { get; }

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<CatalogueEntry> Entries { get; }

    /// <summary>
    /// Builds a catalogue from entries. An entry that repeats an earlier pattern, or a range that shares a category with
    /// an earlier range, is left out and reported with both lines, because a lookup could not choose between them.
    /// </summary>
    public static CatalogueLoadResult Create(string name, string version, IEnumerable<CatalogueEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(entries);
        var kept = new List<CatalogueEntry>();
        var errors = new List<CatalogueRowError>();
        var codes = new Dictionary<string, CatalogueEntry>(StringComparer.Ordinal);
        var ranges = new List<CatalogueEntry>();
        foreach (var entry in entries)
        {
            var clash = entry.Pattern.Kind == IcdPatternKind.Range
                ? ranges.FirstOrDefault(r => r.Pattern.Overlaps(entry.Pattern))
                : codes.GetValueOrDefault(entry.Pattern.Text);
            if (clash is not null)
            {
                errors.Add(new CatalogueRowError(entry.Line, "icd10", new BilingualText(
                    $"“{entry.Pattern}”与第{clash.Line}行的“{clash.Pattern}”重叠",
                    $"'{entry.Pattern}' overlaps '{clash.Pattern}' on line {clash.Line}")));
                continue;
            }

            if (entry.Pattern.Kind == IcdPatternKind.Range)
            {
                ranges.Add(entry);
            }
            else
            {
                codes.Add(entry.Pattern.Text, entry);
            }

            kept.Add(entry);
        }

        return new CatalogueLoadResult(new DiseaseCatalogue(name, version, kept), errors);
    }

    /// <summary>
    /// Reads a catalogue file. Bad rows are reported with line, field and reason and left out; the good rows are kept.
    /// A header without a required column gives an empty catalogue and one error per missing column.
    /// </summary>
    /// <param name="reader">The CSV text (comma-separated, fields with commas or quotes in double quotes).</param>
    /// <param name="name">The catalogue's name.</param>
    /// <param name="version">The catalogue's version.</param>
    public static CatalogueLoadResult Load(TextReader reader, string name, string version)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var errors = new List<CatalogueRowError>();
        var entries = new List<CatalogueEntry>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { IgnoreBlankLines = true, BadDataFound = null };
        using var csv = new CsvParser(reader, config, leaveOpen: true);
        if (!csv.Read())
        {
            errors.Add(new CatalogueRowError(1, "row", new BilingualText("文件为空（没有表头）", "the file is empty (no header)")));
            return Finish(name, version, entries, errors);
        }

        var header = csv.Record ?? [];
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            index.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
        }

        foreach (var column in Columns.Where(c => !index.ContainsKey(c)))
        {
            errors.Add(new CatalogueRowError(1, column, new BilingualText("表头缺少此列", "the header lacks this column")));
        }

        if (errors.Count > 0)
        {
            return Finish(name, version, entries, errors);
        }

        while (csv.Read())
        {
            // A quoted field may span lines; the row is named by the line it starts on.
            var line = csv.RawRow - csv.RawRecord.TrimEnd('\r', '\n').Count(c => c == '\n');
            var record = csv.Record ?? [];
            if (record.Length != header.Length)
            {
                errors.Add(new CatalogueRowError(line, "row", new BilingualText(
                    $"有{record.Length}个字段，表头有{header.Length}个", $"the row has {record.Length} fields, the header {header.Length}")));
                continue;
            }

            if (ReadRow(record, index, line, errors) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return Finish(name, version, entries, errors);
    }

    /// <summary>Loads the demo catalogue shipped with the engine (青川 demo, covering the demo data's diagnoses).</summary>
    /// <exception cref="InvalidOperationException">The embedded file is missing or has a bad row (a test guards both).</exception>
    public static DiseaseCatalogue LoadDemo()
    {
        using var stream = typeof(DiseaseCatalogue).Assembly.GetManifestResourceStream("TieredCare.Referrals.Data.qingchuan-demo-catalogue.csv")
            ?? throw new InvalidOperationException("The embedded demo catalogue is missing.");
        using var reader = new StreamReader(stream);
        var result = Load(reader, DemoName, DemoVersion);
        return result.IsClean ? result.Catalogue : throw new InvalidOperationException("The demo catalogue has bad rows: " + string.Join("; ", result.Errors));
    }

    /// <summary>The most specific entry covering the code: an exact code, then the longest prefix, then a range.</summary>
    public CatalogueMatch? Find(IcdCode code)
    {
        var key = code.Key;
        if (key.Length == 0)
        {
            return null;
        }

        if (_codes.TryGetValue(key, out var exact))
        {
            return new CatalogueMatch(exact, CatalogueMatchKind.Exact);
        }

        // Only the category and prefixes ending after the dot can be patterns, so those are the only lookups needed.
        for (var length = key.Length - 1; length >= 3; length--)
        {
            if ((length == 3 || length > 4) && _codes.TryGetValue(key[..length], out var prefix))
            {
                return new CatalogueMatch(prefix, CatalogueMatchKind.Prefix);
            }
        }

        var range = _ranges.FirstOrDefault(r => r.Pattern.Matches(code));
        return range is null ? null : new CatalogueMatch(range, CatalogueMatchKind.Range);
    }

    private static CatalogueEntry? ReadRow(string[] record, Dictionary<string, int> index, int line, List<CatalogueRowError> errors)
    {
        string Field(string column) => record[index[column]].Trim();
        var before = errors.Count;
        if (!IcdPattern.TryParse(Field("icd10"), out var pattern, out var patternReason))
        {
            errors.Add(new CatalogueRowError(line, "icd10", patternReason.Value));
        }

        var name = Field("name");
        if (name.Length == 0)
        {
            errors.Add(new CatalogueRowError(line, "name", new BilingualText("病种名称为空", "the disease name is empty")));
        }

        if (!TreatmentTiers.TryParse(Field("lowest_tier"), out var tier))
        {
            errors.Add(new CatalogueRowError(line, "lowest_tier", new BilingualText(
                $"“{Field("lowest_tier")}”不是诊疗层级（village|township|county|city 或 村|乡|县|市）",
                $"'{Field("lowest_tier")}' is not a tier (village|township|county|city or 村|乡|县|市)")));
        }

        return errors.Count > before ? null : new CatalogueEntry(pattern, name, tier, Field("up_criteria"), Field("down_criteria"), line);
    }

    private static CatalogueLoadResult Finish(string name, string version, List<CatalogueEntry> entries, List<CatalogueRowError> errors)
    {
        var built = Create(name, version, entries);
        return built with { Errors = [.. errors.Concat(built.Errors).OrderBy(e => e.Line)] };
    }
}
