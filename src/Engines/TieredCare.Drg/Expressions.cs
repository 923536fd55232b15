using System.Collections.Frozen;
using System.Globalization;

namespace TieredCare.Drg;

/// <summary>A named code list with the labels some lists carry (MDCZ body regions, procedure sections).</summary>
internal sealed class CodeList(string owner, string name, FrozenSet<string> codes, FrozenDictionary<string, string> labels)
{
    private ulong[] _bits = [];
    private string?[] _labelsById = [];

    public string Owner { get; } = owner;
    public string Name { get; } = name;
    public FrozenSet<string> Codes { get; } = codes;
    public FrozenDictionary<string, string> Labels { get; } = labels;

    /// <summary>True when some of the record's code ids is in the list.</summary>
    public bool ContainsAny(ReadOnlySpan<int> ids)
    {
        foreach (var id in ids)
        {
            if (Contains(id)) return true;
        }

        return false;
    }

    /// <summary>Turns the list into a bit set over the table set's code ids, so grouping tests membership without hashing.</summary>
    public void Index(FrozenDictionary<string, int> ids)
    {
        _bits = new ulong[(ids.Count + 63) / 64];
        foreach (var code in Codes)
        {
            var id = ids[code];
            _bits[id >> 6] |= 1UL << (id & 63);
        }
        if (Labels.Count == 0) return;
        _labelsById = new string?[ids.Count];
        foreach (var (code, label) in Labels)
        {
            _labelsById[ids[code]] = label;
        }
    }

    /// <summary>Whether the code with this id (-1 for a code no table knows) is in the list.</summary>
    public bool Contains(int id) => id >= 0 && (_bits[id >> 6] & (1UL << (id & 63))) != 0;

    public string? Label(int id) => id >= 0 && _labelsById.Length > 0 ? _labelsById[id] : null;
}

/// <summary>A validated record with its codes turned into the table set's code ids (-1 when unknown).</summary>
internal readonly ref struct RecordView(GroupingRecord record, DrgTableSet tables, ReadOnlySpan<int> diagnoses, ReadOnlySpan<int> procedures)
{
    public GroupingRecord Record { get; } = record;
    public DrgTableSet Tables { get; } = tables;
    public ReadOnlySpan<int> Dx { get; } = diagnoses;
    public ReadOnlySpan<int> Proc { get; } = procedures;
}

internal enum CompareOp { Eq, Ne, Lt, Le, Gt, Ge }

/// <summary>A compiled expression: evaluated against a validated record, never re-parsed.</summary>
internal abstract record Expr
{
    public abstract bool Eval(in RecordView r);

    public static bool Compare(int value, CompareOp op, int operand) => op switch
    {
        CompareOp.Eq => value == operand,
        CompareOp.Ne => value != operand,
        CompareOp.Lt => value < operand,
        CompareOp.Le => value <= operand,
        CompareOp.Gt => value > operand,
        _ => value >= operand,
    };
}

internal sealed record ConstExpr(bool Value) : Expr
{
    public override bool Eval(in RecordView r) => Value;
}

internal sealed record OrExpr(Expr Left, Expr Right) : Expr
{
    public override bool Eval(in RecordView r) => Left.Eval(in r) || Right.Eval(in r);
}

internal sealed record AndExpr(Expr Left, Expr Right) : Expr
{
    public override bool Eval(in RecordView r) => Left.Eval(in r) && Right.Eval(in r);
}

internal sealed record NotExpr(Expr Operand) : Expr
{
    public override bool Eval(in RecordView r) => !Operand.Eval(in r);
}

internal sealed record MainDxIn(CodeList List) : Expr
{
    public override bool Eval(in RecordView r) => r.Dx.Length > 0 && List.Contains(r.Dx[0]);
}

internal sealed record AnyDxIn(CodeList List) : Expr
{
    public override bool Eval(in RecordView r) => List.ContainsAny(r.Dx);
}

internal sealed record MainProcIn(CodeList List) : Expr
{
    public override bool Eval(in RecordView r) => r.Proc.Length > 0 && List.Contains(r.Proc[0]);
}

internal sealed record AnyProcIn(CodeList List) : Expr
{
    public override bool Eval(in RecordView r) => List.ContainsAny(r.Proc);
}

internal sealed record HasProc : Expr
{
    public override bool Eval(in RecordView r) => r.Proc.Length > 0;
}

