using System.Net;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Web.Tests;

public sealed class SiteTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Home_Get_ShowsLayoutLandmarksDisclaimerAndFreeHelp()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"#main-content\"", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main-content\"", html, StringComparison.Ordinal);
        Assert.Contains("<header", html, StringComparison.Ordinal);
        Assert.Contains("<footer", html, StringComparison.Ordinal);
        Assert.Contains("We are not the IRS and this is not legal advice", html, StringComparison.Ordinal);
        Assert.Contains("https://www.taxpayeradvocate.irs.gov/", html, StringComparison.Ordinal);
        Assert.Contains("low-income-taxpayer-clinics", html, StringComparison.Ordinal);
        Assert.Contains("1-877-777-4778", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_Get_LinksTheVendoredUswdsAssetsThatAreServed()
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        var css = System.Text.RegularExpressions.Regex.Match(html, "href=\"(lib/uswds/css/uswds[^\"]*\\.css)\"");
        Assert.True(css.Success, "the page links the USWDS stylesheet");
        var cssResponse = await client.GetAsync(new Uri("/" + css.Groups[1].Value, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, cssResponse.StatusCode);
        Assert.Equal("text/css", cssResponse.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Home_Get_SendsPrivacyHeaders()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Health_DatabaseReachable_ReturnsHealthy()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownPath_Get_Returns404WithHelpfulPage()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/no-such-page", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("We are not the IRS", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/interview")]
    [InlineData("/resume")]
    [InlineData("/start-link")]
    [InlineData("/letters")]
    [InlineData("/letters/4390")]
    [InlineData("/deadlines")]
    [InlineData("/safety")]
    [InlineData("/no-such-page")]
    public async Task Page_Get_SaysItIsNotTheIrsExactlyOnce(string path)
    {
        var html = await (await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "not the IRS", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    [Fact]
    public async Task ResultsPage_FinishedInterview_SaysItIsNotTheIrsExactlyOnce()
    {
        var driver = new Interview.InterviewDriver(factory);
        await driver.CompleteAsync("2023", Truths.FigureA());

        var html = (await driver.GetAsync("/interview/results")).Html;

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "not the IRS", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }
}
