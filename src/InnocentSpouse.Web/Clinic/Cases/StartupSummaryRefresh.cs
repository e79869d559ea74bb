using InnocentSpouse.Data.Clinic;

namespace InnocentSpouse.Web.Clinic.Cases;

/// <summary>
/// Once, when the app starts: rewrites the case summaries that were computed under older rules, clinic by clinic
/// (after a deployment that changed <see cref="CaseScreening.RulesRevision"/>), so that a volunteer's first list does
/// not wait for it. The audit lines name no user (the app did it). A list that comes first waits for the clinic being
/// rewritten (<see cref="SummaryRefreshGate"/>) and finds its cases done; every list still rewrites whatever it finds
/// stale (<see cref="CaseWorkspace.ListAsync"/>), so this is a head start, not the only way. A failure is logged (the
/// exception's type only) and leaves the work to the lists.
/// </summary>
public sealed class StartupSummaryRefresh(IServiceScopeFactory scopes, ILogger<StartupSummaryRefresh> logger) : BackgroundService
{
    /// <summary>Rewrites every clinic's stale summaries now; returns how many were saved.</summary>
    public async Task<int> RefreshAllAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> clinics;
        await using (var scope = scopes.CreateAsyncScope())
        {
            clinics = await scope.ServiceProvider.GetRequiredService<ClinicCases>().ClinicsWithStaleSummariesAsync(CaseScreening.RulesRevision, cancellationToken);
        }

        var saved = 0;
        foreach (var clinicId in clinics)
        {
            await using var scope = scopes.CreateAsyncScope();
            saved += await scope.ServiceProvider.GetRequiredService<CaseWorkspace>().RefreshStaleAsync(clinicId, userId: null, cancellationToken);
        }

        return saved;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var saved = await RefreshAllAsync(stoppingToken);
            if (saved > 0)
            {
                logger.LogInformation("Rewrote {Count} case summaries under rules {Revision}", saved, CaseScreening.RulesRevision);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Start-up rewrite of case summaries failed: {ExceptionType}", e.GetType().Name);
        }
    }
}
