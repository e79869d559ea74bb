using InnocentSpouse.Data.Clinic;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnocentSpouse.Data.Configurations;

/// <summary>Table shape for <see cref="ClinicTenant"/>.</summary>
public sealed class ClinicTenantConfiguration : IEntityTypeConfiguration<ClinicTenant>
{
    public void Configure(EntityTypeBuilder<ClinicTenant> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Clinics");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(32);
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.Property(c => c.WrappedDataKey).IsRequired();
    }
}

/// <summary>Staff accounts: Identity's user table plus the clinic.</summary>
public sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(u => u.ClinicId).HasMaxLength(32).IsRequired();
        builder.Property(u => u.DisplayName).HasMaxLength(100).IsRequired();
        builder.HasIndex(u => u.ClinicId);
        builder.HasOne<ClinicTenant>().WithMany().HasForeignKey(u => u.ClinicId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Table shape for <see cref="StaffInvitation"/>.</summary>
public sealed class StaffInvitationConfiguration : IEntityTypeConfiguration<StaffInvitation>
{
    public void Configure(EntityTypeBuilder<StaffInvitation> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("StaffInvitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(32);
        builder.Property(i => i.ClinicId).HasMaxLength(32).IsRequired();
        builder.Property(i => i.TokenHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.Property(i => i.Email).HasMaxLength(256).IsRequired();
        builder.Property(i => i.Role).HasMaxLength(32).IsRequired();
        builder.HasOne<ClinicTenant>().WithMany().HasForeignKey(i => i.ClinicId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Table shape for <see cref="ClinicCase"/>.</summary>
public sealed class ClinicCaseConfiguration : IEntityTypeConfiguration<ClinicCase>
{
    public void Configure(EntityTypeBuilder<ClinicCase> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("ClinicCases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(32);
        builder.Property(c => c.ClinicId).HasMaxLength(32).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.AssignedUserId).HasMaxLength(450);
        builder.Property(c => c.RulesRevision).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.SealedSummary).IsRequired();
        builder.Property(c => c.SealedDetail).IsRequired();
        builder.HasIndex(c => new { c.ClinicId, c.Status });
        builder.HasIndex(c => c.ClosedUtc);
        builder.HasOne<ClinicTenant>().WithMany().HasForeignKey(c => c.ClinicId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Table shape for <see cref="CaseNote"/>.</summary>
public sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("CaseNotes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasMaxLength(32);
        builder.Property(n => n.ClinicId).HasMaxLength(32).IsRequired();
        builder.Property(n => n.CaseId).HasMaxLength(32).IsRequired();
        builder.Property(n => n.AuthorUserId).HasMaxLength(450).IsRequired();
        builder.Property(n => n.SealedText).IsRequired();
        builder.HasIndex(n => new { n.CaseId, n.CreatedUtc });
        builder.HasOne<ClinicCase>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Table shape for <see cref="ConflictHash"/>.</summary>
public sealed class ConflictHashConfiguration : IEntityTypeConfiguration<ConflictHash>
{
    public void Configure(EntityTypeBuilder<ConflictHash> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("ConflictHashes");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.ClinicId).HasMaxLength(32).IsRequired();
        builder.Property(h => h.CaseId).HasMaxLength(32).IsRequired();
        builder.Property(h => h.Party).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Hash).HasMaxLength(64).IsRequired();
        builder.HasIndex(h => new { h.ClinicId, h.Hash });
        builder.HasOne<ClinicCase>().WithMany().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Table shape for <see cref="AuditEntry"/>; the migration adds triggers that refuse updates and deletes.</summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("AuditLog");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ClinicId).HasMaxLength(32).IsRequired();
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.Action).HasMaxLength(64).IsRequired();
        builder.Property(a => a.CaseId).HasMaxLength(32);
        builder.Property(a => a.Detail).HasMaxLength(200);
        builder.HasIndex(a => new { a.ClinicId, a.AtUtc });
    }
}
