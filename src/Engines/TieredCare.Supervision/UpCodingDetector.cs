using System.Text;

namespace TieredCare.Supervision;

/// <summary>What the up-coding rule saw besides its findings.</summary>
/// <param name="CellsTested">Hospital × ADRG cells with enough cases on both sides to be tested.</param>
/// <param name="CellsFlagged">Cells flagged.</param>
internal readonly record struct UpCodingCounts(int CellsTested, int CellsFlagged);

/// <summary>
/// 高套: per split ADRG and hospital, the share of cases in the higher-severity DRGs (ending in 1 or 3) against the share of
/// all other hospitals together, by a one-sided test of one proportion. A flagged cell gives one hospital-level finding and
/// one finding per higher-severity case, ordered by cost; the README states the rule in full.
/// </summary>
public static class UpCodingDetector
{
    /// <summary>Finds hospital × ADRG cells with a significantly high share of higher-severity DRGs.</summary>
    /// <exception cref="ArgumentException">A case is invalid or a case id repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static IReadOnlyList<Finding> Detect(IReadOnlyList<SupervisedCase> cases, SupervisionOptions? options = null)
    {
        options ??= SupervisionOptions.Default;
        options.Validate();
        return Run(CaseSet.Of(cases), options, out _);
    }

    internal static List<Finding> Run(CaseSet set, SupervisionOptions options, out UpCodingCounts counts)
    {
        var adrgs = new Dictionary<string, (Tally Total, Dictionary<string, Tally> Hospitals)>(StringComparer.Ordinal);
        for (var i = 0; i < set.Count; i++)
        {
            if (set.Drgs[i] is not { Severity: not DrgSeverity.NotSplit } drg) continue;
            var c = set.Cases[i];
            if (!adrgs.TryGetValue(drg.Adrg, out var adrg)) adrgs.Add(drg.Adrg, adrg = (new Tally(), new Dictionary<string, Tally>(StringComparer.Ordinal)));
            if (!adrg.Hospitals.TryGetValue(c.Hospital, out var cell)) adrg.Hospitals.Add(c.Hospital, cell = new Tally());
            adrg.Total.Add(c, drg, i, keepCase: false);
            cell.Add(c, drg, i, keepCase: true);
        }

        var hospitalWeight = options.WeightOf(FindingKind.UpCodingHospital);
        var caseWeight = options.WeightOf(FindingKind.UpCodingCase);
        var findings = new List<Finding>();
        var (tested, flagged) = (0, 0);
        foreach (var (adrgCode, adrg) in adrgs.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            foreach (var (hospital, cell) in adrg.Hospitals.OrderBy(h => h.Key, StringComparer.Ordinal))
            {
                var reference = adrg.Total.Without(cell);
                if (cell.Cases < options.UpCodingMinimumCases || reference.Cases < options.UpCodingMinimumReferenceCases) continue;
                tested++;
                var test = Test(cell, reference);
                if (test.Z < options.UpCodingZThreshold || test.Share - test.ReferenceShare < options.UpCodingMinimumExcessShare) continue;
                flagged++;
                var strength = Stats.Strength(test.Z, options.UpCodingZThreshold);
                var high = cell.HighCases
                    .OrderByDescending(i => set.Cases[i].TotalCost)
                    .ThenBy(i => set.Cases[i].CaseId, StringComparer.Ordinal)
                    .ToList();
                var summary = new CellSummary(hospital, adrgCode, cell, reference, test, options.UpCodingZThreshold, options.UpCodingMinimumCases);
                if (hospitalWeight > 0)
                {
                    findings.Add(new Finding(FindingKind.UpCodingHospital, [.. high.Select(i => set.Cases[i].CaseId)], hospital,
                        hospitalWeight * strength, summary.HospitalEvidence(), summary.Facts()));
                }
                if (caseWeight > 0)
                {
                    foreach (var i in high)
                    {
                        findings.Add(CaseFinding(set.Cases[i], set.Drgs[i]!.Value, summary, caseWeight * strength, options.Complications));
                    }
                }
            }
        }
        counts = new UpCodingCounts(tested, flagged);
        return findings;
    }

