using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TieredCare.Persistence.Abstracts;
using TieredCare.Persistence.Access;
using TieredCare.Persistence.Audit;
using TieredCare.Persistence.Facts;
using TieredCare.Persistence.Patients;
using TieredCare.Persistence.Payment;
using TieredCare.Persistence.Registry;

namespace TieredCare.Persistence;

// Enums are stored as their names: readable in SQL and stable when members are added.

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.HasKey(r => r.Code);
        b.Property(r => r.Code).HasMaxLength(12);
        b.Property(r => r.ParentCode).HasMaxLength(12);
        b.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(r => r.ParentCode);
    }
}

internal sealed class RegionPopulationConfiguration : IEntityTypeConfiguration<RegionPopulation>
{
    public void Configure(EntityTypeBuilder<RegionPopulation> b)
    {
        b.HasKey(p => new { p.RegionCode, p.Year });
        b.Property(p => p.RegionCode).HasMaxLength(12);
        b.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionCode);
    }
}

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> b)
    {
        b.HasKey(i => i.Code);
        b.Property(i => i.Code).HasMaxLength(32);
        b.Property(i => i.RegionCode).HasMaxLength(12);
        b.Property(i => i.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(i => i.Level).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.Grade).HasConversion<string>().HasMaxLength(8);
        b.Property(i => i.Ownership).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.Tier).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Region>().WithMany().HasForeignKey(i => i.RegionCode);
        b.HasIndex(i => i.RegionCode);
        b.HasIndex(i => i.Type);
    }
}

internal sealed class InstitutionStaffConfiguration : IEntityTypeConfiguration<InstitutionStaff>
{
    public void Configure(EntityTypeBuilder<InstitutionStaff> b)
    {
        b.HasKey(s => new { s.InstitutionCode, s.Category, s.Title });
        b.Property(s => s.InstitutionCode).HasMaxLength(32);
        b.Property(s => s.Category).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Title).HasConversion<string>().HasMaxLength(24);
        b.HasOne<Institution>().WithMany().HasForeignKey(s => s.InstitutionCode);
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.HasKey(d => new { d.InstitutionCode, d.Code });
        b.Property(d => d.InstitutionCode).HasMaxLength(32);
        b.Property(d => d.Code).HasMaxLength(16);
        b.HasOne<Institution>().WithMany().HasForeignKey(d => d.InstitutionCode);
    }
}

internal sealed class NetworkConfiguration : IEntityTypeConfiguration<Network>
{
    public void Configure(EntityTypeBuilder<Network> b)
    {
        b.HasKey(n => n.Code);
        b.Property(n => n.Code).HasMaxLength(32);
        b.Property(n => n.LeadInstitutionCode).HasMaxLength(32);
        b.Property(n => n.RegionCode).HasMaxLength(12);
        b.Property(n => n.Type).HasConversion<string>().HasMaxLength(32);
        b.HasOne<Institution>().WithMany().HasForeignKey(n => n.LeadInstitutionCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(n => n.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NetworkMemberConfiguration : IEntityTypeConfiguration<NetworkMember>
{
    public void Configure(EntityTypeBuilder<NetworkMember> b)
    {
        b.HasKey(m => new { m.NetworkCode, m.InstitutionCode });
        b.Property(m => m.NetworkCode).HasMaxLength(32);
        b.Property(m => m.InstitutionCode).HasMaxLength(32);
        b.HasOne<Network>().WithMany().HasForeignKey(m => m.NetworkCode);
        b.HasOne<Institution>().WithMany().HasForeignKey(m => m.InstitutionCode);
        b.HasIndex(m => m.InstitutionCode);
    }
}

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> b)
    {
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.ResidentId).HasMaxLength(18);
        b.Property(p => p.Name).HasMaxLength(40);
        b.Property(p => p.Phone).HasMaxLength(20);
        b.Property(p => p.ResidenceRegionCode).HasMaxLength(12);
        b.Property(p => p.Sex).HasConversion<string>().HasMaxLength(12);
        // One live record per ID number; merged records keep theirs for the trail. The filter is
        // written in SQL both providers accept.
        b.HasIndex(p => p.ResidentId).IsUnique().HasFilter("\"ResidentId\" IS NOT NULL AND \"MergedIntoId\" IS NULL");
        b.HasIndex(p => new { p.Name, p.BirthDate });
        b.HasIndex(p => p.ResidenceRegionCode);
    }
}

internal sealed class PatientMergeConfiguration : IEntityTypeConfiguration<PatientMerge>
{
    public void Configure(EntityTypeBuilder<PatientMerge> b)
    {
        b.HasKey(m => m.Id);
        b.Property(m => m.MergedSnapshotJson).HasMaxLength(4000);
        b.Property(m => m.Reason).HasMaxLength(500);
        b.HasIndex(m => m.SurvivorId);
        b.HasIndex(m => m.MergedId);
    }
}

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> b)
    {
        b.HasKey(v => v.Id);
        b.Property(v => v.Id).ValueGeneratedNever();
        b.Property(v => v.InstitutionCode).HasMaxLength(32);
        b.Property(v => v.DepartmentCode).HasMaxLength(16);
        b.Property(v => v.ResidenceRegionCode).HasMaxLength(12);
        b.HasIndex(v => new { v.InstitutionCode, v.VisitDate });
        b.HasIndex(v => v.PatientId);
    }
}

