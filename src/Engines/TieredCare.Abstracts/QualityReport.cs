using System.Collections.Immutable;

namespace TieredCare.Abstracts;

/// <summary>Quality-control totals over a batch of abstracts.</summary>
/// <param name="Records">Abstracts checked.</param>
/// <param name="Passed">Abstracts without an error finding.</param>
/// <param name="Failed">Abstracts with at least one error finding.</param>
/// <param name="PassRate">Passed ÷ records, rounded to 4 places (0 for an empty batch).</param>
/// <param name="RecordsWithWarnings">Abstracts with at least one warning, passed or not.</param>
public sealed record QualityTotals(int Records, int Passed, int Failed, decimal PassRate, int RecordsWithWarnings);

/// <summary>How often one rule failed.</summary>
/// <param name="RuleCode">The rule.</param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Records">Abstracts on which it failed (once per abstract however often it fired).</param>
/// <param name="Share">Records ÷ all abstracts of the batch, rounded to 4 places.</param>
public sealed record RuleFailureCount(string RuleCode, QcSeverity Severity, int Records, decimal Share);

/// <summary>Quality of one department or one institution.</summary>
/// <param name="InstitutionCode">The institution.</param>
/// <param name="DepartmentCode">The department, or <see langword="null"/> on an institution row.</param>
/// <param name="Records">Abstracts.</param>
/// <param name="Passed">Abstracts without an error finding.</param>
/// <param name="PassRate">Passed ÷ records, rounded to 4 places.</param>
/// <param name="TopRule">The rule that failed on most of its abstracts (errors before warnings on a tie, then by code), or <see langword="null"/>.</param>
public sealed record GroupQuality(string InstitutionCode, string? DepartmentCode, int Records, int Passed, decimal PassRate, string? TopRule);

/// <summary>The quality-control report of a batch: totals, the most frequent rules, and pass rates by department and institution.</summary>
/// <param name="Totals">Batch totals.</param>
/// <param name="TopRules">The rules that failed most often, most first (ties by code).</param>
/// <param name="ByDepartment">One row per institution and department, ordered by both codes.</param>
/// <param name="ByInstitution">One row per institution, ordered by code.</param>
public sealed record QualityReport(
    QualityTotals Totals, ImmutableArray<RuleFailureCount> TopRules, ImmutableArray<GroupQuality> ByDepartment, ImmutableArray<GroupQuality> ByInstitution)
{
    /// <summary>Builds the report from each abstract's institution, department and findings (a missing code counts as empty).</summary>
    /// <param name="records">One entry per abstract.</param>
    /// <param name="topRules">How many rules <see cref="TopRules"/> keeps.</param>
    public static QualityReport Build(
        IEnumerable<(string InstitutionCode, string DepartmentCode, IReadOnlyList<QcFinding> Findings)> records, int topRules = 10)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfNegative(topRules);
        var total = new Tally();
        var byDepartment = new Dictionary<(string, string), Tally>();
        var byInstitution = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var rulesSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (institutionCode, departmentCode, findings) in records)
        {
            var institution = institutionCode ?? "";
            var department = departmentCode ?? "";
            var passed = true;
            var warned = false;
            rulesSeen.Clear();
            foreach (var f in findings ?? [])
            {
                passed &= f.Severity != QcSeverity.Error;
                warned |= f.Severity == QcSeverity.Warning;
                rulesSeen.Add(f.RuleCode);
            }

            var severities = rulesSeen.Count == 0 ? [] : findings!.DistinctBy(f => f.RuleCode).Select(f => (f.RuleCode, f.Severity)).ToArray();
            total.Add(passed, warned, severities);
            Get(byDepartment, (institution, department)).Add(passed, warned, severities);
            Get(byInstitution, institution).Add(passed, warned, severities);
        }

        var top = total.Rules
            .OrderByDescending(r => r.Value.Records).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Take(topRules)
            .Select(r => new RuleFailureCount(r.Key, r.Value.Severity, r.Value.Records, Rate(r.Value.Records, total.Records)))
            .ToImmutableArray();
        return new QualityReport(
            new QualityTotals(total.Records, total.Passed, total.Records - total.Passed, Rate(total.Passed, total.Records), total.WithWarnings),
            top,
            [.. byDepartment.OrderBy(d => d.Key.Item1, StringComparer.Ordinal).ThenBy(d => d.Key.Item2, StringComparer.Ordinal)
                .Select(d => d.Value.Row(d.Key.Item1, d.Key.Item2))],
            [.. byInstitution.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => i.Value.Row(i.Key, null))]);
    }

    private static decimal Rate(int part, int whole) =>
        whole == 0 ? 0m : decimal.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);

    private static Tally Get<TKey>(Dictionary<TKey, Tally> tallies, TKey key) where TKey : notnull
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tally = new Tally();
            tallies.Add(key, tally);
        }

        return tally;
    }

    private sealed class Tally
    {
        public int Records { get; private set; }
        public int Passed { get; private set; }
        public int WithWarnings { get; private set; }
        public Dictionary<string, (QcSeverity Severity, int Records)> Rules { get; } = new(StringComparer.Ordinal);

        public void Add(bool passed, bool warned, (string Rule, QcSeverity Severity)[] rules)
        {
            Records++;
            if (passed) Passed++;
            if (warned) WithWarnings++;
            foreach (var (rule, severity) in rules)
            {
                Rules[rule] = (severity, Rules.TryGetValue(rule, out var seen) ? seen.Records + 1 : 1);
            }
        }

        public GroupQuality Row(string institution, string? department)
        {
            string? top = null;
            (QcSeverity Severity, int Records) best = default;
            foreach (var (rule, count) in Rules)
            {
                var better = top is null
                    || count.Records > best.Records
                    || (count.Records == best.Records && count.Severity < best.Severity)
                    || (count.Records == best.Records && count.Severity == best.Severity && string.CompareOrdinal(rule, top) < 0);
                if (better) (top, best) = (rule, count);
            }

            return new GroupQuality(institution, department, Records, Passed, Rate(Passed, Records), top);
        }
    }
}
