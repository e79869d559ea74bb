using InnocentSpouse.Data;

namespace InnocentSpouse.Web.Interview;

/// <summary>
/// The current request's interview: the saved session, its code, and its walked path as of today. The path is walked
/// on first use, at most once per state, so a question POST that walks its new answers (<see cref="QuestionPage"/>)
/// does not also walk the answers from before.
/// </summary>
/// <param name="session">The saved session.</param>
/// <param name="code">The resume code that opens (and decrypts) it.</param>
/// <param name="asOf">The evaluation date used (today in U.S. Eastern time, from <see cref="Time.AppToday"/>).</param>
/// <param name="walked">The session's path when the caller has already walked it; otherwise walked on first use.</param>
public sealed class InterviewState(InterviewSession session, ResumeCode code, DateOnly asOf, InterviewFlow? walked = null)
{
    private InterviewFlow? _flow = walked;

    /// <summary>The saved session.</summary>
    public InterviewSession Session { get; } = session;

    /// <summary>The resume code that opens (and decrypts) it.</summary>
    public ResumeCode Code { get; } = code;

    /// <summary>The evaluation date used (today in U.S. Eastern time).</summary>
    public DateOnly AsOf { get; } = asOf;

    /// <summary>The walked path and where the interview stands (one engine walk, on first use).</summary>
    public InterviewFlow Flow => _flow ??= InterviewFlow.Walk(Session.Answers, AsOf);

    /// <summary>The same interview after <paramref name="saved"/> was saved, as of the same day.</summary>
    /// <param name="saved">The session as saved.</param>
    /// <param name="walkedSaved">Its path, when the caller walked exactly these answers already.</param>
    public InterviewState With(InterviewSession saved, InterviewFlow? walkedSaved = null) => new(saved, Code, AsOf, walkedSaved);
}
