using System.Globalization;

namespace InnocentSpouse.Web.Time;

/// <summary>
/// The test hook <c>Testing:FixedUtcNow</c>: browser and scale-out tests start the app as separate processes and
/// must pin its clock, so that results computed from fixed answer tables (tests/Shared/Truths.cs) do not change
/// with the real date. It is honored only in the <c>Testing</c> environment; set anywhere else, the app refuses
/// to start. When it is honored, the startup log says so as a warning. docs/security.md, "Test hooks".
/// </summary>
public static class TestingClock
{
    /// <summary>The configuration key (environment variable <c>Testing__FixedUtcNow</c>).</summary>
    public const string Key = "Testing:FixedUtcNow";

    /// <summary>The only environment in which <see cref="Key"/> is honored.</summary>
    public const string Environment = "Testing";

    /// <summary>
    /// Reads and checks <see cref="Key"/>: null when it is not set; the instant when it is set, well formed, and the
    /// environment is <see cref="Environment"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">It is set outside the Testing environment, or is not an instant with an offset.</exception>
    public static DateTimeOffset? From(IConfiguration configuration, string environmentName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!string.Equals(environmentName, Environment, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"{Key} is set, but the environment is '{environmentName}'. This test hook fixes the app's clock and works only " +
                $"when ASPNETCORE_ENVIRONMENT is '{Environment}'. Remove it.");
        }

        // An explicit offset ('Z' or ±hh:mm) is required: a time without one would depend on the machine's zone.
        string[] formats = ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"];
        return DateTimeOffset.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant.ToUniversalTime()
            : throw new InvalidOperationException(
                $"{Key} is '{value}'. Write an instant with its offset, e.g. '2026-06-15T12:00:00Z'.");
    }

    /// <summary>
    /// Registers a clock fixed at <see cref="Key"/> when it is set (see <see cref="From"/>); the data layer's
    /// <c>TryAddSingleton(TimeProvider.System)</c> then leaves it in place. Returns the instant, for the startup log.
    /// </summary>
    public static DateTimeOffset? AddTestingClock(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var fixedAt = From(builder.Configuration, builder.Environment.EnvironmentName);
        if (fixedAt is { } now)
        {
            builder.Services.AddSingleton<TimeProvider>(new FixedClock(now));
        }

        return fixedAt;
    }
}
