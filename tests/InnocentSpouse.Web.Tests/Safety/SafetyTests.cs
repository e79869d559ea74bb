using System.Net;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Safety;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InnocentSpouse.Web.Tests.Safety;

public sealed class SafetyTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/letters")]
    [InlineData("/letters/4390")]
    [InlineData("/letters/4390?date-day=5&date-month=1&date-year=2026")]
    [InlineData("/letters/no-such-letter")]
    [InlineData("/deadlines")]
    [InlineData("/deadlines.ics?event=letter4390&date-day=5&date-month=1&date-year=2026")]
    [InlineData("/interview/anything")]
    public async Task SensitivePath_Get_IsNoStore(string url)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("no-cache", response.Headers.Pragma.Select(p => p.Name));
    }

    [Fact]
    public async Task HomePage_Get_IsNotNoStore()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

        Assert.NotEqual("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/letters", true)]
    [InlineData("/LETTERS/4390", true)]
    [InlineData("/resume/abc", true)]
    [InlineData("/lettersx", false)]
    [InlineData("/safety", false)]
    public void IsNoStore_Path_MatchesWholeSegments(string path, bool expected) =>
        Assert.Equal(expected, SafetyExtensions.IsNoStore(new PathString(path)));

    [Fact]
    public async Task Exit_WithCookies_ClearsThemAndRedirects303ToNeutralSite()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/exit", UriKind.Relative));
        request.Headers.Add("Cookie", ".AspNetCore.Antiforgery.abc=token; session=xyz");

        var response = await client.SendAsync(request);
        var cleared = response.Headers.GetValues("Set-Cookie").ToList();

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(new Uri(SafetyExtensions.NeutralSite), response.Headers.Location);
        Assert.Contains(cleared, c => c.StartsWith(".AspNetCore.Antiforgery.abc=;", StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal));
        Assert.Contains(cleared, c => c.StartsWith("session=;", StringComparison.Ordinal));
        Assert.Contains("\"cookies\"", response.Headers.GetValues("Clear-Site-Data").Single(), StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }
}
