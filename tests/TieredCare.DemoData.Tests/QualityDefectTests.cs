namespace TieredCare.DemoData.Tests;

/// <summary>
/// The demo's abstracts carry a few realistic quality defects, so the monthly quality report has something
/// to show: about 2–3 % of abstracts break a hard rule and 3–5 % raise a warning (rules in <see cref="DemoAbstracts"/>).
/// </summary>
public sealed class QualityDefectTests(DemoFolder demo)
{
    [Fact]
    public void Two_to_three_percent_have_a_hard_error_and_three_to_five_percent_a_warning()
    {
        var rows = demo.Abstracts.Rows;
        var errors = rows.Count(a => a.Findings.Errors.Count > 0) / (double)rows.Count;
        var warnings = rows.Count(a => a.Findings.Warnings.Count > 0) / (double)rows.Count;
        errors.ShouldBeInRange(0.02, 0.03, "share of abstracts with a hard error");
        warnings.ShouldBeInRange(0.03, 0.05, "share of abstracts with a warning");

        foreach (var rule in DemoAbstracts.ErrorRules)
        {
            rows.Count(a => a.Findings.Errors.Contains(rule)).ShouldBeGreaterThan(rows.Count / 1000, $"error {rule} occurs");
        }

        foreach (var rule in DemoAbstracts.WarningRules)
        {
            rows.Count(a => a.Findings.Warnings.Contains(rule)).ShouldBeGreaterThan(rows.Count / 200, $"warning {rule} occurs");
        }
    }

    [Fact]
    public void Defects_spare_what_the_importer_checks()
    {
        var abstracts = demo.Abstracts;
        foreach (var a in abstracts.Rows.Where(a => !a.Findings.Clean))
        {
            int.Parse(abstracts[a, "los_days"], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1, a.Id);
            DemoAbstracts.Date(abstracts[a, "discharge_date"]).ShouldBeGreaterThanOrEqualTo(DemoAbstracts.Date(abstracts[a, "admission_date"]), a.Id);
            new[] { "1", "2", "3", "4", "5", "9" }.ShouldContain(abstracts[a, "disposition"], a.Id);
            DemoAbstracts.CostClasses.Append("cost_surgery").ShouldAllBe(c => DemoAbstracts.Fen(abstracts[a, c]) >= 0, a.Id);
            DemoAbstracts.Fen(abstracts[a, "self_pay"]).ShouldBeLessThanOrEqualTo(DemoAbstracts.Fen(abstracts[a, "total_cost"]), a.Id);
            DemoAbstracts.Fen(abstracts[a, "cost_surgery"]).ShouldBeLessThanOrEqualTo(DemoAbstracts.Fen(abstracts[a, "cost_treatment"]), a.Id);
        }
    }
}
