using System.CommandLine;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using TieredCare.Drg;
using TieredCare.Drg.Analytics;
using TieredCare.Payment;

namespace TieredCare.Cli;

/// <summary><c>pay settle</c>, <c>pay whatif</c>, <c>pay budget</c> and <c>pay cases</c>: insurance settlement by DRG points (M8).</summary>
internal static class PayCommands
{
    private const int ReasonsShown = 5;

    private static CultureInfo Invariant => CultureInfo.InvariantCulture;

    public static Command Create() => new("pay", "Insurance payment: DRG point settlement, policy what-if, network global budgets")
    {
        CreateSettle(), CreateWhatIf(), CreateBudget(), CreateCases(), SuspiciousCommand.Create(),
    };

    private static Option<FileInfo> CasesOption() => new("--cases")
    {
        Description = "Cases TSV: case_id, hospital, hospital_level, month, drg, status, total_cost, self_pay, disposition [, los_days, special_review]",
        Required = true,
    };

    private static Command CreateSettle()
    {
        var cases = CasesOption();
        var policy = new Option<FileInfo>("--policy") { Description = "Policy JSON; without it the reference policy" };
        var budget = new Option<string>("--budget") { Description = "The fund for the period in 元, overriding the policy's budget" };
        var weights = new Option<FileInfo>("--weights") { Description = "Weight TSV from 'drg weights', overriding the policy's weightReference" };
        var output = new Option<DirectoryInfo>("--output") { Description = "Folder for hospitals.tsv, cases.tsv and advances.tsv", Required = true };
        var explain = new Option<bool>("--explain") { Description = "Add each case's formula with its numbers to cases.tsv (column explanation)" };
        var command = new Command("settle", "Settle a period's grouped cases: points, point value, amounts due, advances and balances per hospital")
        {
            cases, policy, budget, weights, output, explain,
        };
        command.SetAction(parse => Settle(
            parse.GetValue(cases)!, parse.GetValue(policy), parse.GetValue(budget), parse.GetValue(weights), parse.GetValue(output)!, parse.GetValue(explain)));
        return command;
    }

    private static Command CreateWhatIf()
    {
        var cases = CasesOption();
        var policies = new Option<FileInfo[]>("--policy") { Description = "The current policy, then the proposed one (give --policy twice)", Required = true, Arity = new ArgumentArity(2, 2) };
        var output = new Option<FileInfo>("--output") { Description = "TSV: hospital, due_a, due_b, difference, points_a, points_b, point_value_a, point_value_b" };
        var command = new Command("whatif", "Settle the same cases under two policies and show every hospital's change") { cases, policies, output };
        command.SetAction(parse => WhatIfRun(parse.GetValue(cases)!, parse.GetValue(policies)!, parse.GetValue(output)));
        return command;
    }

    private static Command CreateBudget()
    {
        var budget = new Option<string>("--budget") { Description = "The network's global budget in 元", Required = true };
        var spending = new Option<string>("--spending") { Description = "Spending in 元: for the year, or to date with --as-of", Required = true };
        var policy = new Option<FileInfo>("--policy") { Description = "Policy JSON whose globalBudget.bands apply; without it the reference bands" };
        var asOf = new Option<string>("--as-of") { Description = "yyyy-MM-dd: spending is to this day; project it linearly to the end of its calendar year" };
        var command = new Command("budget", "A network's position against its global budget: surplus kept or overspend borne, by band") { budget, spending, policy, asOf };
        command.SetAction(parse => Budget(parse.GetValue(budget)!, parse.GetValue(spending)!, parse.GetValue(policy), parse.GetValue(asOf)));
        return command;
    }

    private static Command CreateCases()
    {
        var tables = new Option<DirectoryInfo>("--tables") { Description = "A DRG table set folder", Required = true };
        var input = new Option<FileInfo>("--input") { Description = "The project's discharges.csv (with the discharge_procedures.csv beside it)", Required = true };
        var institutions = new Option<FileInfo>("--institutions") { Description = "institutions.csv, for each hospital's level", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "Cases TSV to write for 'pay settle'", Required = true };
        var year = new Option<int?>("--year") { Description = "Only discharges of this year" };
        var command = new Command("cases", "Group discharges into a settlement cases TSV (month from discharge_date, level from institutions.csv)")
        {
            tables, input, institutions, output, year,
        };
        command.SetAction(parse => Cases(parse.GetValue(tables)!, parse.GetValue(input)!, parse.GetValue(institutions)!, parse.GetValue(output)!, parse.GetValue(year)));
        return command;
    }

