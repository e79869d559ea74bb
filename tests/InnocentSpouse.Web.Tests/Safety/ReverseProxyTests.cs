using System.Net;
using System.Text.RegularExpressions;
using InnocentSpouse.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Safety;

/// <summary>
/// Behind a reverse proxy that ends TLS (issue 11): the app on a real 127.0.0.1 port, and this test as the proxy,
/// sending <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> from a loopback connection. Only a configured proxy
/// is believed; with no configuration the headers are ignored, even from loopback, which ASP.NET Core would
/// otherwise trust.
/// </summary>
public sealed partial class ReverseProxyTests
{
    private const string Host = "screener.example";

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>The app with <paramref name="settings"/>, served by Kestrel on 127.0.0.1.</summary>
    private sealed class ProxiedApp : IAsyncDisposable
    {
        private readonly AppFactory _factory;
        private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

        public ProxiedApp(string environment, params (string Key, string Value)[] settings)
        {
            _factory = new AppFactory
            {
                Environment = environment,
                Settings = settings.ToDictionary(s => s.Key, s => s.Value),
                TestServices = services => services.AddSingleton<IStartupFilter, FaultRoutes>(),
            };
            _factory.UseKestrel(0);
            _factory.StartServer();
            _http.BaseAddress = new Uri(_factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }

        public ProxiedApp(params (string Key, string Value)[] settings)
            : this("Production", settings)
        {
        }

        /// <summary>A request as the proxy would pass it on, for the public host name.</summary>
        public async Task<HttpResponseMessage> SendAsync(
            HttpMethod method, string path, string? proto = null, string? forwardedFor = null, string? cookies = null, HttpContent? content = null)
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
            request.Headers.Host = Host;
            if (proto is not null)
            {
                request.Headers.Add("X-Forwarded-Proto", proto);
            }

            if (forwardedFor is not null)
            {
                request.Headers.Add("X-Forwarded-For", forwardedFor);
            }

            if (cookies is not null)
            {
                request.Headers.Add("Cookie", cookies);
            }

            return await _http.SendAsync(request);
        }

        public async ValueTask DisposeAsync()
        {
            _http.Dispose();
            await _factory.DisposeAsync();
        }
    }

