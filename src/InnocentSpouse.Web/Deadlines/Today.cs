namespace InnocentSpouse.Web.Deadlines;

/// <summary>Turns the clock into a calendar date once per request, at the web edge (style.md rule 3).</summary>
public static class Today
{
    private static readonly TimeZoneInfo _eastern = FindEastern();

    /// <summary>Today's date in U.S. Eastern time, the time zone the Tax Court's deadlines close in.</summary>
    public static DateOnly Eastern(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), _eastern).DateTime);
    }

    private static TimeZoneInfo FindEastern()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
