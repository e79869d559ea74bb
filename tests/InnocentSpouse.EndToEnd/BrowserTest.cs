namespace InnocentSpouse.EndToEnd;

/// <summary>
/// The base of every browser test class: each test starts a fresh Content Security Policy log and fails on any
/// violation in a page it opened (<see cref="CspViolationLog"/>).
/// </summary>
/// <param name="browser">The shared browser and app.</param>
public abstract class BrowserTest(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    /// <summary>The shared browser and app.</summary>
    protected BrowserFixture Browser { get; } = browser;

    public Task InitializeAsync()
    {
        Browser.CspViolations.StartTest();
        return Task.CompletedTask;
    }

    /// <summary>Fails the test on any Content Security Policy violation in a page it opened.</summary>
    public Task DisposeAsync() => Browser.CspViolations.EndTestAsync();
}
