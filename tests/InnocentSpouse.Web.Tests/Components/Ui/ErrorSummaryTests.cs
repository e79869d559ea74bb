using Bunit;
using InnocentSpouse.Web.Components.Ui;

namespace InnocentSpouse.Web.Tests.Components.Ui;

public class ErrorSummaryTests : BunitContext
{
    [Fact]
    public void Render_WithErrors_IsFocusableAlertLinkingToEachField()
    {
        var cut = Render<ErrorSummary>(p => p
            .Add(c => c.Errors, [new ErrorItem("date-day", "Enter the date on the letter"), new ErrorItem("postmark-year", "Bad year")])
            .Add(c => c.PageUrl, "/letters/4390?date-day=x"));

        var summary = cut.Find("[role=alert]");
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        Assert.True(summary.HasAttribute("autofocus"));
        Assert.Equal("There is a problem", cut.Find("h2").TextContent);
        var links = cut.FindAll("a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("/letters/4390?date-day=x#date-day", "Enter the date on the letter"), ("/letters/4390?date-day=x#postmark-year", "Bad year")], links);
    }

    [Fact]
    public void Render_NoErrors_RendersNothing()
    {
        var cut = Render<ErrorSummary>(p => p.Add(c => c.Errors, []));

        Assert.Empty(cut.Markup.Trim());
    }
}
