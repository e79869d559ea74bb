using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InnocentSpouse.Data;

/// <summary>
/// The one database model. Each provider has a thin subclass with its own migrations
/// (<see cref="SqliteInterviewDbContext"/>, <see cref="PostgresInterviewDbContext"/>), because EF migrations
/// are provider-specific. The app and pages depend on this abstract type only.
/// </summary>
public abstract class InterviewDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>Saved interviews: answers only, never results.</summary>
    public DbSet<Entities.SavedSession> Sessions => Set<Entities.SavedSession>();

    /// <summary>Read-only links to a session's summary.</summary>
    public DbSet<Entities.SharedLink> SharedLinks => Set<Entities.SharedLink>();

    /// <summary>Pre-filled start links made by staff.</summary>
    public DbSet<Entities.StartLink> StartLinks => Set<Entities.StartLink>();

    /// <summary>ASP.NET Core Data Protection keys, shared by every app instance that uses this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InterviewDbContext).Assembly);
    }
}
