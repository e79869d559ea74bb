using Bunit;
using InnocentSpouse.Web.Components.Ui;

namespace InnocentSpouse.Web.Tests.Components.Ui;

public class PrimitivesTests : BunitContext
{
    [Fact]
    public void Radios_Render_FirstRadioIdIsNameAndValueIsChecked()
    {
        var cut = Render<Radios>(p => p.Add(c => c.Name, "event").Add(c => c.Legend, "What happened?")
            .Add(c => c.Items, [new RadioItem("a", "A"), new RadioItem("b", "B", "Hint B")]).Add(c => c.Value, "b")
            .Add(c => c.ErrorMessage, "Choose what happened"));

        var radios = cut.FindAll("input[type=radio]");
        Assert.Equal(["event", "event-2"], radios.Select(r => r.Id));
        Assert.False(radios[0].HasAttribute("checked"));
        Assert.True(radios[1].HasAttribute("checked"));
        Assert.Contains("Choose what happened", cut.Find(".usa-error-message").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SummaryList_RowWithAction_LinkNamesTheRowForScreenReaders()
    {
        var cut = Render<SummaryList>(p => p.Add(c => c.Rows, [new SummaryListRow("What happened", "Letter 4390", "/deadlines", "Change")]));

        Assert.Equal("What happened", cut.Find("dt").TextContent);
        Assert.Equal("Change What happened", cut.Find("a").TextContent.Trim());
        Assert.Equal("/deadlines", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void Details_Render_IsNativeDisclosure()
    {
        var cut = Render<Details>(p => p.Add(c => c.SummaryText, "How we worked it out").AddChildContent("Day 90"));

        Assert.Equal("How we worked it out", cut.Find("details summary").TextContent);
        Assert.Contains("Day 90", cut.Find("details").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Button_WithHref_RendersLinkStyledAsButton()
    {
        var cut = Render<Button>(p => p.Add(c => c.Href, "/letters").Add(c => c.Variant, "outline").AddChildContent("Go"));

        var link = cut.Find("a.usa-button.usa-button--outline");
        Assert.Equal("/letters", link.GetAttribute("href"));
    }

    [Fact]
    public void ProcessList_CurrentStep_MarkedWithAriaCurrentAndTag()
    {
        var cut = Render<ProcessList>(p => p.Add(c => c.Items, [new ProcessListItem("A", "a"), new ProcessListItem("B", "b", IsCurrent: true)]));

        var current = cut.Find("[aria-current=step]");
        Assert.Contains("Your letter is here", current.TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("[aria-current]"));
    }
}
