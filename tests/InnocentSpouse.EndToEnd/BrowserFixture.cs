using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using InnocentSpouse.Tests.Shared;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InnocentSpouse.EndToEnd;

/// <summary>
/// The real app on a real 127.0.0.1 port (WebApplicationFactory.UseKestrel) and Debian's Chromium driven by
/// Playwright. No browser download: CHROMIUM_PATH or /usr/bin/chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public AppFactory Factory { get; } = new();

    public Uri BaseUrl { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    private IPlaywright _playwright = default!;

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address);

        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>A page in a fresh browser context (own cookies), optionally with JavaScript turned off.</summary>
    public async Task<IPage> NewPageAsync(bool javaScriptEnabled = true)
    {
        var context = await NewContextAsync(javaScriptEnabled);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A fresh browser context (own cookies) whose pages report every Content Security Policy violation to
    /// <see cref="CspViolations"/>, which each test class checks after every test.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(bool javaScriptEnabled = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScriptEnabled });
        // Generous limits: two shared cores run the server, the browser and the tests at once.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        await CspViolations.WatchAsync(context, javaScriptEnabled);
        return context;
    }

    /// <summary>The policy violations every page of this fixture's contexts reported, and those contexts.</summary>
    public CspViolationLog CspViolations { get; } = new();

    /// <summary>axe's violations for each page state already checked in this test run, by <see cref="PageStateAsync"/>.</summary>
    private static readonly ConcurrentDictionary<string, IReadOnlyList<AxeResultItem>> Checked = new(StringComparer.Ordinal);

    /// <summary>
    /// Runs axe for WCAG 2.0/2.1 A and AA and returns every violation, whatever its impact. A page whose markup, viewport
    /// and media are exactly those of a page already checked in this run (the same question reached by another test,
    /// say) gets that check's result: axe's result depends only on these.
    /// </summary>
    public static async Task<IReadOnlyList<AxeResultItem>> AxeViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Assert.True(page.Frames.Count == 1, $"{page.Url} has frames: axe must check them too (RunAxe instead of RunAxeLegacy below).");
        var state = await PageStateAsync(page);
        if (Checked.TryGetValue(state, out var known))
        {
            return known;
        }

        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        };
        // axe.run in the page itself ("legacy mode"), not RunAxe's run across frames, which opens a second page and
        // injects axe twice for every check: 0.3 s a page instead of 0.8 s. The results are the same for pages without
        // frames, which none of ours have; HomePageTests.Axe_PageWithAddedFaults_... shows whole-page rules still run.
#pragma warning disable CS0618 // "Legacy Mode is being removed in the future": revisit when Deque.AxeCore.Playwright is updated.
        var result = await page.RunAxeLegacy(options: options);
#pragma warning restore CS0618
        Checked.TryAdd(state, result.Violations);
        return result.Violations;
    }

    /// <summary>
    /// A digest of what axe reads: the live document's markup (with the antiforgery token and nonces, which differ on
    /// every response, blanked), the page's origin, the viewport and the media that apply.
    /// </summary>
    private static async Task<string> PageStateAsync(IPage page)
    {
        var state = await page.EvaluateAsync<string>("""
            () => JSON.stringify([
              location.origin, innerWidth, innerHeight, matchMedia('print').matches,
              matchMedia('(prefers-color-scheme: dark)').matches, matchMedia('(prefers-reduced-motion: reduce)').matches,
              document.documentElement.outerHTML
                .replace(/(name="__RequestVerificationToken"[^>]*value=")[^"]*/g, '$1')
                .replace(/nonce="[^"]*"/g, '')])
            """);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(state)));
    }

    /// <summary>Formats violations so a failing test says what is wrong and where.</summary>
    public static string Describe(IEnumerable<AxeResultItem> violations) =>
        string.Join(Environment.NewLine, violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
}
