using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Tests.Interview;

public class TaxYearsTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 15);

    [Fact]
    public void Limits_FirstYearAndCalendar_AreNamedOnce()
    {
        Assert.Equal(1990, TaxYears.Earliest);
        Assert.Equal(2100, TaxYears.Latest);
        Assert.Equal(10, TaxYears.MaxInOneInterview);
    }

    [Theory]
    [InlineData("First supported year", 1990, true)]
    [InlineData("Year before the first", 1989, false)]
    [InlineData("The holiday calendar's last year", 2100, true)]
    [InlineData("After the calendar", 2101, false)]
    public void IsSupported_FromTheFirstYearToTheCalendarsLast(string name, int year, bool expected)
    {
        Assert.True(name.Length > 0);
        Assert.Equal(expected, TaxYears.IsSupported(year));
    }

    [Theory]
    [InlineData("2026-01-01", 2025)]
    [InlineData("2026-12-31", 2025)]
    public void LatestToEnter_AnyDayOfAYear_IsTheYearBefore(string today, int expected) =>
        Assert.Equal(expected, TaxYears.LatestToEnter(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("Commas", "2021, 2022", new[] { 2021, 2022 })]
    [InlineData("And", "2022 and 2021", new[] { 2021, 2022 })]
    [InlineData("Semicolons and repeats", "2023;2021;2023", new[] { 2021, 2023 })]
    [InlineData("Spaces only", "2019 2020", new[] { 2019, 2020 })]
    public void Parse_YearsWithSeparators_SortedAndDistinct(string name, string text, int[] expected)
    {
        var years = TaxYears.Parse(text, AsOf, out var error);

        Assert.True(name.Length > 0);
        Assert.Null(error);
        Assert.Equal(expected, years.ToArray());
    }

    [Theory]
    [InlineData("Nothing typed", "", "Enter at least one tax year, for example 2021")]
    [InlineData("Two-digit year", "21", "\"21\" is not a year. Enter years with 4 numbers, for example 2021")]
    [InlineData("Words", "last year", "\"last\" is not a year. Enter years with 4 numbers, for example 2021")]
    [InlineData("Before 1990", "1989", "Enter tax years from 1990 to 2025")]
    [InlineData("This year, not ended", "2026", "Enter tax years from 1990 to 2025")]
    [InlineData("Eleven years", "2010 2011 2012 2013 2014 2015 2016 2017 2018 2019 2020", "Enter up to 10 tax years at a time")]
    public void Parse_UnusableText_ExplainsAndGivesNoYears(string name, string text, string expected)
    {
        var years = TaxYears.Parse(text, AsOf, out var error);

        Assert.True(name.Length > 0);
        Assert.Equal(expected, error);
        Assert.Empty(years);
    }

    [Theory]
    [InlineData(1989)]
    [InlineData(2101)]
    public void Validate_TaxYearOutsideTheSupportedYears_IsOutOfRange(int year)
    {
        var problem = Assert.Single(ScreeningAnswersValidator.Validate(ScreeningAnswers.ForYears(year), AsOf));

        Assert.Equal($"years.{year}", problem.Field);
        Assert.Equal($"Tax year {year} is out of range; use a year from 1990 to 2100.", problem.Message);
    }
}
