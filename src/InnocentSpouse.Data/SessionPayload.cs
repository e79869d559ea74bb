using System.Globalization;
using System.Text.Json;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Data;

/// <summary>
/// The stored form of a session's answers: invariant strings keyed by question key, household facts and
/// per-year facts, plus the display choices. JSON with stable property names.
/// </summary>
public sealed record SessionPayload(
    Dictionary<string, string> Household,
    Dictionary<string, Dictionary<string, string>> Years,
    bool Discreet)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Serializes the answers and choices of <paramref name="session"/>.</summary>
    public static string Write(InterviewSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Write(session.Answers, session.Discreet);
    }

    /// <summary>Serializes answers (and the discreet-titles choice).</summary>
    public static string Write(ScreeningAnswers answers, bool discreet)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var payload = new SessionPayload(
            answers.Household.ToDictionary(StringComparer.Ordinal),
            answers.Years.ToDictionary(
                y => y.Key.ToString(CultureInfo.InvariantCulture),
                y => y.Value.ToDictionary(StringComparer.Ordinal)),
            discreet);
        return JsonSerializer.Serialize(payload, Json);
    }

    /// <summary>Reads a stored payload back into answers and choices.</summary>
    public static (ScreeningAnswers Answers, bool Discreet) Read(string json)
    {
        var payload = JsonSerializer.Deserialize<SessionPayload>(json, Json)
            ?? throw new InvalidOperationException("A stored session payload is empty.");
        var years = payload.Years.ToDictionary(
            y => int.Parse(y.Key, NumberStyles.None, CultureInfo.InvariantCulture),
            y => (IReadOnlyDictionary<string, string>)y.Value);
        return (ScreeningAnswers.From(payload.Household, years), payload.Discreet);
    }
}
