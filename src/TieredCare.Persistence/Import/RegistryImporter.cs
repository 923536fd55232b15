using Microsoft.EntityFrameworkCore;
using TieredCare.Persistence.Registry;
using TieredCare.Registry;
using static TieredCare.Persistence.Import.TableImport;

namespace TieredCare.Persistence.Import;

/// <summary>CSV import of the registry tables (docs/data-formats.md); re-importing a file updates by key.</summary>
public sealed class RegistryImporter(TieredCareDbContext db, TimeProvider clock)
{
    public async Task<ImportReport> ImportRegionsAsync(Stream csv, ImportMode mode, CancellationToken ct)
    {
        var lookup = await RegistryLookup.LoadAsync(db, ct);
        var parentsChecked = new AnyRegion(lookup); // parents may come later in the file; checked on write
        return await RunAsync(db, "regions", csv, mode, ["code", "name", "parent_code"], ["level", "is_urban"],
            t =>
            {
                var (region, errors) = RegistryRules.Validate(new RegionDraft(t.Text("code"), t.Text("name"), t.Text("level"), t.Text("parent_code"), t.Bool("is_urban")), parentsChecked);
                AddFieldErrors(t, errors);
                return region;
            },
            r => r.Code.Value,
            async (rows, errors, token) =>
            {
                var existing = await db.Regions.ToDictionaryAsync(r => r.Code, token);
                foreach (var row in rows.OrderBy(r => r.Value.Level))
                {
                    var r = row.Value;
                    if (r.Parent is { } parent && !lookup.RegionExists(parent.Value))
                    {
                        errors.Add(new(row.Row, "parent_code", $"上级区划不存在 (parent region {parent.Value} does not exist)"));
                        continue;
                    }

                    if (!existing.TryGetValue(r.Code.Value, out var entity))
                    {
                        entity = new Region { Code = r.Code.Value, Name = r.Name };
                        db.Regions.Add(entity);
                    }

                    entity.Name = r.Name;
                    entity.Level = r.Level;
                    entity.ParentCode = r.Parent?.Value;
                    entity.IsUrban = r.IsUrban;
                    lookup.AddRegion(r.Code.Value);
                }
            }, ct);
    }

    public async Task<ImportReport> ImportPopulationAsync(Stream csv, ImportMode mode, CancellationToken ct)
    {
        var lookup = await RegistryLookup.LoadAsync(db, ct);
        return await RunAsync(db, "region_population", csv, mode, ["region_code", "year", "population"], [],
            t =>
            {
                var region = t.Required("region_code");
                var year = t.Int("year");
                var population = t.Int("population");
                if (region is not null && !lookup.RegionExists(region))
                {
                    t.AddError("region_code", $"区划不存在 (region {region} does not exist)");
                }

                if (year is null or < 1949 or > 2100)
                {
                    t.AddError("year", $"年份无效 (year must be between 1949 and 2100): {year}");
                }

                if (population is null or < 0)
                {
                    t.AddError("population", "人口须为非负整数 (population must be a non-negative integer)");
                }

                return region is null || year is null || population is null ? null : new RegionPopulation { RegionCode = region, Year = year.Value, Population = population.Value };
            },
            p => $"{p.RegionCode}/{p.Year}",
            async (rows, _, token) =>
            {
                var existing = await db.RegionPopulations.ToDictionaryAsync(p => $"{p.RegionCode}/{p.Year}", token);
                foreach (var row in rows)
                {
                    if (existing.TryGetValue(row.Key, out var entity))
                    {
                        entity.Population = row.Value.Population;
                    }
                    else
                    {
                        db.RegionPopulations.Add(row.Value);
                    }
                }
            }, ct);
    }

