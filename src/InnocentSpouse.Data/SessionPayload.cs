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
        var payload = new SessionPayload(
            session.Answers.Household.ToDictionary(StringComparer.Ordinal),
            session.Answers.Years.ToDictionary(
                y => y.Key.ToString(CultureInfo.InvariantCulture),
                y => y.Value.ToDictionary(StringComparer.Ordinal)),
            session.Discreet);
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
