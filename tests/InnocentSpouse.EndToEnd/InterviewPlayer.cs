using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InnocentSpouse.EndToEnd;

/// <summary>
/// Plays an interview in a real browser page by clicking labels and buttons, from a "truth" table of answers
/// (question key, or "year:key" for one tax year only). A question it has no answer for gets the first option
/// (or a fixed date or number). After every page it reaches it runs <see cref="CheckPageAsync"/>, which by
/// default runs axe in the same page.
/// </summary>
internal sealed class InterviewPlayer
{
    private readonly Uri _baseUrl;

    /// <summary>Page and form requests sent so far (see <see cref="Watch"/>).</summary>
    private int _requestsSent;

    /// <summary>The last few requests, responses and errors, for failure messages.</summary>
    private readonly Queue<string> _traffic = new();

    public InterviewPlayer(IPage page, Uri baseUrl)
    {
        Page = page;
        _baseUrl = baseUrl;
        Watch();
    }

    public const string YearsHeading = "Which tax years do you want relief for?";

    /// <summary>The words the player looks for on the pages: English unless a test plays in another language.</summary>
    public PlayerTexts Texts { get; set; } = PlayerTexts.English;

    public IPage Page { get; }

    /// <summary>Every page reached (path and query), in order.</summary>
    public List<string> Visited { get; } = [];

    /// <summary>Runs on every page reached; axe in this page unless replaced (e.g. for a page without JavaScript).</summary>
    public Func<IPage, Task> CheckPageAsync { get; set; } = AssertNoAxeViolationsAsync;

    public string Url(string path) => new Uri(_baseUrl, path).ToString();

    public string Path => new Uri(Page.Url).PathAndQuery;

    public static async Task AssertNoAxeViolationsAsync(IPage page)
    {
        var violations = await BrowserFixture.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{page.Url}: {BrowserFixture.Describe(violations)}");
    }

    /// <summary>
    /// A page check for a context with JavaScript off. axe is a script, and such a context runs none (not even
    /// Playwright's evaluate), so each page reached is opened again by GET in a JavaScript-on context holding the same
    /// cookies, and axe runs there.
    /// </summary>
    public static async Task<Func<IPage, Task>> AxeInAJavaScriptContextAsync(BrowserFixture browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var axeContext = await browser.NewContextAsync();
        var axePage = await axeContext.NewPageAsync();
        return async page =>
        {
            var cookies = await page.Context.CookiesAsync();
            await axeContext.ClearCookiesAsync();
            await axeContext.AddCookiesAsync(cookies.Select(c => new Cookie
            {
                Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires,
                HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
            }));
            var response = await axePage.GotoAsync(page.Url);
            Assert.Equal(200, response!.Status);
            Assert.Equal(page.Url, axePage.Url);
            await AssertNoAxeViolationsAsync(axePage);
        };
    }

    /// <summary>The heading each interview page must show, from its URL, in English.</summary>
    public static string HeadingFor(string path) => HeadingFor(path, PlayerTexts.English);

    /// <summary>The heading each interview page must show, from its URL, in <paramref name="texts"/>' language.</summary>
    public static string HeadingFor(string path, PlayerTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        path = path.Split('?', '#')[0];
        if (path.Contains("/q/", StringComparison.Ordinal))
        {
            var key = path.Split("/q/")[1];
            return texts.Prompt(QuestionCatalog.All.Single(q => q.Key.Value == key));
        }

        return path switch
        {
            "/interview" => texts.StartHeading,
            "/interview/years" => texts.YearsHeading,
            "/interview/check-answers" => texts.CheckAnswersHeading,
            "/interview/results" => texts.ResultsHeading,
            _ => throw new ArgumentException($"No known heading for {path}", nameof(path)),
        };
    }

    /// <summary>Waits until the page at the current URL is fully shown (its own h1), then records and checks it.</summary>
    public async Task ArrivedAsync()
    {
        await Expect(Page.Locator("h1")).ToHaveTextAsync(HeadingFor(Path, Texts));
        Visited.Add(Path);
        await CheckPageAsync(Page);
    }

