using TieredCare.Drg;

namespace TieredCare.Payment.Tests;

/// <summary>Builders for settlement cases and policies, and the worked examples the rule tests compute by hand.</summary>
internal static class Build
{
    public static SettlementCase Case(
        string id, string hospital, string drg, decimal cost, decimal selfPay = 0m, int level = 3, string month = "2025-01", int? disposition = 1,
        int? los = 5, bool specialReview = false, GroupingStatus status = GroupingStatus.Success) =>
        new(id, hospital, level, YearMonth.Parse(month), drg, status, cost, selfPay, disposition, los, specialReview);

    public static SettlementCase Ungroupable(string id, string hospital, decimal cost, decimal selfPay, int level = 3, string month = "2025-01") =>
        Case(id, hospital, "0000", cost, selfPay, level, month, status: GroupingStatus.Ungroupable);

    public static PaymentPolicy Policy(decimal budget) => PaymentPolicy.Reference with { Name = "test", Version = "1", Budget = budget };

    /// <summary>
    /// The rules' worked example: tertiary T1 (H = 3) and secondary S1 (H = 2), k = 1, self-pay 0.
    /// DRG A: 30 cases costing 120000 in all, so M_A = 4000; DRG B: 30 cases costing 360000, M_B = 12000.
    /// m = 480000 / 60 = 8000, RW_A = 0.5, RW_B = 1.5, B_A = 50, B_B = 150.
    /// The ungroupable, ambiguous and invalid cases do not enter the means.
    /// </summary>
    public static IReadOnlyList<SettlementCase> WorkedExample()
    {
        List<SettlementCase> cases =
        [
            Case("a01", "T1", "A", 13000m),                          // > 3 × 4000: high outlier, tertiary
            Case("a02", "T1", "A", 12000m),                          // = 3 × 4000: normal (the test is C > H × M)
            Case("a03", "S1", "A", 10000m, level: 2),                // > 2 × 4000: high outlier, secondary
            Case("a04", "S1", "A", 8000m, level: 2),                 // = 2 × 4000: normal
            Case("a05", "T1", "A", 1000m),                           // < 0.4 × 4000 = 1600: low outlier
            Case("a06", "T1", "A", 1600m),                           // = 1600: normal (the test is C < 0.4 × M)
            Case("a07", "T1", "A", 3000m, disposition: 2),           // 离院方式 2: incomplete stay
            Case("a08", "S1", "A", 6000m, level: 2, disposition: 4), // 离院方式 4: incomplete, min(1, 1.5) = 1
            Case("a09", "S1", "A", 9000m, level: 2, disposition: 4), // 离院方式 4 but > 2 × 4000: high outlier wins
            Case("a10", "T1", "A", 1200m, disposition: 2),           // low outlier and incomplete: named low outlier
        ];
        // 120000 − 64800 = 55200 over 20 normal cases of 2760.
        for (var i = 11; i <= 30; i++) cases.Add(Case($"a{i:00}", i % 2 == 1 ? "T1" : "S1", "A", 2760m, level: i % 2 == 1 ? 3 : 2));
        cases.Add(Case("b01", "T1", "B", 40000m));                   // > 3 × 12000: high outlier
        cases.Add(Case("b02", "T1", "B", 12000m));
        for (var i = 3; i <= 30; i++) cases.Add(Case($"b{i:00}", i % 2 == 1 ? "T1" : "S1", "B", 11000m, level: i % 2 == 1 ? 3 : 2));
        cases.Add(Ungroupable("u01", "T1", 5000m, 1000m));
        cases.Add(Case("q01", "S1", "BQY", 7000m, 500m, level: 2, status: GroupingStatus.AmbiguousQy));
        cases.Add(Case("i01", "T1", "0000", 900m, 100m, status: GroupingStatus.Invalid));
        return cases;
    }

    /// <summary>
    /// The point-value example: two hospitals, two months, budget 30000.
    /// DRG A: x1 3000 and x2 5000 (M_A 4000); DRG B: y1 10000 and y2 14000 (M_B 12000); m = 32000 / 4 = 8000, B_A 50, B_B 150.
    /// H1 (tertiary): x1 (Jan, P 600), y1 (Feb, P 2000), and u1 ungroupable (Jan, C 2000, P 400). H2 (secondary): x2 (Jan, P 1000), y2 (Feb, P 3000).
    /// </summary>
    public static List<SettlementCase> TwoHospitals() =>
    [
        Case("x1", "H1", "A", 3000m, 600m, month: "2025-01"),
        Case("x2", "H2", "A", 5000m, 1000m, level: 2, month: "2025-01"),
        Case("y1", "H1", "B", 10000m, 2000m, month: "2025-02"),
        Case("y2", "H2", "B", 14000m, 3000m, level: 2, month: "2025-02"),
        Ungroupable("u1", "H1", 2000m, 400m, month: "2025-01"),
    ];

    public static Settlement Settle(IReadOnlyList<SettlementCase> cases, PaymentPolicy? policy = null) =>
        DrgPointSettlement.Settle(cases, policy ?? Policy(30000m));
}
