using InnocentSpouse.Data.Clinic;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Web.Clinic.Admin;

/// <summary>
/// Deletes closed cases whose clinic's retention period (<see cref="ClinicTenant.RetentionYears"/>) has passed since
/// they were closed, with their notes and conflict hashes, once at startup and then every <c>Clinic:PurgeInterval</c>
/// (1 hour by default), through <see cref="ClinicCases.PurgeExpiredAsync"/>, which writes one audit line per case.
/// Open cases are never purged. Every instance may run it: the delete is idempotent (a case already gone is
/// skipped). The pattern of the session purge (<see cref="Sessions.SessionPurgeService"/>).
/// </summary>
public sealed class RetentionPurgeService(IServiceScopeFactory scopes, IOptions<RetentionPurgeOptions> options, ILogger<RetentionPurgeService> logger) : BackgroundService
{
    /// <summary>Purges now; returns how many cases.</summary>
    public async Task<int> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClinicCases>().PurgeExpiredAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval);
        do
        {
            try
            {
                var purged = await PurgeOnceAsync(stoppingToken);
                if (purged > 0)
                {
                    logger.LogInformation("Purged {Count} closed cases past their clinic's retention", purged);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed purge is retried at the next tick; the app keeps serving.
                logger.LogWarning("Case retention purge failed: {ExceptionType}", e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
