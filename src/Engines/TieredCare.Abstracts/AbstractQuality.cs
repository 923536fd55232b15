namespace TieredCare.Abstracts;

/// <summary>
/// Quality control (质控) of a discharge abstract: every rule of <see cref="QcRuleCatalogue"/> that can be checked
/// on a typed record. Pure and thread-safe; the finding list is only allocated when a rule fails.
/// </summary>
public static class AbstractQuality
{
    /// <summary>The findings on one record, family by family (mandatory, format, domain, sex/age, code, principal, date, cost, disposition).</summary>
    public static IReadOnlyList<QcFinding> Check(DischargeRecord record, CodeDictionary codes)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(codes);
        List<QcFinding>? findings = null;
        MandatoryRules.Check(record, ref findings);
        FormatRules.Check(record, ref findings);
        DomainRules.Check(record, ref findings);
        SexAgeRules.Check(record, ref findings);
        CodeRules.Check(record, codes, ref findings);
        PrincipalRules.Check(record, ref findings);
        DateRules.Check(record, ref findings);
        CostRules.Check(record, ref findings);
        DispositionRules.Check(record, ref findings);
        return findings is null ? [] : findings.ToArray();
    }

    /// <summary>
    /// The outcome of a record as read: the reader's format findings, then the checks'. A field the reader could
    /// not read is <see langword="null"/> in the record, so its "missing" finding (QC-M) is dropped in favour of
    /// the format finding that says what was in the cell.
    /// </summary>
    public static QcOutcome Evaluate(DischargeRecord record, CodeDictionary codes, IReadOnlyList<QcFinding>? readFindings = null)
    {
        var found = Check(record, codes);
        if (readFindings is null || readFindings.Count == 0) return new QcOutcome(found);
        var unreadable = readFindings.Select(f => f.Field).ToHashSet(StringComparer.Ordinal);
        return new QcOutcome([.. readFindings, .. found.Where(f => !(IsMandatory(f) && unreadable.Contains(f.Field)))]);
    }

    /// <summary>True when no finding is an error: the abstract passes quality control and may be DRG-grouped.</summary>
    public static bool Passed(IReadOnlyList<QcFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i].Severity == QcSeverity.Error) return false;
        }

        return true;
    }

    private static bool IsMandatory(QcFinding f) => f.RuleCode.StartsWith("QC-M", StringComparison.Ordinal);
}
