namespace InnocentSpouse.Tests.Shared;

/// <summary>A clock the test moves by hand (retention, expiry).</summary>
public sealed class ManualClock : TimeProvider
{
    /// <summary>Starts at now, or at <paramref name="start"/>.</summary>
    public ManualClock(DateTimeOffset? start = null) => Now = start ?? DateTimeOffset.UtcNow;

    /// <summary>The time the clock shows.</summary>
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}
