namespace InnocentSpouse.Web.Time;

/// <summary>A clock that always shows one instant: the app's clock when <c>Testing:FixedUtcNow</c> is set (see <see cref="TestingClock"/>).</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
