using InnocentSpouse.Data;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Web.Sessions;
using InnocentSpouse.Web.Time;

namespace InnocentSpouse.Web.Interview;

/// <summary>The outcome of saving one answer.</summary>
/// <param name="Session">The session as saved (or as found, on a conflict); null when it no longer exists.</param>
/// <param name="Conflict">True when another tab changed this same answer since the page was shown: nothing was saved.</param>
public sealed record SaveResult(InterviewSession? Session, bool Conflict);

/// <summary>
/// What the interview pages share: finding the browser's session, starting or resuming one, saving an
/// answer, deleting, and walking the flow. Today's date is read once per request (from <see cref="AppToday"/>,
/// U.S. Eastern) and passed into the Domain.
/// </summary>
public sealed class InterviewService(SessionStore store, InterviewCookie cookie, AppToday today)
{
    /// <summary>Today's date for evaluation: the app's one "today" (<see cref="AppToday"/>, U.S. Eastern).</summary>
    public DateOnly Today => today.Date;

    /// <summary>The browser's interview, or null when it has none (or it expired or was deleted).</summary>
    public async Task<InterviewState?> LoadAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        if (cookie.Read(context) is not { } code)
        {
            return null;
        }

        var session = await store.FindAsync(code, cancellationToken);
        return session is null ? null : State(session, code);
    }

    /// <summary>
    /// The browser's interview when it is finished (for the results and the views of its report); otherwise null, with
    /// where to go instead: the start page when there is no interview, or the next question.
    /// </summary>
    public async Task<(InterviewState? Finished, string Redirect)> LoadFinishedAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        var state = await LoadAsync(context, cancellationToken);
        return state is null ? (null, "/interview")
            : state.Flow.IsComplete ? (state, "")
            : (null, state.Flow.CurrentUrl);
    }

    /// <summary>Returns the browser's interview, creating a new one (and its code and cookie) if it has none.</summary>
    public async Task<InterviewState> StartAsync(HttpContext context, bool discreet, ScreeningAnswers? prefilled = null, CancellationToken cancellationToken = default)
    {
        var existing = prefilled is null ? await LoadAsync(context, cancellationToken) : null;
        if (existing is not null)
        {
            var session = existing.Session.Discreet == discreet
                ? existing.Session
                : await store.UpdateAsync(existing.Code, s => s with { Discreet = discreet }, existing.Session, cancellationToken) ?? existing.Session;
            return State(session, existing.Code);
        }

        var (created, code) = await store.CreateAsync(prefilled, discreet, cancellationToken);
        cookie.Write(context, code);
        return State(created, code);
    }

    /// <summary>Opens the interview a code belongs to in this browser; null when the code opens nothing.</summary>
    public async Task<InterviewState?> ResumeAsync(HttpContext context, ResumeCode code, CancellationToken cancellationToken = default)
    {
        var session = await store.FindAsync(code, cancellationToken);
        if (session is null)
        {
            return null;
        }

        cookie.Write(context, code);
        return State(session, code);
    }

    /// <summary>Deletes the browser's interview now and forgets it in this browser.</summary>
    public async Task DeleteAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        if (cookie.Read(context) is { } code)
        {
            await store.DeleteAsync(code, cancellationToken);
        }

        InterviewCookie.Clear(context);
    }

    /// <summary>Sets the tax years, keeping the answers of years that stay.</summary>
    public Task<InterviewSession?> SetYearsAsync(InterviewState state, IReadOnlyCollection<int> years, CancellationToken cancellationToken = default) =>
        store.UpdateAsync(state.Code, s =>
        {
            var kept = s.Answers.Years.Where(y => years.Contains(y.Key)).ToDictionary(y => y.Key, y => (IReadOnlyDictionary<string, string>)y.Value);
            var answers = ScreeningAnswers.From(s.Answers.Household, kept);
            foreach (var year in years)
            {
                answers = answers.WithTaxYear(year);
            }

            return s with { Answers = answers };
        }, state.Session, cancellationToken);

    /// <summary>
    /// Saves one answer on top of whatever is saved now, so another tab's other answers are kept. If another
    /// tab changed this same answer since the page was shown (<paramref name="shownValue"/>), nothing is
    /// saved and the caller tells the person.
    /// </summary>
    /// <param name="state">The interview as this request loaded it (its session is tried first; see <see cref="SessionStore.UpdateAsync"/>).</param>
    /// <param name="question">The question answered.</param>
    /// <param name="taxYear">Its tax year, for a per-year question.</param>
    /// <param name="value">The answer, invariant.</param>
    /// <param name="shownValue">The answer the page showed, to notice another tab's change.</param>
    /// <param name="candidate">The loaded answers with this answer set (<c>state.Session.Answers.With(…)</c>): saved as this very
    /// instance when nothing changed in between, so the caller can reuse what it computed from it.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<SaveResult> SaveAnswerAsync(InterviewState state, Question question, int? taxYear, string value, string? shownValue, ScreeningAnswers? candidate = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var conflict = false;
        var saved = await store.UpdateAsync(state.Code, s =>
        {
            conflict = false;
            var current = s.Answers.Get(question, taxYear ?? 0);
            if ((current ?? "") != (shownValue ?? "") && current != value)
            {
                conflict = true;
                return null;
            }

            return s with { Answers = candidate is not null && ReferenceEquals(s, state.Session) ? candidate : s.Answers.With(question, value, taxYear) };
        }, state.Session, cancellationToken);
        return new SaveResult(saved, conflict);
    }

    /// <summary>A session as of today; its path is walked when first asked for (<see cref="InterviewState.Flow"/>).</summary>
    public InterviewState State(InterviewSession session, ResumeCode code)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new InterviewState(session, code, Today);
    }
}
