using InnocentSpouse.Web.Forms;

namespace InnocentSpouse.Web.Tests.Forms;

public class DateFieldsTests
{
    private static DateCheck Check(string? day, string? month, string? year, bool required = true) =>
        new DateFields("date", "the date on the letter", required) { Day = day, Month = month, Year = year }.Check();

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
}
