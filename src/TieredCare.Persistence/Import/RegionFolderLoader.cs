using TieredCare.Persistence.Audit;

namespace TieredCare.Persistence.Import;

/// <summary>
/// Loads a region folder (docs/data-formats.md) table by table, registry first, so every
/// reference a later file makes already exists. Missing optional files are skipped. Files that
/// carry personal health data are recorded in the audit log under <paramref name="actor"/>.
/// </summary>
/// Discharge abstracts go through <see cref="AbstractImporter"/> with quality control and grouping under <paramref name="abstractRules"/>.
public sealed class RegionFolderLoader(TieredCareDbContext db, TimeProvider clock, AbstractRules? abstractRules = null, AuditLog? audit = null, string actor = "system")
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
            ("discharges.csv", s => ImportAbstractsAsync(folder, s, mode, ct)),
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

    private async Task<ImportReport> ImportAbstractsAsync(string folder, Stream discharges, ImportMode mode, CancellationToken ct)
    {
        if (abstractRules is null)
        {
            return new ImportReport("discharges", 0, 0, [new(0, "(table set)", "导入病案首页需要DRG分组方案及其编码字典 (discharge abstracts need a DRG table set with its code dictionaries)")], Committed: false);
        }

        var proceduresPath = Path.Combine(folder, "discharge_procedures.csv");
        Sheet? procedures = null;
        if (File.Exists(proceduresPath))
        {
            await using var stream = File.OpenRead(proceduresPath);
            procedures = Sheet.FromCsv("discharge_procedures.csv", stream);
        }

        var request = new AbstractImportRequest("discharges.csv", actor, _ => true, NothingIfAnyRejected: mode == ImportMode.AllOrNothing);
        var report = await new AbstractImporter(db, clock).ImportAsync(Sheet.FromCsv("discharges.csv", discharges), procedures, abstractRules, request, ct);
        var rejected = report.FileErrors.Select(e => new ImportRowError(0, "(file)", e))
            .Concat(report.RowReports.Where(r => r.Outcome == RowOutcome.Rejected)
                .SelectMany(r => r.Findings.Select(f => new ImportRowError(r.Row, f.Field, f.Message))))
            .ToList();
        return new ImportReport("discharges", report.Rows, report.Stored, rejected, report.Committed, report.Replaced);
    }
}
