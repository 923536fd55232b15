namespace TieredCare.Supervision;

/// <summary>How a readmission's group relates to the earlier stay's, strongest first.</summary>
internal enum ReadmissionRelation
{
    SameDrg,
    SameAdrg,
    RelatedGroup,
}

/// <summary>What the split rule saw besides its findings.</summary>
/// <param name="ReadmissionsExcludedAsPlanned">Readmissions with a related earlier stay in the window that were planned
/// (principal or ADRG on the planned lists).</param>
/// <param name="PairsExcludedAsTransfers">Pairs of stays that were a transfer chain.</param>
internal readonly record struct SplitCounts(int ReadmissionsExcludedAsPlanned, int PairsExcludedAsTransfers);

/// <summary>
/// 分解住院: a patient discharged and readmitted within <see cref="SupervisionOptions.ReadmissionWindowDays"/> days into the
/// same DRG, the same ADRG, or a related group (same MDC and same principal-diagnosis category, the first three characters
/// of the ICD-10 code). Planned readmissions and transfer chains are excluded; the README states the rule in full.
/// </summary>
public static class SplitAdmissionDetector
{
    /// <summary>Finds split admissions: at most one finding per readmission, naming the earlier stay that explains it best.</summary>
    /// <exception cref="ArgumentException">A case is invalid or a case id repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static IReadOnlyList<Finding> Detect(IReadOnlyList<SupervisedCase> cases, SupervisionOptions? options = null)
    {
        options ??= SupervisionOptions.Default;
        options.Validate();
        return Run(CaseSet.Of(cases), options, out _);
    }

    internal static List<Finding> Run(CaseSet set, SupervisionOptions options, out SplitCounts counts)
    {
        var cases = set.Cases;
        var order = PatientOrder(set);
        var window = options.ReadmissionWindowDays;
        var sameWeight = options.WeightOf(FindingKind.SplitAdmissionSameHospital);
        var otherWeight = options.IncludeOtherHospitalReadmissions ? options.WeightOf(FindingKind.SplitAdmissionOtherHospital) : 0;
        var plannedAdrgs = options.PlannedAdrgs.ToHashSet(StringComparer.Ordinal);
        var transfers = options.TransferDispositions.ToHashSet();
        var findings = new List<Finding>();
        var (planned, transferPairs) = (0, 0);
        for (var start = 0; start < order.Length;)
        {
            var patient = cases[order[start]].PatientId;
            var end = start + 1;
            var longestStay = Stay(cases[order[start]]);
            while (end < order.Length && cases[order[end]].PatientId == patient)
            {
                longestStay = Math.Max(longestStay, Stay(cases[order[end]]));
                end++;
            }
            for (var jj = start + 1; jj < end; jj++)
            {
                var j = order[jj];
                var later = cases[j];
                if (set.Drgs[j] is not { } laterDrg) continue;
                var isPlanned = IsPlanned(later, laterDrg, options.PlannedPrincipalPrefixes, plannedAdrgs);
                var plannedHit = false;
                (int Index, int Gap, ReadmissionRelation Relation, double Score)? best = null;
                for (var ii = jj - 1; ii >= start; ii--)
                {
                    var i = order[ii];
                    var earlier = cases[i];
                    // Admissions are in date order, so no stay further back can end within the window.
                    if (later.AdmissionDate.DayNumber - earlier.AdmissionDate.DayNumber > window + longestStay) break;
                    if (set.Drgs[i] is not { } earlierDrg || earlier.Disposition == SupervisedCase.DeathDisposition) continue;
                    var gap = later.AdmissionDate.DayNumber - earlier.DischargeDate.DayNumber;
                    if (gap < 0 || gap > window || Relate(earlier, earlierDrg, later, laterDrg) is not { } relation) continue;
                    var sameHospital = earlier.Hospital == later.Hospital;
                    var weight = sameHospital ? sameWeight : otherWeight;
                    if (weight <= 0) continue;
                    if (isPlanned)
                    {
                        plannedHit = true;
                        continue;
                    }
                    if (!sameHospital && gap <= options.TransferMaxGapDays && earlier.Disposition is { } d && transfers.Contains(d))
                    {
                        transferPairs++;
                        continue;
                    }
                    var score = weight * RelationStrength(relation) * (1 - (gap / (2.0 * Math.Max(window, 1))));
                    if (best is not { } b || score > b.Score || (score == b.Score && gap < b.Gap)
                        || (score == b.Score && gap == b.Gap && string.CompareOrdinal(earlier.CaseId, cases[b.Index].CaseId) < 0))
                    {
                        best = (i, gap, relation, score);
                    }
                }
                if (plannedHit) planned++;
                if (best is { } found)
                {
                    findings.Add(Describe(cases[found.Index], set.Drgs[found.Index]!.Value, later, laterDrg, found.Gap, found.Relation, found.Score, window));
                }
            }
            start = end;
        }
        counts = new SplitCounts(planned, transferPairs);
        return findings;
    }

