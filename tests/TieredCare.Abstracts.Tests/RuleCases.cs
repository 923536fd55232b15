using TieredCare.Abstracts;

namespace TieredCare.Abstracts.Tests;

/// <summary>One row of a rule table: a change to the valid fixture and the rule it is about.</summary>
public sealed record RuleCase(string Name, string Rule, Func<IReadOnlyList<QcFinding>> Findings)
{
    /// <summary>A change to the valid record, checked.</summary>
    internal static RuleCase Record(string name, string rule, Func<DischargeRecord, DischargeRecord> change) =>
        new(name, rule, () => Fixture.Check(change(Fixture.Valid)));

    /// <summary>Changed discharges.csv cells, read and checked.</summary>
    internal static RuleCase Cells(string name, string rule, params (string Column, string? Text)[] changes) =>
        new(name, rule, () =>
        {
            var cells = Fixture.ValidCells();
            foreach (var (column, text) in changes) cells[column] = text;
            return Fixture.ReadAndCheck(cells, Fixture.ValidProcedureCells()).Findings;
        });

    /// <summary>Changed cells of the first discharge_procedures.csv row, read and checked.</summary>
    internal static RuleCase ProcedureCells(string name, string rule, params (string Column, string? Text)[] changes) =>
        new(name, rule, () =>
        {
            var rows = Fixture.ValidProcedureCells();
            foreach (var (column, text) in changes) rows[0][column] = text;
            return Fixture.ReadAndCheck(Fixture.ValidCells(), rows).Findings;
        });

    public override string ToString() => $"{Rule}: {Name}";
}

/// <summary>A family's failing or passing cases, by name (the name is what a theory row carries).</summary>
public sealed class RuleTable(params RuleCase[] cases)
{
    public IReadOnlyList<RuleCase> Cases { get; } = cases;

    public RuleCase this[string name] => Cases.Single(c => c.Name == name);

    public TheoryData<string> Names => [.. Cases.Select(c => c.Name)];
}

/// <summary>A rule family's tables; the coverage test finds every implementation.</summary>
public interface IRuleFamily
{
    /// <summary>Changes that must raise their rule.</summary>
    static abstract RuleTable Failing { get; }

    /// <summary>Changes that must not raise their rule (near misses and boundaries).</summary>
    static abstract RuleTable Passing { get; }
}

/// <summary>The two theories every rule family runs over its tables.</summary>
public abstract class RuleFamilyTests<TFamily>
    where TFamily : IRuleFamily
{
#pragma warning disable CA1000 // MemberData needs static members, one pair per family
    public static TheoryData<string> FailingCases => TFamily.Failing.Names;

    public static TheoryData<string> PassingCases => TFamily.Passing.Names;
#pragma warning restore CA1000

    [Theory]
    [MemberData(nameof(FailingCases))]
    public void A_change_that_breaks_the_rule_raises_it(string name)
    {
        var @case = TFamily.Failing[name];
        var rule = QcRuleCatalogue.Get(@case.Rule);
        var finding = @case.Findings().FirstOrDefault(f => f.RuleCode == @case.Rule);
        finding.ShouldNotBeNull($"{@case} did not raise {@case.Rule}");
        finding.Severity.ShouldBe(rule.Severity);
        finding.Message.ShouldNotBeNullOrWhiteSpace();
        finding.MessageEn.ShouldNotBeNullOrWhiteSpace();
        finding.Message.ShouldNotContain("{");
        finding.MessageEn.ShouldNotContain("{");
        AbstractColumns.Label(finding.Field).ShouldNotBe(finding.Field, "the finding names a column");
        if (rule.Field is not "*" && !rule.Field.Contains(',', StringComparison.Ordinal))
        {
            finding.Field.ShouldBe(rule.Field);
        }
    }

    [Theory]
    [MemberData(nameof(PassingCases))]
    public void A_change_that_keeps_the_rule_does_not_raise_it(string name)
    {
        var @case = TFamily.Passing[name];
        var raised = @case.Findings().Where(f => f.RuleCode == @case.Rule).ToList();
        raised.ShouldBeEmpty($"{@case} raised {string.Join("; ", raised.Select(f => f.Message))}");
    }
}