internal enum Field { Sex, AgeYears, AgeDays, WeightG }

internal sealed record FieldCompare(Field Field, CompareOp Op, int Operand) : Expr
{
    public override bool Eval(in RecordView r)
    {
        // Missing values compare false; weight 0 counts as missing because the source truth-tests it.
        int? value = Field switch
        {
            Field.Sex => r.Record.Sex,
            Field.AgeYears => r.Record.AgeYears,
            Field.AgeDays => r.Record.AgeDays,
            _ => r.Record.WeightG is 0 ? null : r.Record.WeightG,
        };
        return value is { } v && Compare(v, Op, Operand);
    }
}

internal sealed record MccExpr : Expr
{
    public override bool Eval(in RecordView r) => Complications.Find(r.Dx, r.Tables.MccById, r.Tables.CceById) >= 0;
}

internal sealed record CcExpr : Expr
{
    public override bool Eval(in RecordView r) => Complications.Find(r.Dx, r.Tables.CcById, r.Tables.CceById) >= 0;
}

internal sealed record BodyRegions(CodeList List, CompareOp Op, int Operand) : Expr
{
    public override bool Eval(in RecordView r)
    {
        var seen = new List<string>(4);
        foreach (var id in r.Dx)
        {
            if (List.Label(id) is { } label && !seen.Contains(label)) seen.Add(label);
        }
        return Compare(seen.Count, Op, Operand);
    }
}