internal sealed class FinanceStatementConfiguration : IEntityTypeConfiguration<FinanceStatement>
{
    public void Configure(EntityTypeBuilder<FinanceStatement> b)
    {
        b.HasKey(f => new { f.InstitutionCode, f.Year, f.Month });
        b.Property(f => f.InstitutionCode).HasMaxLength(32);
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.FromInstitutionCode).HasMaxLength(32);
        b.Property(r => r.ToInstitutionCode).HasMaxLength(32);
        b.Property(r => r.ToDepartmentCode).HasMaxLength(16);
        b.Property(r => r.DiagnosisCode).HasMaxLength(32);
        b.Property(r => r.Direction).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        // The inbox and outbox: newest first with the total, answered from the index alone (state included, drafts are left out).
        b.HasIndex(r => new { r.FromInstitutionCode, r.SubmittedAt, r.Id, r.Status });
        b.HasIndex(r => new { r.ToInstitutionCode, r.SubmittedAt, r.Id, r.Status });
        b.HasIndex(r => r.PatientId);
        b.Property(r => r.Status).IsConcurrencyToken();
        b.Property(r => r.FromDepartmentCode).HasMaxLength(16);
        b.Property(r => r.Reason).HasMaxLength(1000);
        b.Property(r => r.CatalogueVerdict).HasMaxLength(32);
        b.Property(r => r.AppropriatenessReason).HasMaxLength(500);
        b.Property(r => r.OutsideNetworkReason).HasMaxLength(500);
        b.Property(r => r.FollowUpPlan).HasMaxLength(2000);
        b.Property(r => r.BookingReference).HasMaxLength(64);
        b.Property(r => r.CancelReason).HasMaxLength(500);
        b.Property(r => r.RejectReason).HasMaxLength(500);
        b.Property(r => r.FeedbackDiagnosisCode).HasMaxLength(32);
        b.Property(r => r.FeedbackSummary).HasMaxLength(4000);
        b.Property(r => r.FeedbackCarePlan).HasMaxLength(2000);
        b.Property(r => r.CreatedBy).HasMaxLength(64);
        b.Property(r => r.IdempotencyKey).HasMaxLength(64);
        b.HasIndex(r => new { r.CreatedBy, r.IdempotencyKey }).IsUnique().HasFilter("\"IdempotencyKey\" IS NOT NULL");
    }
}

internal sealed class ReferralTransitionRecordConfiguration : IEntityTypeConfiguration<ReferralTransitionRecord>
{
    public void Configure(EntityTypeBuilder<ReferralTransitionRecord> b)
    {
        b.HasKey(t => t.Id);
        b.Property(t => t.FromStatus).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.ToStatus).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Action).HasMaxLength(16);
        b.Property(t => t.By).HasMaxLength(64);
        b.Property(t => t.Detail).HasMaxLength(1000);
        b.HasOne<Referral>().WithMany().HasForeignKey(t => t.ReferralId);
        b.HasIndex(t => new { t.ReferralId, t.At });
    }
}

