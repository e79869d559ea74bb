namespace InnocentSpouse.Tests.Shared;

/// <summary>
/// A clock the test sets and moves by hand (retention, expiry, the day a deadline is counted from). It never reads
/// the real clock: without a start it shows <see cref="DefaultNow"/>.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    /// <summary>
    /// The instant every test host runs at unless a test sets another: 2026-06-15 12:00 UTC (8:00 a.m. Eastern, the
    /// same calendar day in New York). Truths.FigureA's first collection action (2025-09-15) is then 9 months old, so its
    /// 2-year window is open; docs/architecture.md, "Time".
    /// </summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The app's "today" at <see cref="DefaultNow"/> (U.S. Eastern).</summary>
    public static readonly DateOnly DefaultToday = new(2026, 6, 15);

    /// <summary>Starts at <paramref name="start"/>, or at <see cref="DefaultNow"/>.</summary>
    public ManualClock(DateTimeOffset? start = null) => Now = start ?? DefaultNow;

    /// <summary>The time the clock shows.</summary>
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}
