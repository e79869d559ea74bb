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

    /// <summary>Runs axe for WCAG 2.0/2.1 A and AA and returns every violation, whatever its impact.</summary>
    public static async Task<IReadOnlyList<AxeResultItem>> AxeViolationsAsync(IPage page)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        };
        var result = await page.RunAxe(options);
        return result.Violations;
    }

    /// <summary>Formats violations so a failing test says what is wrong and where.</summary>
    public static string Describe(IEnumerable<AxeResultItem> violations) =>
        string.Join(Environment.NewLine, violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
}
