using InnocentSpouse.Data;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Web.Sessions;

/// <summary>
/// Deletes saved sessions whose retention period has passed, and expired share and start links, (<c>Sessions:RetentionDays</c>, 30 by default),
/// once at startup and then every <c>Sessions:PurgeInterval</c> (1 hour by default). Expired sessions are
/// already unreadable; this removes their rows. Every instance may run it: the delete is idempotent.
/// </summary>
public sealed class SessionPurgeService(IServiceScopeFactory scopes, IOptions<InnocentSpouse.Data.SessionOptions> options, ILogger<SessionPurgeService> logger) : BackgroundService
{
    /// <summary>Deletes expired sessions and links now; returns how many rows.</summary>
    public async Task<int> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SessionStore>().PurgeExpiredAsync(cancellationToken)
            + await scope.ServiceProvider.GetRequiredService<LinkStore>().PurgeExpiredAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PurgeInterval;
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                var deleted = await PurgeOnceAsync(stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Deleted {Count} expired sessions", deleted);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed purge is retried at the next tick; the app keeps serving.
                logger.LogWarning("Session purge failed: {ExceptionType}", e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
