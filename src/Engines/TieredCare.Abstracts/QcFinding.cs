namespace TieredCare.Abstracts;

/// <summary>How much a failed rule matters.</summary>
public enum QcSeverity
{
    /// <summary>The abstract is wrong: it fails quality control and is not grouped.</summary>
    Error,

    /// <summary>The abstract needs review; it still passes and is grouped.</summary>
    Warning,
}

/// <summary>One failed quality rule on one abstract.</summary>
/// <param name="RuleCode">The rule, e.g. <c>QC-C01</c>; see <see cref="QcRuleCatalogue"/>.</param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Field">The canonical field to correct (<c>principal_diagnosis</c>, <c>procedures.date</c>).</param>
/// <param name="Message">What is wrong, in Simplified Chinese, naming the field and the offending value.</param>
/// <param name="MessageEn">The same in English.</param>
public sealed record QcFinding(string RuleCode, QcSeverity Severity, string Field, string Message, string MessageEn);

/// <summary>The findings on one abstract and what they mean for it.</summary>
/// <param name="Findings">Every finding, reading problems first.</param>
public sealed record QcOutcome(IReadOnlyList<QcFinding> Findings)
{
    /// <summary>True when no finding is an error. Only an abstract that passed may be DRG-grouped; warnings do not block it.</summary>
    public bool Passed => AbstractQuality.Passed(Findings);

    /// <summary>The number of error findings.</summary>
    public int ErrorCount => Count(QcSeverity.Error);

    /// <summary>The number of warning findings.</summary>
    public int WarningCount => Count(QcSeverity.Warning);

    private int Count(QcSeverity severity)
    {
        var n = 0;
        foreach (var f in Findings)
        {
            if (f.Severity == severity) n++;
        }

        return n;
    }
}
