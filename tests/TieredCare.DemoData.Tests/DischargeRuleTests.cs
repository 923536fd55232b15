using System.Globalization;
using TieredCare.DemoData.Generation;

namespace TieredCare.DemoData.Tests;

/// <summary>
/// The discharge abstracts pass the 病案首页 quality rules an importer and a grouper rely on, except for
/// the few slips the generator injects on purpose (QualityDefectTests), each of a known small kind.
/// </summary>
public sealed class DischargeRuleTests(DemoFolder demo)
{
    private static readonly string[] CostClasses = DemoAbstracts.CostClasses;

    [Fact]
    public void Costs_add_up_but_for_rare_typos_and_surgery_fees_follow_operations()
    {
        var discharges = demo.Read("discharges.csv");
        var operated = Operated();
        var typos = 0;
        foreach (var row in discharges.Rows)
        {
            var id = row[discharges["abstract_id"]];
            var classes = CostClasses.Sum(c => Fen(row[discharges[c]]));
            var total = Fen(row[discharges["total_cost"]]);
            if (classes != total)
            {
                typos++;
                ((classes - total) % 100).ShouldBe(0, $"abstract {id}: a typo changes whole 元, never the fen");
            }

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

        (typos / (double)discharges.Rows.Count).ShouldBeLessThan(0.01, "the ten classes add up to the total but for rare typos");
    }

    [Fact]
    public void Stays_sexes_ages_and_dispositions_are_consistent()
    {
        var discharges = demo.Read("discharges.csv");
        var dispositions = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        int losSlips = 0, transfers = 0, transfersWithoutReceiver = 0;
        foreach (var row in discharges.Rows)
        {
            var id = row[discharges["abstract_id"]];
            var admission = Date(row[discharges["admission_date"]]);
            var discharge = Date(row[discharges["discharge_date"]]);
            var los = int.Parse(row[discharges["los_days"]], CultureInfo.InvariantCulture);
            var stay = Math.Max(1, discharge.DayNumber - admission.DayNumber);
            los.ShouldBeInRange(Math.Max(1, stay - 1), stay + 1, $"abstract {id}: LOS is the stay, or one day off where mistyped");
            losSlips += los != stay ? 1 : 0;
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
                transfers++;
                transfersWithoutReceiver += row[discharges["receiving_institution"]].Length == 0 ? 1 : 0;
            }

            int.Parse(row[discharges["admission_count"]], CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
            keys.Add(string.Join('/', row[discharges["institution_code"]], row[discharges["medical_record_no"]], row[discharges["admission_count"]]))
                .ShouldBeTrue($"abstract {id}: institution, record number and admission count must be unique");
        }

        (losSlips / (double)discharges.Rows.Count).ShouldBeLessThan(0.01, "LOS follows the dates but for rare slips");
        (transfersWithoutReceiver / (double)transfers).ShouldBeLessThan(0.2, "离院方式 2 and 3 name the receiving institution but for rare omissions");
        dispositions.Keys.ShouldBe(["1", "2", "3", "4", "5", "9"], ignoreOrder: true);
        var deaths = dispositions["5"] / (double)discharges.Rows.Count;
        deaths.ShouldBeInRange(0.005, 0.01);
    }

    [Fact]
    public void Procedures_fall_within_their_stay_but_for_rare_late_dates_and_operations_carry_a_level()
    {
        var discharges = demo.Read("discharges.csv");
        var stays = discharges.Rows.ToDictionary(
            r => r[discharges["abstract_id"]],
            r => (Date(r[discharges["admission_date"]]), Date(r[discharges["discharge_date"]])),
            StringComparer.Ordinal);
        var procedures = demo.Read("discharge_procedures.csv");
        var sequences = new Dictionary<string, int>(StringComparer.Ordinal);
        var late = new HashSet<string>(StringComparer.Ordinal);
        var lastDates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var row in procedures.Rows)
        {
            var id = row[procedures["abstract_id"]];
            stays.ShouldContainKey(id);
            var (admission, discharge) = stays[id];
            var date = Date(row[procedures["date"]]);
            date.ShouldBeInRange(admission, discharge.AddDays(1), $"abstract {id}: within the stay, or the day after where mistyped");
            if (date > discharge)
            {
                late.Add(id).ShouldBeTrue($"abstract {id}: only one procedure is dated late");
            }

            lastDates[id] = date;

            var sequence = int.Parse(row[procedures["sequence"]], CultureInfo.InvariantCulture);
            sequence.ShouldBe(sequences.GetValueOrDefault(id) + 1, $"abstract {id}: sequences run 1, 2, …");
            sequences[id] = sequence;
            var level = row[procedures["surgery_level"]];
            if (level.Length > 0)
            {
                int.Parse(level, CultureInfo.InvariantCulture).ShouldBeInRange(1, 4);
            }
        }

        foreach (var id in late)
        {
            lastDates[id].ShouldBe(stays[id].Item2.AddDays(1), $"abstract {id}: the late one is the last");
        }

        (late.Count / (double)sequences.Count).ShouldBeLessThan(0.01, "procedure dates fall within the stay but for rare slips");
    }

    [Fact]
    public void External_causes_follow_injuries_and_pathology_codes_follow_neoplasms()
    {
        var discharges = demo.Read("discharges.csv");
        int injuries = 0, injuriesWithoutCause = 0, neoplasms = 0, neoplasmsWithoutPathology = 0;
        foreach (var row in discharges.Rows)
        {
            var id = row[discharges["abstract_id"]];
            var principal = row[discharges["principal_diagnosis"]];
            var cause = row[discharges["external_cause_code"]];
            var pathology = row[discharges["pathology_code"]];
            if (DemoAbstracts.IsInjury(principal))
            {
                injuries++;
                injuriesWithoutCause += cause.Length == 0 ? 1 : 0;
            }
            else
            {
                cause.ShouldBeEmpty($"abstract {id}: an external cause only for an injury or poisoning");
            }

            if (cause.Length > 0)
            {
                cause.ShouldMatch(@"^(V0[1-9]|V[1-9]\d|W\d\d|X\d\d|Y[0-8]\d|Y9[0-8])\.", $"abstract {id}: external causes are V01–Y98");
            }

            if (DemoAbstracts.IsNeoplasm(principal))
            {
                neoplasms++;
                neoplasmsWithoutPathology += pathology.Length == 0 ? 1 : 0;
            }
            else
            {
                pathology.ShouldBeEmpty($"abstract {id}: a pathology code only for a neoplasm");
            }

            if (pathology.Length > 0)
            {
                pathology.ShouldMatch(@"^M\d{4}/\d$", $"abstract {id}: a morphology code, M plus four digits and the behaviour");
            }
        }

        injuries.ShouldBeGreaterThan(0);
        (injuriesWithoutCause / (double)injuries).ShouldBeLessThan(0.15);
        (neoplasmsWithoutPathology / (double)neoplasms).ShouldBeLessThan(0.4);
    }

    private HashSet<string> Operated()
    {
        var procedures = demo.Read("discharge_procedures.csv");
        return procedures.Rows.Where(r => r[procedures["surgery_level"]].Length > 0).Select(r => r[procedures["abstract_id"]]).ToHashSet(StringComparer.Ordinal);
    }

    private static long Fen(string text) => (long)Math.Round(decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture) * 100);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
