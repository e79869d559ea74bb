using System.Globalization;
using InnocentSpouse.Domain.Deadlines;

namespace InnocentSpouse.Domain.Tests.Deadlines;

public class DcHolidayCalendarTests
{
    private static readonly DcHolidayCalendar Calendar = DcHolidayCalendar.Default;

    /// <summary>
    /// Observed D.C. legal holidays per year. 2025–2035 match the table in letters-deadlines.md §4.2; 2013–2024
    /// were derived from the same rules by a separate ordinal-arithmetic script and the special days hand-checked
    /// (2013 inauguration Sunday → Mon Jan 21 with MLK; Emancipation Day Apr 15/17 in 2016, 2017, 2022, 2023;
    /// Juneteenth first observed Fri 2021-06-18; New Year's Day 2022 observed Fri 2021-12-31).
    /// </summary>
    public static TheoryData<int, string> ObservedHolidaysByYear => new()
    {
        { 2013, "01-01; 01-21; 01-21; 02-18; 04-16; 05-27; 07-04; 09-02; 10-14; 11-11; 11-28; 12-25" },
        { 2014, "01-01; 01-20; 02-17; 04-16; 05-26; 07-04; 09-01; 10-13; 11-11; 11-27; 12-25" },
        { 2015, "01-01; 01-19; 02-16; 04-16; 05-25; 07-03; 09-07; 10-12; 11-11; 11-26; 12-25" },
        { 2016, "01-01; 01-18; 02-15; 04-15; 05-30; 07-04; 09-05; 10-10; 11-11; 11-24; 12-26" },
        { 2017, "01-02; 01-16; 01-20; 02-20; 04-17; 05-29; 07-04; 09-04; 10-09; 11-10; 11-23; 12-25" },
        { 2018, "01-01; 01-15; 02-19; 04-16; 05-28; 07-04; 09-03; 10-08; 11-12; 11-22; 12-25" },
        { 2019, "01-01; 01-21; 02-18; 04-16; 05-27; 07-04; 09-02; 10-14; 11-11; 11-28; 12-25" },
        { 2020, "01-01; 01-20; 02-17; 04-16; 05-25; 07-03; 09-07; 10-12; 11-11; 11-26; 12-25" },
        { 2021, "01-01; 01-18; 01-20; 02-15; 04-16; 05-31; 06-18; 07-05; 09-06; 10-11; 11-11; 11-25; 12-24; 12-31" },
        { 2022, "01-17; 02-21; 04-15; 05-30; 06-20; 07-04; 09-05; 10-10; 11-11; 11-24; 12-26" },
        { 2023, "01-02; 01-16; 02-20; 04-17; 05-29; 06-19; 07-04; 09-04; 10-09; 11-10; 11-23; 12-25" },
        { 2024, "01-01; 01-15; 02-19; 04-16; 05-27; 06-19; 07-04; 09-02; 10-14; 11-11; 11-28; 12-25" },
        { 2025, "01-01; 01-20; 01-20; 02-17; 04-16; 05-26; 06-19; 07-04; 09-01; 10-13; 11-11; 11-27; 12-25" },
        { 2026, "01-01; 01-19; 02-16; 04-16; 05-25; 06-19; 07-03; 09-07; 10-12; 11-11; 11-26; 12-25" },
        { 2027, "01-01; 01-18; 02-15; 04-16; 05-31; 06-18; 07-05; 09-06; 10-11; 11-11; 11-25; 12-24; 12-31" },
        { 2028, "01-17; 02-21; 04-17; 05-29; 06-19; 07-04; 09-04; 10-09; 11-10; 11-23; 12-25" },
        { 2029, "01-01; 01-15; 01-20; 02-19; 04-16; 05-28; 06-19; 07-04; 09-03; 10-08; 11-12; 11-22; 12-25" },
        { 2030, "01-01; 01-21; 02-18; 04-16; 05-27; 06-19; 07-04; 09-02; 10-14; 11-11; 11-28; 12-25" },
        { 2031, "01-01; 01-20; 02-17; 04-16; 05-26; 06-19; 07-04; 09-01; 10-13; 11-11; 11-27; 12-25" },
        { 2032, "01-01; 01-19; 02-16; 04-16; 05-31; 06-18; 07-05; 09-06; 10-11; 11-11; 11-25; 12-24; 12-31" },
        { 2033, "01-17; 01-20; 02-21; 04-15; 05-30; 06-20; 07-04; 09-05; 10-10; 11-11; 11-24; 12-26" },
        { 2034, "01-02; 01-16; 02-20; 04-17; 05-29; 06-19; 07-04; 09-04; 10-09; 11-10; 11-23; 12-25" },
        { 2035, "01-01; 01-15; 02-19; 04-16; 05-28; 06-19; 07-04; 09-03; 10-08; 11-12; 11-22; 12-25" },
    };

