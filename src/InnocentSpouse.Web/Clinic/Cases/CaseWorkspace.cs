using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Web.Time;

namespace InnocentSpouse.Web.Clinic.Cases;

/// <summary>
/// The case pages' one way to the store (<see cref="ClinicCases"/>): it reads cases for the signed-in member and keeps
/// every stored summary true to today's rules. A summary computed under another <see cref="CaseScreening.RulesRevision"/>
/// is recomputed (with <see cref="CaseScreening"/>, the one place deadlines are computed) and saved when read: the
/// first list after a rules change rewrites all of the clinic's stale summaries in batches, one request at a time
/// (<see cref="SummaryRefreshGate"/>).
/// </summary>
public sealed class CaseWorkspace(ClinicCases cases, AppToday today, SummaryRefreshGate refreshGate)
{
    /// <summary>The audit detail of a save that only recomputed the summary.</summary>
    public const string RecomputedDetail = "summary recomputed under new rules";

    /// <summary>The store, for calls that need nothing more (notes, conflict check, staff).</summary>
    public ClinicCases Store => cases;

    /// <summary>The app's "today" (U.S. Eastern): days left are counted from it.</summary>
    public DateOnly Today => today.Date;

    /// <summary>The clinic's cases; stale summaries are recomputed and saved first.</summary>
    public async Task<IReadOnlyList<CaseRow>> ListAsync(StaffMember member, CancellationToken cancellationToken = default)
    {
        var rows = await cases.ListAsync(member, cancellationToken);
        if (rows.All(r => IsCurrent(r.RulesRevision)))
        {
            return rows;
        }

        // After a deployment that changed the rules: the stale summaries are rewritten in batches and the list is read
        // again. A case someone saved meanwhile is recomputed on its own below.
        await RefreshStaleAsync(member.ClinicId, member.UserId, cancellationToken);
        rows = await cases.ListAgainAsync(member, cancellationToken);
        if (rows.All(r => IsCurrent(r.RulesRevision)))
        {
            return rows;
        }

        var result = new List<CaseRow>(rows.Count);
        foreach (var row in rows)
        {
            if (IsCurrent(row.RulesRevision))
            {
                result.Add(row);
                continue;
            }

            var opened = await cases.OpenAsync(member, row.Id, auditAction: null, cancellationToken);
            var fresh = opened is null ? null : await RefreshAsync(member, opened, cancellationToken);
            result.Add(fresh is null ? row : row with { RulesRevision = fresh.RulesRevision, Summary = fresh.Summary });
        }

        return result;
    }

    /// <summary>
    /// Rewrites the clinic's summaries left under older rules, in batches (<see cref="ClinicCases.RefreshSummariesAsync"/>),
    /// once no other refresh of the clinic runs in this process (<see cref="SummaryRefreshGate"/>); returns how many were
    /// saved. The audit lines name <paramref name="userId"/>, or no one when the app does it at start-up
    /// (<see cref="StartupSummaryRefresh"/>).
    /// </summary>
    public async Task<int> RefreshStaleAsync(string clinicId, string? userId, CancellationToken cancellationToken = default)
    {
        var saved = 0;
        await refreshGate.RunAsync(clinicId, async () =>
            saved = await cases.RefreshSummariesAsync(clinicId, userId, CaseScreening.RulesRevision, Recompute, RecomputedDetail, cancellationToken),
            cancellationToken);
        return saved;
    }

    /// <summary>Opens a case of the member's clinic (audited as a view), recomputing a stale summary; null when not found.</summary>
    public async Task<OpenedCase?> OpenAsync(StaffMember member, string caseId, string? auditAction = AuditActions.CaseViewed, CancellationToken cancellationToken = default)
    {
        var opened = await cases.OpenAsync(member, caseId, auditAction, cancellationToken);
        return opened is null ? null : await RefreshAsync(member, opened, cancellationToken);
    }

    /// <summary>The case with its summary recomputed from its detail under today's rules (not saved).</summary>
    public OpenedCase Recompute(OpenedCase opened, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(opened);
        var summary = Recompute(opened.Detail, label is null ? opened.Summary : opened.Summary with { Label = label });
        return opened with { Summary = summary, RulesRevision = CaseScreening.RulesRevision };
    }

    /// <summary>A case's summary under today's rules, from its detail and its stored summary (whose label it keeps).</summary>
    public CaseSummary Recompute(CaseDetail detail, CaseSummary stored)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(stored);
        return CaseScreening.Of(detail, Today).Summary(stored.Label, detail);
    }

    /// <summary>Saves a change (summary recomputed), if nobody saved the case since it was read.</summary>
    public Task<SaveOutcome> SaveAsync(StaffMember member, OpenedCase changed, string what, CancellationToken cancellationToken = default) =>
        cases.SaveAsync(member, Recompute(changed), what, cancellationToken);

    /// <summary>Creates a case with its summary computed from its detail; returns its id.</summary>
    public Task<string> CreateAsync(StaffMember member, string label, CaseStatus status, string? assignedUserId, CaseDetail detail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var summary = CaseScreening.Of(detail, Today).Summary(label, detail);
        return cases.CreateAsync(member, status, assignedUserId, CaseScreening.RulesRevision, summary, detail, cancellationToken: cancellationToken);
    }

    private async Task<OpenedCase> RefreshAsync(StaffMember member, OpenedCase opened, CancellationToken cancellationToken)
    {
        if (IsCurrent(opened.RulesRevision))
        {
            return opened;
        }

        var fresh = Recompute(opened);
        var outcome = await cases.SaveAsync(member, fresh, RecomputedDetail, cancellationToken);
        return outcome == SaveOutcome.Saved ? fresh with { Version = fresh.Version + 1 } : fresh;
    }

    private static bool IsCurrent(string rulesRevision) => string.Equals(rulesRevision, CaseScreening.RulesRevision, StringComparison.Ordinal);
}