    private static int Settle(FileInfo casesFile, FileInfo? policyFile, string? budgetText, FileInfo? weightsFile, DirectoryInfo output, bool explain)
    {
        if (string.Equals(Path.Combine(output.FullName, "cases.tsv"), casesFile.FullName, StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"--output {output.FullName} would overwrite the input {casesFile.Name}; choose another folder");
            return 1;
        }

        try
        {
            var policy = LoadPolicy(policyFile);
            if (budgetText is not null) policy = policy with { Budget = ParseAmount(budgetText, "--budget") };
            // The settlement records the weight file it used, under its name, in the policy it stores.
            if (weightsFile is not null) policy = policy with { WeightReference = weightsFile.Name };
            var reference = LoadReference(policy, policyFile, weightsFile);
            var cases = LoadCases(casesFile);
            var settlement = DrgPointSettlement.Settle(cases, policy, reference);
            WriteSettlement(settlement, output, explain);
            PrintSettlement(settlement, output);
            return 0;
        }
        catch (Exception e) when (IsInputError(e))
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static int WhatIfRun(FileInfo casesFile, FileInfo[] policyFiles, FileInfo? output)
    {
        try
        {
            // In case-id order once, so neither settlement has to sort.
            var cases = PointSettlement.InCaseIdOrder(LoadCases(casesFile));
            var a = LoadPolicy(policyFiles[0]);
            var b = LoadPolicy(policyFiles[1]);
            var settlementA = DrgPointSettlement.Settle(cases, a, LoadReference(a, policyFiles[0], null));
            var settlementB = DrgPointSettlement.Settle(cases, b, LoadReference(b, policyFiles[1], null));
            var comparison = WhatIf.Compare(settlementA, settlementB);

            Console.WriteLine($"A: {comparison.PolicyA}, point value {PointValue(comparison.PointValueA)}; B: {comparison.PolicyB}, point value {PointValue(comparison.PointValueB)}");
            Console.WriteLine(string.Create(Invariant, $"{"hospital",-14} {"due A",18} {"due B",18} {"difference",16}"));
            foreach (var h in comparison.Hospitals)
            {
                Console.WriteLine(string.Create(Invariant, $"{h.Hospital,-14} {h.DueA,18:N2} {h.DueB,18:N2} {h.Difference,16:N2}"));
            }
            Console.WriteLine(string.Create(Invariant, $"{"total",-14} {comparison.TotalDueA,18:N2} {comparison.TotalDueB,18:N2} {comparison.TotalDueB - comparison.TotalDueA,16:N2}"));
            Console.WriteLine(string.Create(Invariant, $"{comparison.ChangedRules:N0} cases change rule") +
                (comparison.RuleChanges.Count == 0 ? "" : ": " + string.Join(", ", comparison.RuleChanges.Select(r => string.Create(Invariant, $"{r.From.ToWord()} → {r.To.ToWord()} {r.Cases:N0}")))));

            if (output is not null)
            {
                using var writer = Writer(output.FullName);
                writer.Write("hospital\tdue_a\tdue_b\tdifference\tpoints_a\tpoints_b\tpoint_value_a\tpoint_value_b\n");
                foreach (var h in comparison.Hospitals)
                {
                    writer.Write(string.Join('\t', h.Hospital, Rounding.MoneyText(h.DueA), Rounding.MoneyText(h.DueB), Rounding.MoneyText(h.Difference),
                        Rounding.PointsText(h.PointsA), Rounding.PointsText(h.PointsB), PointValue(h.PointValueA), PointValue(h.PointValueB)));
                    writer.Write('\n');
                }
            }
            return 0;
        }
        catch (Exception e) when (IsInputError(e))
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static int Budget(string budgetText, string spendingText, FileInfo? policyFile, string? asOfText)
    {
        try
        {
            var bands = LoadPolicy(policyFile).BudgetBands;
            var budget = ParseAmount(budgetText, "--budget");
            var spending = ParseAmount(spendingText, "--spending");
            BudgetPosition position;
            if (asOfText is null)
            {
                position = GlobalBudget.Evaluate(budget, spending, bands);
            }
            else
            {
                if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var asOf)) throw new FormatException($"--as-of: '{asOfText}' is not a date yyyy-MM-dd");
                var projection = GlobalBudget.ProjectCalendarYear(spending, asOf);
                Console.WriteLine(projection.Explanation);
                position = GlobalBudget.Evaluate(budget, projection, bands);
            }

            Console.WriteLine(string.Create(Invariant,
                $"budget {position.Budget:N2}, spending {Rounding.Cents(position.Spending):N2}{(position.Projection is null ? "" : " (projected)")}, " +
                $"u = {Math.Round(position.Ratio, 4, MidpointRounding.AwayFromZero):0.0000}: {position.Standing.ToString().ToLowerInvariant()}"));
            foreach (var band in position.Bands) Console.WriteLine("  " + band.Explanation);
            if (position.Standing == BudgetStanding.Surplus)
            {
                Console.WriteLine(string.Create(Invariant, $"surplus {Rounding.Cents(position.Surplus):N2}: the network keeps {Rounding.Cents(position.NetworkKeeps):N2}, the fund {Rounding.Cents(position.FundKeeps):N2}"));
            }
            else if (position.Standing == BudgetStanding.Overspend)
            {
                Console.WriteLine(string.Create(Invariant, $"overspend {Rounding.Cents(position.Overspend):N2}: the network bears {Rounding.Cents(position.NetworkBears):N2}, the fund {Rounding.Cents(position.FundBears):N2}"));
            }
            else
            {
                Console.WriteLine("spending equals the budget: nothing to keep or bear");
            }
            return 0;
        }
        catch (Exception e) when (IsInputError(e) || e is ArgumentOutOfRangeException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static int Cases(DirectoryInfo tablesFolder, FileInfo input, FileInfo institutionsFile, FileInfo output, int? year)
    {
        if (DrgCommands.LoadTables(tablesFolder) is not { } tables) return 2;
        try
        {
            var levels = ReadLevels(institutionsFile);
            var (written, skipped) = (0, 0);
            var reasons = new List<string>();
            var statuses = new Dictionary<GroupingStatus, int>();
            var pool = new Dictionary<string, string>(StringComparer.Ordinal);
            string Pooled(string text) => pool.TryGetValue(text, out var shared) ? shared : pool[text] = text;
            var temporary = output.FullName + ".partial";
            using (var writer = Writer(temporary))
            {
                var cases = Enumerate();
                SettlementCaseFile.Write(writer, cases);

                IEnumerable<SettlementCase> Enumerate()
                {
                    foreach (var a in DischargeCases.ReadForPayment(input))
                    {
                        if (year is { } y && a.DischargeDate is { } d && d.Year != y) continue;
                        string? problem = a.TotalCost is null || a.SelfPay is null || a.DischargeDate is null ? a.Problems
                            : a.SelfPay > a.TotalCost ? $"abstract {a.Case.CaseId}: self_pay {a.SelfPay} is above total_cost {a.TotalCost}"
                            : !levels.TryGetValue(a.Institution, out _) ? $"abstract {a.Case.CaseId}: institution '{a.Institution}' is not in {institutionsFile.Name}"
                            : null;
                        if (problem is not null)
                        {
                            skipped++;
                            if (reasons.Count < ReasonsShown) reasons.Add(problem);
                            continue;
                        }
                        var result = DrgGrouper.GroupFast(a.Case.Record, tables);
                        statuses[result.Status] = statuses.GetValueOrDefault(result.Status) + 1;
                        written++;
                        yield return new SettlementCase(a.Case.CaseId, Pooled(a.Institution), levels[a.Institution],
                            new YearMonth(a.DischargeDate!.Value.Year, a.DischargeDate.Value.Month), Pooled(result.Drg), result.Status, a.TotalCost!.Value,
                            a.SelfPay!.Value, a.Disposition, a.LosDays, SpecialReview: false);
                    }
                }
            }
            File.Move(temporary, output.FullName, overwrite: true);

            Console.WriteLine(string.Create(Invariant, $"{written:N0} cases written to {output.Name}: ") +
                string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => string.Create(Invariant, $"{s.Key.ToWord()} {s.Value:N0}"))));
            if (skipped > 0)
            {
                Console.Error.WriteLine(string.Create(Invariant, $"{skipped:N0} discharge(s) left out: a cost, self-pay or date could not be read, or the institution is unknown. First:"));
                foreach (var reason in reasons) Console.Error.WriteLine($"  {reason}");
            }
            return 0;
        }
        catch (Exception e) when (e is FormatException or CsvHelperException or IOException)
        {
            Console.Error.WriteLine($"{input.Name}: {e.Message}");
            return 1;
        }
    }

