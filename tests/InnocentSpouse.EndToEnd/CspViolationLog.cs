using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace InnocentSpouse.EndToEnd;

/// <summary>
/// Every Content Security Policy violation in the pages of the watched browser contexts, caught two ways: a
/// <c>securitypolicyviolation</c> listener that each page gets before its own scripts run (JavaScript on), and
/// Chromium's console report ("Refused to ... because it violates the following Content Security Policy
/// directive"), which also comes from pages with JavaScript off. A test class calls <see cref="StartTest"/> in
/// <c>InitializeAsync</c> and <see cref="EndTestAsync"/> in <c>DisposeAsync</c>, so every browser test fails on any
/// violation in any page it opened; <see cref="BrowserFixture.NewContextAsync"/> refuses to open a context otherwise.
/// </summary>
public sealed class CspViolationLog
{
    private const string BindingName = "__reportCspViolation";

    /// <summary>Runs in every frame before the page's own scripts; reports to the test and keeps a copy in the page.</summary>
    private const string ListenerScript = """
        (() => {
          const seen = window.__cspViolations = [];
          document.addEventListener('securitypolicyviolation', e => {
            const text = `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} on ${e.documentURI}` +
              (e.sample ? ` (sample "${e.sample}")` : '') + (e.sourceFile ? ` from ${e.sourceFile}:${e.lineNumber}` : '');
            seen.push(text);
            const report = window.__reportCspViolation;
            if (typeof report === 'function') { report(text); }
          }, true);
        })();
        """;

    private readonly ConcurrentQueue<string> _violations = new();
    private readonly List<(IBrowserContext Context, bool JavaScript)> _contexts = [];
    private bool _testRunning;

    /// <summary>Starts watching <paramref name="context"/>'s pages.</summary>
    internal async Task WatchAsync(IBrowserContext context, bool javaScriptEnabled)
    {
        lock (_contexts)
        {
            if (!_testRunning)
            {
                throw new InvalidOperationException(
                    "Browser tests must check Content Security Policy violations: call browser.CspViolations.StartTest() in the " +
                    "test class's InitializeAsync and browser.CspViolations.EndTestAsync() in its DisposeAsync.");
            }

            _contexts.Add((context, javaScriptEnabled));
        }

        context.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _violations.Enqueue($"console: {message.Text}");
            }
        };
        if (javaScriptEnabled)
        {
            await context.ExposeFunctionAsync<string>(BindingName, text => _violations.Enqueue($"event: {text}"));
            await context.AddInitScriptAsync(ListenerScript);
        }
    }

    /// <summary>Begins a test: forgets anything left over.</summary>
    public void StartTest()
    {
        lock (_contexts)
        {
            _testRunning = true;
        }

        _violations.Clear();
    }

    /// <summary>
    /// Every violation reported so far, after one round trip to each open page so that reports already sent have
    /// arrived; the log is then empty. For a test that causes violations on purpose.
    /// </summary>
    public async Task<IReadOnlyList<string>> TakeAsync()
    {
        List<(IBrowserContext Context, bool JavaScript)> contexts;
        lock (_contexts)
        {
            contexts = [.. _contexts];
        }

        foreach (var (context, javaScript) in contexts)
        {
            // A page without JavaScript cannot evaluate anything; a round trip through its context has to do.
            await context.CookiesAsync();
            foreach (var page in context.Pages.Where(p => javaScript && !p.IsClosed))
            {
                try
                {
                    await page.EvaluateAsync("() => 0");
                }
                catch (PlaywrightException)
                {
                    // Closed or navigating: whatever it reported has been delivered already.
                }
            }
        }

        var taken = new List<string>();
        while (_violations.TryDequeue(out var violation))
        {
            taken.Add(violation);
        }

        return taken;
    }

    /// <summary>Ends a test: closes the contexts it opened and fails if any of their pages reported a violation.</summary>
    public async Task EndTestAsync()
    {
        IReadOnlyList<string> violations;
        try
        {
            violations = await TakeAsync();
        }
        finally
        {
            List<IBrowserContext> contexts;
            lock (_contexts)
            {
                contexts = [.. _contexts.Select(c => c.Context)];
                _contexts.Clear();
                _testRunning = false;
            }

            foreach (var context in contexts)
            {
                await context.CloseAsync();
            }
        }

        Assert.True(violations.Count == 0,
            $"Content Security Policy violations ({violations.Count}):{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }
}
