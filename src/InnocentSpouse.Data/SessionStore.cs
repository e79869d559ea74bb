using System.Buffers.Text;
using System.Security.Cryptography;
using InnocentSpouse.Data.Entities;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Interview;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Data;

/// <summary>
/// Saves and loads interviews, encrypted with a key derived from each session's resume code. Every change
/// is committed before it returns, so an answer that got a success response survives a reload, a second
/// tab or a server restart. Without the code, a row is unreadable, even to this class.
/// </summary>
public sealed class SessionStore(InterviewDbContext db, TimeProvider clock, IOptions<SessionOptions> options)
{
    private const int MaxAttempts = 5;

    /// <summary>Creates a session (optionally with answers already given) and returns it with its new code.</summary>
    public async Task<(InterviewSession Session, ResumeCode Code)> CreateAsync(
        ScreeningAnswers? answers = null, bool discreet = false, CancellationToken cancellationToken = default)
    {
        var code = ResumeCode.Generate();
        var session = new InterviewSession(NewId(), FlowchartCatalog.Pub971Dec2021.Revision, answers ?? ScreeningAnswers.Empty, discreet, Version: 1);
        var (payload, now, expires) = Seal(code, session);
        db.Sessions.Add(new SavedSession
        {
            Id = session.Id,
            ResumeLookup = SessionCrypto.Lookup(code),
            FlowchartRevision = session.Revision,
            CreatedUtc = now,
            UpdatedUtc = now,
            ExpiresUtc = expires,
            Version = session.Version,
            Payload = payload,
        });
        await db.SaveChangesAsync(cancellationToken);
        return (session, code);
    }

    /// <summary>The session this code opens, or null (no such session, expired, deleted, or not readable).</summary>
    public async Task<InterviewSession?> FindAsync(ResumeCode code, CancellationToken cancellationToken = default)
    {
        var row = await FindRowAsync(code, tracking: false, cancellationToken);
        return row is null ? null : ToSession(code, row);
    }

    /// <summary>
    /// True when this code opened a session whose retention period has passed and that is not purged yet
    /// (<see cref="FindAsync"/> gives null for it, as for an unknown code). Reads only.
    /// </summary>
    public async Task<bool> HasExpiredAsync(ResumeCode code, CancellationToken cancellationToken = default)
    {
        if (code.Value is null)
        {
            return false;
        }

        var lookup = SessionCrypto.Lookup(code);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Sessions.AsNoTracking().AnyAsync(s => s.ResumeLookup == lookup && s.ExpiresUtc <= now, cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the latest saved state and commits it. If another request
    /// saved in between (a second tab), the change is re-applied to that newer state, so neither is lost.
    /// A change that returns null saves nothing.
    /// </summary>
    /// <param name="code">The session's resume code.</param>
    /// <param name="change">The change, applied to a saved state; null means "save nothing".</param>
    /// <param name="known">
    /// The session as this request already loaded it, if it did. The change is then tried on it first, with
    /// one conditional UPDATE that succeeds only while that version is still the saved one; if another
    /// request saved in between, the usual reload-and-reapply loop runs. This saves a read per answer.
    /// </param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The saved (or unchanged) session, or null when the session no longer exists.</returns>
    public async Task<InterviewSession?> UpdateAsync(
        ResumeCode code, Func<InterviewSession, InterviewSession?> change, InterviewSession? known = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (known is not null && code.Value is not null)
        {
            if (change(known) is not { } first)
            {
                return known;
            }

            var saved = await TryUpdateVersionAsync(code, known, first, cancellationToken);
            if (saved is not null)
            {
                return saved;
            }
        }

        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var row = await FindRowAsync(code, tracking: true, cancellationToken);
            var current = row is null ? null : ToSession(code, row);
            if (row is null || current is null)
            {
                return null;
            }

            if (change(current) is not { } changed)
            {
                return current;
            }

            changed = changed with { Version = row.Version + 1 };
            (row.Payload, row.UpdatedUtc, row.ExpiresUtc) = Seal(code, changed);
            row.Version = changed.Version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return changed;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // Another request saved first: reload and apply this change on top of it.
            }
        }
    }

    /// <summary>
    /// Saves <paramref name="changed"/> with one UPDATE that matches only the row of <paramref name="known"/>,
    /// at its version, unexpired and opened by this code. Returns null when no row matched (another request
    /// saved first, or the session expired or was deleted): the caller then reloads.
    /// </summary>
    private async Task<InterviewSession?> TryUpdateVersionAsync(ResumeCode code, InterviewSession known, InterviewSession changed, CancellationToken cancellationToken)
    {
        var lookup = SessionCrypto.Lookup(code);
        var next = changed with { Version = known.Version + 1 };
        var (payload, now, expires) = Seal(code, next);
        // Plain SQL, valid on both providers: EF cannot compile ExecuteUpdate, and the LINQ form costs more
        // CPU than the statement itself (docs/performance.md). The names are the model's (see SavedSessionConfiguration);
        // SessionStoreTests.Update_* cover it.
        var updated = await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE "Sessions" SET "Payload" = {payload}, "Version" = {next.Version}, "UpdatedUtc" = {now}, "ExpiresUtc" = {expires}
            WHERE "Id" = {known.Id} AND "ResumeLookup" = {lookup} AND "Version" = {known.Version} AND "ExpiresUtc" > {now}
            """,
            cancellationToken);
        return updated == 1 ? next : null;
    }

    /// <summary>Deletes the session this code opens, at once. Deleting one that does not exist is not an error.</summary>
    public Task DeleteAsync(ResumeCode code, CancellationToken cancellationToken = default)
    {
        var lookup = SessionCrypto.Lookup(code);
        return db.Sessions.Where(s => s.ResumeLookup == lookup).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Deletes every session whose retention period has passed; returns how many.</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Sessions.Where(s => s.ExpiresUtc <= now).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<SavedSession?> FindRowAsync(ResumeCode code, bool tracking, CancellationToken cancellationToken)
    {
        if (code.Value is null)
        {
            return null;
        }

        var lookup = SessionCrypto.Lookup(code);
        var row = (tracking, db) switch
        {
            (false, SqliteInterviewDbContext sqlite) => await SessionQueries<SqliteInterviewDbContext>.Find(sqlite, lookup, cancellationToken),
            (false, PostgresInterviewDbContext postgres) => await SessionQueries<PostgresInterviewDbContext>.Find(postgres, lookup, cancellationToken),
            (false, _) => await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.ResumeLookup == lookup, cancellationToken),
            (true, _) => await db.Sessions.SingleOrDefaultAsync(s => s.ResumeLookup == lookup, cancellationToken),
        };
        return row is null || row.ExpiresUtc <= clock.GetUtcNow().UtcDateTime ? null : row;
    }

    /// <summary>What every save writes: the encrypted payload, the time of the save and the new expiry.</summary>
    private (string Payload, DateTime Now, DateTime Expires) Seal(ResumeCode code, InterviewSession session)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return (SessionCrypto.Encrypt(code, session.Id, SessionPayload.Write(session)), now, now.AddDays(options.Value.RetentionDays));
    }

    private static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    private static InterviewSession? ToSession(ResumeCode code, SavedSession row)
    {
        if (SessionCrypto.Decrypt(code, row.Id, row.Payload) is not { } json)
        {
            return null;
        }

        var (answers, discreet) = SessionPayload.Read(json);
        return new InterviewSession(row.Id, row.FlowchartRevision, answers, discreet, row.Version);
    }
}
