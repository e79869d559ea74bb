namespace InnocentSpouse.Data.Entities;

/// <summary>
/// A pre-filled start link made by clinic or Taxpayer Advocate staff: a few non-personal answers (tax
/// years, the first collection letter and its date) that a new interview starts with. The URL carries only
/// a random token; the answers stay here until the link expires.
/// </summary>
public sealed class StartLink
{
    /// <summary>A value derived from the token, to find the row.</summary>
    public string Lookup { get; set; } = "";

    /// <summary>The answers to start with (same JSON shape as a session payload; no personal data).</summary>
    public string Answers { get; set; } = "";

    /// <summary>When it was made (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>When it stops working (UTC).</summary>
    public DateTime ExpiresUtc { get; set; }
}
