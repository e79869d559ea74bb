using System.Text.Json;

namespace InnocentSpouse.Data.Clinic;

/// <summary>The stored JSON of a <see cref="CaseDetail"/>: the answers in the saved-session form (<see cref="SessionPayload"/>).</summary>
internal sealed record CaseDetailPayload(
    string ClientName,
    int? ClientBirthYear,
    string OtherSpouseName,
    int? OtherSpouseBirthYear,
    SafeContact Contact,
    string Answers,
    IReadOnlyList<CaseLetter> Letters)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(CaseDetail detail) => JsonSerializer.Serialize(
        new CaseDetailPayload(detail.ClientName, detail.ClientBirthYear, detail.OtherSpouseName, detail.OtherSpouseBirthYear, detail.Contact,
            SessionPayload.Write(detail.Answers, discreet: false), detail.Letters),
        Json);

    public static CaseDetail Read(string json)
    {
        var payload = JsonSerializer.Deserialize<CaseDetailPayload>(json, Json) ?? throw new InvalidOperationException("An empty case detail.");
        return new CaseDetail(payload.ClientName, payload.ClientBirthYear, payload.OtherSpouseName, payload.OtherSpouseBirthYear, payload.Contact,
            SessionPayload.Read(payload.Answers).Answers, payload.Letters);
    }
}
