using InnocentSpouse.Data;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Web.Clinic.Intake;

/// <summary>
/// Opens the answers a taxpayer agreed to give the clinic: from their read-only share link (the whole
/// <c>/shared/…</c> address, or its token) or their resume code, the same way the shared page and the resume page open
/// them (<see cref="LinkStore.OpenShareAsync"/>, <see cref="SessionStore.FindAsync"/>). It only reads: the taxpayer's
/// session, its links and its expiry stay as they are.
/// </summary>
public sealed class CaseImport(LinkStore links, SessionStore sessions)
{
    /// <summary>What was typed, read as a share link's token or a resume code.</summary>
    /// <param name="Token">The share link's token, when it is one.</param>
    /// <param name="Code">The resume code, when it is one.</param>
    public readonly record struct Source(string? Token, ResumeCode? Code);

    /// <summary>
    /// Reads what staff pasted: a share link (any address with <c>/shared/</c> followed by the token), the token alone
    /// (22 letters, digits, "-" or "_"), or a resume code as people type it. Null when it is none of these.
    /// </summary>
    public static Source? Parse(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length is 0 or > 500)
        {
            return null;
        }

        const string marker = "/shared/";
        var at = trimmed.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            var rest = trimmed[(at + marker.Length)..];
            var end = rest.IndexOfAny(['/', '?', '#']);
            var token = end < 0 ? rest : rest[..end];
            return IsToken(token) ? new Source(token, null) : null;
        }

        if (IsToken(trimmed))
        {
            return new Source(trimmed, null);
        }

        return ResumeCode.TryParse(trimmed, out var code) ? new Source(null, code) : null;
    }

    /// <summary>The taxpayer's answers, or why there are none.</summary>
    public async Task<(ScreeningAnswers? Answers, ImportProblem Problem)> OpenAsync(string? text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, ImportProblem.Missing);
        }

        if (Parse(text) is not { } source)
        {
            return (null, ImportProblem.WrongFormat);
        }

        if (source.Token is { } token)
        {
            if (await links.OpenShareAsync(token, cancellationToken) is not { } opened)
            {
                return (null, await links.StateAsync(token, cancellationToken) switch
                {
                    ShareLinkState.Expired => ImportProblem.LinkExpired,
                    ShareLinkState.Revoked => ImportProblem.LinkRevoked,
                    _ => ImportProblem.LinkNotFound,
                });
            }

            return await sessions.FindAsync(opened.Code, cancellationToken) is { } shared
                ? (shared.Answers, ImportProblem.None)
                : (null, ImportProblem.AnswersGone);
        }

        var code = source.Code!.Value;
        if (await sessions.FindAsync(code, cancellationToken) is { } session)
        {
            return (session.Answers, ImportProblem.None);
        }

        return (null, await sessions.HasExpiredAsync(code, cancellationToken) ? ImportProblem.CodeExpired : ImportProblem.CodeNotFound);
    }

    private static bool IsToken(string token) =>
        token.Length == 22 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