    /// <summary>
    /// Test-only paths at the very end of the pipeline that throw, so that a fault goes through the real error handling
    /// (the exception handler clears the headers already set, then writes the error page or the API's ProblemDetails).
    /// </summary>
    private sealed class FaultRoutes : IStartupFilter
    {
        public const string Page = "/test-fault";
        public const string Api = "/api/v1/test-fault";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) =>
                context.Request.Path.Equals(Page, StringComparison.Ordinal) || context.Request.Path.Equals(Api, StringComparison.Ordinal)
                    ? throw new InvalidOperationException("A fault for the error-handling tests.")
                    : nextMiddleware(context));
        };
    }

    private static readonly (string, string) TrustLoopback = ("ForwardedHeaders:KnownProxies:0", "127.0.0.1");

    private static IReadOnlyList<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];

    private static bool IsSecure(string setCookie) =>
        setCookie.Split(';').Any(part => part.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));

    /// <summary>Starts an interview as the proxy passes it on: the antiforgery cookie, then the interview cookie and the redirect.</summary>
    private static async Task<(string Antiforgery, HttpResponseMessage Page, HttpResponseMessage Started)> StartInterviewAsync(ProxiedApp app, string? proto)
    {
        var page = await app.SendAsync(HttpMethod.Get, "/interview", proto);
        var antiforgery = Assert.Single(SetCookies(page), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        var token = TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["_handler"] = "start" });
        var started = await app.SendAsync(HttpMethod.Post, "/interview", proto, cookies: antiforgery.Split(';')[0], content: form);
        return (antiforgery, page, started);
    }

    [Fact]
    public async Task TrustedProxy_ForwardedHttps_CookiesSecureRedirectHttpsAndHsts()
    {
        await using var app = new ProxiedApp(TrustLoopback);

        var (antiforgery, page, started) = await StartInterviewAsync(app, proto: "https");
        var sid = Assert.Single(SetCookies(started), c => c.StartsWith("sid=", StringComparison.Ordinal));

        Assert.True(IsSecure(antiforgery), antiforgery);
        Assert.True(IsSecure(sid), sid);
        Assert.Equal(HttpStatusCode.Found, started.StatusCode);
        Assert.Equal(new Uri($"https://{Host}/interview/years"), started.Headers.Location);
        Assert.Equal("max-age=31536000", Assert.Single(page.Headers.GetValues("Strict-Transport-Security")));
    }

    [Theory]
    [InlineData(FaultRoutes.Page, "text/html")]
    [InlineData(FaultRoutes.Api, "application/problem+json")]
    public async Task TrustedProxy_ForwardedHttps_FaultAnswersTheErrorPageOrProblemDetailsWithHsts(string path, string mediaType)
    {
        await using var app = new ProxiedApp(TrustLoopback);

        var response = await app.SendAsync(HttpMethod.Get, path, proto: "https");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        Assert.Contains("default-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("A fault for", body, StringComparison.Ordinal);
        Assert.Contains(path == FaultRoutes.Api ? "Something went wrong on our side." : "Sorry, something went wrong", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoProxyConfigured_ForwardedHttpsFromLoopback_IsIgnored()
    {
        await using var app = new ProxiedApp();

        var (antiforgery, page, started) = await StartInterviewAsync(app, proto: "https");
        var sid = Assert.Single(SetCookies(started), c => c.StartsWith("sid=", StringComparison.Ordinal));

        Assert.False(IsSecure(antiforgery), antiforgery);
        Assert.False(IsSecure(sid), sid);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(new Uri($"http://{Host}/interview/years"), started.Headers.Location);
    }

    [Fact]
    public async Task TrustedProxy_PlainHttp_NoHstsAndCookiesNotSecure()
    {
        await using var app = new ProxiedApp(TrustLoopback);

        var (antiforgery, page, _) = await StartInterviewAsync(app, proto: "http");

        Assert.False(IsSecure(antiforgery), antiforgery);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Development_TrustedProxyHttps_NoHsts()
    {
        await using var app = new ProxiedApp("Development", TrustLoopback);

        var page = await app.SendAsync(HttpMethod.Get, "/", proto: "https");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task ProxyConfiguredElsewhere_ForwardedHttpsFromLoopback_IsIgnored()
    {
        await using var app = new ProxiedApp(("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/8"));

        var page = await app.SendAsync(HttpMethod.Get, "/interview", proto: "https");

        Assert.DoesNotContain(SetCookies(page), IsSecure);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>The statuses of GET /resume (rate policy <c>RateLimits.Resume</c>) for each forwarded client in turn.</summary>
    private static async Task<List<HttpStatusCode>> ResumeAsync(ProxiedApp app, params string[] clients)
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var client in clients)
        {
            statuses.Add((await app.SendAsync(HttpMethod.Get, "/resume", forwardedFor: client)).StatusCode);
        }

        return statuses;
    }

    [Fact]
    public async Task TrustedProxy_TwoForwardedClients_AreRateLimitedSeparately()
    {
        await using var app = new ProxiedApp(TrustLoopback, ("RateLimits:PerMinute", "2"));

        var statuses = await ResumeAsync(app, "203.0.113.7", "203.0.113.7", "203.0.113.7", "198.51.100.9", "198.51.100.9");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public async Task TrustedProxy_SpoofedEntryBeforeTheProxysOwn_TheProxysEntryCounts()
    {
        // A client sends its own X-Forwarded-For; the proxy appends the address it saw. With one proxy (ForwardLimit 1)
        // only the rightmost entry is read, so changing the made-up part does not buy a fresh limit.
        await using var app = new ProxiedApp(TrustLoopback, ("RateLimits:PerMinute", "2"));

        var statuses = await ResumeAsync(app, "1.1.1.1, 203.0.113.7", "2.2.2.2, 203.0.113.7", "3.3.3.3, 203.0.113.7");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task NoProxyConfigured_ForwardedClients_ShareTheConnectionsLimit()
    {
        await using var app = new ProxiedApp(("RateLimits:PerMinute", "2"));

        var statuses = await ResumeAsync(app, "203.0.113.7", "203.0.113.7", "198.51.100.9");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("KnownProxies", "proxy.internal", "'proxy.internal' is not an IP address")]
    [InlineData("KnownProxies", "10.0.5", "'10.0.5' is not an IP address")]
    [InlineData("KnownNetworks", "10.0.0.1/8", "'10.0.0.1/8' is not a CIDR range")]
    [InlineData("KnownNetworks", "10.0.0.0/33", "'10.0.0.0/33' is not a CIDR range")]
    [InlineData("KnownNetworks", "10.0.0.0", "'10.0.0.0' is not a CIDR range")]
    public async Task BadProxySetting_StopsTheStartNamingIt(string list, string value, string message)
    {
        await using var factory = new AppFactory { Settings = new Dictionary<string, string>(StringComparer.Ordinal) { [$"ForwardedHeaders:{list}:0"] = value } };

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains($"ForwardedHeaders:{list}: {message}", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForwardLimitOutOfRange_StopsTheStart()
    {
        await using var factory = new AppFactory { Settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["ForwardedHeaders:ForwardLimit"] = "0" } };

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("ForwardedHeaders:ForwardLimit must be between 1 and 10", error.ToString(), StringComparison.Ordinal);
    }
}
