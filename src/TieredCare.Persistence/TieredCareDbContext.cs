using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TieredCare.Persistence.Abstracts;
using TieredCare.Persistence.Access;
using TieredCare.Persistence.Audit;
using TieredCare.Persistence.Booking;
using TieredCare.Persistence.Facts;
using TieredCare.Persistence.Patients;
using TieredCare.Persistence.Payment;
using TieredCare.Persistence.Referrals;
using TieredCare.Persistence.Registry;

namespace TieredCare.Persistence;

public sealed class TieredCareDbContext(DbContextOptions<TieredCareDbContext> options) : IdentityUserContext<AppUser>(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<RegionPopulation> RegionPopulations => Set<RegionPopulation>();
    public DbSet<Institution> Institutions => Set<Institution>();
    public DbSet<InstitutionStaff> InstitutionStaff => Set<InstitutionStaff>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Network> Networks => Set<Network>();
    public DbSet<NetworkMember> NetworkMembers => Set<NetworkMember>();
    public DbSet<Patient> Patients => Set<Patient>();
    public DbSet<PatientMerge> PatientMerges => Set<PatientMerge>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<DischargeAbstract> DischargeAbstracts => Set<DischargeAbstract>();
    public DbSet<DischargeProcedure> DischargeProcedures => Set<DischargeProcedure>();
    public DbSet<AbstractQcFinding> AbstractQcFindings => Set<AbstractQcFinding>();
    public DbSet<DrgGrouping> DrgGroupings => Set<DrgGrouping>();
    public DbSet<AbstractUpload> AbstractUploads => Set<AbstractUpload>();
    public DbSet<SettlementRun> SettlementRuns => Set<SettlementRun>();
    public DbSet<SettlementHospitalLine> SettlementHospitalLines => Set<SettlementHospitalLine>();
    public DbSet<SettlementCaseLine> SettlementCaseLines => Set<SettlementCaseLine>();
    public DbSet<SettlementAdvanceLine> SettlementAdvanceLines => Set<SettlementAdvanceLine>();
    public DbSet<NetworkBudget> NetworkBudgets => Set<NetworkBudget>();
    public DbSet<SpecialReviewRequest> SpecialReviewRequests => Set<SpecialReviewRequest>();
    public DbSet<FinanceStatement> FinanceStatements => Set<FinanceStatement>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ReferralTransitionRecord> ReferralTransitions => Set<ReferralTransitionRecord>();
    public DbSet<DiseaseCatalogueVersion> DiseaseCatalogueVersions => Set<DiseaseCatalogueVersion>();
    public DbSet<DiseaseCatalogueEntry> DiseaseCatalogueEntries => Set<DiseaseCatalogueEntry>();
    public DbSet<Schedule> Schedules => Set<Schedule>();
    public DbSet<Slot> Slots => Set<Slot>();
    public DbSet<Booking.Booking> Bookings => Set<Booking.Booking>();
    public DbSet<WaitingListEntry> WaitingListEntries => Set<WaitingListEntry>();
    public DbSet<IdBlock> IdBlocks => Set<IdBlock>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AppSetting> AppSettings => Set<AppSetting>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TieredCareDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money: 18 digits with 2 decimals (元, to the fen) on both providers.
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        configurationBuilder.Properties<string>().HaveMaxLength(200);

        // SQLite has no timestamp type, and EF cannot order or compare DateTimeOffset stored as
        // text there; an integer keeps instants sortable. PostgreSQL uses timestamptz (UTC).
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}

/// <summary>Key-value settings the server keeps about itself (demo loaded, schema notes).</summary>
public sealed class AppSetting
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}