    /// <summary>
    /// Runs <paramref name="action"/> (a click or key press that submits or follows a link), after
    /// <paramref name="prepare"/> (filling in the answer, say), and waits for a different URL.
    /// </summary>
    /// <remarks>
    /// About once in a thousand clicks, right after an enhanced navigation, Chromium never delivers Playwright's
    /// input to the page: the page records no click, sends no request and stays put, even though Playwright saw
    /// the radio checked. A person would click again, and so does this: when nothing at all was sent within
    /// <see cref="LostInputTimeout"/>, it prepares and acts once more (counted in <see cref="Retries"/>). A click
    /// that reaches the server is never repeated, so a form that posts and stays (a validation error, a 400) or a
    /// slow server still fails the test, with the page's state and its last requests in the message.
    /// </remarks>
    public async Task NavigateByAsync(Func<Task> action, Func<Task>? prepare = null)
    {
        var before = Page.Url;
        var sent = Volatile.Read(ref _requestsSent);
        if (prepare is not null)
        {
            await prepare();
        }

        await action();
        if (!await NewUrlWithinAsync(before, LostInputTimeout) && Volatile.Read(ref _requestsSent) == sent)
        {
            Retries++;
            if (prepare is not null)
            {
                await prepare();
            }

            await action();
        }

        if (!await NewUrlWithinAsync(before, NavigationTimeout))
        {
            throw new TimeoutException($"Still on {Path} after {NavigationTimeout.TotalSeconds:0} s. {await DescribeAsync()}");
        }

        await ArrivedAsync();
    }

    /// <summary>How long a click may go without sending any request before it counts as lost.</summary>
    public TimeSpan LostInputTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a navigation that did send its request may take (two shared cores, a debug build).</summary>
    public TimeSpan NavigationTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How many clicks or key presses had to be repeated because the page never received them.</summary>
    public int Retries { get; private set; }

