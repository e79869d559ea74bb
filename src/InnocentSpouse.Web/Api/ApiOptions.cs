using System.ComponentModel.DataAnnotations;

namespace InnocentSpouse.Web.Api;

/// <summary>
/// The API's configurable limits (configuration section <c>Api</c>). Bound with validation and checked at start.
/// The array limits are fixed: <see cref="ApiLimits"/>.
/// </summary>
public sealed class ApiOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Api";

    /// <summary>The largest request body read, in bytes (<c>Api:MaxBodyBytes</c>); a larger one gets 413. Default 64 KB.</summary>
    [Range(1024, 10 * 1024 * 1024, ErrorMessage = "Api:MaxBodyBytes must be a whole number of bytes from 1024 to 10485760.")]
    public int MaxBodyBytes { get; set; } = 64 * 1024;
}
