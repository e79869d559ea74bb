using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Web.Extensions;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Web.Clinic.Admin;

/// <summary>
/// Deletes closed cases whose clinic's retention period (<see cref="ClinicTenant.RetentionYears"/>) has passed since
/// they were closed, with their notes and conflict hashes, once at startup and then every <c>Clinic:PurgeInterval</c>
/// (1 hour by default), through <see cref="ClinicCases.PurgeExpiredAsync"/>, which writes one audit line per case.
/// Open cases are never purged. The delete is idempotent (a case already gone is skipped).
/// </summary>
public sealed class RetentionPurgeService(IServiceScopeFactory scopes, IOptions<RetentionPurgeOptions> options, ILogger<RetentionPurgeService> logger)
    : PeriodicPurgeService(scopes, options.Value.PurgeInterval, "closed cases past their clinic's retention", logger)
{
    /// <inheritdoc />
    protected override Task<int> PurgeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ClinicCases>().PurgeExpiredAsync(cancellationToken);
}
