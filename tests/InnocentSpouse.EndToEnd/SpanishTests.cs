using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Tests.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InnocentSpouse.EndToEnd;

/// <summary>Issue 13: the Spanish pages in a real browser: the switch, accessibility, and the quick exit.</summary>
public sealed class SpanishTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string NeutralSite = "https://www.weather.gov/";

    [Fact]
    public async Task SwitchToSpanish_HomeAndSafetyPages_HaveNoAxeViolations()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Browser.BaseUrl, "/").ToString());

        await page.Locator("a[hreflang=es]").First.ClickAsync();
        await page.WaitForURLAsync("**/?lang=es");
        var homeViolations = await BrowserFixture.AxeViolationsAsync(page);
        var homeLang = await page.GetAttributeAsync("html", "lang");
        // The choice is remembered (cookie): the safety page, opened without ?lang=, is in Spanish too.
        await page.GotoAsync(new Uri(Browser.BaseUrl, "/safety").ToString());
        var safetyViolations = await BrowserFixture.AxeViolationsAsync(page);

        Assert.Equal("es", homeLang);
        Assert.True(homeViolations.Count == 0, BrowserFixture.Describe(homeViolations));
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Cómo protegerse mientras usa este sitio", await page.Locator("h1").InnerTextAsync());
        Assert.True(safetyViolations.Count == 0, BrowserFixture.Describe(safetyViolations));
    }

    [Fact]
    public async Task QuickExit_InSpanish_GoesToTheNeutralSite_AndClearsTheLanguage()
    {
        var page = await Browser.NewPageAsync();
        await page.Context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(NeutralSite, StringComparison.Ordinal))
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html", Body = "<title>Weather</title>" });
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        await page.GotoAsync(new Uri(Browser.BaseUrl, "/interview?lang=es").ToString());

        await page.GetByRole(AriaRole.Link, new() { Name = "Emergencia Salir de esta página" }).ClickAsync();
        await page.WaitForURLAsync(NeutralSite);
        var cookies = await page.Context.CookiesAsync([Browser.BaseUrl.ToString()]);
        await page.GotoAsync(new Uri(Browser.BaseUrl, "/").ToString());

        Assert.DoesNotContain(cookies, c => c.Name == "lang");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task ShiftThreeTimes_InSpanish_SaysHowManyPressesAreLeftInSpanish()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Browser.BaseUrl, "/interview?lang=es").ToString());

        await page.Keyboard.PressAsync("Shift");

        await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-app-exit-status]")).ToHaveTextAsync("Shift: presione 2 veces más para salir.");
    }

    // Issue 13: "one complete interview in Spanish with JavaScript on and one with it off, with axe on every page",
    // and "the language switch in the middle of the interview".

    [Fact]
    public async Task Interview_FigureAInSpanishWithJavaScript_EveryPageIsSpanishAndPassesAxe()
    {
        var player = new InterviewPlayer(await Browser.NewPageAsync(), Browser.BaseUrl) { Texts = PlayerTexts.Spanish };
        player.CheckPageAsync = SpanishAndAxeAsync(InterviewPlayer.AssertNoAxeViolationsAsync);
        await player.Page.GotoAsync(player.Url("/?lang=es"));

        await player.CompleteAsync("2021", Truths.FigureA());

        await AssertSpanishResultsAsync(player);
    }

    [Fact]
    public async Task Interview_FigureAInSpanishWithoutJavaScript_EveryPageIsSpanishAndPassesAxe()
    {
        var player = new InterviewPlayer(await Browser.NewPageAsync(javaScriptEnabled: false), Browser.BaseUrl) { Texts = PlayerTexts.Spanish };
        player.CheckPageAsync = SpanishAndAxeAsync(await InterviewPlayer.AxeInAJavaScriptContextAsync(Browser));
        await player.Page.GotoAsync(player.Url("/?lang=es"));

        await player.CompleteAsync("2021", Truths.FigureA());

        await AssertSpanishResultsAsync(player);
    }

    [Fact]
    public async Task LanguageSwitch_MidInterview_KeepsTheQuestionAndTheAnswers()
    {
        // axe runs in the whole-interview tests above; here only the switch is checked.
        var player = new InterviewPlayer(await Browser.NewPageAsync(), Browser.BaseUrl) { CheckPageAsync = _ => Task.CompletedTask };
        var truth = Truths.FigureA();
        await player.StartAsync();
        await player.ChooseYearsAsync("2021");
        var first = player.Path;
        await player.ContinueAsync(truth);
        await player.ContinueAsync(truth);
        var question = player.Path;

        player.Texts = PlayerTexts.Spanish;
        await player.NavigateByAsync(() => player.Page.Locator("a[hreflang=es]").First.ClickAsync());

        // The same question, now in Spanish (the player checked its heading on arrival).
        Assert.Equal($"{question.Split('?')[0]}?lang=es", player.Path);
        Assert.Equal("es", await player.Page.GetAttributeAsync("html", "lang"));
        // The answer given in English is still there, shown in Spanish on "check your answers".
        await player.AnswerAllAsync(truth);
        var firstQuestion = QuestionCatalog.All.Single(q => q.Key.Value == first.Split("/q/")[1].Split('?')[0]);
        var value = InterviewPlayer.AnswerFor(first, truth) ?? firstQuestion.Options[0].Value;
        var answers = player.Page.Locator("main");
        await Expect(answers).ToContainTextAsync(PlayerTexts.Spanish.Prompt(firstQuestion));
        await Expect(answers).ToContainTextAsync(PlayerTexts.Spanish.Read(() => firstQuestion.Options.Single(o => o.Value == value).Label));
    }

    /// <summary>Each page reached says it is Spanish, then runs <paramref name="axe"/>.</summary>
    private static Func<IPage, Task> SpanishAndAxeAsync(Func<IPage, Task> axe) => async page =>
    {
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        await axe(page);
    };

    private static async Task AssertSpanishResultsAsync(InterviewPlayer player)
    {
        await Expect(player.Page.Locator("h1")).ToHaveTextAsync(PlayerTexts.Spanish.ResultsHeading);
        Assert.Equal("es", await player.Page.GetAttributeAsync("html", "lang"));
        Assert.Contains("/interview/2021/q/knew-of-item", player.Visited);
        Assert.Equal(["/interview/check-answers", "/interview/results"], player.Visited.TakeLast(2));
    }
}
