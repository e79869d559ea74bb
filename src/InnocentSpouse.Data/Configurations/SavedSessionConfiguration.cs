using InnocentSpouse.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InnocentSpouse.Data.Configurations;

/// <summary>Table shape for <see cref="SavedSession"/>.</summary>
public sealed class SavedSessionConfiguration : IEntityTypeConfiguration<SavedSession>
{
    public void Configure(EntityTypeBuilder<SavedSession> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(32);
        builder.Property(s => s.FlowchartRevision).HasMaxLength(100).IsRequired();
        builder.Property(s => s.Payload).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.ResumeLookup).HasMaxLength(64).IsRequired();
        builder.HasIndex(s => s.ResumeLookup).IsUnique();
        builder.HasIndex(s => s.ExpiresUtc);
    }
}
