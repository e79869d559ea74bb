namespace InnocentSpouse.Data;

/// <summary>Whether a share link opens, and if not, why (for a message that says what to do).</summary>
public enum ShareLinkState
{
    /// <summary>The link works.</summary>
    Open,

    /// <summary>No link has this token (or it was purged after it expired).</summary>
    NotFound,

    /// <summary>The link's days are over.</summary>
    Expired,

    /// <summary>The person stopped the link.</summary>
    Revoked,
}
