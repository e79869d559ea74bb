using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Components.Layout;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InnocentSpouse.Web.Tests.Safety;

/// <summary>
/// The two HTML answers written outside page routing (a rate-limit rejection and a form post that failed) use the
/// site layout: the quick exit as a plain link, the free-help links, the site's own stylesheets, no inline style or script.
/// </summary>
public sealed class StatusPagesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    private static async Task<HttpResponseMessage> RateLimitedAsync(WebApplicationFactory<Program> app)
    {
        var client = app.CreateClient();
        await client.GetAsync(new Uri("/resume", UriKind.Relative));
        return await client.GetAsync(new Uri("/resume", UriKind.Relative));
    }

    private async Task<HttpResponseMessage> FailedPostAsync()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "start" });
        return await factory.CreateClient().PostAsync(new Uri("/interview", UriKind.Relative), content);
    }

    /// <summary>What the two pages must carry, whichever it is.</summary>
    private static void AssertSiteLayout(IDocument page)
    {
        var exit = page.QuerySelectorAll("a[data-app-exit]").Select(a => a.GetAttribute("href")).ToList();
        var links = page.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).ToList();

        Assert.NotEmpty(exit);
        Assert.All(exit, href => Assert.Equal("/exit", href));
        Assert.Contains(HelpLinks.TaxpayerAdvocateService, links);
        Assert.Contains(HelpLinks.LowIncomeTaxpayerClinics, links);
        Assert.Contains("tel:" + HelpLinks.TaxpayerAdvocatePhoneE164, links);
        Assert.NotNull(page.QuerySelector("main#main-content h1"));
        Assert.Empty(page.QuerySelectorAll("[style], style"));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), "inline script"));
    }

    [Fact]
    public async Task RateLimitPage_InSiteLayout_WithQuickExitAndFreeHelp()
    {
        await using var limited = factory.WithWebHostBuilder(b => b.UseSetting("RateLimits:PerMinute", "1"));

        var response = await RateLimitedAsync(limited);
        var page = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(int.TryParse(response.Headers.RetryAfter?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out _));
        Assert.Equal("Please wait a minute", page.QuerySelector("h1")!.TextContent);
        AssertSiteLayout(page);
    }

    [Fact]
    public async Task FailedFormPostPage_InSiteLayout_WithQuickExitAndFreeHelp()
    {
        var response = await FailedPostAsync();
        var page = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Sorry, that did not work", page.QuerySelector("h1")!.TextContent);
        AssertSiteLayout(page);
    }

    /// <summary>The status pages list their stylesheets themselves; they must serve the same CSS as the site's pages.</summary>
    [Fact]
    public async Task StatusPages_Stylesheets_AreTheSiteStylesheets()
    {
        var client = factory.CreateClient();
        async Task<string[]> CssOf(IDocument page) =>
            [.. (await Task.WhenAll(page.QuerySelectorAll("link[rel=stylesheet]").Select(l => client.GetStringAsync(new Uri(l.GetAttribute("href")!, UriKind.Relative))))).Order(StringComparer.Ordinal)];

        var site = await CssOf(await ParseAsync(await client.GetAsync(new Uri("/", UriKind.Relative))));
        var status = await CssOf(await ParseAsync(await FailedPostAsync()));

        Assert.NotEmpty(site);
        Assert.Equal(site, status);
    }
}
