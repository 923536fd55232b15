using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TieredCare.Persistence.Registry;

namespace TieredCare.Persistence.Referrals;

internal sealed class DiseaseCatalogueVersionConfiguration : IEntityTypeConfiguration<DiseaseCatalogueVersion>
{
    public void Configure(EntityTypeBuilder<DiseaseCatalogueVersion> b)
    {
        b.HasKey(v => v.Id);
        b.Property(v => v.NetworkCode).HasMaxLength(32);
        b.Property(v => v.Version).HasMaxLength(64);
        b.Property(v => v.Name).HasMaxLength(100);
        b.Property(v => v.LoadedBy).HasMaxLength(64);
        b.HasIndex(v => new { v.NetworkCode, v.Version }).IsUnique();
        b.HasOne<Network>().WithMany().HasForeignKey(v => v.NetworkCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DiseaseCatalogueEntryConfiguration : IEntityTypeConfiguration<DiseaseCatalogueEntry>
{
    public void Configure(EntityTypeBuilder<DiseaseCatalogueEntry> b)
    {
        // The file's line keys a row: it is unique within a file and is what the engine's messages cite.
        b.HasKey(e => new { e.CatalogueId, e.Line });
        b.Property(e => e.Pattern).HasMaxLength(32);
        b.Property(e => e.Name).HasMaxLength(200);
        b.Property(e => e.LowestTier).HasMaxLength(16);
        b.Property(e => e.UpCriteria).HasMaxLength(2000);
        b.Property(e => e.DownCriteria).HasMaxLength(2000);
        b.HasOne<DiseaseCatalogueVersion>().WithMany().HasForeignKey(e => e.CatalogueId).OnDelete(DeleteBehavior.Cascade);
    }
}
