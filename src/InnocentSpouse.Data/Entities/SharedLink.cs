namespace InnocentSpouse.Data.Entities;

/// <summary>
/// A read-only link to one session's summary. The link's secret token is not stored: <see cref="Lookup"/>
/// is derived from it, and <see cref="WrappedCode"/> is the session's resume code encrypted under a key
/// derived from it, so only the holder of the link can open the answers.
/// </summary>
public sealed class SharedLink
{
    /// <summary>A value derived from the token, to find the row.</summary>
    public string Lookup { get; set; } = "";

    /// <summary>The session shared; deleting the session deletes its links.</summary>
    public string SessionId { get; set; } = "";

    /// <summary>The session's resume code, encrypted with the link's key.</summary>
    public string WrappedCode { get; set; } = "";

    /// <summary>When the link was made (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>When it stops working (UTC).</summary>
    public DateTime ExpiresUtc { get; set; }

    /// <summary>When the person revoked it (UTC), if they did.</summary>
    public DateTime? RevokedUtc { get; set; }

    /// <summary>A short, non-secret label for the person's list of links ("Link 2").</summary>
    public int Number { get; set; }
}
