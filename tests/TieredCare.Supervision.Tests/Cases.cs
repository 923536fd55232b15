namespace TieredCare.Supervision.Tests;

/// <summary>Builders for hand-made supervision cases.</summary>
internal static class Cases
{
    public static readonly DateOnly Day0 = new(2025, 3, 1);

    private static int _next;

    /// <summary>A stay of <paramref name="patient"/> from <paramref name="admittedOn"/> for <paramref name="los"/> days (days
    /// counted from <see cref="Day0"/>).</summary>
    public static SupervisedCase Stay(
        string patient = "P1", string hospital = "H1", int admittedOn = 0, int los = 5, string drg = "FM19", string principal = "I21.000",
        decimal cost = 10_000m, int? disposition = 1, int? route = 2, string[]? others = null, string? id = null) =>
        new(id ?? $"C{Interlocked.Increment(ref _next):00000}", hospital, "03", patient, Day0.AddDays(admittedOn), Day0.AddDays(admittedOn + los),
            los, drg, principal, others ?? [], cost, disposition, route);

    /// <summary>A stay ending on <paramref name="dischargedOn"/>.</summary>
    public static SupervisedCase Ending(int dischargedOn, int los = 5, string patient = "P1", string hospital = "H1", string drg = "FM19",
        string principal = "I21.000", int? disposition = 1, decimal cost = 10_000m) =>
        Stay(patient, hospital, dischargedOn - los, los, drg, principal, cost, disposition);

    /// <summary><paramref name="count"/> cases of one hospital and ADRG, the first <paramref name="high"/> in the DRG ending
    /// in 3 and the rest in the DRG ending in 5, each patient distinct and far apart in time.</summary>
    public static IEnumerable<SupervisedCase> Cell(string hospital, string adrg, int count, int high, decimal highCost = 12_000m, decimal lowCost = 8_000m) =>
        Enumerable.Range(0, count).Select(i => Stay($"{hospital}-{adrg}-{i}", hospital, admittedOn: 0, los: 5,
            drg: adrg + (i < high ? "3" : "5"), cost: i < high ? highCost + i : lowCost));

    /// <summary><paramref name="stays"/> cases of one DRG with the given lengths of stay, distinct patients, cost 10,000.</summary>
    public static IEnumerable<SupervisedCase> Distribution(string drg, params int[] stays) =>
        stays.Select((los, i) => Stay($"D-{drg}-{i}-{Interlocked.Increment(ref _next)}", "H9", admittedOn: 0, los: los, drg: drg));

    public static IEnumerable<int> Repeat(int los, int count) => Enumerable.Repeat(los, count);
}
