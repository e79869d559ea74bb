using System.Globalization;
using InnocentSpouse.Domain.Deadlines;

namespace InnocentSpouse.Domain.Tests.Deadlines;

public class RollForwardTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("business day stays", "2026-05-27", "2026-05-27", 0)]
    [InlineData("Saturday to Monday", "2026-05-30", "2026-06-01", 2)]
    [InlineData("Sunday to Monday", "2026-05-31", "2026-06-01", 1)]
    [InlineData("Sunday then Washington's Birthday (Guralnik)", "2015-02-15", "2015-02-17", 2)]
    [InlineData("Saturday, Sunday then MLK Day", "2026-01-17", "2026-01-20", 3)]
    [InlineData("Observed Independence Day Friday 2026 over the weekend", "2026-07-03", "2026-07-06", 3)]
    [InlineData("Christmas substitute Friday 2027 over the weekend", "2027-12-24", "2027-12-27", 3)]
    [InlineData("Dec 31 2027 New Year's substitute over the weekend", "2027-12-31", "2028-01-03", 3)]
    [InlineData("Sunday 2027-07-04 then the observed Monday", "2027-07-04", "2027-07-06", 2)]
    [InlineData("Emancipation Day Friday 2016 to the April 18 filing day", "2016-04-15", "2016-04-18", 3)]
    [InlineData("Saturday Inauguration Day 2029 rolls like any Saturday", "2029-01-20", "2029-01-22", 2)]
    [InlineData("Thanksgiving 2022 to Friday (Sall)", "2022-11-24", "2022-11-25", 1)]
    [InlineData("Sunday before the 2013 Inauguration/MLK Monday", "2013-01-20", "2013-01-22", 2)]
    public void RollForward_Chains_ReachTheNextBusinessDay(string name, string start, string final, int steps)
    {
        var result = DcHolidayCalendar.Default.RollForward(D(start));

        Assert.True(D(final) == result.Final, name);
        Assert.Equal(steps, result.Steps.Length);
        Assert.Equal(steps > 0, result.Moved);
    }

    [Fact]
    public void RollForward_SundayThenHoliday_GivesEachStepWithItsReason()
    {
        var result = DcHolidayCalendar.Default.RollForward(D("2027-07-04"));

        Assert.Collection(result.Steps,
            s =>
            {
                Assert.Equal(D("2027-07-04"), s.From);
                Assert.Contains("Sunday 2027-07-04 is a Sunday", s.Reason, StringComparison.Ordinal);
            },
            s =>
            {
                Assert.Equal(D("2027-07-05"), s.From);
                Assert.Equal(D("2027-07-06"), s.To);
                Assert.Contains("Monday 2027-07-05 is the observed Independence Day", s.Reason, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void BusinessDaysBefore_FiveBeforeTuesdayAfterMemorialDay_SkipsTheHolidayAndWeekend()
    {
        // Tue 2026-05-26 → Mon 25 is Memorial Day; back over the weekend: Fri 22, Thu 21, Wed 20, Tue 19, Mon 18.
        Assert.Equal(D("2026-05-18"), DcHolidayCalendar.Default.BusinessDaysBefore(D("2026-05-26"), 5));
    }

    [Fact]
    public void OnOrBeforeBusinessDay_SundayAfterFridayHoliday_GoesBackToThursday()
    {
        // Fri 2026-07-03 is the observed Independence Day.
        Assert.Equal(D("2026-07-02"), DcHolidayCalendar.Default.OnOrBeforeBusinessDay(D("2026-07-05")));
    }
}
