using InnocentSpouse.Data.Entities;
using InnocentSpouse.Domain.Interview;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Data;

/// <summary>A share link as listed for its owner.</summary>
/// <param name="Number">The link's number in the owner's list.</param>
/// <param name="CreatedUtc">When it was made.</param>
/// <param name="ExpiresUtc">When it stops working.</param>
/// <param name="RevokedUtc">When it was revoked, if it was.</param>
public sealed record ShareLinkInfo(int Number, DateTime CreatedUtc, DateTime ExpiresUtc, DateTime? RevokedUtc);

/// <summary>
/// Read-only share links and pre-filled start links. A link's token is its only secret: it is in the URL
/// the person sends, and the database stores only a value derived from it (and, for a share link, the
/// resume code encrypted under a key derived from it).
/// </summary>
public sealed class LinkStore(InterviewDbContext db, TimeProvider clock, IOptions<SessionOptions> options)
{
    /// <summary>Makes a read-only link to the session <paramref name="code"/> opens; returns its token.</summary>
    public async Task<string?> ShareAsync(ResumeCode code, CancellationToken cancellationToken = default)
    {
        var lookup = SessionCrypto.Lookup(code);
        var sessionId = await db.Sessions.Where(s => s.ResumeLookup == lookup).Select(s => s.Id).SingleOrDefaultAsync(cancellationToken);
        if (sessionId is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var number = 1 + await db.SharedLinks.CountAsync(l => l.SessionId == sessionId, cancellationToken);
        var token = SessionCrypto.NewLinkToken();
        db.SharedLinks.Add(new SharedLink
        {
            Lookup = SessionCrypto.LinkLookup(token),
            SessionId = sessionId,
            WrappedCode = SessionCrypto.WrapCode(token, code),
            CreatedUtc = now,
            ExpiresUtc = now.AddDays(options.Value.ShareLinkDays),
            Number = number,
        });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The session's share links, newest first.</summary>
    public async Task<IReadOnlyList<ShareLinkInfo>> ListAsync(ResumeCode code, CancellationToken cancellationToken = default)
    {
        var lookup = SessionCrypto.Lookup(code);
        return await db.SharedLinks
            .Where(l => db.Sessions.Any(s => s.Id == l.SessionId && s.ResumeLookup == lookup))
            .OrderByDescending(l => l.Number)
            .Select(l => new ShareLinkInfo(l.Number, l.CreatedUtc, l.ExpiresUtc, l.RevokedUtc))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Revokes one of the session's links at once.</summary>
    public async Task RevokeAsync(ResumeCode code, int number, CancellationToken cancellationToken = default)
    {
        var lookup = SessionCrypto.Lookup(code);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.SharedLinks
            .Where(l => l.Number == number && l.RevokedUtc == null && db.Sessions.Any(s => s.Id == l.SessionId && s.ResumeLookup == lookup))
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.RevokedUtc, now), cancellationToken);
    }

    /// <summary>The resume code a share link opens, with the link's expiry; null when the link is unknown, expired or revoked.</summary>
    public async Task<(ResumeCode Code, DateTime ExpiresUtc)?> OpenShareAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!IsToken(token))
        {
            return null;
        }

        var lookup = SessionCrypto.LinkLookup(token!);
        var link = await db.SharedLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Lookup == lookup, cancellationToken);
        if (link is null || link.RevokedUtc is not null || link.ExpiresUtc <= clock.GetUtcNow().UtcDateTime)
        {
            return null;
        }

        return SessionCrypto.UnwrapCode(token!, link.WrappedCode) is { } code ? (code, link.ExpiresUtc) : null;
    }

    /// <summary>
    /// Why a share link does not open (<see cref="OpenShareAsync"/> gives null for all of these), or
    /// <see cref="ShareLinkState.Open"/>; a token of the wrong shape is <see cref="ShareLinkState.NotFound"/>. Reads only.
    /// </summary>
    public async Task<ShareLinkState> StateAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!IsToken(token))
        {
            return ShareLinkState.NotFound;
        }

        var lookup = SessionCrypto.LinkLookup(token!);
        var link = await db.SharedLinks.AsNoTracking()
            .Where(l => l.Lookup == lookup)
            .Select(l => new { l.ExpiresUtc, l.RevokedUtc })
            .SingleOrDefaultAsync(cancellationToken);
        return link is null ? ShareLinkState.NotFound
            : link.RevokedUtc is not null ? ShareLinkState.Revoked
            : link.ExpiresUtc <= clock.GetUtcNow().UtcDateTime ? ShareLinkState.Expired
            : ShareLinkState.Open;
    }

    /// <summary>Makes a pre-filled start link; returns its token.</summary>
    public async Task<string> CreateStartLinkAsync(ScreeningAnswers answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = SessionCrypto.NewLinkToken();
        db.StartLinks.Add(new StartLink
        {
            Lookup = SessionCrypto.LinkLookup(token),
            Answers = SessionPayload.Write(answers, discreet: false),
            CreatedUtc = now,
            ExpiresUtc = now.AddDays(options.Value.StartLinkDays),
        });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The answers a start link fills in; null when it is unknown or expired.</summary>
    public async Task<ScreeningAnswers?> OpenStartLinkAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!IsToken(token))
        {
            return null;
        }

        var lookup = SessionCrypto.LinkLookup(token!);
        var link = await db.StartLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Lookup == lookup, cancellationToken);
        return link is null || link.ExpiresUtc <= clock.GetUtcNow().UtcDateTime ? null : SessionPayload.Read(link.Answers).Answers;
    }

    /// <summary>Deletes expired links of both kinds; returns how many.</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.SharedLinks.Where(l => l.ExpiresUtc <= now).ExecuteDeleteAsync(cancellationToken)
            + await db.StartLinks.Where(l => l.ExpiresUtc <= now).ExecuteDeleteAsync(cancellationToken);
    }

    private static bool IsToken(string? token) =>
        token is { Length: 22 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
