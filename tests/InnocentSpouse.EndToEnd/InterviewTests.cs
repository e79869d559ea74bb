using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InnocentSpouse.EndToEnd;

/// <summary>
/// The guided interview in Chromium: whole interviews with JavaScript on and off, axe on every page visited,
/// keyboard only, the quick exit and the Back history, the error summary, and the Back link.
/// </summary>
public sealed class InterviewTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string NeutralSite = "https://www.weather.gov/";

    private async Task<InterviewPlayer> NewPlayerAsync(bool javaScriptEnabled = true) =>
        new(await Browser.NewPageAsync(javaScriptEnabled), Browser.BaseUrl);

    /// <summary>Answers the neutral site from the test, so no network is needed.</summary>
    private static async Task InterceptNeutralSiteAsync(IPage page)
    {
        await page.Context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(NeutralSite, StringComparison.Ordinal))
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 200,
                    ContentType = "text/html",
                    Body = "<!DOCTYPE html><html lang=\"en\"><title>Weather</title><h1>Weather</h1></html>",
                });
                return;
            }

            await route.ContinueAsync();
        });
    }

    private static Task<string> ActiveElementAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return e ? (e.id || e.tagName.toLowerCase()) : ''; }");

    private static Task<bool> FocusIsInsideAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("s => { const box = document.querySelector(s); return !!box && box.contains(document.activeElement); }", selector);

    // 1. Whole interviews with JavaScript on, axe on every page.

    [Fact]
    [Trait("Category", "Postgres")]
    public async Task Interview_FigureAWithJavaScript_InnocentSpouseReliefMayQualifyAndEveryPagePassesAxe()
    {
        var player = await NewPlayerAsync();
        var truth = Truths.FigureA();

        await player.CompleteAsync("2021", truth);

        await Expect(player.Outcome(2021, ReliefType.InnocentSpouse)).ToHaveTextAsync("May qualify");
        await player.AssertResultsMatchAsync(ExpectedResults.For(truth, Browser.Factory.Today, 2021));
        await Expect(player.Page.GetByRole(AriaRole.Heading, new() { Name = "Ask for relief with Form 8857" })).ToBeVisibleAsync();
        Assert.Contains("/interview/2021/q/knew-of-item", player.Visited);
        Assert.Equal(["/interview", "/interview/years"], player.Visited.Take(2));
        Assert.Equal(["/interview/check-answers", "/interview/results"], player.Visited.TakeLast(2));
    }

    [Fact]
    public async Task Interview_UnderpaymentWithJavaScript_EquitableReliefWithFactorTable()
    {
        var player = await NewPlayerAsync();
        var truth = Truths.With(Truths.FigureA(), ("liability-type", "underpayment"));

        await player.CompleteAsync("2021", truth);

        await Expect(player.Outcome(2021, ReliefType.EquitableRelief)).ToHaveTextAsync("May qualify");
        await player.AssertResultsMatchAsync(ExpectedResults.For(truth, Browser.Factory.Today, 2021));
        var table = player.Page.GetByRole(AriaRole.Table, new() { Name = "How the equitable relief factors look for 2021" });
        await Expect(table).ToBeVisibleAsync();
        Assert.True(await table.Locator("tbody tr").CountAsync() >= 3, "the factor table lists the factors");
        Assert.DoesNotContain("/interview/2021/q/knew-of-item", player.Visited);
    }

    [Fact]
    public async Task Interview_JointRefundKeptForSpousesDebtWithJavaScript_NextStepIsForm8379()
    {
        var player = await NewPlayerAsync();
        var truth = Truths.With(Truths.FigureA(), ("refund-kept", "joint-refund-other-spouse-debt"), ("had-own-income-or-payments", "yes"));

        await player.CompleteAsync("2023", truth);

        await Expect(player.Outcome(2023, ReliefType.InjuredSpouse)).ToHaveTextAsync("May qualify");
        await Expect(player.Page.GetByRole(AriaRole.Heading, new() { Name = "Ask for your share of the refund with Form 8379" })).ToBeVisibleAsync();
        await player.AssertResultsMatchAsync(ExpectedResults.For(truth, Browser.Factory.Today, 2023));
    }

    [Fact]
    public async Task Interview_TwoTaxYearsWithJavaScript_AsksYearQuestionsForEachYearAndShowsBothYears()
    {
        var player = await NewPlayerAsync();
        var truth = Truths.With(Truths.FigureA(), ("2022:knew-of-item", "yes"));

        await player.CompleteAsync("2022, 2021", truth);

        Assert.Contains("/interview/2021/q/filed-joint-return", player.Visited);
        Assert.Contains("/interview/2022/q/filed-joint-return", player.Visited);
        Assert.Single(player.Visited, p => p == "/interview/q/marital-status");
        await Expect(player.Outcome(2021, ReliefType.InnocentSpouse)).ToHaveTextAsync("May qualify");
        await Expect(player.Outcome(2022, ReliefType.InnocentSpouse)).Not.ToHaveTextAsync("May qualify");
        await player.AssertResultsMatchAsync(ExpectedResults.For(truth, Browser.Factory.Today, 2021, 2022));
    }

    [Fact]
    public async Task Interview_CollectionDateKnownOnlyToTheMonth_DayLeftBlankAndTheReasonGivesTheRange()
    {
        // Three months before the app's fixed today: even counted from the month's first day, the 2-year deadline is far off.
        var today = Browser.Factory.Today;
        var month = today.AddMonths(-3).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var player = await NewPlayerAsync();
        var truth = Truths.With(Truths.FigureA(), ("first-collection-date", month));

        await player.StartAsync();
        await player.ChooseYearsAsync("2021");
        for (var i = 0; i < 150 && player.Path != "/interview/2021/q/first-collection-date"; i++)
        {
            await player.ContinueAsync(truth);
        }

        await Expect(player.Page.GetByText("If you only know the month and year, leave the day blank.")).ToBeVisibleAsync();
        await player.AnswerAllAsync(truth);
        await Expect(player.Page.GetByText("(day not known)").First).ToBeVisibleAsync();
        await player.NavigateByAsync(() => player.Page.GetByRole(AriaRole.Link, new() { Name = "See your results" }).ClickAsync());

        await Expect(player.Outcome(2021, ReliefType.InnocentSpouse)).ToHaveTextAsync("May qualify");
        await player.AssertResultsMatchAsync(ExpectedResults.For(truth, today, 2021));
        await Expect(player.Page.GetByText("you gave only the month").First).ToBeAttachedAsync();
    }

    // 2. JavaScript off.

    [Fact]
    public async Task Interview_FigureAWithoutJavaScript_CompletesWithPlainFormsAndEveryPagePassesAxe()
    {
        var player = await NewPlayerAsync(javaScriptEnabled: false);
        player.CheckPageAsync = await InterviewPlayer.AxeInAJavaScriptContextAsync(Browser);
        var truth = Truths.FigureA();

        await player.CompleteAsync("2021", truth);

        await Expect(player.Outcome(2021, ReliefType.InnocentSpouse)).ToHaveTextAsync("May qualify");
        await player.AssertResultsMatchAsync(ExpectedResults.For(truth, Browser.Factory.Today, 2021));
    }

    // 3. Keyboard only.

    private static async Task TabToAsync(IPage page, string selector, bool backwards = false, int max = 150)
    {
        for (var i = 0; i < max; i++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            if (await page.EvaluateAsync<bool>("s => !!document.activeElement && document.activeElement.matches(s)", selector))
            {
                return;
            }
        }

        Assert.Fail($"{(backwards ? "Shift+Tab" : "Tab")} never reached {selector} on {page.Url}");
    }

    /// <summary>
    /// After a page is reached, focus is at the start of the document (a full load), on the page heading or main,
    /// or in the error summary: never left on a control of the page before.
    /// </summary>
    private static async Task AssertFocusAtStartOfNewPageAsync(IPage page)
    {
        const string Where = @"() => {
            const a = document.activeElement;
            if (!a || a === document.body || a === document.documentElement) return 'document';
            if (a.closest('.app-error-summary')) return 'error summary';
            if (a.tagName === 'H1' || a.closest('h1') || a.id === 'main-content') return 'heading';
            return 'elsewhere: ' + a.outerHTML.slice(0, 120);
        }";
        // Focus moves just after the new content is in place (Blazor's enhancedload), so allow it a moment.
        try
        {
            await page.WaitForFunctionAsync($"() => !({Where})().startsWith('elsewhere')", null, new() { Timeout = 3000 });
        }
        catch (TimeoutException)
        {
        }

        var where = await page.EvaluateAsync<string>(Where);
        Assert.True(!where.StartsWith("elsewhere", StringComparison.Ordinal), $"{page.Url}: focus is {where}");
    }

    private static async Task AnswerByKeyboardAsync(InterviewPlayer player, IReadOnlyDictionary<string, string> truth)
    {
        var page = player.Page;
        var value = InterviewPlayer.AnswerFor(player.Path, truth);
        if (await page.Locator("#answer-day").CountAsync() > 0)
        {
            var parts = (value ?? "2025-09-15").Split('-');
            await TabToAsync(page, "#answer-day");
            await page.Keyboard.TypeAsync(parts[2]);
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync(parts[1]);
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync(parts[0]);
            await page.Keyboard.PressAsync("Shift+Tab");
            await page.Keyboard.PressAsync("Shift+Tab");
            Assert.Equal("answer-day", await ActiveElementAsync(page));
            await Expect(page.Locator("#answer-year")).ToHaveValueAsync(parts[0]);
        }
        else if (await page.Locator("input[type=radio][name='Input.Value']").CountAsync() is var count and > 0)
        {
            var values = await page.Locator("input[type=radio][name='Input.Value']").EvaluateAllAsync<string[]>("rs => rs.map(r => r.value)");
            var target = value is null ? 0 : Array.IndexOf(values, value);
            await TabToAsync(page, "input[type=radio][name='Input.Value']");
            await page.Keyboard.PressAsync("Space");
            var current = Array.IndexOf(values, await page.EvaluateAsync<string>("() => document.activeElement.value"));
            for (var i = 0; i < (target - current + count) % count; i++)
            {
                await page.Keyboard.PressAsync("ArrowDown");
            }

            await Expect(page.Locator($"input[type=radio][name='Input.Value'][value='{values[target]}']")).ToBeCheckedAsync();
        }
        else
        {
            await TabToAsync(page, "#answer");
            await page.Keyboard.TypeAsync(value ?? "2");
        }

        await TabToAsync(page, "main form button");
        await player.NavigateByAsync(() => page.Keyboard.PressAsync("Enter"));
    }

    [Fact]
    public async Task Interview_KeyboardOnly_ReachesResultsWithFocusAtTheStartOfEachPage()
    {
        var player = await NewPlayerAsync();
        player.CheckPageAsync = AssertFocusAtStartOfNewPageAsync;
        var page = player.Page;
        var truth = Truths.FigureA();
        await page.GotoAsync(player.Url("/interview"));
        await player.ArrivedAsync();

        await TabToAsync(page, "main form button");
        await player.NavigateByAsync(() => page.Keyboard.PressAsync("Enter"));
        await TabToAsync(page, "#years");
        await page.Keyboard.TypeAsync("2021");
        await player.NavigateByAsync(() => page.Keyboard.PressAsync("Enter"));

        // A first try with nothing chosen: the error summary takes focus and its link leads to the radios.
        await TabToAsync(page, "main form button");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".app-error-summary").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('.app-error-summary').contains(document.activeElement)");
        await TabToAsync(page, ".app-error-summary a", max: 3);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'answer'");

        for (var i = 0; i < 150 && player.Path.Contains("/q/", StringComparison.Ordinal); i++)
        {
            await AnswerByKeyboardAsync(player, truth);
        }

        Assert.Equal("/interview/check-answers", player.Path);
        await TabToAsync(page, "main a[href='/interview/results']");
        await player.NavigateByAsync(() => page.Keyboard.PressAsync("Enter"));
        await Expect(player.Outcome(2021, ReliefType.InnocentSpouse)).ToHaveTextAsync("May qualify");
        Assert.Contains("/interview/2021/q/first-collection-date", player.Visited);
        Assert.Contains("/interview/2021/q/knew-of-item", player.Visited);
    }

    // 4. Quick exit.

    [Fact]
    public async Task QuickExit_ClickedOnAQuestion_LeavesTheQuestionOutOfBackHistoryAndEndsTheSession()
    {
        var player = await NewPlayerAsync();
        player.CheckPageAsync = _ => Task.CompletedTask;
        var page = player.Page;
        await InterceptNeutralSiteAsync(page);
        await player.StartAsync();
        await player.ChooseYearsAsync("2021");
        var question = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "Emergency Exit this page" }).ClickAsync();
        await page.WaitForURLAsync(NeutralSite);
        await page.GoBackAsync();

        Assert.NotEqual(question, page.Url);
        Assert.DoesNotContain("/q/", page.Url, StringComparison.Ordinal);
        await page.GotoAsync(question);
        Assert.Equal(player.Url("/interview"), page.Url);
    }

    [Fact]
    public async Task QuickExit_ShiftPressedThreeTimesOnAQuestion_LeavesTheQuestionOutOfBackHistory()
    {
        var player = await NewPlayerAsync();
        player.CheckPageAsync = _ => Task.CompletedTask;
        var page = player.Page;
        await InterceptNeutralSiteAsync(page);
        await player.StartAsync();
        await player.ChooseYearsAsync("2021");
        var question = page.Url;

        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        Assert.Equal(question, page.Url);
        // As in the letters test: Playwright may not hand a redirect from a keyboard-started navigation to the
        // route handler, so this checks the request for the neutral site is made.
        var neutral = page.WaitForRequestAsync(r => r.Url.StartsWith(NeutralSite, StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Shift");
        await neutral;
        await page.WaitForTimeoutAsync(500);
        await page.GoBackAsync();

        Assert.DoesNotContain("/q/", page.Url, StringComparison.Ordinal);
    }

    // 5. Error summary.

    [Fact]
    public async Task Question_NothingSelected_ErrorSummaryTakesFocusPassesAxeAndItsLinkFocusesTheField()
    {
        var player = await NewPlayerAsync();
        var page = player.Page;
        await player.StartAsync();
        await player.ChooseYearsAsync("2021");
        var question = page.Url;

        await page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();
        var summary = page.Locator(".app-error-summary");
        await summary.WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('.app-error-summary').contains(document.activeElement)");

        Assert.Equal(question, page.Url);
        Assert.True(await FocusIsInsideAsync(page, ".app-error-summary"));
        await Expect(summary).ToContainTextAsync("There is a problem");
        await Expect(page.Locator(".usa-form-group--error .usa-error-message")).ToBeVisibleAsync();
        await InterviewPlayer.AssertNoAxeViolationsAsync(page);
        await summary.Locator("a").First.ClickAsync();
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'answer'");
        Assert.Equal(question, page.Url.Split('#')[0]);
    }

    // 6. Back link and the browser's Back button.

    [Fact]
    public async Task Question_BackLinkAndBrowserBack_ShowThePreviousQuestionWithItsAnswerChosen()
    {
        var player = await NewPlayerAsync();
        player.CheckPageAsync = _ => Task.CompletedTask;
        var page = player.Page;
        var truth = new Dictionary<string, string> { ["refund-kept"] = "none", ["filed-joint-return"] = "yes" };
        await player.StartAsync();
        await player.ChooseYearsAsync("2021");
        var first = player.Path;
        await player.ContinueAsync(truth);
        var second = player.Path;
        Assert.Equal("yes", InterviewPlayer.AnswerFor(second, truth));
        await player.ContinueAsync(truth);
        var third = player.Path;

        await player.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Back", Exact = true }).ClickAsync());

        Assert.Equal(second, player.Path);
        await Expect(page.Locator("input[name='Input.Value'][value='yes']")).ToBeCheckedAsync();
        await player.ClickButtonAsync("Continue");
        Assert.Equal(third, player.Path);

        await page.GoBackAsync();
        await page.WaitForURLAsync(player.Url(second));
        await player.ArrivedAsync();
        await Expect(page.Locator("input[name='Input.Value'][value='yes']")).ToBeCheckedAsync();

        await page.GoBackAsync();
        await page.WaitForURLAsync(player.Url(third));
        await page.GoBackAsync();
        await page.WaitForURLAsync(player.Url(second));
        await page.GoBackAsync();
        await page.WaitForURLAsync(player.Url(first));
        await player.ArrivedAsync();
        await Expect(page.Locator("input[name='Input.Value'][value='none']")).ToBeCheckedAsync();
    }

    // 7. The player itself: a lost input is repeated, a request that was sent is not.

    [Fact]
    public async Task Player_ClickThePageNeverReceived_IsRepeatedOnce()
    {
        var page = await Browser.NewPageAsync();
        // Swallows the first click on a submit button, as a lost input would look: no submit and no request.
        await page.AddInitScriptAsync("""
            (() => {
              let swallowed = false;
              window.addEventListener('click', e => {
                if (!swallowed && e.target instanceof Element && e.target.closest('button[type=submit]')) {
                  swallowed = true;
                  e.preventDefault();
                  e.stopImmediatePropagation();
                }
              }, true);
            })();
            """);
        var player = new InterviewPlayer(page, Browser.BaseUrl) { LostInputTimeout = TimeSpan.FromSeconds(3) };

        await player.StartAsync();

        Assert.Equal(1, player.Retries);
        Assert.Equal("/interview/years", player.Path);
    }

    [Fact]
    public async Task Player_ClickThatPostedAndStayed_IsNotRepeatedAndTheFailureShowsThePage()
    {
        var player = new InterviewPlayer(await Browser.NewPageAsync(), Browser.BaseUrl)
        {
            LostInputTimeout = TimeSpan.FromSeconds(3),
            NavigationTimeout = TimeSpan.FromSeconds(5),
        };
        await player.StartAsync();
        await player.ChooseYearsAsync("2021");
        var question = player.Path;

        // Nothing chosen: the server answers 400 with the error summary, and the page stays.
        var failure = await Assert.ThrowsAsync<TimeoutException>(() => player.ClickButtonAsync("Continue"));

        Assert.Equal(0, player.Retries);
        Assert.Equal(question, player.Path);
        Assert.Contains($"400 for POST {question}", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Select", failure.Message, StringComparison.Ordinal);
    }
}
