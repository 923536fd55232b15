namespace TieredCare.DemoData.Generation;

/// <summary>
/// What the activity earned and used, per institution and month (money in fen) or year (counts).
/// Each generator thread keeps its own, so nothing is shared while rows are written.
/// </summary>
internal sealed class Ledger(int institutions, int months, int years)
{
    public int Months { get; } = months;
    public int Years { get; } = years;

    public long[] VisitTotal { get; } = new long[institutions * months];
    public long[] VisitDrug { get; } = new long[institutions * months];
    public long[] Visits { get; } = new long[institutions * years];
    public long[] EmergencyVisits { get; } = new long[institutions * years];

    public long[] Service { get; } = new long[institutions * months];
    public long[] Diagnosis { get; } = new long[institutions * months];
    public long[] Treatment { get; } = new long[institutions * months];
    public long[] Drug { get; } = new long[institutions * months];
    public long[] Consumables { get; } = new long[institutions * months];
    public long[] Blood { get; } = new long[institutions * months];
    public long[] BedDays { get; } = new long[institutions * years];
    public long[] Discharges { get; } = new long[institutions * years];
}

/// <summary>A point in time as minutes since 0001-01-01, local time (+08:00); -1 for none.</summary>
internal static class Stamp
{
    public const long None = -1;

    public static long At(int dayNumber, int minuteOfDay) => dayNumber * 1440L + minuteOfDay;

    public static int Day(long stamp) => (int)(stamp / 1440);

    public static int Minute(long stamp) => (int)(stamp % 1440);
}