internal sealed class DischargeAbstractConfiguration : IEntityTypeConfiguration<DischargeAbstract>
{
    public void Configure(EntityTypeBuilder<DischargeAbstract> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.InstitutionCode).HasMaxLength(32);
        b.Property(a => a.MedicalRecordNo).HasMaxLength(32);
        b.Property(a => a.DepartmentCode).HasMaxLength(16);
        b.Property(a => a.PrincipalDiagnosis).HasMaxLength(32);
        b.Property(a => a.OtherDiagnoses).HasMaxLength(1000);
        b.Property(a => a.ReceivingInstitution).HasMaxLength(100);
        b.Property(a => a.ResidenceRegionCode).HasMaxLength(12);
        b.Property(a => a.ExternalCauseCode).HasMaxLength(32);
        b.Property(a => a.PathologyCode).HasMaxLength(32);
        b.Property(a => a.Sex).HasConversion<string>().HasMaxLength(12);
        b.HasMany(a => a.Procedures).WithOne().HasForeignKey(p => p.AbstractId);
        b.HasIndex(a => new { a.InstitutionCode, a.DischargeDate });
        b.HasIndex(a => new { a.InstitutionCode, a.MedicalRecordNo, a.AdmissionCount }).IsUnique();
        b.HasIndex(a => a.DischargeDate);
        b.HasIndex(a => a.PatientId);
    }
}

internal sealed class DischargeProcedureConfiguration : IEntityTypeConfiguration<DischargeProcedure>
{
    public void Configure(EntityTypeBuilder<DischargeProcedure> b)
    {
        b.HasKey(p => new { p.AbstractId, p.Sequence });
        b.Property(p => p.Code).HasMaxLength(32);
    }
}

internal sealed class AbstractQcFindingConfiguration : IEntityTypeConfiguration<AbstractQcFinding>
{
    public void Configure(EntityTypeBuilder<AbstractQcFinding> b)
    {
        b.HasKey(f => new { f.AbstractId, f.Sequence });
        b.Property(f => f.Rule).HasMaxLength(16);
        b.Property(f => f.Field).HasMaxLength(40);
        b.Property(f => f.Message).HasMaxLength(500);
        b.Property(f => f.MessageEn).HasMaxLength(500);
        b.HasOne<DischargeAbstract>().WithMany().HasForeignKey(f => f.AbstractId);
    }
}

internal sealed class DrgGroupingConfiguration : IEntityTypeConfiguration<DrgGrouping>
{
    public void Configure(EntityTypeBuilder<DrgGrouping> b)
    {
        b.HasKey(g => new { g.AbstractId, g.TableSet });
        b.Property(g => g.TableSet).HasMaxLength(64);
        b.Property(g => g.Mdc).HasMaxLength(8);
        b.Property(g => g.Adrg).HasMaxLength(8);
        b.Property(g => g.Drg).HasMaxLength(8);
        b.Property(g => g.Status).HasMaxLength(16);
        b.HasOne<DischargeAbstract>().WithMany().HasForeignKey(g => g.AbstractId);
        b.HasIndex(g => new { g.TableSet, g.Drg });
    }
}

internal sealed class AbstractUploadConfiguration : IEntityTypeConfiguration<AbstractUpload>
{
    public void Configure(EntityTypeBuilder<AbstractUpload> b)
    {
        b.HasKey(u => u.Id);
        b.Property(u => u.FileName).HasMaxLength(200);
        b.Property(u => u.InstitutionCode).HasMaxLength(32);
        b.Property(u => u.UploadedBy).HasMaxLength(64);
        b.Property(u => u.TableSet).HasMaxLength(64);
        b.HasIndex(u => u.UploadedAt);
    }
}

internal sealed class SettlementRunConfiguration : IEntityTypeConfiguration<SettlementRun>
{
    public void Configure(EntityTypeBuilder<SettlementRun> b)
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.Title).HasMaxLength(100);
        b.Property(r => r.Kind).HasMaxLength(16);
        b.Property(r => r.Method).HasMaxLength(8);
        b.Property(r => r.PolicyName).HasMaxLength(100);
        b.Property(r => r.PolicyVersion).HasMaxLength(32);
        b.Property(r => r.TableSet).HasMaxLength(64);
        b.Property(r => r.Fingerprint).HasMaxLength(64);
        b.Property(r => r.PolicyJson).HasMaxLength(100_000); // the policy file as run, with every hospital coefficient
        b.Property(r => r.CreatedBy).HasMaxLength(64);
        b.Property(r => r.AdvanceRunIds).HasMaxLength(1000);
        b.Property(r => r.Points).HasPrecision(20, 4);
        b.Property(r => r.PointValue).HasPrecision(18, 6); // 元 per point; the fen comes after multiplying
        b.HasIndex(r => r.CreatedAt);
        b.HasIndex(r => new { r.Kind, r.Method, r.PeriodFrom });
    }
}

