using InnocentSpouse.Data;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Web.Interview;

/// <summary>
/// What the interview pages share: finding the browser's session, starting one, saving an answer and
/// walking the flow. The clock is read once per request and passed into the Domain.
/// </summary>
public sealed class InterviewService(SessionStore store, TimeProvider clock)
{
    /// <summary>Today's date for evaluation (UTC).</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The browser's interview, or null when it has none (or it expired).</summary>
    public async Task<InterviewState?> LoadAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        var session = await store.FindAsync(InterviewCookie.Read(context), cancellationToken);
        return session is null ? null : State(session);
    }

    /// <summary>Returns the browser's interview, creating a new one (and its cookie) if it has none.</summary>
    public async Task<InterviewSession> StartAsync(HttpContext context, bool discreet, CancellationToken cancellationToken = default)
    {
        var existing = await store.FindAsync(InterviewCookie.Read(context), cancellationToken);
        var session = existing ?? await store.CreateAsync(cancellationToken);
        InterviewCookie.Write(context, session.Id);
        if (session.Discreet != discreet)
        {
            session = await store.UpdateAsync(session.Id, s => s with { Discreet = discreet }, cancellationToken) ?? session;
        }

        return session;
    }

    /// <summary>Sets the tax years, keeping the answers of years that stay.</summary>
    public Task<InterviewSession?> SetYearsAsync(string sessionId, IReadOnlyCollection<int> years, CancellationToken cancellationToken = default) =>
        store.UpdateAsync(sessionId, s =>
        {
            var answers = s.Answers;
            foreach (var old in answers.TaxYears.Where(y => !years.Contains(y)).ToList())
            {
                answers = ScreeningAnswers.From(answers.Household, answers.Years.Remove(old).ToDictionary(y => y.Key, y => (IReadOnlyDictionary<string, string>)y.Value));
            }

            foreach (var year in years)
            {
                answers = answers.WithTaxYear(year);
            }

            return s with { Answers = answers };
        }, cancellationToken);

    /// <summary>Saves one answer on top of whatever is saved now (another tab's answers are kept).</summary>
    public Task<InterviewSession?> SaveAnswerAsync(string sessionId, Question question, int? taxYear, string value, CancellationToken cancellationToken = default) =>
        store.UpdateAsync(sessionId, s => s with { Answers = s.Answers.With(question, value, taxYear) }, cancellationToken);

    /// <summary>The walked path of a session as of today.</summary>
    public InterviewState State(InterviewSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var today = Today;
        return new InterviewState(session, InterviewFlow.Walk(session.Answers, today), today);
    }
}