    /// <summary>The one-sample z of the cell's higher-severity share against the reference share. The reference share is
    /// held inside [0.5/n_ref, 1 − 0.5/n_ref] for the variance, so that a reference without (or with only) higher-severity
    /// cases gives a finite z.</summary>
    internal static ShareTest Test(Tally cell, Tally reference)
    {
        var share = (double)cell.High / cell.Cases;
        var referenceShare = (double)reference.High / reference.Cases;
        var half = 0.5 / reference.Cases;
        var p0 = Math.Clamp(referenceShare, half, 1 - half);
        var z = (share - p0) / Math.Sqrt(p0 * (1 - p0) / cell.Cases);
        return new ShareTest(share, referenceShare, z);
    }

    private static Finding CaseFinding(SupervisedCase c, DrgCodeParts drg, CellSummary cell, double score, ComplicationCatalogue? catalogue)
    {
        var severityZh = drg.Severity == DrgSeverity.WithMcc ? "伴严重并发症或合并症" : "伴并发症或合并症";
        var severityEn = drg.Severity == DrgSeverity.WithMcc ? "with MCC" : "with CC";
        var (diagnosesZh, diagnosesEn, qualifying) = Diagnoses(c, drg, catalogue);
        var zh = $"病例 {c.CaseId}（{c.Hospital}，DRG {drg.Drg} {severityZh}，住院 {c.LosDays} 天，费用 {Text.Money(c.TotalCost)} 元）属高套嫌疑单元：" +
            $"{c.Hospital} 的 ADRG {drg.Adrg} 高严重度组占比 {Text.Percent(cell.Test.Share)}（{cell.Cell.High}/{cell.Cell.Cases}），" +
            $"其他医院 {Text.Percent(cell.Test.ReferenceShare)}，z = {Text.Number(cell.Test.Z, 2)}。主要诊断 {c.PrincipalDiagnosis}；{diagnosesZh}";
        var en = $"Case {c.CaseId} ({c.Hospital}, DRG {drg.Drg} {severityEn}, {c.LosDays} days, {Text.Money(c.TotalCost)} yuan) belongs to a flagged cell: " +
            $"{c.Hospital}'s higher-severity share in ADRG {drg.Adrg} is {Text.Percent(cell.Test.Share)} ({cell.Cell.High}/{cell.Cell.Cases}) against " +
            $"{Text.Percent(cell.Test.ReferenceShare)} at the other hospitals, z = {Text.Number(cell.Test.Z, 2)}. Principal {c.PrincipalDiagnosis}; {diagnosesEn}";
        var facts = new List<(string, string)>
        {
            ("adrg", drg.Adrg), ("drg", drg.Drg), ("severity", Text.Int((int)drg.Severity)),
            ("total_cost", Text.MoneyFact(c.TotalCost)), ("los_days", Text.Int(c.LosDays)),
            ("principal_diagnosis", c.PrincipalDiagnosis), ("other_diagnoses", string.Join('|', c.OtherDiagnoses)),
            ("hospital_share", Text.Number(cell.Test.Share, 4)), ("reference_share", Text.Number(cell.Test.ReferenceShare, 4)),
            ("z", Text.Number(cell.Test.Z, 2)),
        };
        if (qualifying is not null)
        {
            facts.Add(("complication_diagnoses", string.Join('|', qualifying)));
            facts.Add(("complication_found", qualifying.Count > 0 ? "true" : "false"));
        }
        return new Finding(FindingKind.UpCodingCase, [c.CaseId], c.Hospital, score, new Evidence(zh, en), Text.Facts([.. facts]));
    }

