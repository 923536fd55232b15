using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TieredCare.Persistence.Facts;
using TieredCare.Persistence.Patients;
using TieredCare.Persistence.Registry;

namespace TieredCare.Persistence.Booking;

// The SQL in filters and check constraints is written so that SQLite and PostgreSQL both accept it: quoted
// identifiers, enum names as strings, booleans compared with NOT, instants compared as stored (UTC on both).

internal sealed class ScheduleConfiguration : IEntityTypeConfiguration<Schedule>
{
    public void Configure(EntityTypeBuilder<Schedule> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.InstitutionCode).HasMaxLength(32);
        b.Property(s => s.DepartmentCode).HasMaxLength(16);
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Resource).HasMaxLength(32);
        b.Property(s => s.Weekdays).HasMaxLength(80);
        b.Property(s => s.PublishedBy).HasMaxLength(64);
        b.HasOne<Institution>().WithMany().HasForeignKey(s => s.InstitutionCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.InstitutionCode, s.PublishedAt });
        b.ToTable(t => t.HasCheckConstraint("CK_Schedules_ReservedShare", "\"ReservedShare\" >= 0 AND \"ReservedShare\" <= 1"));
    }
}

internal sealed class SlotConfiguration : IEntityTypeConfiguration<Slot>
{
    public void Configure(EntityTypeBuilder<Slot> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Key).HasMaxLength(120);
        b.Property(s => s.InstitutionCode).HasMaxLength(32);
        b.Property(s => s.DepartmentCode).HasMaxLength(16);
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Resource).HasMaxLength(32);
        b.HasOne<Schedule>().WithMany().HasForeignKey(s => s.ScheduleId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => s.Key).IsUnique();
        b.HasIndex(s => new { s.InstitutionCode, s.StartsAt });
        b.ToTable(t => t.HasCheckConstraint("CK_Slots_Times", "\"EndsAt\" > \"StartsAt\""));
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public const string ActiveFilter = "\"Status\" IN ('Booked', 'CheckedIn')";

    public void Configure(EntityTypeBuilder<Booking> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Number).HasMaxLength(24);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.BookedBy).HasMaxLength(64);
        b.Property(x => x.IdempotencyKey).HasMaxLength(64);

        // The copy of the slot's reservation cannot drift from the slot: the key includes it.
        b.HasOne<Slot>().WithMany()
            .HasForeignKey(x => new { x.SlotId, x.SlotReserved, x.SlotReleaseAt })
            .HasPrincipalKey(s => new { s.Id, s.Reserved, s.ReleaseAt })
            .OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Patient>().WithMany().HasForeignKey(x => x.PatientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Referral>().WithMany().HasForeignKey(x => x.ReferralId).OnDelete(DeleteBehavior.Restrict);

        // A slot is never booked twice, whoever writes the row.
        b.HasIndex(x => x.SlotId).IsUnique().HasFilter(ActiveFilter).HasDatabaseName("UX_Bookings_ActiveSlot");
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.BookedBy, x.IdempotencyKey }).IsUnique();
        b.ToTable(t => t.HasCheckConstraint("CK_Bookings_ReservedNeedsReferral",
            "\"ReferralId\" IS NOT NULL OR NOT \"SlotReserved\" OR \"BookedAt\" >= \"SlotReleaseAt\""));
    }
}

internal sealed class WaitingListEntryConfiguration : IEntityTypeConfiguration<WaitingListEntry>
{
    public void Configure(EntityTypeBuilder<WaitingListEntry> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.InstitutionCode).HasMaxLength(32);
        b.Property(e => e.DepartmentCode).HasMaxLength(16);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Resource).HasMaxLength(32);
        b.Property(e => e.JoinedBy).HasMaxLength(64);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Institution>().WithMany().HasForeignKey(e => e.InstitutionCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Referral>().WithMany().HasForeignKey(e => e.ReferralId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Slot>().WithMany().HasForeignKey(e => e.OfferedSlotId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.InstitutionCode, e.Status, e.JoinedAt });
    }
}

internal sealed class IdBlockConfiguration : IEntityTypeConfiguration<IdBlock>
{
    public void Configure(EntityTypeBuilder<IdBlock> b)
    {
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(32);
        b.HasData(new IdBlock { Name = IdBlocks.Slots, Next = 1 }, new IdBlock { Name = IdBlocks.Bookings, Next = 1 });
    }
}