internal sealed class SettlementHospitalLineConfiguration : IEntityTypeConfiguration<SettlementHospitalLine>
{
    public void Configure(EntityTypeBuilder<SettlementHospitalLine> b)
    {
        b.HasKey(l => new { l.RunId, l.InstitutionCode });
        b.Property(l => l.InstitutionCode).HasMaxLength(32);
        b.Property(l => l.Points).HasPrecision(20, 4);
        b.Property(l => l.PointValue).HasPrecision(18, 6);
        b.HasOne<SettlementRun>().WithMany().HasForeignKey(l => l.RunId);
    }
}

internal sealed class SettlementAdvanceLineConfiguration : IEntityTypeConfiguration<SettlementAdvanceLine>
{
    public void Configure(EntityTypeBuilder<SettlementAdvanceLine> b)
    {
        b.HasKey(l => new { l.RunId, l.InstitutionCode, l.Month });
        b.Property(l => l.InstitutionCode).HasMaxLength(32);
        b.Property(l => l.Month).HasMaxLength(7);
        b.Property(l => l.Points).HasPrecision(20, 4);
        b.Property(l => l.MonthPointValue).HasPrecision(18, 6);
        b.HasOne<SettlementRun>().WithMany().HasForeignKey(l => l.RunId);
    }
}

internal sealed class SettlementCaseLineConfiguration : IEntityTypeConfiguration<SettlementCaseLine>
{
    public void Configure(EntityTypeBuilder<SettlementCaseLine> b)
    {
        b.HasKey(l => new { l.RunId, l.AbstractId });
        b.Property(l => l.InstitutionCode).HasMaxLength(32);
        b.Property(l => l.Drg).HasMaxLength(8);
        b.Property(l => l.Rule).HasMaxLength(32);
        b.Property(l => l.Points).HasPrecision(20, 4);
        b.HasOne<SettlementRun>().WithMany().HasForeignKey(l => l.RunId);
        b.HasIndex(l => new { l.RunId, l.InstitutionCode });
    }
}

internal sealed class NetworkBudgetConfiguration : IEntityTypeConfiguration<NetworkBudget>
{
    public void Configure(EntityTypeBuilder<NetworkBudget> b)
    {
        b.HasKey(x => new { x.NetworkCode, x.Year });
        b.Property(x => x.NetworkCode).HasMaxLength(32);
        b.Property(x => x.SetBy).HasMaxLength(64);
    }
}

internal sealed class SpecialReviewRequestConfiguration : IEntityTypeConfiguration<SpecialReviewRequest>
{
    public void Configure(EntityTypeBuilder<SpecialReviewRequest> b)
    {
        b.HasKey(x => x.AbstractId);
        b.Property(x => x.AbstractId).ValueGeneratedNever();
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.RequestedBy).HasMaxLength(64);
        // No foreign key: an abstract sent again is replaced under the same number, and its request stays with it.
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasKey(e => e.Sequence);
        b.Property(e => e.Sequence).ValueGeneratedNever();
        b.Property(e => e.UserName).HasMaxLength(64);
        b.Property(e => e.Action).HasMaxLength(32);
        b.Property(e => e.EntityType).HasMaxLength(32);
        b.Property(e => e.EntityKey).HasMaxLength(64);
        b.Property(e => e.Reason).HasMaxLength(500);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.HasIndex(e => e.PatientId);
        b.HasIndex(e => e.UserName);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.Role).HasConversion<string>().HasMaxLength(32);
        b.Property(u => u.ScopeKind).HasConversion<string>().HasMaxLength(16);
        b.Property(u => u.ScopeCode).HasMaxLength(32);
        b.Property(u => u.DisplayName).HasMaxLength(64);
    }
}

internal sealed class AppSettingConfiguration : IEntityTypeConfiguration<AppSetting>
{
    public void Configure(EntityTypeBuilder<AppSetting> b)
    {
        b.HasKey(s => s.Key);
        b.Property(s => s.Key).HasMaxLength(64);
        b.Property(s => s.Value).HasMaxLength(2000);
    }
}