    internal static double RelationStrength(ReadmissionRelation relation) => relation switch
    {
        ReadmissionRelation.SameDrg => 1.0,
        ReadmissionRelation.SameAdrg => 0.85,
        _ => 0.7,
    };

    private static int Stay(SupervisedCase c) => c.DischargeDate.DayNumber - c.AdmissionDate.DayNumber;

    /// <summary>Case indexes ordered by patient, admission date, discharge date and case id, so that the result does not
    /// depend on the input order.</summary>
    private static int[] PatientOrder(CaseSet set)
    {
        var cases = set.Cases;
        var patients = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new long[cases.Count];
        var order = new int[cases.Count];
        for (var i = 0; i < cases.Count; i++)
        {
            if (!patients.TryGetValue(cases[i].PatientId, out var p))
            {
                p = patients.Count;
                patients.Add(cases[i].PatientId, p);
            }
            keys[i] = ((long)p << 32) | (uint)cases[i].AdmissionDate.DayNumber;
            order[i] = i;
        }
        Array.Sort(keys, order);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (end - start > 1)
            {
                Array.Sort(order, start, end - start, Comparer<int>.Create((a, b) =>
                    cases[a].DischargeDate.CompareTo(cases[b].DischargeDate) is var byDate and not 0
                        ? byDate
                        : string.CompareOrdinal(cases[a].CaseId, cases[b].CaseId)));
            }
            start = end;
        }
        return order;
    }

    private static bool IsPlanned(SupervisedCase c, DrgCodeParts drg, IReadOnlyList<string> prefixes, HashSet<string> adrgs)
    {
        if (adrgs.Contains(drg.Adrg)) return true;
        foreach (var prefix in prefixes)
        {
            if (c.PrincipalDiagnosis.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static ReadmissionRelation? Relate(SupervisedCase earlier, DrgCodeParts a, SupervisedCase later, DrgCodeParts b)
    {
        if (a.Drg == b.Drg) return ReadmissionRelation.SameDrg;
        if (a.Adrg == b.Adrg) return ReadmissionRelation.SameAdrg;
        if (a.Mdc == b.Mdc && Category(earlier.PrincipalDiagnosis) is { } category
            && string.Equals(category, Category(later.PrincipalDiagnosis), StringComparison.OrdinalIgnoreCase))
        {
            return ReadmissionRelation.RelatedGroup;
        }
        return null;
    }

    /// <summary>The ICD-10 category (类目): the first three characters, e.g. I21 of I21.000.</summary>
    internal static string? Category(string diagnosis) => diagnosis.Length >= 3 ? diagnosis[..3] : null;

    private static Finding Describe(
        SupervisedCase first, DrgCodeParts firstDrg, SupervisedCase second, DrgCodeParts secondDrg, int gap, ReadmissionRelation relation,
        double score, int window)
    {
        var sameHospital = first.Hospital == second.Hospital;
        var (relationZh, relationEn, relationWord) = relation switch
        {
            ReadmissionRelation.SameDrg => ($"两次住院同属 DRG {firstDrg.Drg}", $"both stays are in DRG {firstDrg.Drg}", "same_drg"),
            ReadmissionRelation.SameAdrg => ($"两次住院同属 ADRG {firstDrg.Adrg}（{firstDrg.Drg} 与 {secondDrg.Drg}）",
                $"both stays are in ADRG {firstDrg.Adrg} ({firstDrg.Drg} and {secondDrg.Drg})", "same_adrg"),
            _ => ($"两次住院同属 MDC {firstDrg.Mdc}（{firstDrg.Drg} 与 {secondDrg.Drg}），主要诊断同属类目 {Category(first.PrincipalDiagnosis)}（{first.PrincipalDiagnosis} 与 {second.PrincipalDiagnosis}）",
                $"both stays are in MDC {firstDrg.Mdc} ({firstDrg.Drg} and {secondDrg.Drg}) with principal diagnoses of category {Category(first.PrincipalDiagnosis)} ({first.PrincipalDiagnosis} and {second.PrincipalDiagnosis})",
                "related_group"),
        };
        var zh = $"患者 {first.PatientId} 于 {Text.Date(first.DischargeDate)} 从 {first.Hospital} 出院（病例 {first.CaseId}，DRG {firstDrg.Drg}，住院 {first.LosDays} 天，费用 {Text.Money(first.TotalCost)} 元），" +
            $"出院后第 {gap} 天（{Text.Date(second.AdmissionDate)}）再次入住 {second.Hospital}（病例 {second.CaseId}，DRG {secondDrg.Drg}，住院 {second.LosDays} 天，费用 {Text.Money(second.TotalCost)} 元）；" +
            $"{relationZh}，在 {window} 天内再入院，" +
            (sameHospital ? "疑似同院分解住院。" : $"疑似跨院分解住院（前次离院方式 {(first.Disposition is { } dz ? Text.Int(dz) : "未填")}，不构成转院链；跨院证据较弱）。");
        var en = $"Patient {first.PatientId} was discharged from {first.Hospital} on {Text.Date(first.DischargeDate)} (case {first.CaseId}, DRG {firstDrg.Drg}, {first.LosDays} days, {Text.Money(first.TotalCost)} yuan) " +
            $"and admitted to {second.Hospital} {gap} days later on {Text.Date(second.AdmissionDate)} (case {second.CaseId}, DRG {secondDrg.Drg}, {second.LosDays} days, {Text.Money(second.TotalCost)} yuan); " +
            $"{relationEn}, readmitted within {window} days: " +
            (sameHospital ? "possible split admission in the same hospital." : $"possible split admission across hospitals (earlier disposition {(first.Disposition is { } de ? Text.Int(de) : "missing")}, not a transfer chain; weaker evidence).");
        var facts = Text.Facts(
            ("patient_id", first.PatientId),
            ("first_case_id", first.CaseId), ("first_hospital", first.Hospital), ("first_drg", firstDrg.Drg),
            ("first_discharge_date", Text.Date(first.DischargeDate)), ("first_los_days", Text.Int(first.LosDays)),
            ("first_cost", Text.MoneyFact(first.TotalCost)), ("first_disposition", Disposition(first.Disposition)),
            ("second_case_id", second.CaseId), ("second_hospital", second.Hospital), ("second_drg", secondDrg.Drg),
            ("second_admission_date", Text.Date(second.AdmissionDate)), ("second_los_days", Text.Int(second.LosDays)),
            ("second_cost", Text.MoneyFact(second.TotalCost)), ("second_admission_route", Disposition(second.AdmissionRoute)),
            ("gap_days", Text.Int(gap)), ("window_days", Text.Int(window)), ("relation", relationWord));
        return new Finding(sameHospital ? FindingKind.SplitAdmissionSameHospital : FindingKind.SplitAdmissionOtherHospital,
            [first.CaseId, second.CaseId], second.Hospital, score, new Evidence(zh, en), facts);
    }

    private static string Disposition(int? code) => code is { } c ? Text.Int(c) : "";
}
