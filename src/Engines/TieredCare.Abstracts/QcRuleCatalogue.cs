using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace TieredCare.Abstracts;

/// <summary>
/// The quality rules and the ICD-10 code ranges they use, read once from the embedded <c>QcRules.tsv</c> and
/// <c>CodeRanges.tsv</c>. Rule codes: <c>QC-F</c> format, <c>QC-M</c> mandatory, <c>QC-V</c> value domains,
/// <c>QC-S</c> sex and age, <c>QC-C</c> code validity, <c>QC-P</c> principal diagnosis, <c>QC-D</c> dates and
/// length of stay, <c>QC-K</c> costs, <c>QC-X</c> discharge disposition.
/// </summary>
public static class QcRuleCatalogue
{
    private static readonly ImmutableArray<QcRule> Rules = Load("QcRules.tsv", ParseRules);
    private static readonly FrozenDictionary<string, QcRule> ByCode = Rules.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);

    /// <summary>Every rule, in the order of the catalogue file (family by family).</summary>
    public static IReadOnlyList<QcRule> All => Rules;

    /// <summary>The rows of the code-range table.</summary>
    public static IReadOnlyList<CodeRange> CodeRanges => Ranges.Rows;

    internal static CodeRangeTable Ranges { get; } = Load("CodeRanges.tsv", CodeRangeTable.Parse);

    /// <summary>The rule with this code.</summary>
    /// <exception cref="KeyNotFoundException">No rule has the code.</exception>
    public static QcRule Get(string code) =>
        TryGet(code, out var rule) ? rule : throw new KeyNotFoundException($"no quality rule '{code}' in QcRules.tsv");

    /// <summary>Finds the rule with this code.</summary>
    public static bool TryGet(string code, [NotNullWhen(true)] out QcRule? rule) => ByCode.TryGetValue(code, out rule);

    /// <summary>Reads a rule file in the format of <c>QcRules.tsv</c>.</summary>
    /// <exception cref="InvalidDataException">The header is wrong, a row is malformed, or a code repeats (the message names the line).</exception>
    internal static ImmutableArray<QcRule> ParseRules(TextReader reader, string source)
    {
        var rules = ImmutableArray.CreateBuilder<QcRule>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, c) in Tsv.Read(reader, source, ["rule", "severity", "field", "category", "message_zh", "message_en"]))
        {
            var severity = c[1] switch
            {
                "error" => QcSeverity.Error,
                "warning" => QcSeverity.Warning,
                _ => throw Tsv.Error(source, line, $"severity must be error or warning, not '{c[1]}'"),
            };
            if (!codes.Add(c[0])) throw Tsv.Error(source, line, $"rule {c[0]} is defined twice");
            if (c[2].Length == 0 || c[4].Length == 0 || c[5].Length == 0) throw Tsv.Error(source, line, "field and both messages are required");
            try
            {
                rules.Add(new QcRule(c[0], severity, c[2], c[3], c[4], c[5]));
            }
            catch (FormatException e)
            {
                throw Tsv.Error(source, line, e.Message);
            }
        }

        return rules.ToImmutable();
    }

    private static T Load<T>(string name, Func<TextReader, string, T> parse)
    {
        using var stream = typeof(QcRuleCatalogue).Assembly.GetManifestResourceStream("TieredCare.Abstracts." + name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from {typeof(QcRuleCatalogue).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return parse(reader, name);
    }
}
