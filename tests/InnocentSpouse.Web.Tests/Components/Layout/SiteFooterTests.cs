using Bunit;
using InnocentSpouse.Web.Components.Layout;

namespace InnocentSpouse.Web.Tests.Components.Layout;

public class SiteFooterTests : BunitContext
{
    [Fact]
    public void Render_Always_SaysNotTheIrsOnceAndLinksFreeHelp()
    {
        var cut = Render<SiteFooter>();

        Assert.Single(cut.FindAll("h2"), h => h.TextContent.Contains("not the IRS", StringComparison.Ordinal));
        var links = cut.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(HelpLinks.TaxpayerAdvocateService, links);
        Assert.Contains(HelpLinks.LowIncomeTaxpayerClinics, links);
        Assert.Contains("tel:+18777774778", links);
        Assert.All(cut.FindAll("a[href^='https']"), a => Assert.Equal("noreferrer", a.GetAttribute("rel")));
    }
}
