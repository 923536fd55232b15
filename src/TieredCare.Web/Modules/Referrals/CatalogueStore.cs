using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TieredCare.Persistence;
using TieredCare.Persistence.Referrals;
using TieredCare.Referrals.Catalogue;

namespace TieredCare.Web.Modules.Referrals;

/// <summary>Stores a catalogue the engine has read, and rebuilds the engine's catalogue from a stored version.</summary>
public sealed class CatalogueStore(TieredCareDbContext db, IMemoryCache cache, TimeProvider clock)
{
    public sealed record CatalogueDto(long Id, string Network, string Version, string Name, string LoadedBy, DateTimeOffset LoadedAt, int EntryCount)
    {
        public static CatalogueDto From(DiseaseCatalogueVersion v) => new(v.Id, v.NetworkCode, v.Version, v.Name, v.LoadedBy, v.LoadedAt, v.EntryCount);
    }

    public Task<bool> ExistsAsync(string network, string version, CancellationToken ct) =>
        db.DiseaseCatalogueVersions.AnyAsync(v => v.NetworkCode == network && v.Version == version, ct);

    /// <summary>Adds the version and its rows in one transaction; the caller has checked that the version is new.</summary>
    public async Task<DiseaseCatalogueVersion> SaveAsync(string network, string version, string name, DiseaseCatalogue catalogue, string by, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var stored = new DiseaseCatalogueVersion
        {
            NetworkCode = network, Version = version, Name = name, LoadedBy = by, LoadedAt = clock.GetUtcNow(), EntryCount = catalogue.Entries.Count,
        };
        db.DiseaseCatalogueVersions.Add(stored);
        await db.SaveChangesAsync(ct);
        db.DiseaseCatalogueEntries.AddRange(catalogue.Entries.Select(e => new DiseaseCatalogueEntry
        {
            CatalogueId = stored.Id, Line = e.Line, Pattern = e.Pattern.Text, Name = e.Name, LowestTier = e.LowestTier.Word(),
            UpCriteria = e.UpCriteria, DownCriteria = e.DownCriteria,
        }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return stored;
    }

    /// <summary>A stored version as the engine's catalogue; versions never change, so it is kept in memory for a while.</summary>
    public async Task<DiseaseCatalogue> EngineCatalogueAsync(DiseaseCatalogueVersion version, CancellationToken ct)
    {
        var key = ("disease-catalogue", version.Id);
        if (cache.TryGetValue(key, out DiseaseCatalogue? cached) && cached is not null)
        {
            return cached;
        }

        var rows = await db.DiseaseCatalogueEntries.AsNoTracking().Where(e => e.CatalogueId == version.Id).OrderBy(e => e.Line).ToListAsync(ct);
        var entries = rows.Select(r => new CatalogueEntry(IcdPattern.Parse(r.Pattern), r.Name, Tier(r.LowestTier), r.UpCriteria, r.DownCriteria, r.Line));
        var built = DiseaseCatalogue.Create(version.Name, version.Version, entries).Catalogue;
        cache.Set(key, built, TimeSpan.FromMinutes(10));
        return built;
    }

    private static TreatmentTier Tier(string word) =>
        TreatmentTiers.TryParse(word, out var tier) ? tier : throw new InvalidOperationException($"A stored catalogue row has the tier '{word}'.");
}
