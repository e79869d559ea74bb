using Microsoft.EntityFrameworkCore;

namespace InnocentSpouse.Data.Clinic;

/// <summary>
/// The append-only audit log: every view, change, export, sign-in, conflict check, denial and purge. Lines hold
/// ids and action names, never a personal value. Nothing here updates or deletes, and the database refuses both.
/// </summary>
public sealed class AuditLog(InterviewDbContext db, TimeProvider clock)
{
    /// <summary>Appends one line and saves it at once (an audit line is never held back by a failed change).</summary>
    public async Task AppendAsync(string clinicId, string? userId, string action, string? caseId = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        Stage(clinicId, userId, action, caseId, detail);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Adds one line to the change the caller is about to save, in the same transaction: a batch of changes and its
    /// lines are kept together or not at all (<see cref="ClinicCases.RefreshSummariesAsync"/>).
    /// </summary>
    internal void Stage(string clinicId, string? userId, string action, string? caseId = null, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(clinicId);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        db.AuditLog.Add(new AuditEntry
        {
            ClinicId = clinicId,
            UserId = userId,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Action = action,
            CaseId = caseId,
            Detail = detail is { Length: > 200 } ? detail[..200] : detail,
        });
    }

    /// <summary>The clinic's log, newest first, one page at a time.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string clinicId, int skip, int take, CancellationToken cancellationToken = default) =>
        await db.AuditLog.AsNoTracking()
            .Where(a => a.ClinicId == clinicId)
            .OrderByDescending(a => a.Id)
            .Skip(Math.Max(0, skip))
            .Take(Math.Clamp(take, 1, 500))
            .ToListAsync(cancellationToken);

    /// <summary>How many lines the clinic's log has.</summary>
    public Task<int> CountAsync(string clinicId, CancellationToken cancellationToken = default) =>
        db.AuditLog.CountAsync(a => a.ClinicId == clinicId, cancellationToken);
}
