using System.Net;
using System.Text.RegularExpressions;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Web.Tests.Site;

/// <summary>
/// Browsers ask for an icon on every first visit; a 404 there logs a console error (Lighthouse best practices,
/// issue 11). Pages link a small SVG; /favicon.ico answers browsers and tools that ask for it by name.
/// </summary>
public sealed partial class FaviconTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [GeneratedRegex("<link rel=\"icon\" href=\"([^\"]+\\.svg)\"")]
    private static partial Regex IconLink();

    [Fact]
    public async Task FaviconIco_Get_IsASmallIcon()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/favicon.ico", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]); // ICONDIR: reserved 0, type 1 (icon)
        Assert.InRange(bytes.Length, 1, 2048);
    }

    [Fact]
    public async Task Home_Get_LinksAnSvgIconThatIsServed()
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        var link = IconLink().Match(html);
        Assert.True(link.Success, "the page links an icon");
        var response = await client.GetAsync(new Uri("/" + link.Groups[1].Value, UriKind.Relative));
        var svg = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.InRange(svg.Length, 1, 1024);
    }
}
