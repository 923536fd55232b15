using System.Collections.Immutable;

namespace TieredCare.Supervision;

/// <summary>A case with everything found against it, in review order.</summary>
/// <param name="Rank">1 for the case to review first.</param>
/// <param name="CaseId">The case.</param>
/// <param name="Hospital">Its hospital.</param>
/// <param name="Department">Its department, when known.</param>
/// <param name="Drg">Its DRG.</param>
/// <param name="TotalCost">Its total cost in 元.</param>
/// <param name="Score">1 − Π(1 − s) over its findings' scores: findings combine like independent pieces of evidence, so two
/// findings of 0.5 give 0.75; in [0, 1].</param>
/// <param name="Findings">Its case-level findings, strongest first.</param>
public sealed record RankedCase(
    int Rank, string CaseId, string Hospital, string? Department, string Drg, decimal TotalCost, double Score, IReadOnlyList<Finding> Findings);

/// <summary>A hospital's findings added up, in review order.</summary>
/// <param name="Rank">1 for the hospital to review first.</param>
/// <param name="Hospital">The institution code.</param>
/// <param name="Cases">Its cases in the run.</param>
/// <param name="FlaggedCases">Its cases with at least one case-level finding (including the earlier stay of a split into
/// another hospital).</param>
/// <param name="Findings">The findings held against it (<see cref="Finding.Hospital"/>), hospital-level ones included.</param>
/// <param name="FindingsPer1000">Findings per 1,000 of its cases.</param>
/// <param name="FlaggedCasesPer1000">Flagged cases per 1,000 of its cases.</param>
/// <param name="Score">The ranking measure: the sum of its flagged cases' scores per 1,000 of its cases ("score-weighted
/// suspicious cases per 1,000").</param>
/// <param name="SuspiciousCost">The total cost of its flagged cases in 元: the money under review, not an amount to recover.</param>
/// <param name="FindingsByKind">Its findings by kind (every kind listed, zeros included).</param>
/// <param name="HospitalFindings">Its hospital-level findings (<see cref="FindingKind.UpCodingHospital"/>), strongest first.</param>
/// <param name="Evidence">A summary in words.</param>
public sealed record RankedHospital(
    int Rank,
    string Hospital,
    int Cases,
    int FlaggedCases,
    int Findings,
    double FindingsPer1000,
    double FlaggedCasesPer1000,
    double Score,
    decimal SuspiciousCost,
    IReadOnlyDictionary<FindingKind, int> FindingsByKind,
    IReadOnlyList<Finding> HospitalFindings,
    Evidence Evidence);

/// <summary>What a run looked at and what it set aside, so that an empty list can be told from a blind one.</summary>
/// <param name="Cases">Cases read.</param>
/// <param name="UngroupedCases">Cases whose DRG is not a CHS-DRG code (<c>0000</c>, <c>xQY</c>): no rule can place them.</param>
/// <param name="Hospitals">Distinct hospitals.</param>
/// <param name="FindingsByKind">Findings by kind (every kind listed).</param>
/// <param name="ReadmissionsExcludedAsPlanned">Readmissions with a related stay in the window that were planned.</param>
/// <param name="PairsExcludedAsTransfers">Stay pairs that were transfer chains.</param>
/// <param name="UpCodingCellsTested">Hospital × ADRG cells with enough cases to be tested.</param>
/// <param name="UpCodingCellsFlagged">Cells flagged.</param>
/// <param name="DrgsWithStayDistribution">DRGs with enough cases for the stay rules.</param>
public sealed record SupervisionSummary(
    int Cases,
    int UngroupedCases,
    int Hospitals,
    IReadOnlyDictionary<FindingKind, int> FindingsByKind,
    int ReadmissionsExcludedAsPlanned,
    int PairsExcludedAsTransfers,
    int UpCodingCellsTested,
    int UpCodingCellsFlagged,
    int DrgsWithStayDistribution);

