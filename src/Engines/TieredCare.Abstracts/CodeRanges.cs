using System.Collections.Immutable;

namespace TieredCare.Abstracts;

/// <summary>
/// A row of <c>CodeRanges.tsv</c>: the ICD-10 categories <see cref="From"/>–<see cref="To"/> (three characters,
/// inclusive) that belong to a set such as <c>female_only</c>, or, with <see cref="Kind"/> <c>pattern</c>, a named
/// code shape (<c>morphology</c>, <c>lone_asterisk</c>) that the engine recognises.
/// </summary>
/// <param name="Set">female_only, male_only, over_12_only, perinatal, not_principal, external_cause, injury or neoplasm.</param>
/// <param name="Kind"><c>category</c> or <c>pattern</c>.</param>
/// <param name="From">The first category (e.g. <c>O00</c>), or the pattern's name.</param>
/// <param name="To">The last category; empty for a pattern.</param>
/// <param name="NoteZh">What the range is, in Chinese; quoted in messages as the reason.</param>
/// <param name="NoteEn">The same in English.</param>
public sealed record CodeRange(string Set, string Kind, string From, string To, string NoteZh, string NoteEn);

[Flags]
internal enum CodeSet : ushort
{
    None = 0,
    FemaleOnly = 1,
    MaleOnly = 2,
    Over12Only = 4,
    Perinatal = 8,
    NotPrincipal = 16,
    ExternalCause = 32,
    Injury = 64,
    Neoplasm = 128,
}

/// <summary>
/// The code ranges compiled into one flag word per ICD-10 category (letter and two digits, 2,600 slots), so a
/// code's sets are one array read per part of the code.
/// </summary>
internal sealed class CodeRangeTable
{
    private const int Categories = 26 * 100;

    private readonly CodeSet[] _byCategory;
    private readonly CodeSet _morphologySets;
    private readonly CodeSet _loneAsteriskSets;

    private CodeRangeTable(ImmutableArray<CodeRange> rows, CodeSet[] byCategory, CodeSet morphology, CodeSet loneAsterisk) =>
        (Rows, _byCategory, _morphologySets, _loneAsteriskSets) = (rows, byCategory, morphology, loneAsterisk);

    public ImmutableArray<CodeRange> Rows { get; }

    public static CodeRangeTable Parse(TextReader reader, string source)
    {
        var rows = ImmutableArray.CreateBuilder<CodeRange>();
        var byCategory = new CodeSet[Categories];
        var (morphology, loneAsterisk) = (CodeSet.None, CodeSet.None);
        foreach (var (line, cells) in Tsv.Read(reader, source, ["set", "kind", "from", "to", "note_zh", "note_en"]))
        {
            var set = SetNamed(cells[0]);
            if (set == CodeSet.None) throw Tsv.Error(source, line, $"unknown set '{cells[0]}'");
            var row = new CodeRange(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]);
            if (row.Kind == "category")
            {
                var (from, to) = (CategoryIndex(row.From), CategoryIndex(row.To));
                if (from < 0 || to < 0 || row.From.Length != 3 || row.To.Length != 3 || from > to)
                {
                    throw Tsv.Error(source, line, $"'{row.From}'–'{row.To}' is not a range of three-character ICD-10 categories");
                }

                for (var i = from; i <= to; i++) byCategory[i] |= set;
            }
            else if (row.Kind == "pattern")
            {
                switch (row.From)
                {
                    case "morphology": morphology |= set; break;
                    case "lone_asterisk": loneAsterisk |= set; break;
                    default: throw Tsv.Error(source, line, $"unknown pattern '{row.From}' (known: morphology, lone_asterisk)");
                }
            }
            else
            {
                throw Tsv.Error(source, line, $"unknown kind '{row.Kind}' (category or pattern)");
            }

            rows.Add(row);
        }

        return new CodeRangeTable(rows.ToImmutable(), byCategory, morphology, loneAsterisk);
    }

    /// <summary>
    /// The sets the code belongs to: through the category of each part of a dagger–asterisk pair
    /// (<c>A18.808+I32.0*</c>), and through the patterns.
    /// </summary>
    public CodeSet SetsOf(string code)
    {
        var sets = CodeSet.None;
        var start = 0;
        for (var i = 0; i <= code.Length; i++)
        {
            if (i == code.Length || code[i] is '+' or '†')
            {
                var category = CategoryIndex(code.AsSpan(start, i - start));
                if (category >= 0) sets |= _byCategory[category];
                start = i + 1;
            }
        }

        if (_morphologySets != CodeSet.None && IsMorphology(code)) sets |= _morphologySets;
        if (_loneAsteriskSets != CodeSet.None && IsLoneAsterisk(code)) sets |= _loneAsteriskSets;
        return sets;
    }

    /// <summary>The row that puts the code in <paramref name="set"/>, for the message; <see langword="null"/> when none does.</summary>
    public CodeRange? Match(string code, CodeSet set)
    {
        if ((SetsOf(code) & set) == 0) return null;
        foreach (var row in Rows)
        {
            if (SetNamed(row.Set) != set) continue;
            if (row.Kind == "pattern")
            {
                if (row.From == "morphology" ? IsMorphology(code) : IsLoneAsterisk(code)) return row;
                continue;
            }

            var (from, to) = (CategoryIndex(row.From), CategoryIndex(row.To));
            foreach (var part in code.Split('+', '†'))
            {
                var c = CategoryIndex(part);
                if (c >= from && c <= to) return row;
            }
        }

        return null;
    }

    /// <summary>An ICD-O morphology code: <c>M</c> and four digits (<c>M8140/3</c>, <c>M81400/3</c>), unlike chapter XIII's <c>M54.500</c>.</summary>
    public static bool IsMorphology(string code) =>
        code.Length >= 5 && code[0] == 'M' && char.IsAsciiDigit(code[1]) && char.IsAsciiDigit(code[2])
        && char.IsAsciiDigit(code[3]) && char.IsAsciiDigit(code[4]);

    /// <summary>An asterisk (manifestation) code written without the dagger code it belongs to.</summary>
    public static bool IsLoneAsterisk(string code) =>
        code.Length > 1 && code[^1] == '*' && code.IndexOfAny(['+', '†']) < 0;

    /// <summary>The slot of a code's category (A00 = 0 … Z99 = 2599), or -1 when it does not start with a letter and two digits.</summary>
    public static int CategoryIndex(ReadOnlySpan<char> code)
    {
        if (code.Length < 3) return -1;
        var letter = char.ToUpperInvariant(code[0]);
        if (letter is < 'A' or > 'Z' || !char.IsAsciiDigit(code[1]) || !char.IsAsciiDigit(code[2])) return -1;
        return ((letter - 'A') * 100) + ((code[1] - '0') * 10) + (code[2] - '0');
    }

    private static CodeSet SetNamed(string name) => name switch
    {
        "female_only" => CodeSet.FemaleOnly,
        "male_only" => CodeSet.MaleOnly,
        "over_12_only" => CodeSet.Over12Only,
        "perinatal" => CodeSet.Perinatal,
        "not_principal" => CodeSet.NotPrincipal,
        "external_cause" => CodeSet.ExternalCause,
        "injury" => CodeSet.Injury,
        "neoplasm" => CodeSet.Neoplasm,
        _ => CodeSet.None,
    };
}
