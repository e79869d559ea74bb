using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InnocentSpouse.EndToEnd;

/// <summary>
/// The guided interview in Chromium: whole interviews with JavaScript on and off, axe on every page visited,
/// keyboard only, the quick exit and the Back history, the error summary, and the Back link.
/// </summary>
public sealed class InterviewTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string NeutralSite = "https://www.weather.gov/";

    /// <summary>A divorced person; the ex-spouse's income was left off the return; she did not know (Pub. 971 Figure A).</summary>
    private static Dictionary<string, string> FigureA() => new()
    {
        ["refund-kept"] = "none", ["filed-joint-return"] = "yes", ["final-court-decision"] = "no",
        ["accepted-offer-in-compromise"] = "no", ["closing-agreement"] = "no", ["irs-contacted-you"] = "yes",
        ["liability-type"] = "understatement", ["first-collection-action"] = "levy-hearing-notice",
        ["first-collection-date"] = "2025-09-15", ["erroneous-item-owner"] = "other-person", ["knew-of-item"] = "no",
        ["reason-to-know"] = "no", ["significant-benefit"] = "no-one-or-basic-support", ["marital-status"] = "divorced",
        ["fraudulent-transfer-scheme"] = "no", ["property-transferred-to-you"] = "no", ["knowingly-signed-fraudulent-return"] = "no",
        ["abused-and-afraid"] = "no", ["financial-control"] = "no", ["balance-still-owed"] = "yes", ["collection-period-open"] = "yes",
        ["paid-with-own-money"] = "no", ["assets-to-pay-tax"] = "no", ["health-problem"] = "no", ["household-size"] = "2",
        ["monthly-income"] = "2500", ["monthly-basic-expenses"] = "2400", ["divorce-decree-says-who-pays"] = "both-or-no-decree",
        ["later-years-compliant"] = "yes", ["expected-payment"] = "yes", ["attribution-exception"] = "none",
        ["community-property-state"] = "none", ["lived-apart-12-months"] = "yes", ["took-part-in-court-case"] = "no",
    };

    private static Dictionary<string, string> With(Dictionary<string, string> answers, params (string Key, string Value)[] changes)
    {
        foreach (var (key, value) in changes)
        {
            answers[key] = value;
        }

        return answers;
    }

    private async Task<InterviewPlayer> NewPlayerAsync(bool javaScriptEnabled = true) =>
        new(await browser.NewPageAsync(javaScriptEnabled), browser.BaseUrl);

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
    public async Task Interview_FigureAWithJavaScript_InnocentSpouseReliefMayQualifyAndEveryPagePassesAxe()
    {
        var player = await NewPlayerAsync();
        var truth = FigureA();

        await player.CompleteAsync("2021", truth);

        await Expect(player.Outcome(2021, ReliefType.InnocentSpouse)).ToHaveTextAsync("May qualify");
        await player.AssertResultsMatchAsync(InterviewPlayer.Expected(truth, 2021));
        await Expect(player.Page.GetByRole(AriaRole.Heading, new() { Name = "Ask for relief with Form 8857" })).ToBeVisibleAsync();
        Assert.Contains("/interview/2021/q/knew-of-item", player.Visited);
        Assert.Equal(["/interview", "/interview/years"], player.Visited.Take(2));
        Assert.Equal(["/interview/check-answers", "/interview/results"], player.Visited.TakeLast(2));
    }

    [Fact]
    public async Task Interview_UnderpaymentWithJavaScript_EquitableReliefWithFactorTable()
    {
        var player = await NewPlayerAsync();
        var truth = With(FigureA(), ("liability-type", "underpayment"));

        await player.CompleteAsync("2021", truth);

        await Expect(player.Outcome(2021, ReliefType.EquitableRelief)).ToHaveTextAsync("May qualify");
        await player.AssertResultsMatchAsync(InterviewPlayer.Expected(truth, 2021));
        var table = player.Page.GetByRole(AriaRole.Table, new() { Name = "How the equitable relief factors look for 2021" });
        await Expect(table).ToBeVisibleAsync();
        Assert.True(await table.Locator("tbody tr").CountAsync() >= 3, "the factor table lists the factors");
        Assert.DoesNotContain("/interview/2021/q/knew-of-item", player.Visited);
    }

    [Fact]
    public async Task Interview_JointRefundKeptForSpousesDebtWithJavaScript_NextStepIsForm8379()
    {
        var player = await NewPlayerAsync();
        var truth = With(FigureA(), ("refund-kept", "joint-refund-other-spouse-debt"), ("had-own-income-or-payments", "yes"));

        await player.CompleteAsync("2023", truth);

        await Expect(player.Outcome(2023, ReliefType.InjuredSpouse)).ToHaveTextAsync("May qualify");
        await Expect(player.Page.GetByRole(AriaRole.Heading, new() { Name = "Ask for your share of the refund with Form 8379" })).ToBeVisibleAsync();
        await player.AssertResultsMatchAsync(InterviewPlayer.Expected(truth, 2023));
    }

    [Fact]
    public async Task Interview_TwoTaxYearsWithJavaScript_AsksYearQuestionsForEachYearAndShowsBothYears()
    {
        var player = await NewPlayerAsync();
        var truth = With(FigureA(), ("2022:knew-of-item", "yes"));

        await player.CompleteAsync("2022, 2021", truth);

        Assert.Contains("/interview/2021/q/filed-joint-return", player.Visited);
        Assert.Contains("/interview/2022/q/filed-joint-return", player.Visited);
        Assert.Single(player.Visited, p => p == "/interview/q/marital-status");
        await Expect(player.Outcome(2021, ReliefType.InnocentSpouse)).ToHaveTextAsync("May qualify");
        await Expect(player.Outcome(2022, ReliefType.InnocentSpouse)).Not.ToHaveTextAsync("May qualify");
        await player.AssertResultsMatchAsync(InterviewPlayer.Expected(truth, 2021, 2022));
    }

    // 2. JavaScript off.

    [Fact]
    public async Task Interview_FigureAWithoutJavaScript_CompletesWithPlainFormsAndEveryPagePassesAxe()
    {
        var player = await NewPlayerAsync(javaScriptEnabled: false);
        var truth = FigureA();

        await player.CompleteAsync("2021", truth);

        await Expect(player.Outcome(2021, ReliefType.InnocentSpouse)).ToHaveTextAsync("May qualify");
        await player.AssertResultsMatchAsync(InterviewPlayer.Expected(truth, 2021));
    }
}
