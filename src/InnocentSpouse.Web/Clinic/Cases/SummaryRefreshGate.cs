using System.Collections.Concurrent;
using InnocentSpouse.Data.Clinic;

namespace InnocentSpouse.Web.Clinic.Cases;

/// <summary>
/// Lets one request per clinic at a time rewrite the summaries left under older rules (<see cref="CaseWorkspace.RefreshStaleAsync"/>).
/// After a deployment that changed the rules, every volunteer's first list would otherwise recompute all of the
/// clinic's cases at once, each request the same work (20 staff and 2,000 cases: 16 s per page; docs/performance.md,
/// "After a rules change"). The others wait for the one, then find nothing left to do. Between server instances the
/// cases' versions keep two refreshes from both saving a case (<see cref="ClinicCases.RefreshSummariesAsync"/>).
/// </summary>
public sealed class SummaryRefreshGate
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _clinics = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="refresh"/> once no other refresh of the same clinic runs in this process.</summary>
    /// <param name="clinicId">The clinic.</param>
    /// <param name="refresh">The refresh.</param>
    /// <param name="cancellationToken">Stops the wait (the request ended).</param>
    public async Task RunAsync(string clinicId, Func<Task> refresh, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clinicId);
        ArgumentNullException.ThrowIfNull(refresh);
        var gate = _clinics.GetOrAdd(clinicId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await refresh();
        }
        finally
        {
            gate.Release();
        }
    }
}
