using InnocentSpouse.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnocentSpouse.Data.Configurations;

/// <summary>Table shape for <see cref="SharedLink"/>.</summary>
public sealed class SharedLinkConfiguration : IEntityTypeConfiguration<SharedLink>
{
    public void Configure(EntityTypeBuilder<SharedLink> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("SharedLinks");
        builder.HasKey(l => l.Lookup);
        builder.Property(l => l.Lookup).HasMaxLength(64);
        builder.Property(l => l.SessionId).HasMaxLength(32).IsRequired();
        builder.Property(l => l.WrappedCode).HasMaxLength(200).IsRequired();
        builder.HasOne<SavedSession>().WithMany().HasForeignKey(l => l.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.SessionId);
    }
}

/// <summary>Table shape for <see cref="StartLink"/>.</summary>
public sealed class StartLinkConfiguration : IEntityTypeConfiguration<StartLink>
{
    public void Configure(EntityTypeBuilder<StartLink> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("StartLinks");
        builder.HasKey(l => l.Lookup);
        builder.Property(l => l.Lookup).HasMaxLength(64);
        builder.Property(l => l.Answers).HasMaxLength(4000).IsRequired();
        builder.HasIndex(l => l.ExpiresUtc);
    }
}