internal sealed record ProcSectionHas(CodeList List, string Section) : Expr
{
    public override bool Eval(in RecordView r)
    {
        foreach (var id in r.Proc)
        {
            if (string.Equals(List.Label(id), Section, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}

internal static class Complications
{
    /// <summary>Marks a code id without an exclusion table in the by-id tables.</summary>
    public const int None = int.MinValue;

    /// <summary>
    /// The position of the first secondary diagnosis in <paramref name="table"/> (exclusion table by code id) not excluded
    /// by the principal's CC exclusion table, or -1.
    /// </summary>
    public static int Find(ReadOnlySpan<int> dx, int[] table, int[] cce)
    {
        if (dx.Length < 2) return -1;
        var exclusion = dx[0] >= 0 ? cce[dx[0]] : None;
        for (var i = 1; i < dx.Length; i++)
        {
            var own = dx[i] >= 0 ? table[dx[i]] : None;
            if (own != None && own != exclusion) return i;
        }
        return -1;
    }

    /// <summary>Explains for the trace which secondaries are in the table and which the principal excludes.</summary>
    public static string Describe(string kind, GroupingRecord r, FrozenDictionary<string, int> table, FrozenDictionary<string, int> cce)
    {
        var dx = r.Diagnoses;
        if (dx.Length < 2) return $"no {kind}: no secondary diagnosis";
        var hasExclusion = cce.TryGetValue(dx[0], out var exclusion);
        var found = new List<string>();
        var excluded = new List<string>();
        for (var i = 1; i < dx.Length; i++)
        {
            if (!table.TryGetValue(dx[i], out var own)) continue;
            if (hasExclusion && own == exclusion) excluded.Add(dx[i]);
            else found.Add($"{dx[i]} (table {own.ToString(CultureInfo.InvariantCulture)})");
        }
        var text = found.Count > 0 ? $"{kind} found: {string.Join(", ", found)}" : $"no {kind}";
        if (excluded.Count > 0)
        {
            text += $"; {string.Join(", ", excluded)} excluded by exclusion table {exclusion.ToString(CultureInfo.InvariantCulture)} of principal {dx[0]}";
        }
        else if (!hasExclusion)
        {
            text += $"; principal {dx[0]} has no exclusion table";
        }
        return text;
    }
}

/// <summary>Recursive-descent parser for the README's expression grammar.</summary>
internal sealed class ExpressionParser
{
    private readonly string _text;
    private readonly Func<string, CodeList?> _resolveList;
    private readonly List<string> _tokens = [];
    private int _pos;

    private ExpressionParser(string text, Func<string, CodeList?> resolveList)
    {
        _text = text;
        _resolveList = resolveList;
        Tokenize();
    }

    /// <exception cref="FormatException">Bad syntax, an unknown atom or an unknown list.</exception>
    public static Expr Parse(string text, Func<string, CodeList?> resolveList)
    {
        var parser = new ExpressionParser(text, resolveList);
        if (parser._tokens.Count == 0) throw new FormatException("empty expression");
        var expr = parser.ParseOr();
        if (parser._pos < parser._tokens.Count) throw new FormatException($"unexpected '{parser._tokens[parser._pos]}' at token {parser._pos + 1}");
        return expr;
    }

    private void Tokenize()
    {
        var i = 0;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c == ' ') { i++; continue; }
            var start = i;
            if (c is '(' or ')') i++;
            else if (c == '"')
            {
                var end = _text.IndexOf('"', i + 1);
                if (end < 0) throw new FormatException("unterminated string");
                i = end + 1;
            }
            else if (c is '=' or '!' or '<' or '>')
            {
                i++;
                if (i < _text.Length && _text[i] == '=') i++;
            }
            else if (char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
            {
                while (i < _text.Length && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] is '_' or '-')) i++;
            }
            else throw new FormatException($"unexpected character '{c}' at position {i + 1}");
            _tokens.Add(_text[start..i]);
        }
    }

    private string? Peek => _pos < _tokens.Count ? _tokens[_pos] : null;

    private string Next(string expected) =>
        _pos < _tokens.Count ? _tokens[_pos++] : throw new FormatException($"expected {expected} but the expression ended");

    private void Expect(string token)
    {
        var got = Next($"'{token}'");
        if (got != token) throw new FormatException($"expected '{token}' but found '{got}'");
    }

    private Expr ParseOr()
    {
        var left = ParseAnd();
        while (Peek == "or")
        {
            _pos++;
            left = new OrExpr(left, ParseAnd());
        }
        return left;
    }

    private Expr ParseAnd()
    {
        var left = ParseUnary();
        while (Peek == "and")
        {
            _pos++;
            left = new AndExpr(left, ParseUnary());
        }
        return left;
    }

    private Expr ParseUnary()
    {
        var token = Next("an atom");
        switch (token)
        {
            case "not":
                return new NotExpr(ParseUnary());
            case "(":
                var inner = ParseOr();
                Expect(")");
                return inner;
            case "true": return new ConstExpr(true);
            case "false": return new ConstExpr(false);
            case "has_proc": return new HasProc();
            case "mcc": return new MccExpr();
            case "cc": return new CcExpr();
            case "main_dx": Expect("in"); return new MainDxIn(List());
            case "any_dx": Expect("in"); return new AnyDxIn(List());
            case "main_proc": Expect("in"); return new MainProcIn(List());
            case "any_proc": Expect("in"); return new AnyProcIn(List());
            case "sex": return new FieldCompare(Field.Sex, Op(), Int());
            case "age_years": return new FieldCompare(Field.AgeYears, Op(), Int());
            case "age_days": return new FieldCompare(Field.AgeDays, Op(), Int());
            case "weight_g": return new FieldCompare(Field.WeightG, Op(), Int());
            case "body_regions":
            {
                Expect("(");
                var list = List();
                Expect(")");
                return new BodyRegions(list, Op(), Int());
            }
            case "proc_sections":
            {
                Expect("(");
                var list = List();
                Expect(")");
                Expect("has");
                var s = Next("a string");
                if (s.Length < 2 || s[0] != '"') throw new FormatException($"expected a quoted string but found '{s}'");
                return new ProcSectionHas(list, s[1..^1]);
            }
            case ")" or "and" or "or" or "in" or "has":
                throw new FormatException($"expected an atom but found '{token}'");
            default:
                throw new FormatException($"unknown atom '{token}'");
        }
    }

    private CodeList List()
    {
        var name = Next("a list name");
        return _resolveList(name) ?? throw new FormatException($"unknown list '{name}'");
    }

    private CompareOp Op()
    {
        var token = Next("a comparison operator");
        return token switch
        {
            "=" => CompareOp.Eq,
            "!=" => CompareOp.Ne,
            "<" => CompareOp.Lt,
            "<=" => CompareOp.Le,
            ">" => CompareOp.Gt,
            ">=" => CompareOp.Ge,
            _ => throw new FormatException($"expected a comparison operator but found '{token}'"),
        };
    }

    private int Int()
    {
        var token = Next("an integer");
        return int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"expected an integer but found '{token}'");
    }
}
