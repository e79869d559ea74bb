using InnocentSpouse.Data;

namespace InnocentSpouse.Web.Interview;

/// <summary>The current request's interview: the saved session, its code, and its walked path as of today.</summary>
/// <param name="Session">The saved session.</param>
/// <param name="Code">The resume code that opens (and decrypts) it.</param>
/// <param name="Flow">The walked path and where the interview stands.</param>
/// <param name="AsOf">The evaluation date used (today in U.S. Eastern time, from <see cref="Time.AppToday"/>).</param>
public sealed record InterviewState(InterviewSession Session, ResumeCode Code, InterviewFlow Flow, DateOnly AsOf)
{
    /// <summary>The same interview after <paramref name="saved"/> was saved, walked as of the same day.</summary>
    public InterviewState With(InterviewSession saved) => new(saved, Code, InterviewFlow.Walk(saved.Answers, AsOf), AsOf);
}
