using System.Globalization;
using TieredCare.DemoData.Generation;

namespace TieredCare.DemoData.Tests;

/// <summary>The discharge abstracts pass the 病案首页 quality rules an importer and a grouper rely on.</summary>
public sealed class DischargeRuleTests(DemoFolder demo)
{
    private static readonly string[] CostClasses =
    [
        "cost_service", "cost_diagnosis", "cost_treatment", "cost_rehabilitation", "cost_tcm", "cost_western_drug",
        "cost_chinese_drug", "cost_blood", "cost_consumables", "cost_other",
    ];

    [Fact]
    public void Costs_add_up_exactly_and_surgery_fees_follow_operations()
    {
        var discharges = demo.Read("discharges.csv");
        var operated = Operated();
        foreach (var row in discharges.Rows)
        {
            var id = row[discharges["abstract_id"]];
            var classes = CostClasses.Sum(c => Fen(row[discharges[c]]));
            var total = Fen(row[discharges["total_cost"]]);
            classes.ShouldBe(total, $"abstract {id}: the ten classes must sum to the total");
            var surgery = Fen(row[discharges["cost_surgery"]]);
            surgery.ShouldBeLessThanOrEqualTo(Fen(row[discharges["cost_treatment"]]));
            (surgery > 0).ShouldBe(operated.Contains(id), $"abstract {id}: surgery fee > 0 exactly when an operation is coded");
            var selfPay = Fen(row[discharges["self_pay"]]);
            selfPay.ShouldBeInRange(0, total);
            foreach (var column in CostClasses.Append("cost_surgery").Append("total_cost").Append("self_pay"))
            {
                var text = row[discharges[column]];
                (text.Length - text.IndexOf('.', StringComparison.Ordinal)).ShouldBeLessThanOrEqualTo(3, "at most two decimals");
            }
        }
    }

    [Fact]
    public void Stays_sexes_ages_and_dispositions_are_consistent()
    {
        var discharges = demo.Read("discharges.csv");
        var dispositions = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in discharges.Rows)
        {
            var id = row[discharges["abstract_id"]];
            var admission = Date(row[discharges["admission_date"]]);
            var discharge = Date(row[discharges["discharge_date"]]);
            var los = int.Parse(row[discharges["los_days"]], CultureInfo.InvariantCulture);
            los.ShouldBe(Math.Max(1, discharge.DayNumber - admission.DayNumber), $"abstract {id}: LOS");
            var sex = int.Parse(row[discharges["sex"]], CultureInfo.InvariantCulture);
            var age = int.Parse(row[discharges["age_years"]], CultureInfo.InvariantCulture);
            var birth = Date(row[discharges["birth_date"]]);
            birth.ShouldBeLessThanOrEqualTo(admission);
            var ageDaysText = row[discharges["age_days"]];
            int? ageDays = ageDaysText.Length > 0 ? int.Parse(ageDaysText, CultureInfo.InvariantCulture) : null;
            (ageDays is not null).ShouldBe(age == 0, $"abstract {id}: age_days only under one year");
            if (ageDays is { } days)
            {
                days.ShouldBe(admission.DayNumber - birth.DayNumber);
            }

            (row[discharges["newborn_weight_g"]].Length > 0).ShouldBe(ageDays is <= 28, $"abstract {id}: newborn weight for age_days <= 28");
            var diagnoses = row[discharges["other_diagnoses"]].Split('|', StringSplitOptions.RemoveEmptyEntries).Prepend(row[discharges["principal_diagnosis"]]);
            foreach (var code in diagnoses)
            {
                CodeRules.Allowed(code, sex, age, ageDays).ShouldBeTrue($"abstract {id}: {code} for sex {sex}, age {age}");
                if (sex == 1)
                {
                    code.ShouldNotStartWith("O");
                }
            }

            var disposition = row[discharges["disposition"]];
            new[] { "1", "2", "3", "4", "5", "9" }.ShouldContain(disposition);
            dispositions[disposition] = dispositions.GetValueOrDefault(disposition) + 1;
            if (disposition is "2" or "3")
            {
                row[discharges["receiving_institution"]].ShouldNotBeEmpty($"abstract {id}: 离院方式 {disposition} needs the receiving institution");
            }

            int.Parse(row[discharges["admission_count"]], CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
            keys.Add(string.Join('/', row[discharges["institution_code"]], row[discharges["medical_record_no"]], row[discharges["admission_count"]]))
                .ShouldBeTrue($"abstract {id}: institution, record number and admission count must be unique");
        }

        dispositions.Keys.ShouldBe(["1", "2", "3", "4", "5", "9"], ignoreOrder: true);
        var deaths = dispositions["5"] / (double)discharges.Rows.Count;
        deaths.ShouldBeInRange(0.005, 0.01);
    }

    [Fact]
    public void Procedures_fall_within_their_stay_and_operations_carry_a_level()
    {
        var discharges = demo.Read("discharges.csv");
        var stays = discharges.Rows.ToDictionary(
            r => r[discharges["abstract_id"]],
            r => (Date(r[discharges["admission_date"]]), Date(r[discharges["discharge_date"]])),
            StringComparer.Ordinal);
        var procedures = demo.Read("discharge_procedures.csv");
        var sequences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in procedures.Rows)
        {
            var id = row[procedures["abstract_id"]];
            stays.ShouldContainKey(id);
            var (admission, discharge) = stays[id];
            Date(row[procedures["date"]]).ShouldBeInRange(admission, discharge);
            var sequence = int.Parse(row[procedures["sequence"]], CultureInfo.InvariantCulture);
            sequence.ShouldBe(sequences.GetValueOrDefault(id) + 1, $"abstract {id}: sequences run 1, 2, …");
            sequences[id] = sequence;
            var level = row[procedures["surgery_level"]];
            if (level.Length > 0)
            {
                int.Parse(level, CultureInfo.InvariantCulture).ShouldBeInRange(1, 4);
            }
        }
    }

    private HashSet<string> Operated()
    {
        var procedures = demo.Read("discharge_procedures.csv");
        return procedures.Rows.Where(r => r[procedures["surgery_level"]].Length > 0).Select(r => r[procedures["abstract_id"]]).ToHashSet(StringComparer.Ordinal);
    }

    private static long Fen(string text) => (long)Math.Round(decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture) * 100);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
