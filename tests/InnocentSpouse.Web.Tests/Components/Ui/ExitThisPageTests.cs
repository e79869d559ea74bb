using Bunit;
using InnocentSpouse.Web.Components.Ui;

namespace InnocentSpouse.Web.Tests.Components.Ui;

public class ExitThisPageTests : BunitContext
{
    [Fact]
    public void Render_InPlace_ButtonAndHiddenLinkBothGoToExitWithoutJavaScript()
    {
        var cut = Render<ExitThisPage>(p => p.Add(c => c.UseSections, false));

        var exits = cut.FindAll("a[data-app-exit]");
        Assert.Equal(2, exits.Count);
        Assert.All(exits, a => Assert.Equal("/exit", a.GetAttribute("href")));
        Assert.Contains("usa-skipnav", exits[0].ClassList);
        Assert.Contains("usa-button--secondary", exits[1].ClassList);
        Assert.Contains("Exit this page", exits[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[aria-live=polite][data-app-exit-status]"));
        Assert.Contains(cut.FindAll("a"), a => a.GetAttribute("href") == "/safety");
    }

    [Fact]
    public void Render_WithSections_RendersNothingInPlace()
    {
        var cut = Render<ExitThisPage>();

        Assert.Empty(cut.FindAll("a"));
    }
}
