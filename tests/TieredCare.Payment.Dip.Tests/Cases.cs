namespace TieredCare.Payment.Dip.Tests;

/// <summary>Builders for DIP cases in tests.</summary>
internal static class Cases
{
    private static int _next;

    /// <summary>A case at a tertiary hospital (level 3) without self-pay.</summary>
    public static DipCase Case(string diagnosis, decimal cost, params string[] procedures) => At(3, diagnosis, cost, procedures);

    /// <summary>A case at a hospital of <paramref name="level"/>.</summary>
    public static DipCase At(int level, string diagnosis, decimal cost, params string[] procedures) =>
        new($"C{Interlocked.Increment(ref _next)}", $"H{level}", level, diagnosis, procedures, cost, 0m);

    /// <summary><paramref name="count"/> cases of one combination, each costing <paramref name="cost"/>.</summary>
    public static IEnumerable<DipCase> Many(int count, string diagnosis, decimal cost, params string[] procedures) =>
        Enumerable.Range(0, count).Select(_ => Case(diagnosis, cost, procedures));

    /// <summary>
    /// The worked reference of the pooling tests (51 cases, 255,000 元, overall mean 5,000):
    /// <list type="bullet">
    /// <item>15 × J18.9 conservative at 6,000 → core J18.9|conservative, mean 6,000, score 6000 ÷ 5000 × 1000 = 1200;</item>
    /// <item>10 × J18.0 at 3,000 and 5 × J18.1 at 6,000, conservative → pool J18|conservative, 15 cases, mean 60,000 ÷ 15 = 4,000, score 800;</item>
    /// <item>7 × J20.9 at 2,000 and 8 × J21.9 at 2,750, conservative → J20 (7) and J21 (8) are too small, chapter pool
    /// J|conservative, 15 cases, mean 36,000 ÷ 15 = 2,400, score 480;</item>
    /// <item>3 × K35.8 + 47.0901 at 10,000 and 2 × C34.1 + 32.4101 at 17,000, surgery → K35, C34, K, C all too small,
    /// last-resort pool *|surgery, 5 cases, mean 64,000 ÷ 5 = 12,800, score 2560;</item>
    /// <item>1 × J18.9 + 99.2501 at 5,000, therapeutic → *|therapeutic, 1 case, mean 5,000, score 1000.</item>
    /// </list>
    /// </summary>
    public static IEnumerable<DipCase> PoolingReference() =>
    [
        .. Many(15, "J18.900", 6000m),
        .. Many(10, "J18.000", 3000m), .. Many(5, "J18.100x001", 6000m),
        .. Many(7, "J20.900", 2000m), .. Many(8, "J21.900", 2750m),
        .. Many(3, "K35.800", 10000m, "47.0901"), .. Many(2, "C34.100", 17000m, "32.4101"),
        Case("J18.900", 5000m, "99.2501"),
    ];

    /// <summary>
    /// The worked reference of the scoring tests (30 cases, overall mean 300,000 ÷ 30 = 10,000): 15 × J18.9 conservative
    /// at 8,000 (score 800) and 15 × K35.8 + 47.0901 at 12,000 (score 1200).
    /// </summary>
    public static IEnumerable<DipCase> ScoringReference() => [.. Many(15, "J18.900", 8000m), .. Many(15, "K35.800", 12000m, "47.0901")];
}
