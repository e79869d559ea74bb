namespace InnocentSpouse.Data;

/// <summary>How long saved sessions are kept (configuration section <c>Sessions</c>).</summary>
public sealed class SessionOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Sessions";

    /// <summary>Days without activity after which a session is deleted. Default 30.</summary>
    public int RetentionDays { get; set; } = 30;
}
