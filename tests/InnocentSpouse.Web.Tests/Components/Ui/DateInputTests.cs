using Bunit;
using InnocentSpouse.Web.Components.Ui;

namespace InnocentSpouse.Web.Tests.Components.Ui;

public class DateInputTests : BunitContext
{
    [Fact]
    public void Render_Values_ThreeNumericBoxesWithLabelsAndValues()
    {
        var cut = Render<DateInput>(p => p
            .Add(c => c.Prefix, "date").Add(c => c.Legend, "What date is on the letter?").Add(c => c.Hint, "For example, 15 3 2026")
            .Add(c => c.Day, "5").Add(c => c.Month, "1").Add(c => c.Year, "2026"));

        var inputs = cut.FindAll("input");
        Assert.Equal(["date-day", "date-month", "date-year"], inputs.Select(i => i.Id));
        Assert.All(inputs, i => Assert.Equal("numeric", i.GetAttribute("inputmode")));
        Assert.All(inputs, i => Assert.Equal(i.Id, i.GetAttribute("name")));
        Assert.Equal(["5", "1", "2026"], inputs.Select(i => i.GetAttribute("value")));
        Assert.Equal(["Day", "Month", "Year"], cut.FindAll("label").Select(l => l.TextContent));
        Assert.NotNull(cut.Find(".usa-memorable-date"));
        Assert.Equal("What date is on the letter?", cut.Find("legend").TextContent.Trim());
        Assert.Equal("date-hint", cut.Find("fieldset").GetAttribute("aria-describedby"));
        Assert.Empty(cut.FindAll(".usa-error-message"));
    }

    [Fact]
    public void Render_ErrorOnMonth_ShowsMessageAndMarksOnlyThatBox()
    {
        var cut = Render<DateInput>(p => p
            .Add(c => c.Prefix, "date").Add(c => c.Legend, "Date").Add(c => c.Hint, "Hint")
            .Add(c => c.ErrorMessage, "The date on the letter must include a month").Add(c => c.ErrorField, "month"));

        Assert.Contains("must include a month", cut.Find(".usa-error-message").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find(".usa-form-group--error"));
        Assert.Equal(["date-month"], cut.FindAll("input.usa-input--error").Select(i => i.Id));
        Assert.Equal("date-hint date-error", cut.Find("fieldset").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void Render_AsPageHeading_LegendHoldsH1()
    {
        var cut = Render<DateInput>(p => p.Add(c => c.Prefix, "d").Add(c => c.Legend, "When?").Add(c => c.IsPageHeading, true));

        Assert.Equal("When?", cut.Find("legend h1").TextContent);
    }

    [Fact]
    public void Render_DayOptional_HintSaysTheDayMayBeLeftBlank()
    {
        var cut = Render<DateInput>(p => p
            .Add(c => c.Prefix, "answer").Add(c => c.Legend, "What date was that collection action?")
            .Add(c => c.Hint, "For example, 15 3 2024.").Add(c => c.DayOptional, true).Add(c => c.Month, "3").Add(c => c.Year, "2024"));

        Assert.Equal("For example, 15 3 2024. If you only know the month and year, leave the day blank.", cut.Find("#answer-hint").TextContent);
        Assert.Equal("answer-hint", cut.Find("fieldset").GetAttribute("aria-describedby"));
        Assert.Equal(["", "3", "2024"], cut.FindAll("input").Select(i => i.GetAttribute("value") ?? ""));
        Assert.Equal(["Day", "Month", "Year"], cut.FindAll("label").Select(l => l.TextContent));
    }

    [Fact]
    public void Render_DayOptionalWithoutAHint_StillTellsAndDescribes()
    {
        var cut = Render<DateInput>(p => p.Add(c => c.Prefix, "d").Add(c => c.Legend, "When?").Add(c => c.DayOptional, true));

        Assert.Equal(DateInput.DayOptionalHint, cut.Find("#d-hint").TextContent);
        Assert.Equal("d-hint", cut.Find("fieldset").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void Render_DayRequired_HintDoesNotOfferABlankDay()
    {
        var cut = Render<DateInput>(p => p.Add(c => c.Prefix, "d").Add(c => c.Legend, "When?").Add(c => c.Hint, "For example, 15 3 2026"));

        Assert.DoesNotContain("leave the day blank", cut.Markup, StringComparison.Ordinal);
    }
}
