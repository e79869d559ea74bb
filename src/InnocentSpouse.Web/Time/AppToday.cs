using NodaTime;

namespace InnocentSpouse.Web.Time;

/// <summary>
/// The app's one "today": the calendar date in U.S. Eastern time (America/New_York), taken from the registered
/// <see cref="TimeProvider"/>. Every page and endpoint that needs an as-of date for a legal rule (the interview,
/// results, check-answers, shared summaries, the screening API's default, the deadline and letter pages, start
/// links) asks this service, so they all agree on the day. Eastern, because the Tax Court's electronic filing
/// (DAWSON) closes at 11:59 p.m. Eastern time on the last day (Tax Court Rule 22(d); docs/deadlines.md), wherever
/// the person lives: until then it is still "today" for a deadline.
/// </summary>
/// <remarks>
/// Instants (session and link expiry, created and saved times) stay UTC <see cref="DateTime"/> values compared
/// with <see cref="TimeProvider.GetUtcNow"/>; only the calendar day used for legal dates comes from here.
/// The zone rules are NodaTime's embedded TZDB (<see cref="ZoneSource"/>), not the operating system's: the same
/// answer on Linux, Windows and a container without tzdata, and never a silent fall back to UTC.
/// </remarks>
public sealed class AppToday(TimeProvider clock)
{
    /// <summary>The zone the app's calendar day is taken in.</summary>
    public const string ZoneId = "America/New_York";

    private static readonly DateTimeZone _eastern = DateTimeZoneProviders.Tzdb[ZoneId];

    /// <summary>Where the zone rules come from, for the startup log, e.g. "America/New_York (TZDB 2025b)".</summary>
    public static string ZoneSource => $"{ZoneId} (TZDB {DateTimeZoneProviders.Tzdb.VersionId})";

    /// <summary>Today's date in U.S. Eastern time.</summary>
    public DateOnly Date => DateOf(clock.GetUtcNow());

    /// <summary>The U.S. Eastern calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) =>
        Instant.FromDateTimeOffset(instant).InZone(_eastern).Date.ToDateOnly();

    /// <summary>The U.S. Eastern calendar date of a stored UTC timestamp (a <see cref="DateTimeKind.Utc"/> or unspecified-kind UTC value).</summary>
    public static DateOnly DateOf(DateTime utc) =>
        DateOf(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