    /// <summary>institutions.csv: code → 3 tertiary, 2 secondary, 1 primary, 0 unrated.</summary>
    private static Dictionary<string, int> ReadLevels(FileInfo file)
    {
        using var reader = new StreamReader(file.FullName);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        if (!csv.Read() || !csv.ReadHeader() || !csv.HeaderRecord!.Contains("code") || !csv.HeaderRecord.Contains("level"))
        {
            throw new FormatException($"{file.Name} lacks the columns code and level");
        }
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var level = csv.GetField("level") switch
            {
                "tertiary" => 3,
                "secondary" => 2,
                "primary" => 1,
                "unrated" or "" => 0,
                var other => throw new FormatException($"{file.Name} row {csv.Parser.Row - 1}: level '{other}' is not tertiary, secondary, primary or unrated"),
            };
            levels[csv.GetField("code") ?? ""] = level;
        }
        return levels;
    }

    private static bool IsInputError(Exception e) =>
        e is SettlementCaseFileException or PaymentPolicyException or SettlementException or DrgWeightTableException or FormatException or IOException
            or UnauthorizedAccessException;

    private static PaymentPolicy LoadPolicy(FileInfo? file)
    {
        if (file is null) return PaymentPolicy.Reference;
        try
        {
            using var stream = file.OpenRead();
            return PaymentPolicy.Read(stream);
        }
        catch (PaymentPolicyException e)
        {
            throw new PaymentPolicyException($"{file.Name}: {e.Message}", e);
        }
    }

    /// <summary>The weight table to settle against: --weights, else the policy's weightReference beside the policy file, else none (the period itself).</summary>
    private static DrgWeightTable? LoadReference(PaymentPolicy policy, FileInfo? policyFile, FileInfo? weightsFile)
    {
        var path = weightsFile?.FullName;
        if (path is null && policy.WeightReference != PaymentPolicy.PeriodReference)
        {
            path = Path.IsPathRooted(policy.WeightReference) || policyFile is null
                ? policy.WeightReference
                : Path.Combine(policyFile.DirectoryName!, policy.WeightReference);
        }
        if (path is null) return null;
        using var reader = new StreamReader(path, Encoding.UTF8);
        try
        {
            return DrgWeightTable.Read(reader);
        }
        catch (DrgWeightTableException e)
        {
            throw new DrgWeightTableException($"{Path.GetFileName(path)}: {e.Message}", e);
        }
    }

    private static IReadOnlyList<SettlementCase> LoadCases(FileInfo file)
    {
        using var reader = new StreamReader(file.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 20 });
        try
        {
            return SettlementCaseFile.Read(reader);
        }
        catch (SettlementCaseFileException e)
        {
            throw new SettlementCaseFileException($"{file.Name}: {e.Message}", e);
        }
    }

    private static decimal ParseAmount(string text, string option) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, Invariant, out var value)
            ? value
            : throw new FormatException($"{option}: '{text}' is not an amount in 元 (digits and '.')");

    /// <summary>Writes every file beside its final name first and renames them together, so a failed run leaves no half-written settlement.</summary>
    private static void WriteSettlement(Settlement settlement, DirectoryInfo output, bool explain)
    {
        output.Create();
        var files = new List<(string Temporary, string Final)>();
        StreamWriter Open(string name)
        {
            var final = Path.Combine(output.FullName, name);
            files.Add((final + ".partial", final));
            return Writer(final + ".partial");
        }

        using (var writer = Open("hospitals.tsv"))
        {
            writer.Write("hospital\tcases\tpoints\tpoint_value\tdue\tadvances\tbalance\n");
            foreach (var h in settlement.Hospitals)
            {
                writer.Write(string.Join('\t', h.Hospital, h.Cases.ToString(Invariant), Rounding.PointsText(h.Points), PointValue(h.PointValue),
                    Rounding.MoneyText(h.Due), Rounding.MoneyText(h.Advances), Rounding.MoneyText(h.Balance)));
                writer.Write('\n');
            }
        }
        using (var writer = Open("cases.tsv"))
        {
            writer.Write("case_id\thospital\tdrg\trule\tpoints\tamount" + (explain ? "\texplanation\n" : "\n"));
            foreach (var l in settlement.Lines)
            {
                writer.Write(string.Join('\t', l.CaseId, l.Hospital, l.Drg, l.Rule.ToWord(), Rounding.PointsText(l.Points), Rounding.MoneyText(l.Amount)));
                if (explain)
                {
                    writer.Write('\t');
                    writer.Write(l.Explanation);
                }
                writer.Write('\n');
            }
        }
        using (var writer = Open("advances.tsv"))
        {
            writer.Write("hospital\tmonth\tpoints\tmonth_point_value\tself_pay\tadvance\n");
            foreach (var h in settlement.Hospitals)
            {
                foreach (var a in h.MonthlyAdvances)
                {
                    writer.Write(string.Join('\t', h.Hospital, a.Month.ToString(), Rounding.PointsText(a.Points), PointValue(a.MonthPointValue),
                        Rounding.MoneyText(a.SelfPay), Rounding.MoneyText(a.Paid)));
                    writer.Write('\n');
                }
            }
        }
        foreach (var (temporary, final) in files) File.Move(temporary, final, overwrite: true);
    }

    private static void PrintSettlement(Settlement s, DirectoryInfo output)
    {
        var t = s.Totals;
        Console.WriteLine($"policy {s.PolicyName} {s.PolicyVersion}, {s.Method}, weights from {s.Reference}");
        var rules = string.Join(", ", t.CasesByRule.Where(r => r.Value > 0).Select(r => string.Create(Invariant, $"{r.Key.ToWord()} {r.Value:N0}")));
        Console.WriteLine(string.Create(Invariant, $"{t.Cases:N0} cases in {s.Hospitals.Count:N0} hospitals: {rules}") +
            (t.RefusedSpecialReviews > 0 ? string.Create(Invariant, $"; {t.RefusedSpecialReviews:N0} special reviews refused by the cap") : ""));
        Console.WriteLine(string.Create(Invariant, $"points {Rounding.Points(t.Points):N4}, point value {PointValue(t.PointValue)} 元"));
        Console.WriteLine(string.Create(Invariant,
            $"budget {Rounding.Cents(t.Budget):N2}: fee-for-service {Rounding.Cents(t.FeeForService):N2}, per-diem {Rounding.Cents(t.PerDiem):N2}, " +
            $"points {Rounding.Cents(t.Budget - t.FeeForService - t.PerDiem):N2} (+ self-pay {Rounding.Cents(t.SelfPay):N2})"));
        Console.WriteLine(string.Create(Invariant,
            $"due {s.Hospitals.Sum(h => Rounding.Cents(h.Due)):N2}, advances {t.Advances:N2}, balance {t.Balance:N2}"));
        Console.WriteLine($"fingerprint sha256:{s.Fingerprint}");
        Console.WriteLine($"wrote hospitals.tsv, cases.tsv, advances.tsv to {output.FullName}");
    }

    private static string PointValue(decimal value) => Math.Round(value, 6, MidpointRounding.AwayFromZero).ToString("0.000000", Invariant);

    private static StreamWriter Writer(string path) => new(path, false, new UTF8Encoding(false), 1 << 16);
}
