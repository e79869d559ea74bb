using System.ComponentModel.DataAnnotations;

namespace InnocentSpouse.Web.Safety;

/// <summary>
/// Requests allowed per client address per minute (configuration section <c>RateLimits</c>). Bound with validation
/// and checked at start: a bad value stops the app with a message naming the key.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "RateLimits";

    /// <summary><c>RateLimits:PerMinute</c>: on <c>/resume</c>, share links and start links. Default 20.</summary>
    [Range(1, 1_000_000, ErrorMessage = "RateLimits:PerMinute must be a whole number from 1 to 1000000.")]
    public int PerMinute { get; set; } = 20;

    /// <summary><c>RateLimits:ApiPerMinute</c>: on every request under <c>/api/v1</c>. Default 60.</summary>
    [Range(1, 1_000_000, ErrorMessage = "RateLimits:ApiPerMinute must be a whole number from 1 to 1000000.")]
    public int ApiPerMinute { get; set; } = 60;

    /// <summary>
    /// <c>RateLimits:SignInPerMinute</c>: form posts to the clinic workspace's sign-in, code, recovery-code and
    /// invitation pages. Default 10.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "RateLimits:SignInPerMinute must be a whole number from 1 to 1000000.")]
    public int SignInPerMinute { get; set; } = 10;
}
