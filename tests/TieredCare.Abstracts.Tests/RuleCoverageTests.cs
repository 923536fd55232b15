using System.Reflection;
using TieredCare.Abstracts;

namespace TieredCare.Abstracts.Tests;

public sealed class RuleCoverageTests
{
    private static readonly Type[] Families =
        [.. typeof(RuleCoverageTests).Assembly.GetTypes().Where(t => t.IsClass && typeof(IRuleFamily).IsAssignableFrom(t))];

    [Fact]
    public void Every_rule_of_the_catalogue_has_a_failing_and_a_passing_case()
    {
        var failing = Cases("Failing").Select(c => c.Rule).ToHashSet();
        var passing = Cases("Passing").Select(c => c.Rule).ToHashSet();
        var codes = QcRuleCatalogue.All.Select(r => r.Code).ToList();

        codes.Where(c => !failing.Contains(c)).ShouldBeEmpty("rules without a failing case");
        codes.Where(c => !passing.Contains(c)).ShouldBeEmpty("rules without a passing case");
    }

    [Fact]
    public void Every_case_names_a_rule_of_the_catalogue_and_is_named_once_in_its_table()
    {
        Families.Length.ShouldBe(9);
        foreach (var table in new[] { "Failing", "Passing" })
        {
            foreach (var family in Families)
            {
                var cases = Table(family, table).Cases;
                cases.Where(c => !QcRuleCatalogue.TryGet(c.Rule, out _)).Select(c => c.ToString()).ShouldBeEmpty();
                cases.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty($"{family.Name}.{table}");
            }
        }
    }

    private static IEnumerable<RuleCase> Cases(string table) => Families.SelectMany(f => Table(f, table).Cases);

    private static RuleTable Table(Type family, string name) =>
        (RuleTable)family.GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
