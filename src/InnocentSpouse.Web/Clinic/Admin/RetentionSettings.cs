using System.ComponentModel.DataAnnotations;
using System.Globalization;
using InnocentSpouse.Data;
using InnocentSpouse.Data.Clinic;
using Microsoft.EntityFrameworkCore;

namespace InnocentSpouse.Web.Clinic.Admin;

/// <summary>How often the retention purge runs (section <c>Clinic</c>, key <c>PurgeInterval</c>; 1 hour by default).</summary>
public sealed class RetentionPurgeOptions
{
    /// <summary>The configuration section (the workspace's own).</summary>
    public const string Section = ClinicOptions.Section;

    /// <summary>How often closed cases past their clinic's retention are deleted. Default 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Clinic:PurgeInterval must be a time span from 00:00:00.100 to 1.00:00:00 (days.hh:mm:ss).")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// A clinic's retention setting (<see cref="ClinicTenant.RetentionYears"/>): read it, and set it with a line in the
/// audit log naming the old and the new figure. Only the member's own clinic is touched.
/// </summary>
public sealed class RetentionSettings(InterviewDbContext db, AuditLog audit)
{
    /// <summary>The fewest years an admin may set.</summary>
    public const int MinimumYears = 1;

    /// <summary>The most years an admin may set.</summary>
    public const int MaximumYears = 10;

    /// <summary>The clinic's retention in years.</summary>
    public async Task<int> YearsAsync(StaffMember member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        return await db.Clinics.AsNoTracking().Where(c => c.Id == member.ClinicId).Select(c => c.RetentionYears).SingleAsync(cancellationToken);
    }

    /// <summary>Sets the clinic's retention; returns the figure it replaced. Records the change, even to the same figure.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is not from <see cref="MinimumYears"/> to <see cref="MaximumYears"/>.</exception>
    public async Task<int> SetAsync(StaffMember member, int years, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentOutOfRangeException.ThrowIfLessThan(years, MinimumYears);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(years, MaximumYears);
        var clinic = await db.Clinics.SingleAsync(c => c.Id == member.ClinicId, cancellationToken);
        var old = clinic.RetentionYears;
        clinic.RetentionYears = years;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        await audit.AppendAsync(member.ClinicId, member.UserId, AuditActions.RetentionChanged,
            detail: string.Create(CultureInfo.InvariantCulture, $"from {old} to {years} years"), cancellationToken: cancellationToken);
        return old;
    }
}

/// <summary>Registers the admin pages' services and the retention purge.</summary>
public static class ClinicAdminRegistration
{
    /// <summary>Adds <see cref="RetentionSettings"/>, the purge's options (validated at start) and the purge service.</summary>
    public static IServiceCollection AddClinicAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionPurgeOptions>().Bind(configuration.GetSection(RetentionPurgeOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<RetentionSettings>();
        services.AddSingleton<RetentionPurgeService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionPurgeService>());
        return services;
    }
}
