using System.Net;
using System.Net.Http.Headers;
using System.IO.Compression;
using System.Reflection;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Extensions;
using Microsoft.AspNetCore.Components;
using InnocentSpouse.Web.Tests.Interview;

namespace InnocentSpouse.Web.Tests.Site;

/// <summary>
/// BREACH (docs/security.md, "Compression and BREACH"): a compressed response that holds a secret (the antiforgery
/// token, a resume code) next to text an attacker can influence leaks the secret through its length. So a page with
/// a form that posts is never compressed; only the pages marked <see cref="SecretFreePageAttribute"/> are, and every
/// one of them is rendered here and must hold no token. Static files are precompressed at build time by MapStaticAssets.
/// </summary>
public sealed class CompressionTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly string[] PrecompressedEncodings = ["br", "gzip"];

    [Fact]
    public async Task FormPage_AcceptEncodingBrotliAndGzip_IsServedUncompressed()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/interview", UriKind.Relative));
        AcceptBrotliAndGzip(request.Headers);

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([], response.Content.Headers.ContentEncoding);
        Assert.Contains("name=\"__RequestVerificationToken\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormPageEchoingWhatWasTyped_AcceptEncodingBrotliAndGzip_IsServedUncompressed()
    {
        var driver = new InterviewDriver(factory);
        await driver.PostAsync("/interview", "start", new Dictionary<string, string>());
        var (_, page, _) = await driver.GetAsync("/interview/years");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        // A years answer the form refuses: the page comes back (400) with the typed text, an error and a fresh token.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/interview/years", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["_handler"] = "years",
                ["years"] = "20x1-attacker-text",
            }),
        };
        AcceptBrotliAndGzip(request.Headers);
        using var response = await driver.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("20x1-attacker-text", html, StringComparison.Ordinal);
        Assert.Equal([], response.Content.Headers.ContentEncoding);
        Assert.Contains("name=\"__RequestVerificationToken\"", html, StringComparison.Ordinal);
    }

    /// <summary>Each page marked secret-free, at an address that renders it (templates filled in).</summary>
    private static readonly Dictionary<string, string> SecretFreePages = new(StringComparer.Ordinal)
    {
        ["/"] = "/",
        ["/safety"] = "/safety",
        ["/letters"] = "/letters",
        ["/letters/by-wording"] = "/letters/by-wording",
        ["/letters/{Id}"] = "/letters/4390",
        ["/deadlines"] = "/deadlines",
        ["/interview/results"] = "/interview/results",
        ["/interview/deleted"] = "/interview/deleted",
    };

    [Fact]
    public void SecretFreePages_EveryMarkedPage_IsRenderedByTheTestBelow()
    {
        var marked = typeof(SecretFreePageAttribute).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<SecretFreePageAttribute>() is not null)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => r.Template))
            .Order(StringComparer.Ordinal);

        Assert.Equal(SecretFreePages.Keys.Order(StringComparer.Ordinal), marked);
    }

    [Fact]
    public async Task SecretFreePages_AcceptEncodingBrotliAndGzip_AreServedInBrotliAndHoldNoToken()
    {
        var driver = new InterviewDriver(factory);
        await driver.CompleteAsync("2021", Truths.FigureA());

        foreach (var path in SecretFreePages.Values)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            AcceptBrotliAndGzip(request.Headers);
            using var response = await driver.Client.SendAsync(request);
            await using var body = new BrotliStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
            var html = await new StreamReader(body).ReadToEndAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.Contains("</html>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
            Assert.DoesNotContain("method=\"post\"", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task PagesThatPost_AcceptEncodingBrotliAndGzip_AreServedUncompressed()
    {
        var driver = new InterviewDriver(factory);
        await driver.CompleteAsync("2021", Truths.FigureA());

        // A question, the years and the page that asks before deleting: each posts a form; the results page only links to the last.
        foreach (var path in new[] { "/interview/2021/q/refund-kept", "/interview/delete-answers", "/interview/years" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            AcceptBrotliAndGzip(request.Headers);
            using var response = await driver.Client.SendAsync(request);
            var html = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal([], response.Content.Headers.ContentEncoding);
            Assert.Contains("name=\"__RequestVerificationToken\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StaticStylesheet_AcceptEncodingBrotliAndGzip_IsServedPrecompressed()
    {
        var client = factory.CreateClient();
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var href = System.Text.RegularExpressions.Regex.Match(home, "href=\"(lib/uswds/css/[^\"]+\\.css)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/" + href, UriKind.Relative));
        AcceptBrotliAndGzip(request.Headers);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Brotli files are made when publishing; a build has gzip ones.
        Assert.Contains(Assert.Single(response.Content.Headers.ContentEncoding), PrecompressedEncodings);
    }

    private static void AcceptBrotliAndGzip(HttpRequestHeaders headers)
    {
        headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
    }
}
