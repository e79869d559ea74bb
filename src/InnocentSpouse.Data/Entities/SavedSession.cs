namespace InnocentSpouse.Data.Entities;

/// <summary>
/// One interview's saved state, shaped for storage. It holds answers (the payload), never results:
/// outcomes and deadlines are recomputed from the answers, so a rules fix reaches saved sessions.
/// </summary>
public sealed class SavedSession
{
    /// <summary>The session id: 128 random bits, URL-safe base64 (22 characters).</summary>
    public string Id { get; set; } = "";

    /// <summary>
    /// A value derived from the resume code (<see cref="SessionCrypto.Lookup"/>) to find the row. It is not the
    /// code and does not give the key.
    /// </summary>
    public string ResumeLookup { get; set; } = "";

    /// <summary>The rules revision the answers were given under, e.g. "Pub. 971 (Rev. Dec. 2021)".</summary>
    public string FlowchartRevision { get; set; } = "";

    /// <summary>When the session was created (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>When an answer was last saved (UTC).</summary>
    public DateTime UpdatedUtc { get; set; }

    /// <summary>When the session may be deleted for inactivity (UTC).</summary>
    public DateTime ExpiresUtc { get; set; }

    /// <summary>Incremented on every save; the optimistic concurrency token.</summary>
    public int Version { get; set; }

    /// <summary>The answers, serialized (see <see cref="SessionPayload"/>) and encrypted with the key derived from the resume code (<see cref="SessionCrypto"/>).</summary>
    public string Payload { get; set; } = "";
}
