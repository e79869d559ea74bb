using System.Globalization;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Time;

namespace InnocentSpouse.Web.Tests.Time;

/// <summary>The app's one "today" is the calendar date in U.S. Eastern time (Tax Court e-filing closes at 11:59 p.m. Eastern).</summary>
public sealed class AppTodayTests
{
    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [Fact]
    public void Today_At0300UtcOnNewYearsDay_IsStillDecember31InNewYork()
    {
        var today = new AppToday(new ManualClock(Utc("2027-01-01T03:00:00Z")));

        Assert.Equal(new DateOnly(2026, 12, 31), today.Date);
    }

    [Theory]
    // Winter (EST, UTC-5): the day changes at 05:00 UTC.
    [InlineData("2027-01-01T04:59:59Z", "2026-12-31")]
    [InlineData("2027-01-01T05:00:00Z", "2027-01-01")]
    // Spring forward, Sunday 2027-03-14 at 2:00 a.m. EST: that day starts at 05:00 UTC (EST) and ends at 04:00 UTC (EDT).
    [InlineData("2027-03-14T04:59:59Z", "2027-03-13")]
    [InlineData("2027-03-14T05:00:00Z", "2027-03-14")]
    [InlineData("2027-03-14T07:30:00Z", "2027-03-14")]
    [InlineData("2027-03-15T03:59:59Z", "2027-03-14")]
    [InlineData("2027-03-15T04:00:00Z", "2027-03-15")]
    // Summer (EDT, UTC-4): the day changes at 04:00 UTC.
    [InlineData("2026-07-04T03:59:59Z", "2026-07-03")]
    [InlineData("2026-07-04T04:00:00Z", "2026-07-04")]
    // Fall back, Sunday 2026-11-01 at 2:00 a.m. EDT: that day starts at 04:00 UTC (EDT) and ends at 05:00 UTC (EST).
    [InlineData("2026-11-01T03:59:59Z", "2026-10-31")]
    [InlineData("2026-11-01T04:00:00Z", "2026-11-01")]
    [InlineData("2026-11-01T06:30:00Z", "2026-11-01")]
    [InlineData("2026-11-02T04:59:59Z", "2026-11-01")]
    [InlineData("2026-11-02T05:00:00Z", "2026-11-02")]
    public void Today_AroundMidnightAndDaylightSavingSwitches_IsTheNewYorkCalendarDate(string instant, string expected)
    {
        var today = new AppToday(new ManualClock(Utc(instant)));

        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), today.Date);
    }

    [Fact]
    public void DateOf_StoredUtcTimestamp_IsItsNewYorkDate()
    {
        Assert.Equal(new DateOnly(2026, 6, 21), AppToday.DateOf(new DateTime(2026, 6, 22, 3, 30, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 6, 21), AppToday.DateOf(new DateTime(2026, 6, 22, 3, 30, 0, DateTimeKind.Unspecified)));
    }

    [Fact]
    public void DateOf_EveryHourFrom2020To2035_AgreesWithTheOperatingSystemsNewYorkZone()
    {
        // The app uses NodaTime's embedded TZDB so that it does not depend on the machine; where the machine has the
        // zone too, both must give the same day.
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(AppToday.ZoneId, out var system)
            && !TimeZoneInfo.TryFindSystemTimeZoneById("Eastern Standard Time", out system))
        {
            return;
        }

        var disagreements = new List<string>();
        for (var instant = Utc("2020-01-01T00:00:00Z"); instant < Utc("2036-01-01T00:00:00Z"); instant = instant.AddHours(1))
        {
            var expected = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, system).DateTime);
            if (AppToday.DateOf(instant) != expected)
            {
                disagreements.Add($"{instant:O}: {AppToday.DateOf(instant)} vs {expected}");
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public void DefaultTestClock_IsTheDocumentedDayInNewYork()
    {
        Assert.Equal(ManualClock.DefaultToday, new AppToday(new ManualClock()).Date);
        Assert.Equal(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero), ManualClock.DefaultNow);
    }
}
