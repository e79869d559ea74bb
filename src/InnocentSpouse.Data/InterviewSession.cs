using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Data;

/// <summary>A saved interview as the app uses it: its id, the answers and the user's display choices.</summary>
/// <param name="Id">The unguessable session id (kept in a cookie, never in a URL).</param>
/// <param name="Revision">The rules revision the answers were given under.</param>
/// <param name="Answers">Everything answered so far, on every branch.</param>
/// <param name="Discreet">True when the user asked for page titles that do not name the topic.</param>
/// <param name="Version">The concurrency version read from the store.</param>
public sealed record InterviewSession(string Id, string Revision, ScreeningAnswers Answers, bool Discreet, int Version);