    /// <summary>The other diagnoses in words, each marked MCC or CC when a catalogue is given, and the ones that can make
    /// the case's severity (null without a catalogue).</summary>
    private static (string Zh, string En, List<string>? Qualifying) Diagnoses(SupervisedCase c, DrgCodeParts drg, ComplicationCatalogue? catalogue)
    {
        if (c.OtherDiagnoses.Count == 0) return ("无其他诊断，与所入高严重度 DRG 不符，请核对。", "no other diagnoses, which does not fit a higher-severity DRG; check the coding.", catalogue is null ? null : []);
        if (catalogue is null)
        {
            var list = string.Join("、", c.OtherDiagnoses);
            return ($"其他诊断：{list}（未提供 MCC/CC 表，未逐一标注）。", $"other diagnoses: {string.Join(", ", c.OtherDiagnoses)} (no MCC/CC lists given, not classified).", null);
        }
        var qualifying = new List<string>();
        var zh = new StringBuilder("其他诊断：");
        var en = new StringBuilder("other diagnoses: ");
        for (var k = 0; k < c.OtherDiagnoses.Count; k++)
        {
            var code = c.OtherDiagnoses[k];
            var level = catalogue.Classify(c.PrincipalDiagnosis, code);
            if (level == ComplicationLevel.Mcc || (level == ComplicationLevel.Cc && drg.Severity == DrgSeverity.WithCc)) qualifying.Add(code);
            var (markZh, markEn) = level switch
            {
                ComplicationLevel.Mcc => ("（MCC）", " (MCC)"),
                ComplicationLevel.Cc => ("（CC）", " (CC)"),
                ComplicationLevel.ExcludedMcc => ("（MCC，被主要诊断排除）", " (MCC, excluded by the principal)"),
                ComplicationLevel.ExcludedCc => ("（CC，被主要诊断排除）", " (CC, excluded by the principal)"),
                _ => ("", ""),
            };
            zh.Append(k > 0 ? "、" : "").Append(code).Append(markZh);
            en.Append(k > 0 ? ", " : "").Append(code).Append(markEn);
        }
        var needed = drg.Severity == DrgSeverity.WithMcc ? "MCC" : "MCC/CC";
        if (qualifying.Count > 0)
        {
            zh.Append($"。使其入组的 {needed}：{string.Join("、", qualifying)}，请核对其是否有病历依据。");
            en.Append($". The {needed} that put it there: {string.Join(", ", qualifying)}; check that the record supports them.");
        }
        else
        {
            zh.Append($"。所列其他诊断中没有未被排除的 {needed}，与所入 DRG 不符，请核对编码。");
            en.Append($". None of them is a {needed} the principal does not exclude, which does not fit the DRG; check the coding.");
        }
        return (zh.ToString(), en.ToString(), qualifying);
    }

    internal readonly record struct ShareTest(double Share, double ReferenceShare, double Z);

    /// <summary>Case counts and costs of one ADRG, or of one hospital in it.</summary>
    internal sealed class Tally
    {
        public int Cases { get; private set; }

        public int High { get; private set; }

        public decimal HighCost { get; private set; }

        public decimal LowCost { get; private set; }

        public SortedDictionary<string, int> HighByDrg { get; } = new(StringComparer.Ordinal);

        public List<int> HighCases { get; } = [];

        public void Add(SupervisedCase c, DrgCodeParts drg, int index, bool keepCase)
        {
            Cases++;
            if (!drg.IsHighSeverity)
            {
                LowCost += c.TotalCost;
                return;
            }
            High++;
            HighCost += c.TotalCost;
            if (!keepCase) return;
            HighCases.Add(index);
            HighByDrg[drg.Drg] = HighByDrg.GetValueOrDefault(drg.Drg) + 1;
        }

        /// <summary>This ADRG's counts without one hospital's.</summary>
        public Tally Without(Tally cell) => new()
        {
            Cases = Cases - cell.Cases,
            High = High - cell.High,
            HighCost = HighCost - cell.HighCost,
            LowCost = LowCost - cell.LowCost,
        };
    }

