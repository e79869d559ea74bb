using InnocentSpouse.Data.Clinic;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InnocentSpouse.Data;

/// <summary>
/// The one database model. Each provider has a thin subclass with its own migrations
/// (<see cref="SqliteInterviewDbContext"/>, <see cref="PostgresInterviewDbContext"/>), because EF migrations
/// are provider-specific. The app and pages depend on this abstract type only. It also holds the clinic
/// workspace (issue 14): Identity's tables for staff accounts, and the clinics' cases, which pages reach only
/// through the tenant-scoped <see cref="ClinicCases"/>.
/// </summary>
public abstract class InterviewDbContext(DbContextOptions options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    /// <summary>Saved interviews: answers only, never results.</summary>
    public DbSet<Entities.SavedSession> Sessions => Set<Entities.SavedSession>();

    /// <summary>Read-only links to a session's summary.</summary>
    public DbSet<Entities.SharedLink> SharedLinks => Set<Entities.SharedLink>();

    /// <summary>Pre-filled start links made by staff.</summary>
    public DbSet<Entities.StartLink> StartLinks => Set<Entities.StartLink>();

    /// <summary>ASP.NET Core Data Protection keys, shared by every app instance that uses this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The clinics (tenants) of the workspace.</summary>
    public DbSet<ClinicTenant> Clinics => Set<ClinicTenant>();

    /// <summary>Pending and used staff invitations.</summary>
    public DbSet<StaffInvitation> StaffInvitations => Set<StaffInvitation>();

    /// <summary>Cases. Query them only through <see cref="ClinicCases"/> (an architecture test enforces it).</summary>
    internal DbSet<ClinicCase> ClinicCases => Set<ClinicCase>();

    /// <summary>Case notes (through <see cref="ClinicCases"/> only).</summary>
    internal DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    /// <summary>Conflict-check hashes (through <see cref="ClinicCases"/> only).</summary>
    internal DbSet<ConflictHash> ConflictHashes => Set<ConflictHash>();

    /// <summary>The append-only audit log (<see cref="AuditLog"/>).</summary>
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(InterviewDbContext).Assembly);
    }
}
