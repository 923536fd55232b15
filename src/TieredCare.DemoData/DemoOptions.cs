namespace TieredCare.DemoData;

/// <summary>How big the demo city is.</summary>
public enum DemoScale
{
    /// <summary>One district and two counties, about 100,000 people: generates and loads in seconds.</summary>
    Small,

    /// <summary>About four million people and two thousand institutions: for benchmarks.</summary>
    City,
}

/// <summary>What to generate and where. The same options always give byte-identical files.</summary>
public sealed record DemoOptions(string OutputDirectory, int Seed, DemoScale Scale, int FirstYear = 2024, int Years = 2);

/// <summary>The content of manifest.json.</summary>
public sealed record DemoManifest(
    string Name,
    int Seed,
    DemoScale Scale,
    string GeneratedAt,
    IReadOnlyList<int> Years,
    string CityCode,
    DemoCounts Counts);

/// <summary>Row counts of the generated files (manifest.json <c>counts</c>).</summary>
public sealed record DemoCounts(
    long Regions,
    long Institutions,
    long Patients,
    long Visits,
    long Discharges,
    long Procedures,
    long Networks,
    long Referrals,
    long FinanceStatements);
