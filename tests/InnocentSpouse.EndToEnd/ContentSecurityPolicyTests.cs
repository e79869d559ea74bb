using System.Text.RegularExpressions;
using InnocentSpouse.Tests.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InnocentSpouse.EndToEnd;

/// <summary>
/// The strict Content Security Policy (issue 11) in Chromium with JavaScript on: every page of the site, reached by
/// full loads, enhanced navigation and form posts, reports no violation; and the listener does catch one.
/// Every other browser test checks the same thing after each test (<see cref="CspViolationLog"/>).
/// </summary>
public sealed partial class ContentSecurityPolicyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [GeneratedRegex("http://[^\\s<]+/shared/[A-Za-z0-9_-]{22}")]
    private static partial Regex ShareLinkPattern();

    private string Url(string path) => new Uri(Browser.BaseUrl, path).ToString();

    /// <summary>Records the policy of every HTML document and enhanced-navigation response the page receives.</summary>
    private static List<string> RecordPolicies(IPage page)
    {
        var policies = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType is "document" or "fetch"
                && response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal))
            {
                lock (policies)
                {
                    policies.Add($"{new Uri(response.Url).PathAndQuery} {response.Headers.GetValueOrDefault("content-security-policy", "(none)")}");
                }
            }
        };
        return policies;
    }

    [Fact]
    public async Task EveryPage_WithJavaScript_ReportsNoPolicyViolation()
    {
        var page = await Browser.NewPageAsync();
        var policies = RecordPolicies(page);
        var player = new InterviewPlayer(page, Browser.BaseUrl) { CheckPageAsync = _ => Task.CompletedTask };

        await page.GotoAsync(Url("/"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Help with a tax bill from a joint return");
        // The whole interview by enhanced navigation and form posts: start, years, every question, check answers, results.
        await player.CompleteAsync("2021", Truths.FigureA());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Your results");

        await page.GotoAsync(Url("/interview/save"));
        await Expect(page.Locator(".app-resume-code__code")).ToBeVisibleAsync();
        await page.GotoAsync(Url("/interview/delete-answers"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Delete your answers?");
        await page.GotoAsync(Url("/interview/share"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a new link" }).ClickAsync();
        var link = ShareLinkPattern().Match(await page.Locator(".app-share-link").InnerTextAsync()).Value;
        await page.GotoAsync(link);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Shared answers (read only)");

        await page.GotoAsync(Url("/resume"));
        await page.GetByLabel("Come back to your answers").FillAsync("00000-00000-00000-00000-00000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.Locator(".app-error-summary")).ToBeFocusedAsync();

        await page.GotoAsync(Url("/letters"));
        await page.GotoAsync(Url("/letters/4390?date-day=5&date-month=1&date-year=2026"));
        await page.GotoAsync(Url("/letters/by-wording?q-tax-court=yes"));
        await page.GotoAsync(Url("/deadlines"));
        await page.GetByText("Preliminary (proposed) decision").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.Locator("#date-day").FillAsync("2");
        await page.Locator("#date-month").FillAsync("3");
        await page.Locator("#date-year").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my dates" }).ClickAsync();
        await page.Locator(".app-deadlines").WaitForAsync();

        await page.GotoAsync(Url("/safety"));
        await page.GotoAsync(Url("/start-link"));
        var notFound = await page.GotoAsync(Url("/no-such-page"));
        Assert.Equal(404, notFound!.Status);

        // The short hand-written error page: a form posted without its antiforgery token.
        await page.EvaluateAsync("""
            () => {
              const form = document.createElement('form');
              form.method = 'post';
              form.action = '/resume';
              document.body.append(form);
              form.submit();
            }
            """);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sorry, that did not work");

        // A Blazor circuit would use a WebSocket to this host: connect-src 'self' allows ws: here (CSP Level 3).
        await page.GotoAsync(Url("/"));
        var socket = await page.EvaluateAsync<string>("""
            () => new Promise(resolve => {
              const ws = new WebSocket(location.origin.replace(/^http/, 'ws') + '/_blazor');
              ws.onopen = () => { ws.close(); resolve('open'); };
              ws.onerror = () => resolve('error');
            })
            """);

        var violations = await Browser.CspViolations.TakeAsync();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        // Whatever the server answered, the policy let the socket through: a blocked one is reported as a connect-src
        // violation (the next test shows that a socket to another host is).
        Assert.True(socket is "open" or "error", socket);
        Assert.True(policies.Count >= 20, $"only {policies.Count} HTML responses seen");
        Assert.All(policies, p =>
        {
            Assert.Contains("default-src 'self'", p, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-", p, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task InjectedInlineScriptStyleAndForeignSocket_AreBlockedAndReported()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(Url("/"));

        var ran = await page.EvaluateAsync<bool>("""
            () => {
              const script = document.createElement('script');
              script.textContent = 'window.__injectedRan = true;';
              document.body.append(script);
              document.querySelector('h1').setAttribute('style', 'color: red');
              try { new WebSocket('ws://example.invalid/'); } catch { }
              return window.__injectedRan === true;
            }
            """);
        var violations = await Browser.CspViolations.TakeAsync();

        Assert.False(ran);
        Assert.Contains(violations, v => v.StartsWith("event: script-src-elem blocked inline", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("event: style-src-attr blocked inline", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("event: connect-src blocked ws://example.invalid/", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("console: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InjectedInlineStyle_WithJavaScriptOff_IsReportedByTheConsole()
    {
        // No script runs in this page, so only Chromium's console report can tell; the route adds an inline style
        // to a real page of the site, as a template mistake would.
        var page = await Browser.NewPageAsync(javaScriptEnabled: false);
        await page.RouteAsync(Url("/safety"), async route =>
        {
            var response = await route.FetchAsync();
            var html = (await response.TextAsync()).Replace("<h1", "<h1 style=\"color: red\"", StringComparison.Ordinal);
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = html });
        });

        await page.GotoAsync(Url("/safety"));
        var violations = await Browser.CspViolations.TakeAsync();

        Assert.Contains(violations, v => v.StartsWith("console: ", StringComparison.Ordinal) && v.Contains("style-src", StringComparison.Ordinal));
    }
}