    private sealed record CellSummary(string Hospital, string Adrg, Tally Cell, Tally Reference, ShareTest Test, double Threshold, int MinimumCases)
    {
        /// <summary>Higher-severity cases beyond what the reference share predicts: k − n·k_ref/n_ref.</summary>
        private decimal ExcessCases => Cell.High - ((decimal)Cell.Cases * Reference.High / Reference.Cases);

        /// <summary>The excess cases times the reference's mean cost gap between higher- and lower-severity cases, when the
        /// reference has both and the gap is positive; an order of magnitude for the money at stake, not a recovery amount.</summary>
        private decimal? ExcessCost
        {
            get
            {
                var low = Reference.Cases - Reference.High;
                if (Reference.High == 0 || low == 0) return null;
                var gap = (Reference.HighCost / Reference.High) - (Reference.LowCost / low);
                return gap > 0 && ExcessCases > 0 ? ExcessCases * gap : null;
            }
        }

        private string DrgsZh => string.Join("、", Cell.HighByDrg.Select(d => $"{d.Key} {d.Value} 例"));

        private string DrgsEn => string.Join(", ", Cell.HighByDrg.Select(d => $"{d.Key}: {d.Value}"));

        public Evidence HospitalEvidence()
        {
            var cost = ExcessCost;
            var zh = $"{Hospital} 的 ADRG {Adrg} 共 {Text.Count(Cell.Cases)} 例，其中高严重度组（伴 MCC/CC：{DrgsZh}）{Text.Count(Cell.High)} 例，占 {Text.Percent(Test.Share)}；" +
                $"其他医院同 ADRG 共 {Text.Count(Reference.Cases)} 例，高严重度组占 {Text.Percent(Test.ReferenceShare)}。" +
                $"单侧比例检验 z = {Text.Number(Test.Z, 2)}（阈值 {Text.Number(Threshold, 2)}，至少 {MinimumCases} 例），比按其他医院占比的预期多约 {Text.Number((double)ExcessCases, 1)} 例" +
                (cost is { } zc ? $"，按其他医院高低严重度组的均费差估算多发生费用约 {Text.Money(zc)} 元" : "") + "。疑似高套（编码升级），请抽查所列病例。";
            var en = $"{Hospital} has {Text.Count(Cell.Cases)} cases in ADRG {Adrg}, {Text.Count(Cell.High)} of them in the higher-severity DRGs ({DrgsEn}): {Text.Percent(Test.Share)}; " +
                $"the other hospitals have {Text.Count(Reference.Cases)} cases with {Text.Percent(Test.ReferenceShare)} higher-severity. " +
                $"One-sided test of a proportion z = {Text.Number(Test.Z, 2)} (threshold {Text.Number(Threshold, 2)}, at least {MinimumCases} cases), about {Text.Number((double)ExcessCases, 1)} cases more than the other hospitals' share predicts" +
                (cost is { } ec ? $", about {Text.Money(ec)} yuan more cost at the other hospitals' mean cost gap between the severities" : "") + ". Possible up-coding; review the listed cases.";
            return new Evidence(zh, en);
        }

        public IReadOnlyDictionary<string, string> Facts()
        {
            var facts = new List<(string, string)>
            {
                ("adrg", Adrg), ("cases", Text.Int(Cell.Cases)), ("high_cases", Text.Int(Cell.High)),
                ("high_by_drg", string.Join('|', Cell.HighByDrg.Select(d => $"{d.Key}:{Text.Int(d.Value)}"))),
                ("hospital_share", Text.Number(Test.Share, 4)), ("reference_cases", Text.Int(Reference.Cases)),
                ("reference_high_cases", Text.Int(Reference.High)), ("reference_share", Text.Number(Test.ReferenceShare, 4)),
                ("z", Text.Number(Test.Z, 2)), ("z_threshold", Text.Number(Threshold, 2)), ("excess_cases", Text.Number((double)ExcessCases, 1)),
            };
            if (ExcessCost is { } cost) facts.Add(("estimated_excess_cost", Text.MoneyFact(cost)));
            return Text.Facts([.. facts]);
        }
    }
}