    public async Task<ImportReport> ImportInstitutionsAsync(Stream csv, ImportMode mode, CancellationToken ct)
    {
        var lookup = await RegistryLookup.LoadAsync(db, ct);
        return await RunAsync(db, "institutions", csv, mode,
            ["code", "name", "type", "level", "ownership", "tier", "region_code"],
            ["grade", "latitude", "longitude", "open_beds", "shared_services"],
            t =>
            {
                var draft = new InstitutionDraft(t.Text("code"), t.Text("name"), t.Text("type"), t.Text("level"), t.Text("grade"),
                    t.Text("ownership"), t.Text("tier"), t.Text("region_code"), t.Double("latitude"), t.Double("longitude"), t.Int("open_beds"),
                    t.Text("shared_services")?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                var (institution, errors) = RegistryRules.Validate(draft, lookup);
                AddFieldErrors(t, errors);
                return institution;
            },
            i => i.Code,
            async (rows, _, token) =>
            {
                var existing = await db.Institutions.ToDictionaryAsync(i => i.Code, token);
                var now = clock.GetUtcNow();
                foreach (var row in rows)
                {
                    if (!existing.TryGetValue(row.Key, out var entity))
                    {
                        entity = new Institution { Code = row.Key, Name = row.Value.Name, RegionCode = row.Value.RegionCode };
                        db.Institutions.Add(entity);
                    }

                    InstitutionMapping.Apply(row.Value, entity, now);
                }
            }, ct);
    }

    public async Task<ImportReport> ImportStaffAsync(Stream csv, ImportMode mode, CancellationToken ct)
    {
        var lookup = await RegistryLookup.LoadAsync(db, ct);
        return await RunAsync(db, "institution_staff", csv, mode, ["institution_code", "category", "title", "count"], [],
            t =>
            {
                var institution = t.Required("institution_code");
                if (institution is not null && !lookup.InstitutionExists(institution))
                {
                    t.AddError("institution_code", $"机构不存在 (institution {institution} does not exist)");
                }

                var category = t.Code<StaffCategory>("category");
                var title = t.Code<StaffTitle>("title");
                var count = t.Int("count");
                if (count is null or < 0)
                {
                    t.AddError("count", "人数须为非负整数 (count must be a non-negative integer)");
                }

                return institution is null || category is null || title is null || count is null
                    ? null
                    : new InstitutionStaff { InstitutionCode = institution, Category = category.Value, Title = title.Value, Count = count.Value };
            },
            s => $"{s.InstitutionCode}/{s.Category}/{s.Title}",
            async (rows, _, token) =>
            {
                var existing = await db.InstitutionStaff.ToDictionaryAsync(s => $"{s.InstitutionCode}/{s.Category}/{s.Title}", token);
                foreach (var row in rows)
                {
                    if (existing.TryGetValue(row.Key, out var entity))
                    {
                        entity.Count = row.Value.Count;
                    }
                    else
                    {
                        db.InstitutionStaff.Add(row.Value);
                    }
                }
            }, ct);
    }

    public async Task<ImportReport> ImportDepartmentsAsync(Stream csv, ImportMode mode, CancellationToken ct)
    {
        var lookup = await RegistryLookup.LoadAsync(db, ct);
        return await RunAsync(db, "departments", csv, mode, ["institution_code", "code", "name"], [],
            t =>
            {
                var institution = t.Required("institution_code");
                if (institution is not null && !lookup.InstitutionExists(institution))
                {
                    t.AddError("institution_code", $"机构不存在 (institution {institution} does not exist)");
                }

                var code = t.Required("code");
                var name = t.Required("name");
                return institution is null || code is null || name is null ? null : new Department { InstitutionCode = institution, Code = code, Name = name };
            },
            d => $"{d.InstitutionCode}/{d.Code}",
            async (rows, _, token) =>
            {
                var existing = await db.Departments.ToDictionaryAsync(d => $"{d.InstitutionCode}/{d.Code}", token);
                foreach (var row in rows)
                {
                    if (existing.TryGetValue(row.Key, out var entity))
                    {
                        entity.Name = row.Value.Name;
                    }
                    else
                    {
                        db.Departments.Add(row.Value);
                    }
                }
            }, ct);
    }

    public async Task<ImportReport> ImportNetworksAsync(Stream csv, ImportMode mode, CancellationToken ct)
    {
        var lookup = await RegistryLookup.LoadAsync(db, ct);
        return await RunAsync(db, "networks", csv, mode,
            ["code", "name", "type", "lead_institution_code", "region_code", "start_date"], ["end_date"],
            t =>
            {
                var (network, errors) = RegistryRules.Validate(new NetworkDraft(t.Text("code"), t.Text("name"), t.Text("type"),
                    t.Text("lead_institution_code"), t.Text("region_code"), t.Date("start_date"), t.Date("end_date")), lookup);
                AddFieldErrors(t, errors);
                return network;
            },
            n => n.Code,
            async (rows, _, token) =>
            {
                var existing = await db.Networks.ToDictionaryAsync(n => n.Code, token);
                foreach (var row in rows)
                {
                    var n = row.Value;
                    if (!existing.TryGetValue(n.Code, out var entity))
                    {
                        entity = new Network { Code = n.Code, Name = n.Name, LeadInstitutionCode = n.LeadInstitutionCode, RegionCode = n.RegionCode };
                        db.Networks.Add(entity);
                    }

                    NetworkMapping.Apply(n, entity);
                }
            }, ct);
    }

    public async Task<ImportReport> ImportNetworkMembersAsync(Stream csv, ImportMode mode, CancellationToken ct)
    {
        var lookup = await RegistryLookup.LoadAsync(db, ct);
        return await RunAsync(db, "network_members", csv, mode, ["network_code", "institution_code", "joined_on"], ["left_on"],
            t =>
            {
                var network = t.Required("network_code");
                var institution = t.Required("institution_code");
                var joined = t.Date("joined_on");
                var left = t.Date("left_on");
                if (network is not null && !lookup.NetworkExists(network))
                {
                    t.AddError("network_code", $"医联体不存在 (network {network} does not exist)");
                }

                if (institution is not null && !lookup.InstitutionExists(institution))
                {
                    t.AddError("institution_code", $"机构不存在 (institution {institution} does not exist)");
                }

                if (joined is null)
                {
                    t.AddError("joined_on", "加入日期不能为空 (joined_on is required)");
                }
                else if (left is { } l && l < joined)
                {
                    t.AddError("left_on", "退出日期早于加入日期 (left_on is before joined_on)");
                }

                return network is null || institution is null || joined is null
                    ? null
                    : new NetworkMember { NetworkCode = network, InstitutionCode = institution, JoinedOn = joined.Value, LeftOn = left };
            },
            m => $"{m.NetworkCode}/{m.InstitutionCode}",
            async (rows, _, token) =>
            {
                var existing = await db.NetworkMembers.ToDictionaryAsync(m => $"{m.NetworkCode}/{m.InstitutionCode}", token);
                foreach (var row in rows)
                {
                    if (existing.TryGetValue(row.Key, out var entity))
                    {
                        entity.JoinedOn = row.Value.JoinedOn;
                        entity.LeftOn = row.Value.LeftOn;
                    }
                    else
                    {
                        db.NetworkMembers.Add(row.Value);
                    }
                }
            }, ct);
    }

    /// <summary>Lets region rows name parents defined later in the same file; the writer checks them in level order.</summary>
    private sealed class AnyRegion(IRegistryLookup inner) : IRegistryLookup
    {
        public bool RegionExists(string code) => true;
        public bool InstitutionExists(string code) => inner.InstitutionExists(code);
        public bool NetworkExists(string code) => inner.NetworkExists(code);
    }
}

/// <summary>Copies validated values onto entities; shared by the API and the importers.</summary>
public static class InstitutionMapping
{
    public static void Apply(ValidInstitution v, Institution e, DateTimeOffset now)
    {
        e.Name = v.Name;
        e.Type = v.Type;
        e.Level = v.Level;
        e.Grade = v.Grade;
        e.Ownership = v.Ownership;
        e.Tier = v.Tier;
        e.RegionCode = v.RegionCode;
        e.Latitude = v.Latitude;
        e.Longitude = v.Longitude;
        e.OpenBeds = v.OpenBeds;
        e.SharedServices = string.Join(';', v.SharedServices.Select(s => Codes.ToCode(s)));
        e.UpdatedAt = now;
    }
}

public static class NetworkMapping
{
    public static void Apply(ValidNetwork v, Network e)
    {
        e.Name = v.Name;
        e.Type = v.Type;
        e.LeadInstitutionCode = v.LeadInstitutionCode;
        e.RegionCode = v.RegionCode;
        e.StartDate = v.StartDate;
        e.EndDate = v.EndDate;
    }
}
