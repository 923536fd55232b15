using System.Text.RegularExpressions;
using TieredCare.Abstracts;

namespace TieredCare.Abstracts.Tests;

public sealed partial class CatalogueTests
{
    [GeneratedRegex(@"^QC-[FMVSCPDKX]\d{2}$")]
    private static partial Regex RuleCode();

    [Fact]
    public void Rule_codes_follow_the_scheme_and_the_family_letter_matches_the_category()
    {
        var letters = new Dictionary<string, char>
        {
            ["format"] = 'F', ["mandatory"] = 'M', ["domain"] = 'V', ["sex_age"] = 'S', ["code"] = 'C',
            ["principal"] = 'P', ["date"] = 'D', ["cost"] = 'K', ["disposition"] = 'X',
        };

        QcRuleCatalogue.All.Count.ShouldBe(67);
        foreach (var rule in QcRuleCatalogue.All)
        {
            RuleCode().IsMatch(rule.Code).ShouldBeTrue(rule.Code);
            rule.Code[3].ShouldBe(letters[rule.Category], rule.Code);
        }
    }

    [Fact]
    public void Every_field_a_rule_names_is_a_column_with_a_label()
    {
        foreach (var rule in QcRuleCatalogue.All.Where(r => r.Field != "*"))
        {
            foreach (var field in rule.Field.Split(','))
            {
                AbstractColumns.Label(field).ShouldNotBe(field, $"{rule.Code} names '{field}'");
            }
        }
    }

    [Fact]
    public void A_mandatory_rule_names_its_field_by_the_column_label()
    {
        foreach (var rule in QcRuleCatalogue.All.Where(r => r.Category == "mandatory"))
        {
            rule.MessageZh.ShouldStartWith(AbstractColumns.Label(rule.Field) + "为空");
            rule.MessageEn.ShouldStartWith(AbstractColumns.LabelEn(rule.Field) + " is missing");
        }
    }

    [Fact]
    public void Rules_read_twice_are_equal()
    {
        var rule = QcRuleCatalogue.Get("QC-C01");
        var copy = new QcRule(rule.Code, rule.Severity, rule.Field, rule.Category, rule.MessageZh, rule.MessageEn);

        copy.ShouldBe(rule);
        copy.GetHashCode().ShouldBe(rule.GetHashCode());
    }

    [Fact]
    public void Get_refuses_an_unknown_rule() =>
        Should.Throw<KeyNotFoundException>(() => QcRuleCatalogue.Get("QC-Z99")).Message.ShouldContain("QC-Z99");

    [Theory]
    [InlineData("QC-T01\tfatal\tsex\tdomain\tx\tx", "line 2: severity must be error or warning")]
    [InlineData("QC-T01\terror\tsex\tdomain\t{colour}\tx", "line 2: message template has an unknown placeholder {colour}")]
    [InlineData("QC-T01\terror\tsex\tdomain\t{value\tx", "line 2: message template has an unbalanced brace")]
    [InlineData("QC-T01\terror\tsex\tdomain\tx", "line 2: 5 cells, the header has 6")]
    [InlineData("QC-T01\terror\tsex\tdomain\tx\tx\nQC-T01\terror\tsex\tdomain\ty\ty", "line 3: rule QC-T01 is defined twice")]
    public void A_malformed_rule_file_is_refused_with_its_line(string rows, string message)
    {
        var text = "rule\tseverity\tfield\tcategory\tmessage_zh\tmessage_en\n" + rows + "\n";

        Should.Throw<InvalidDataException>(() => QcRuleCatalogue.ParseRules(new StringReader(text), "QcRules.tsv"))
            .Message.ShouldStartWith("QcRules.tsv " + message);
    }

    [Fact]
    public void A_rule_file_with_another_header_is_refused() =>
        Should.Throw<InvalidDataException>(() => QcRuleCatalogue.ParseRules(new StringReader("code\tseverity\n"), "QcRules.tsv"))
            .Message.ShouldContain("line 1: the header must be");

    [Theory]
    [InlineData("female_only", "O80.000", true)]
    [InlineData("female_only", "A54.200+N74.300*", true)]
    [InlineData("female_only", "N70.900", true)]
    [InlineData("female_only", "N69.000", false)]
    [InlineData("female_only", "N99.000", false)]
    [InlineData("male_only", "D29.000", true)]
    [InlineData("male_only", "D30.000", false)]
    [InlineData("over_12_only", "C50.900", true)]
    [InlineData("over_12_only", "C64.x00", false)]
    [InlineData("perinatal", "P96.900", true)]
    [InlineData("not_principal", "Y98.x00", true)]
    [InlineData("not_principal", "Y99.000", false)]
    [InlineData("not_principal", "M8140/3", true)]
    [InlineData("not_principal", "M54.500", false)]
    [InlineData("not_principal", "I32.0*", true)]
    [InlineData("not_principal", "A18.808†I32.0*", false)]
    [InlineData("neoplasm", "D48.900", true)]
    [InlineData("neoplasm", "D49.000", false)]
    [InlineData("injury", "T98.300", true)]
    public void Codes_fall_in_the_sets_of_the_range_table(string set, string code, bool member)
    {
        var flag = Enum.GetValues<CodeSet>().Single(s => s != CodeSet.None && Name(s) == set);

        ((QcRuleCatalogue.Ranges.SetsOf(code) & flag) != 0).ShouldBe(member);
        (QcRuleCatalogue.Ranges.Match(code, flag) is not null).ShouldBe(member);
    }

    [Theory]
    [InlineData("set\tkind\tfrom\tto\tnote_zh\tnote_en\nmale_only\tcategory\tN51\tN40\tx\tx\n", "line 2: 'N51'–'N40' is not a range")]
    [InlineData("set\tkind\tfrom\tto\tnote_zh\tnote_en\nmale_only\tcategory\tN4\tN51\tx\tx\n", "line 2: 'N4'–'N51' is not a range")]
    [InlineData("set\tkind\tfrom\tto\tnote_zh\tnote_en\nchildren\tcategory\tN40\tN51\tx\tx\n", "line 2: unknown set 'children'")]
    [InlineData("set\tkind\tfrom\tto\tnote_zh\tnote_en\nnot_principal\tpattern\tsymptom\t\tx\tx\n", "line 2: unknown pattern 'symptom'")]
    [InlineData("set\tkind\tfrom\tto\tnote_zh\tnote_en\nnot_principal\tprefix\tR\t\tx\tx\n", "line 2: unknown kind 'prefix'")]
    public void A_malformed_range_file_is_refused_with_its_line(string text, string message) =>
        Should.Throw<InvalidDataException>(() => CodeRangeTable.Parse(new StringReader(text), "CodeRanges.tsv"))
            .Message.ShouldStartWith("CodeRanges.tsv " + message);

    private static string Name(CodeSet set) => set switch
    {
        CodeSet.FemaleOnly => "female_only",
        CodeSet.MaleOnly => "male_only",
        CodeSet.Over12Only => "over_12_only",
        CodeSet.Perinatal => "perinatal",
        CodeSet.NotPrincipal => "not_principal",
        CodeSet.ExternalCause => "external_cause",
        CodeSet.Injury => "injury",
        _ => "neoplasm",
    };
}