    [Theory]
    [MemberData(nameof(ObservedHolidaysByYear))]
    public void HolidaysIn_EveryYear2013To2035_MatchesTheReferenceTable(int year, string expected)
    {
        var actual = string.Join("; ", Calendar.HolidaysIn(year).Select(h => h.Observed.ToString("MM-dd", CultureInfo.InvariantCulture)));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("2013 Inauguration Sunday is observed Monday with MLK", "2013-01-21", "Inauguration Day", "2013-01-20")]
    [InlineData("2013 MLK Day shares the Monday", "2013-01-21", "Martin Luther King Jr. Day", "2013-01-21")]
    [InlineData("2016 Emancipation Saturday moves to Friday", "2016-04-15", "District of Columbia Emancipation Day", "2016-04-16")]
    [InlineData("2017 Emancipation Sunday moves to Monday", "2017-04-17", "District of Columbia Emancipation Day", "2017-04-16")]
    [InlineData("2022 Emancipation Saturday moves to Friday", "2022-04-15", "District of Columbia Emancipation Day", "2022-04-16")]
    [InlineData("2023 Emancipation Sunday moves to Monday", "2023-04-17", "District of Columbia Emancipation Day", "2023-04-16")]
    [InlineData("2021 first Juneteenth observed Friday", "2021-06-18", "Juneteenth National Independence Day", "2021-06-19")]
    [InlineData("New Year's Day 2022 observed in 2021", "2021-12-31", "New Year's Day", "2022-01-01")]
    [InlineData("New Year's Day 2028 observed in 2027", "2027-12-31", "New Year's Day", "2028-01-01")]
    [InlineData("2027 Independence Day Sunday moves to Monday", "2027-07-05", "Independence Day", "2027-07-04")]
    [InlineData("2029 Inauguration Saturday stays on Saturday", "2029-01-20", "Inauguration Day", "2029-01-20")]
    [InlineData("2033 Inauguration Thursday", "2033-01-20", "Inauguration Day", "2033-01-20")]
    [InlineData("2034 New Year's Sunday moves to Monday", "2034-01-02", "New Year's Day", "2034-01-01")]
    public void HolidaysOn_SpecialDays_NamesTheHolidayAndItsNominalDay(string name, string observed, string holiday, string nominal)
    {
        var found = Calendar.HolidaysOn(DateOnly.Parse(observed, CultureInfo.InvariantCulture));

        Assert.True(found.Any(h => h.Name == holiday && h.Nominal == DateOnly.Parse(nominal, CultureInfo.InvariantCulture)), name);
    }

    [Theory]
    [InlineData("Friday before a Saturday Inauguration Day (2029)", "2029-01-19")]
    [InlineData("Friday after Thanksgiving 2022", "2022-11-25")]
    [InlineData("Saturday New Year's Day 2022 itself is not the holiday", "2022-01-01")]
    [InlineData("Emancipation Day 2005, before the conservative start year", "2005-04-15")]
    [InlineData("Juneteenth 2020, before it became a holiday", "2020-06-19")]
    [InlineData("Christmas Eve 2024, an executive-order closure, not a legal holiday", "2024-12-24")]
    public void IsHoliday_DaysThatLookLikeHolidays_AreNotHolidays(string name, string date)
    {
        Assert.False(Calendar.IsHoliday(DateOnly.Parse(date, CultureInfo.InvariantCulture)), name);
    }

    [Fact]
    public void HolidayDescription_ObservedIndependenceDay2027_SaysItIsTheObservedHoliday()
    {
        var holiday = Assert.Single(Calendar.HolidaysOn(new DateOnly(2027, 7, 5)));

        Assert.True(holiday.IsSubstitute);
        Assert.StartsWith("Monday 2027-07-05 is the observed Independence Day", holiday.Description, StringComparison.Ordinal);
        Assert.Contains("July 4, 2027 is a Sunday", holiday.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void HolidaysIn_WithOverride_AddsTheDesignatedDayWithItsSource()
    {
        var source = new Domain.Sources.SourceRef("Presidential proclamation (test)", "", "");
        var calendar = new DcHolidayCalendar([new HolidayOverride(new DateOnly(2031, 3, 3), "Day of thanksgiving", source)]);

        var holiday = Assert.Single(calendar.HolidaysOn(new DateOnly(2031, 3, 3)));
        Assert.Equal(source, holiday.Source);
        Assert.False(DcHolidayCalendar.Default.IsHoliday(new DateOnly(2031, 3, 3)));
    }

    /// <summary>
    /// 1989, the year before the first year a user may enter, is computed so that an act-by day counted back from an
    /// early-January 1990 deadline can fall in it. Hand-checked: New Year's Day Sunday, observed Monday Jan 2; MLK Day
    /// Jan 16; Inauguration Day Friday Jan 20; Veterans Day Saturday, observed Friday Nov 10; no Emancipation Day yet.
    /// </summary>
    [Fact]
    public void HolidaysIn_1989_TheYearBeforeTheFirstSupported_IsComputedForActByDays()
    {
        var actual = string.Join("; ", Calendar.HolidaysIn(DcHolidayCalendar.FirstCalendarYear).Select(h => h.Observed.ToString("MM-dd", CultureInfo.InvariantCulture)));

        Assert.Equal(1989, DcHolidayCalendar.FirstCalendarYear);
        Assert.Equal("01-02; 01-16; 01-20; 02-20; 05-29; 07-04; 09-04; 10-09; 11-10; 11-23; 12-25", actual);
    }

    [Theory]
    [InlineData(1988)]
    [InlineData(2101)]
    public void HolidaysIn_YearOutsideSupportedRange_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.HolidaysIn(year));
    }
}
