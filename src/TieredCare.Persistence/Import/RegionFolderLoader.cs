using TieredCare.Persistence.Audit;

namespace TieredCare.Persistence.Import;

/// <summary>
/// Loads a region folder (docs/data-formats.md) table by table, registry first, so every
/// reference a later file makes already exists. Missing optional files are skipped. Files that
/// carry personal health data are recorded in the audit log under <paramref name="actor"/>.
/// </summary>
public sealed class RegionFolderLoader(TieredCareDbContext db, TimeProvider clock, AuditLog? audit = null, string actor = "system")
{
    private static readonly HashSet<string> PersonalData =
        ["patients.csv", "visits.csv", "discharges.csv", "discharge_procedures.csv", "referrals.csv"];

    public async Task<IReadOnlyList<ImportReport>> LoadAsync(string folder, ImportMode mode, IProgress<string>? progress, CancellationToken ct)
    {
        var registry = new RegistryImporter(db, clock);
        var facts = new FactImporter(db, clock);
        var steps = new (string File, Func<Stream, Task<ImportReport>> Import)[]
        {
            ("regions.csv", s => registry.ImportRegionsAsync(s, mode, ct)),
            ("region_population.csv", s => registry.ImportPopulationAsync(s, mode, ct)),
            ("institutions.csv", s => registry.ImportInstitutionsAsync(s, mode, ct)),
            ("institution_staff.csv", s => registry.ImportStaffAsync(s, mode, ct)),
            ("departments.csv", s => registry.ImportDepartmentsAsync(s, mode, ct)),
            ("networks.csv", s => registry.ImportNetworksAsync(s, mode, ct)),
            ("network_members.csv", s => registry.ImportNetworkMembersAsync(s, mode, ct)),
            ("patients.csv", s => facts.ImportPatientsAsync(s, mode, ct)),
            ("visits.csv", s => facts.ImportVisitsAsync(s, mode, ct)),
            ("discharges.csv", s => facts.ImportDischargesAsync(s, mode, ct)),
            ("discharge_procedures.csv", s => facts.ImportDischargeProceduresAsync(s, mode, ct)),
            ("finance.csv", s => facts.ImportFinanceAsync(s, mode, ct)),
            ("referrals.csv", s => facts.ImportReferralsAsync(s, mode, ct)),
        };

        var reports = new List<ImportReport>();
        foreach (var (file, import) in steps)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                continue;
            }

            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var report = await import(stream);
            reports.Add(report);
            progress?.Report($"{file}: {report.Accepted} accepted, {report.Rejected.Count} rejected, {report.AlreadyPresent} already present");
            if (audit is not null && report.Committed && report.Accepted > 0 && PersonalData.Contains(file))
            {
                await audit.AppendAsync(new AuditRecord(actor, "import", report.Table, $"{file}: {report.Accepted} rows"), ct);
            }

            if (!report.Committed)
            {
                break; // later files refer to this one
            }
        }

        return reports;
    }
}
