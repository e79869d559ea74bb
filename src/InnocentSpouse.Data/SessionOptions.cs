namespace InnocentSpouse.Data;

/// <summary>How long saved sessions are kept (configuration section <c>Sessions</c>).</summary>
public sealed class SessionOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Sessions";

    /// <summary>Days without activity after which a session is deleted. Default 30.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>Days a read-only share link works. Default 7.</summary>
    public int ShareLinkDays { get; set; } = 7;

    /// <summary>Days a pre-filled start link works. Default 30.</summary>
    public int StartLinkDays { get; set; } = 30;
}
