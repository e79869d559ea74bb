using InnocentSpouse.Domain.Deadlines;

namespace InnocentSpouse.Domain.Tests.Deadlines;

public class SupportedDatesTests
{
    [Theory]
    [InlineData("First day", "1990-01-01", true)]
    [InlineData("Day before", "1989-12-31", false)]
    [InlineData("Last day", "2089-12-31", true)]
    [InlineData("Too late for a ten-year deadline inside the calendar", "2090-01-01", false)]
    public void Contains_FirstYearToElevenYearsBeforeTheCalendarEnds(string name, string date, bool expected)
    {
        Assert.True(name.Length > 0);
        Assert.Equal(expected, SupportedDates.Contains(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void DeadlineEvent_DateOutsideTheRange_IsRefusedWithTheSameLimits()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new DeadlineEvent(DeadlineEventType.FinalDetermination, new DateOnly(2090, 1, 1)));

        Assert.Contains($"between {SupportedDates.FirstYear} and {SupportedDates.LastYear}", e.Message, StringComparison.Ordinal);
    }
}
