namespace InnocentSpouse.Web.Extensions;

/// <summary>
/// A background purge: runs once at startup and then every <paramref name="interval"/>, each time in its own DI scope.
/// A failed run is logged (the exception's type only: no value) and retried at the next tick, so the app keeps
/// serving. Every instance may run it, so each purge must be idempotent. Subclasses: the session and link purge
/// (<see cref="Sessions.SessionPurgeService"/>) and the clinic retention purge (<see cref="Clinic.Admin.RetentionPurgeService"/>).
/// </summary>
/// <param name="scopes">Makes the scope of each run.</param>
/// <param name="interval">The time between runs (a validated option).</param>
/// <param name="what">What is deleted, for the log ("expired sessions and links"): never a value.</param>
/// <param name="logger">The subclass's logger.</param>
public abstract class PeriodicPurgeService(IServiceScopeFactory scopes, TimeSpan interval, string what, ILogger logger) : BackgroundService
{
    /// <summary>Purges now; returns how many rows or cases.</summary>
    public async Task<int> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await PurgeAsync(scope.ServiceProvider, cancellationToken);
    }

    /// <summary>One purge, with the run's scoped services.</summary>
    protected abstract Task<int> PurgeAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                var deleted = await PurgeOnceAsync(stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Purged {Count} {What}", deleted, what);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Purge of {What} failed: {ExceptionType}", what, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