/// <summary>
/// The fund supervisor's review list (医保基金监管): every detector run over one set of cases, the findings ranked, and
/// cases and hospitals ranked by them. Pure and deterministic: the same cases in any order and the same options give the
/// same report.
/// </summary>
/// <param name="Options">The options the report was built with.</param>
/// <param name="Summary">What the run looked at.</param>
/// <param name="Findings">Every finding: by score (highest first), then kind, hospital and case ids (ordinal).</param>
/// <param name="Cases">The flagged cases: by score (highest first), then total cost (highest first), then case id (ordinal).</param>
/// <param name="Hospitals">The hospitals with findings or flagged cases: by <see cref="RankedHospital.Score"/>, then suspicious
/// cost (highest first), then code (ordinal).</param>
public sealed record SupervisionReport(
    SupervisionOptions Options,
    SupervisionSummary Summary,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RankedCase> Cases,
    IReadOnlyList<RankedHospital> Hospitals)
{
    /// <summary>Runs split admissions, up-coding and abnormal stays over <paramref name="cases"/> and ranks the results.</summary>
    /// <exception cref="ArgumentException">A case is invalid or a case id repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static SupervisionReport Build(IReadOnlyList<SupervisedCase> cases, SupervisionOptions? options = null)
    {
        options ??= SupervisionOptions.Default;
        options.Validate();
        var set = CaseSet.Of(cases);
        var findings = SplitAdmissionDetector.Run(set, options, out var splits);
        findings.AddRange(UpCodingDetector.Run(set, options, out var upCoding));
        findings.AddRange(AbnormalStayDetector.Run(set, options, out var drgsMeasured));
        findings.Sort(FindingOrder);

        var rankedCases = RankCases(set, findings);
        var hospitals = RankHospitals(set, findings, rankedCases);
        var summary = new SupervisionSummary(
            set.Count,
            set.Drgs.Count(d => d is null),
            hospitals.Cases.Count,
            ByKind(findings),
            splits.ReadmissionsExcludedAsPlanned,
            splits.PairsExcludedAsTransfers,
            upCoding.CellsTested,
            upCoding.CellsFlagged,
            drgsMeasured);
        return new SupervisionReport(options, summary, findings, rankedCases, hospitals.Ranked);
    }

    private static int FindingOrder(Finding a, Finding b)
    {
        var c = b.Score.CompareTo(a.Score);
        if (c == 0) c = a.Kind.CompareTo(b.Kind);
        if (c == 0) c = string.CompareOrdinal(a.Hospital, b.Hospital);
        for (var i = 0; c == 0 && i < Math.Min(a.CaseIds.Count, b.CaseIds.Count); i++) c = string.CompareOrdinal(a.CaseIds[i], b.CaseIds[i]);
        if (c == 0) c = a.CaseIds.Count.CompareTo(b.CaseIds.Count);
        return c != 0 ? c : string.CompareOrdinal(a.Evidence.English, b.Evidence.English);
    }

    private static List<RankedCase> RankCases(CaseSet set, List<Finding> findings)
    {
        var index = set.Index;
        // Findings arrive sorted, so each case's list is sorted too and the product below is taken in a fixed order.
        var byCase = new Dictionary<int, List<Finding>>();
        foreach (var finding in findings)
        {
            if (!finding.Kind.IsCaseLevel()) continue;
            foreach (var id in finding.CaseIds)
            {
                var i = index[id];
                if (!byCase.TryGetValue(i, out var list)) byCase.Add(i, list = []);
                list.Add(finding);
            }
        }
        var flagged = new List<(int Index, double Score, List<Finding> Findings)>(byCase.Count);
        foreach (var (i, list) in byCase)
        {
            var clear = 1.0;
            foreach (var f in list) clear *= 1 - f.Score;
            flagged.Add((i, 1 - clear, list));
        }
        flagged.Sort((a, b) =>
        {
            var c = b.Score.CompareTo(a.Score);
            if (c == 0) c = set.Cases[b.Index].TotalCost.CompareTo(set.Cases[a.Index].TotalCost);
            return c != 0 ? c : string.CompareOrdinal(set.Cases[a.Index].CaseId, set.Cases[b.Index].CaseId);
        });
        var ranked = new List<RankedCase>(flagged.Count);
        foreach (var (i, score, list) in flagged)
        {
            var c = set.Cases[i];
            ranked.Add(new RankedCase(ranked.Count + 1, c.CaseId, c.Hospital, c.Department, c.Drg, c.TotalCost, score, list));
        }
        return ranked;
    }

    private static (Dictionary<string, int> Cases, List<RankedHospital> Ranked) RankHospitals(
        CaseSet set, List<Finding> findings, List<RankedCase> rankedCases)
    {
        var cases = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in set.Cases) cases[c.Hospital] = cases.GetValueOrDefault(c.Hospital) + 1;
        var tallies = new SortedDictionary<string, HospitalTally>(StringComparer.Ordinal);
        HospitalTally Tally(string hospital) => tallies.TryGetValue(hospital, out var t) ? t : tallies[hospital] = new HospitalTally();
        foreach (var c in rankedCases)
        {
            var t = Tally(c.Hospital);
            t.Flagged++;
            t.Weighted += c.Score;
            t.Cost += c.TotalCost;
        }
        foreach (var f in findings)
        {
            var t = Tally(f.Hospital);
            t.ByKind[f.Kind]++;
            if (!f.Kind.IsCaseLevel()) t.HospitalFindings.Add(f);
        }
        var rows = tallies.Select(h =>
        {
            var n = cases[h.Key];
            var count = h.Value.ByKind.Values.Sum();
            return (Hospital: h.Key, Tally: h.Value, Cases: n, Findings: count, Score: h.Value.Weighted * 1000 / n);
        }).ToList();
        rows.Sort((a, b) =>
        {
            var c = b.Score.CompareTo(a.Score);
            if (c == 0) c = b.Tally.Cost.CompareTo(a.Tally.Cost);
            return c != 0 ? c : string.CompareOrdinal(a.Hospital, b.Hospital);
        });
        var ranked = new List<RankedHospital>(rows.Count);
        foreach (var row in rows)
        {
            var t = row.Tally;
            var byKind = t.ByKind.ToImmutableSortedDictionary();
            ranked.Add(new RankedHospital(ranked.Count + 1, row.Hospital, row.Cases, t.Flagged, row.Findings, row.Findings * 1000.0 / row.Cases,
                t.Flagged * 1000.0 / row.Cases, row.Score, t.Cost, byKind, t.HospitalFindings, HospitalEvidence(row.Hospital, row.Cases, t, row.Findings, row.Score)));
        }
        return (cases, ranked);
    }

    private static Evidence HospitalEvidence(string hospital, int cases, HospitalTally t, int findings, double score)
    {
        var kinds = t.ByKind.Where(k => k.Value > 0).ToList();
        var zhKinds = string.Join("，", kinds.Select(k => $"{k.Key.ToChinese()} {Text.Count(k.Value)}"));
        var enKinds = string.Join(", ", kinds.Select(k => $"{k.Key.ToWord()} {Text.Count(k.Value)}"));
        var rate = Text.Number(t.Flagged * 1000.0 / cases, 1);
        return new Evidence(
            $"{hospital}：病例 {Text.Count(cases)} 例，可疑病例 {Text.Count(t.Flagged)} 例（每千例 {rate} 例），发现 {Text.Count(findings)} 条（{zhKinds}），" +
            $"可疑病例费用合计 {Text.Money(t.Cost)} 元，按可疑度加权每千例 {Text.Number(score, 1)}。",
            $"{hospital}: {Text.Count(cases)} cases, {Text.Count(t.Flagged)} flagged ({rate} per 1,000), {Text.Count(findings)} findings ({enKinds}); " +
            $"flagged cases cost {Text.Money(t.Cost)} yuan; score-weighted flagged cases per 1,000: {Text.Number(score, 1)}.");
    }

    private static ImmutableSortedDictionary<FindingKind, int> ByKind(List<Finding> findings)
    {
        var counts = FindingKinds.All.ToDictionary(k => k, _ => 0);
        foreach (var f in findings) counts[f.Kind]++;
        return counts.ToImmutableSortedDictionary();
    }

    private sealed class HospitalTally
    {
        public int Flagged { get; set; }

        public double Weighted { get; set; }

        public decimal Cost { get; set; }

        public Dictionary<FindingKind, int> ByKind { get; } = FindingKinds.All.ToDictionary(k => k, _ => 0);

        public List<Finding> HospitalFindings { get; } = [];
    }
}
