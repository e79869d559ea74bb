using System.Buffers.Text;
using System.Security.Cryptography;
using InnocentSpouse.Data.Entities;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Interview;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Data;

/// <summary>
/// Saves and loads interviews. Every change is committed before it returns, so an answer that got a
/// success response survives a reload, a second tab or a server restart. With SQLite, writes go through
/// the <see cref="SqliteWriteGate"/> (one at a time); without a gate (PostgreSQL) they run directly.
/// </summary>
public sealed class SessionStore(InterviewDbContext db, TimeProvider clock, IOptions<SessionOptions> options, SqliteWriteGate? writeGate = null)
{
    private const int MaxAttempts = 5;

    /// <summary>Creates an empty session (no tax years yet) and saves it.</summary>
    public async Task<InterviewSession> CreateAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new InterviewSession(NewId(), FlowchartCatalog.Pub971Dec2021.Revision, ScreeningAnswers.Empty, Discreet: false, Version: 1);
        db.Sessions.Add(new SavedSession
        {
            Id = session.Id,
            FlowchartRevision = session.Revision,
            CreatedUtc = now,
            UpdatedUtc = now,
            ExpiresUtc = now.AddDays(options.Value.RetentionDays),
            Version = session.Version,
            Payload = SessionPayload.Write(session),
        });
        await SaveAsync(cancellationToken);
        return session;
    }

    /// <summary>The session with this id, or null when there is none (never created, deleted or expired).</summary>
    public async Task<InterviewSession?> FindAsync(string? id, CancellationToken cancellationToken = default)
    {
        if (!IsWellFormed(id))
        {
            return null;
        }

        var row = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return row is null || row.ExpiresUtc <= clock.GetUtcNow().UtcDateTime ? null : ToSession(row);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the latest saved state and commits it. If another request
    /// saved in between (a second tab), the change is re-applied to that newer state, so neither is lost.
    /// </summary>
    /// <returns>The saved session, or null when the session no longer exists.</returns>
    public async Task<InterviewSession?> UpdateAsync(string id, Func<InterviewSession, InterviewSession> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var row = await db.Sessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            if (row is null || row.ExpiresUtc <= now)
            {
                return null;
            }

            var changed = change(ToSession(row)) with { Version = row.Version + 1 };
            row.Payload = SessionPayload.Write(changed);
            row.Version = changed.Version;
            row.UpdatedUtc = now;
            row.ExpiresUtc = now.AddDays(options.Value.RetentionDays);
            try
            {
                await SaveAsync(cancellationToken);
                return changed;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // Another request saved first: reload and apply this change on top of it.
            }
        }
    }

    /// <summary>Deletes the session now. Deleting one that does not exist is not an error.</summary>
    public Task DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        writeGate is null
            ? db.Sessions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken)
            : writeGate.RunAsync(() => db.Sessions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken), cancellationToken);

    private Task<int> SaveAsync(CancellationToken cancellationToken) =>
        writeGate is null
            ? db.SaveChangesAsync(cancellationToken)
            : writeGate.RunAsync(() => db.SaveChangesAsync(cancellationToken), cancellationToken);

    /// <summary>True for a string shaped like a session id (22 URL-safe base64 characters).</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: 22 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    private static InterviewSession ToSession(SavedSession row)
    {
        var (answers, discreet) = SessionPayload.Read(row.Payload);
        return new InterviewSession(row.Id, row.FlowchartRevision, answers, discreet, row.Version);
    }
}
