using System.ComponentModel.DataAnnotations;

namespace InnocentSpouse.Data;

/// <summary>
/// How long saved sessions and links are kept (configuration section <c>Sessions</c>). Bound with validation
/// and checked at start: a bad value stops the app with a message naming the key.
/// </summary>
public sealed class SessionOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Sessions";

    /// <summary>Days without activity after which a session is deleted. Default 30.</summary>
    [Range(1, 3650, ErrorMessage = "Sessions:RetentionDays must be a whole number of days from 1 to 3650.")]
    public int RetentionDays { get; set; } = 30;

    /// <summary>Days a read-only share link works. Default 7.</summary>
    [Range(1, 365, ErrorMessage = "Sessions:ShareLinkDays must be a whole number of days from 1 to 365.")]
    public int ShareLinkDays { get; set; } = 7;

    /// <summary>Days a pre-filled start link works. Default 30.</summary>
    [Range(1, 365, ErrorMessage = "Sessions:StartLinkDays must be a whole number of days from 1 to 365.")]
    public int StartLinkDays { get; set; } = 30;

    /// <summary>How often expired sessions and links are deleted. Default 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "7.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Sessions:PurgeInterval must be a time span from 00:00:00.100 to 7.00:00:00 (days.hh:mm:ss).")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