    public Task ClickButtonAsync(string name, Func<Task>? prepare = null) =>
        NavigateByAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).ClickAsync(), prepare);

    /// <summary>Fills in the question on screen from the truth table and clicks Continue.</summary>
    public Task ContinueAsync(IReadOnlyDictionary<string, string> truth) =>
        ClickButtonAsync(Texts.Continue, () => FillAnswerAsync(truth));

    /// <summary>Counts the pages and form posts this page sends (not images or scripts) and keeps the last few for messages.</summary>
    private void Watch()
    {
        Page.Request += (_, r) =>
        {
            if (IsPageOrForm(r))
            {
                Interlocked.Increment(ref _requestsSent);
                Note($"sent {r.Method} {new Uri(r.Url).PathAndQuery}");
            }
        };
        Page.Response += (_, r) =>
        {
            if (IsPageOrForm(r.Request))
            {
                Note($"{r.Status} for {r.Request.Method} {new Uri(r.Url).PathAndQuery}");
            }
        };
        Page.PageError += (_, error) => Note($"page error: {error}");
        Page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                Note($"console error: {m.Text}");
            }
        };
    }

    /// <summary>A page load, or an enhanced navigation or form post (fetch); not an image, style or script.</summary>
    private static bool IsPageOrForm(IRequest request) => request.ResourceType is "document" or "fetch" or "xhr";

    private void Note(string line)
    {
        lock (_traffic)
        {
            _traffic.Enqueue(line);
            if (_traffic.Count > 12)
            {
                _traffic.Dequeue();
            }
        }
    }

    private async Task<bool> NewUrlWithinAsync(string before, TimeSpan timeout)
    {
        try
        {
            await Page.WaitForURLAsync(u => u != before, new() { WaitUntil = WaitUntilState.Commit, Timeout = (float)timeout.TotalMilliseconds });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>The page's heading, messages, checked inputs and last requests, for a failure message.</summary>
    private async Task<string> DescribeAsync()
    {
        string traffic;
        lock (_traffic)
        {
            traffic = string.Join("; ", _traffic);
        }

        var state = "(not readable: no script in this page)";
        var read = Task.Run(async () =>
        {
            var h1 = string.Join(" | ", await Page.Locator("h1").AllInnerTextsAsync());
            var messages = string.Join(" | ", await Page.Locator(".usa-alert, .usa-error-message").AllInnerTextsAsync());
            var checkedIds = string.Join(", ", await Page.Locator("input:checked").EvaluateAllAsync<string[]>("els => els.map(e => e.id)"));
            return $"Heading: {h1}. Messages: {messages}. Checked: {checkedIds}.";
        });
        if (await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(5))) == read && read.IsCompletedSuccessfully)
        {
            state = read.Result;
        }

        return $"{state} Repeated inputs so far: {Retries}. Last requests: {traffic}";
    }

    /// <summary>Opens the start page, optionally asks for plain titles, and clicks "Start now".</summary>
    public async Task StartAsync(bool discreet = false)
    {
        await Page.GotoAsync(Url("/interview"));
        await ArrivedAsync();
        if (discreet)
        {
            await Page.GetByText(Texts.Discreet).ClickAsync();
        }

        await ClickButtonAsync(Texts.Start);
        Assert.Equal("/interview/years", Path);
    }

    public async Task ChooseYearsAsync(string years)
    {
        await Page.GetByLabel(Texts.YearsHeading).FillAsync(years);
        await ClickButtonAsync(Texts.Continue);
        Assert.Contains("/q/", Path, StringComparison.Ordinal);
    }

    /// <summary>The answer the truth table gives for the question at <paramref name="path"/>, or null.</summary>
    public static string? AnswerFor(string path, IReadOnlyDictionary<string, string> truth)
    {
        path = path.Split('?')[0];
        var key = path.Split("/q/")[1];
        var segment = path.Split('/')[2];
        return truth.TryGetValue($"{segment}:{key}", out var perYear) ? perYear : truth.GetValueOrDefault(key);
    }

    /// <summary>Fills in the question on screen from the truth table, clicking the radio's label, without submitting.</summary>
    public async Task FillAnswerAsync(IReadOnlyDictionary<string, string> truth)
    {
        var value = AnswerFor(Path, truth);
        if (await Page.Locator("#answer-day").CountAsync() > 0)
        {
            // "yyyy-MM" is a date known only to the month: the day box stays blank.
            var parts = (value ?? "2025-09-15").Split('-');
            await Page.GetByLabel(Texts.Day).FillAsync(parts.Length > 2 ? parts[2] : "");
            await Page.GetByLabel(Texts.Month).FillAsync(parts[1]);
            await Page.GetByLabel(Texts.Year, new() { Exact = true }).FillAsync(parts[0]);
            return;
        }

        var radios = Page.Locator("input[type=radio][name='Input.Value']");
        if (await radios.CountAsync() > 0)
        {
            var radio = value is null ? radios.First : Page.Locator($"input[type=radio][name='Input.Value'][value='{value}']");
            var id = await radio.GetAttributeAsync("id");
            await Page.Locator($"label[for='{id}']").ClickAsync();
            await Expect(radio).ToBeCheckedAsync();
            return;
        }

        await Page.Locator("#answer").FillAsync(value ?? "2");
    }

    /// <summary>Answers every question from the truth table until check-your-answers.</summary>
    public async Task AnswerAllAsync(IReadOnlyDictionary<string, string> truth)
    {
        for (var i = 0; i < 150 && Path.Contains("/q/", StringComparison.Ordinal); i++)
        {
            await ContinueAsync(truth);
        }

        Assert.Equal("/interview/check-answers", Path);
    }

    /// <summary>Start to results: years, every question, check your answers, "See your results".</summary>
    public async Task CompleteAsync(string years, IReadOnlyDictionary<string, string> truth)
    {
        await StartAsync();
        await ChooseYearsAsync(years);
        await AnswerAllAsync(truth);
        await Expect(Page.GetByText(Texts.MustTellOtherSpouse)).ToBeVisibleAsync();
        await NavigateByAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = Texts.SeeResults }).ClickAsync());
        Assert.Equal("/interview/results", Path);
    }

    /// <summary>The outcome shown for one relief in one tax year on the results page.</summary>
    public ILocator Outcome(int taxYear, ReliefType relief) =>
        Page.Locator($"section[aria-labelledby='year-{taxYear}'] section.app-result")
            .Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = DeterminationText.Name(relief), Exact = true }) })
            .Locator(".app-result__outcome");

    /// <summary>Every relief of every year shows the outcome the engine gives for the same answers.</summary>
    public async Task AssertResultsMatchAsync(ScreeningResult expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        await Expect(Page.GetByText($"Checked on {expected.AsOf.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture)} against")).ToBeVisibleAsync();
        foreach (var year in expected.Years)
        {
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Tax year {year.TaxYear}", Exact = true })).ToBeVisibleAsync();
            foreach (var relief in year.Reliefs)
            {
                await Expect(Outcome(year.TaxYear, relief.Relief)).ToHaveTextAsync(DeterminationText.Label(relief.Determination));
            }
        }
    }
}
