using System.Globalization;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Tests.Localisation;

/// <summary>Dates for readers, one helper for every language (docs/glossary-es.md, "Dates").</summary>
public sealed class DateTextTests
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData(2027, 9, 15, "15 de septiembre de 2027")]
    [InlineData(2024, 3, 1, "1 de marzo de 2024")]
    [InlineData(2026, 1, 5, "5 de enero de 2026")]
    public void Spanish_Date_IsDayDeMonthDeYear_InLowerCase(int year, int month, int day, string expected) =>
        Assert.Equal(expected, DateText.Day(new DateOnly(year, month, day), Spanish));

    [Fact]
    public void Spanish_DateWithWeekday_StartsWithTheLowerCaseWeekday() =>
        Assert.Equal("miércoles, 15 de septiembre de 2027", DateText.DayWithWeekday(new DateOnly(2027, 9, 15), Spanish));

    [Fact]
    public void Spanish_Month_IsMonthDeYear() =>
        Assert.Equal("septiembre de 2027", DateText.Month(new DateOnly(2027, 9, 15), Spanish));

    [Fact]
    public void English_Dates_AreAsTheAppHasAlwaysWrittenThem()
    {
        var date = new DateOnly(2027, 9, 15);

        Assert.Equal("September 15, 2027", DateText.Day(date, English));
        Assert.Equal("Wednesday, September 15, 2027", DateText.DayWithWeekday(date, English));
        Assert.Equal("September 2027", DateText.Month(date, English));
    }

    [Fact]
    public void Spanish_OfAnotherRegion_FallsBackToTheSpanishTexts() =>
        Assert.Equal("15 de septiembre de 2027", DateText.Day(new DateOnly(2027, 9, 15), CultureInfo.GetCultureInfo("es-MX")));

    [Fact]
    public void DomainText_English_IsTheTextWrittenInTheCode() =>
        Assert.Equal("Did you keep the refund?", DomainText.Get("question.refund-kept.prompt", "Did you keep the refund?", English));

    [Fact]
    public void DomainText_KeyNotYetTranslated_FallsBackToTheEnglish() =>
        Assert.Equal("Did you keep the refund?", DomainText.Get("question.not-a-key.prompt", "Did you keep the refund?", Spanish));

    [Fact]
    public void DomainText_TranslatedKey_IsTheSpanish() =>
        Assert.Equal("d 'de' MMMM 'de' yyyy", DomainText.Get("Date.Long", "MMMM d, yyyy", Spanish));
}
