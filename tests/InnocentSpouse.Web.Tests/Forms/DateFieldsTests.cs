using InnocentSpouse.Web.Forms;

namespace InnocentSpouse.Web.Tests.Forms;

public class DateFieldsTests
{
    private static DateCheck Check(string? day, string? month, string? year, bool required = true, bool allowsMonthOnly = false) =>
        new DateFields("date", "the date on the letter", required, allowsMonthOnly) { Day = day, Month = month, Year = year }.Check();

    [Fact]
    public void Check_RealDate_ReturnsIt() =>
        Assert.Equal(new DateOnly(2024, 2, 29), Check(" 29 ", "02", "2024").Value);

    [Fact]
    public void Check_OptionalAndEmpty_IsValidWithNoValue()
    {
        var check = Check("", null, " ", required: false);

        Assert.True(check.IsValid);
        Assert.Null(check.Value);
    }

    [Theory]
    [InlineData("Feb 29 in a common year", "29", "2", "2026", "date-day", "February 2026 has 28 days")]
    [InlineData("Month 13", "1", "13", "2026", "date-month", "from 1 to 12")]
    [InlineData("Year 1989", "1", "1", "1989", "date-year", "between 1990 and 2089")]
    [InlineData("Missing day and year", "", "3", "", "date-day", "must include a day and a year")]
    [InlineData("Negative", "-1", "3", "2026", "date-day", "numbers only")]
    public void Check_Invalid_NamesTheBoxAndSaysWhy(string name, string day, string month, string year, string fieldId, string message)
    {
        var check = Check(day, month, year);

        Assert.False(check.IsValid, name);
        Assert.Equal(fieldId, check.FieldId);
        Assert.Contains(message, check.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "3", "2024")]
    [InlineData(" ", " 03 ", "2024")]
    public void Check_BlankDayWhereAMonthIsEnough_IsThatMonth(string day, string month, string year)
    {
        var check = Check(day, month, year, allowsMonthOnly: true);

        Assert.True(check.IsValid);
        Assert.True(check.IsMonthOnly);
        Assert.Equal("2024-03", check.Invariant);
    }

    [Fact]
    public void Check_DayGivenWhereAMonthIsEnough_IsTheExactDate()
    {
        var check = Check("9", "3", "2024", allowsMonthOnly: true);

        Assert.False(check.IsMonthOnly);
        Assert.Equal("2024-03-09", check.Invariant);
    }

    [Fact]
    public void Check_BlankDayWhereTheDayIsNeeded_KeepsTheMissingDayError()
    {
        var check = Check("", "3", "2024");

        Assert.Equal("date-day", check.FieldId);
        Assert.Equal("The date on the letter must include a day", check.Message);
    }

    [Theory]
    [InlineData("Month 13", "", "13", "2024", "date-month", "The month in the date on the letter must be a number from 1 to 12")]
    [InlineData("Month 0", "", "0", "2024", "date-month", "from 1 to 12")]
    [InlineData("No month", "", "", "2024", "date-month", "The date on the letter must include a month")]
    [InlineData("No year", "", "3", "", "date-year", "The date on the letter must include a year")]
    [InlineData("Letters in the month", "", "March", "2024", "date-month", "numbers only")]
    [InlineData("Two-digit year", "", "3", "24", "date-year", "must have 4 numbers")]
    [InlineData("Nothing at all", "", "", "", "date-day", "or the month and year if you do not know the day")]
    public void Check_MonthOnlyInvalid_NamesTheBoxAndSaysWhy(string name, string day, string month, string year, string fieldId, string message)
    {
        var check = Check(day, month, year, allowsMonthOnly: true);

        Assert.False(check.IsValid, name);
        Assert.Equal(fieldId, check.FieldId);
        Assert.Contains(message, check.Message, StringComparison.Ordinal);
    }
}
