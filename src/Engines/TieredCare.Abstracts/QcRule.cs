using System.Globalization;
using System.Text;

namespace TieredCare.Abstracts;

/// <summary>
/// A quality rule as <c>QcRules.tsv</c> defines it. The messages are templates: <c>{label}</c> is the field's
/// label in the message's language, <c>{value}</c> the offending value, <c>{other}</c> the value it was compared
/// with, <c>{sequence}</c> the procedure's sequence number and <c>{reason}</c> the note of the code range that
/// matched.
/// </summary>
public sealed record QcRule
{
    /// <summary>Creates a rule; the templates are checked here.</summary>
    /// <exception cref="FormatException">A template has an unknown placeholder or an unbalanced brace.</exception>
    public QcRule(string code, QcSeverity severity, string field, string category, string messageZh, string messageEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(category);
        Code = code;
        Severity = severity;
        Field = field;
        Category = category;
        MessageZh = messageZh;
        MessageEn = messageEn;
        TemplateZh = MessageTemplate.Parse(messageZh);
        TemplateEn = MessageTemplate.Parse(messageEn);
    }

    /// <summary>The rule code, e.g. <c>QC-M13</c>.</summary>
    public string Code { get; }

    /// <summary>Error (fails the abstract) or warning (to review).</summary>
    public QcSeverity Severity { get; }

    /// <summary>The field the rule checks; several are comma-separated, and <c>*</c> means any (format rules).</summary>
    public string Field { get; }

    /// <summary>The rule family: format, mandatory, domain, code, sex_age, principal, date, cost or disposition.</summary>
    public string Category { get; }

    /// <summary>The Chinese message template.</summary>
    public string MessageZh { get; }

    /// <summary>The English message template.</summary>
    public string MessageEn { get; }

    private MessageTemplate TemplateZh { get; }

    private MessageTemplate TemplateEn { get; }

    /// <summary>Rules are equal when their code, severity, field, category and both templates are.</summary>
    public bool Equals(QcRule? other) =>
        other is not null && Code == other.Code && Severity == other.Severity && Field == other.Field && Category == other.Category
        && MessageZh == other.MessageZh && MessageEn == other.MessageEn;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Field, Category, MessageZh, MessageEn);

    /// <summary>A finding of this rule on its own field.</summary>
    internal QcFinding Raise(string? value = null, string? other = null) => RaiseOn(Field, value, other);

    /// <summary>A finding of this rule on <paramref name="field"/>.</summary>
    internal QcFinding RaiseOn(string field, string? value, string? other = null, int? sequence = null, CodeRange? reason = null)
    {
        var args = new MessageArgs(field, value, other, sequence?.ToString(CultureInfo.InvariantCulture), reason);
        return new QcFinding(Code, Severity, field, TemplateZh.Render(args, english: false), TemplateEn.Render(args, english: true));
    }
}

internal readonly record struct MessageArgs(string Field, string? Value, string? Other, string? Sequence, CodeRange? Reason);

/// <summary>A message template split once into literal text and placeholders.</summary>
internal sealed class MessageTemplate
{
    private enum Hole { Label, Value, Other, Sequence, Reason }

    private readonly string[] _literals; // one more than holes: literal, hole, literal, …, literal
    private readonly Hole[] _holes;

    private MessageTemplate(string[] literals, Hole[] holes) => (_literals, _holes) = (literals, holes);

    public static MessageTemplate Parse(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var literals = new List<string>();
        var holes = new List<Hole>();
        var start = 0;
        while (true)
        {
            var open = template.IndexOf('{', start);
            var close = template.IndexOf('}', start);
            if (open < 0)
            {
                if (close >= 0) throw new FormatException($"message template has a '}}' without '{{': {template}");
                literals.Add(template[start..]);
                return new MessageTemplate([.. literals], [.. holes]);
            }

            var end = template.IndexOf('}', open);
            if (close < open || end < 0) throw new FormatException($"message template has an unbalanced brace: {template}");
            literals.Add(template[start..open]);
            var name = template[(open + 1)..end];
            holes.Add(name switch
            {
                "label" => Hole.Label,
                "value" => Hole.Value,
                "other" => Hole.Other,
                "sequence" => Hole.Sequence,
                "reason" => Hole.Reason,
                _ => throw new FormatException($"message template has an unknown placeholder {{{name}}}: {template}"),
            });
            start = end + 1;
        }
    }

    public string Render(in MessageArgs args, bool english)
    {
        if (_holes.Length == 0) return _literals[0];
        var text = new StringBuilder(_literals[0], 64);
        for (var i = 0; i < _holes.Length; i++)
        {
            text.Append(_holes[i] switch
            {
                Hole.Label => english ? AbstractColumns.LabelEn(args.Field) : AbstractColumns.Label(args.Field),
                Hole.Value => args.Value,
                Hole.Other => args.Other,
                Hole.Sequence => args.Sequence,
                _ => english ? args.Reason?.NoteEn : args.Reason?.NoteZh,
            });
            text.Append(_literals[i + 1]);
        }

        return text.ToString();
    }
}
