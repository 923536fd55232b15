using System.Text.Json;
using System.Text.Json.Serialization;
using TieredCare.DemoData.Generation;
using TieredCare.DemoData.Model;
using TieredCare.DemoData.Output;

namespace TieredCare.DemoData;

/// <summary>
/// Writes the demo region folder described in docs/data-formats.md: a made-up prefecture-level
/// city (青川市) with its divisions, institutions, networks, residents and two or more calendar
/// years of visits, discharges, referrals and finance. Deterministic for a seed.
/// </summary>
public static class DemoGenerator
{
    private static readonly JsonSerializerOptions ManifestJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = RegistryFiles.Encoder,
        Converters = { new JsonStringEnumConverter<DemoScale>(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Random streams, one per independent part, so parts can run in parallel.</summary>
    private enum Stream : ulong
    {
        World = 1,
        Institutions = 2,
        Patients = 3,
        Deaths = 4,
        Visits = 5,
        Discharges = 6,
        Resources = 7,
        Coding = 8,
    }

    public static DemoManifest Generate(DemoOptions options, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Years is < 1 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Years must be between 1 and 10.");
        }

        if (options.FirstYear is < 2000 or > 2090)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "FirstYear must be between 2000 and 2090.");
        }

        var root = options.OutputDirectory;
        Directory.CreateDirectory(root);
        Directory.CreateDirectory(Path.Combine(root, "map"));
        string P(string name) => Path.Combine(root, name);

        var tables = DemoTables.Load();
        var profile = ScaleProfile.For(options.Scale);
        var calendar = new DemoCalendar(options.FirstYear, options.Years);
        Random(options, Stream.World, out var worldRandom);

        progress?.Report("divisions and map");
        var builder = new WorldBuilder(tables, profile, worldRandom, options.Years);
        var counties = builder.Build();
        var villages = counties.SelectMany(c => c.Villages).ToList();
        for (var i = 0; i < villages.Count; i++)
        {
            villages[i].Index = i;
        }

        progress?.Report("institutions and networks");
        Random(options, Stream.Institutions, out var institutionRandom);
        var institutions = new InstitutionBuilder(tables, profile, institutionRandom, counties, options.FirstYear);
        institutions.Build();

        progress?.Report("patients");
        Random(options, Stream.Patients, out var patientRandom);
        var patients = new PatientGenerator(tables, calendar, patientRandom).Generate(counties, P("patients.csv"));

        var world = new DemoWorld
        {
            Tables = tables,
            Calendar = calendar,
            Counties = counties,
            Villages = villages,
            Institutions = institutions.Institutions,
            CityHospitals = institutions.CityHospitals,
            Networks = institutions.Networks,
            CityOutline = builder.CityOutline,
            Patients = patients,
        };
        VisitChoice.Build(world);
        Random(options, Stream.Deaths, out var deathRandom);
        var deaths = DischargeGenerator.PlanDeaths(world, deathRandom);

        progress?.Report("visits, discharges and referrals");
        var months = calendar.Months;
        var visitLedger = new Ledger(institutions.Institutions.Count, months, calendar.Years);
        var stayLedger = new Ledger(institutions.Institutions.Count, months, calendar.Years);
        var visitReferralPart = P("referrals.visits.part");
        var stayReferralPart = P("referrals.discharges.part");
        long visitCount = 0, dischargeCount = 0, procedureCount = 0;
        var visitTask = Task.Factory.StartNew(() =>
        {
            Random(options, Stream.Visits, out var random);
            using var referrals = new ReferralWriter(visitReferralPart, calendar.End);
            visitCount = new VisitGenerator(world, random, visitLedger).Run(P("visits.csv"), referrals);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var dischargeTask = Task.Factory.StartNew(() =>
        {
            Random(options, Stream.Discharges, out var random);
            Random(options, Stream.Coding, out var coding);
            using var referrals = new ReferralWriter(stayReferralPart, calendar.End);
            var generator = new DischargeGenerator(world, random, coding, stayLedger);
            dischargeCount = generator.Run(P("discharges.csv"), P("discharge_procedures.csv"), referrals, deaths);
            procedureCount = generator.Procedures;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Task.WaitAll(visitTask, dischargeTask);
        var referralCount = ReferralWriter.Merge(P("referrals.csv"), [visitReferralPart, stayReferralPart]);

        progress?.Report("registry, finance and map files");
        Random(options, Stream.Resources, out var resourceRandom);
        var resources = new Resources(world, resourceRandom, visitLedger, stayLedger);
        resources.ComputeBeds();
        var regionCount = RegistryFiles.WriteRegions(P("regions.csv"), world);
        RegistryFiles.WritePopulation(P("region_population.csv"), world);
        var institutionCount = RegistryFiles.WriteInstitutions(P("institutions.csv"), world, resources.Beds);
        resources.WriteStaff(P("institution_staff.csv"));
        RegistryFiles.WriteDepartments(P("departments.csv"), world);
        RegistryFiles.WriteNetworks(P("networks.csv"), P("network_members.csv"), world);
        var financeCount = resources.WriteFinance(P("finance.csv"));
        RegistryFiles.WriteGeoJson(Path.Combine(root, "map", "regions.geojson"), world);

        var manifest = new DemoManifest(
            WorldBuilder.CityName,
            options.Seed,
            options.Scale,
            calendar.End.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Enumerable.Range(options.FirstYear, options.Years).ToList(),
            WorldBuilder.CityCode,
            new DemoCounts(regionCount, institutionCount, patients.Count, visitCount, dischargeCount, procedureCount,
                world.Networks.Count, referralCount, financeCount));
        File.WriteAllText(P("manifest.json"), JsonSerializer.Serialize(manifest, ManifestJson).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        progress?.Report("done");
        return manifest;
    }

    /// <summary>Reads the manifest.json of a generated folder.</summary>
    public static DemoManifest ReadManifest(string directory) =>
        JsonSerializer.Deserialize<DemoManifest>(File.ReadAllText(Path.Combine(directory, "manifest.json")), ManifestJson)
        ?? throw new InvalidDataException("manifest.json is empty.");

    private static void Random(DemoOptions options, Stream stream, out DemoRandom random) =>
        random = new DemoRandom(options.Seed, (ulong)stream);
}
