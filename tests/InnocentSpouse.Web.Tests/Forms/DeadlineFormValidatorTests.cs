using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Web.Deadlines;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace InnocentSpouse.Web.Tests.Forms;

/// <summary>The deadline form's checks of dates taken together (issue 10 §6; docs/deadlines.md §5).</summary>
public class DeadlineFormValidatorTests
{
    private static DeadlineForm Form(string query) =>
        DeadlineForm.FromQuery(new QueryCollection(query.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => new StringValues(p[1]))));

    private static (string Field, string Message)[] Errors(string query) =>
        [.. new DeadlineFormValidator().Validate(Form(query)).Errors.Select(e => (e.PropertyName, e.ErrorMessage))];

    [Theory]
    [InlineData("Postmark decades before the letter", "event=final-determination&date-day=2&date-month=3&date-year=2026&postmark-day=2&postmark-month=3&postmark-year=1996", "postmark-day", "days before the date on the letter")]
    [InlineData("Printed last day before the letter", "event=preliminary-determination&date-day=2&date-month=3&date-year=2026&printed-day=27&printed-month=2&printed-year=2026", "printed-day", "cannot be on or before the date of the letter")]
    [InlineData("Letter 4390: 90-day date in the 30-day box", "event=letter4390&date-day=4&date-month=3&date-year=2026&printedcdp-day=2&printedcdp-month=6&printedcdp-year=2026", "printedcdp-day", "innocent spouse (90-day) date")]
    [InlineData("Letter 4390: 30-day date in the 90-day box", "event=letter4390&date-day=4&date-month=3&date-year=2026&printed6015-day=3&printed6015-month=4&printed6015-year=2026", "printed6015-day", "collection (30-day) date")]
    [InlineData("Lien filed two years before the letter", "event=lien-notice&date-day=2&date-month=3&date-year=2026&lienfiled-day=2&lienfiled-month=3&lienfiled-year=2024", "lienfiled-day", "check both dates")]
    public void Validate_ImplausibleDates_ErrorOnTheBoxToFix(string name, string query, string field, string message)
    {
        var (actualField, actualMessage) = Assert.Single(Errors(query));

        Assert.True(field == actualField, name);
        Assert.Contains(message, actualMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Letter4390_IgnoresTheSinglePrintedBoxAndReadsBothOfItsOwn()
    {
        var form = Form("event=letter4390&date-day=4&date-month=3&date-year=2026&printed-day=1&printed-month=4&printed-year=2026"
            + "&printedcdp-day=1&printedcdp-month=4&printedcdp-year=2026&printed6015-day=29&printed6015-month=5&printed6015-year=2026");

        Assert.Empty(new DeadlineFormValidator().Validate(form).Errors);
        var evt = form.ToEvent();
        Assert.Null(evt.PrintedDate);
        Assert.Equal(new DateOnly(2026, 4, 1), evt.PrintedCdpPetitionDate);
        Assert.Equal(new DateOnly(2026, 5, 29), evt.PrintedInnocentSpousePetitionDate);
        Assert.DoesNotContain(form.DatesInUse, f => f.Prefix == "printed");
        Assert.Contains("printedcdp-day=1", form.ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LienFilingDate_ReachesTheCalculator()
    {
        var form = Form("event=lien-notice&date-day=8&date-month=11&date-year=2004&lienfiled-day=4&lienfiled-month=11&lienfiled-year=2004");

        Assert.Empty(new DeadlineFormValidator().Validate(form).Errors);
        Assert.Equal(new DateOnly(2004, 12, 13), DeadlineCalculator.For(form.ToEvent()).Single(d => d.Id == "cdp-hearing-lien").Date);
    }
}
