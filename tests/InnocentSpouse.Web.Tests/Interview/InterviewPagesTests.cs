using System.Net;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Web.Tests.Interview;

/// <summary>Whole interviews over HTTP through the real app and database (plain form posts, no JavaScript).</summary>
public sealed class InterviewPagesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("Figure A: did not know", ReliefType.InnocentSpouse, Determination.MayQualify, "", "")]
    [InlineData("Figure B: had reason to know, but no actual knowledge", ReliefType.SeparationOfLiability, Determination.MayQualify, "reason-to-know", "yes")]
    [InlineData("Figure C: unpaid tax on the return", ReliefType.EquitableRelief, Determination.MayQualify, "liability-type", "underpayment")]
    public async Task Interview_MainPathOfEachFigure_ResultsMatchTheEngine(string name, ReliefType relief, Determination outcome, string key, string value)
    {
        var truth = key.Length == 0 ? Truths.FigureA() : Truths.With(Truths.FigureA(), (key, value));
        var driver = new InterviewDriver(factory);

        await driver.CompleteAsync("2021", truth);
        var (status, html, _) = await driver.GetAsync("/interview/results");
        var expected = ExpectedResults.For(truth, factory.Today, 2021);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(outcome == expected.Years[0].For(relief)!.Determination, name);
        ExpectedResults.AssertShownIn(html, expected);
        Assert.Contains("What to do next", html, StringComparison.Ordinal);
        Assert.Contains("must tell your spouse or ex-spouse", (await driver.GetAsync("/interview/check-answers")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_TwoTaxYears_AsksHouseholdQuestionsOnceAndYearQuestionsPerYear()
    {
        var driver = new InterviewDriver(factory);

        await driver.CompleteAsync("2022, 2021", Truths.FigureA());
        var (_, html, _) = await driver.GetAsync("/interview/results");

        Assert.Single(driver.Visited, p => p == "/interview/q/marital-status");
        Assert.Contains("/interview/2021/q/filed-joint-return", driver.Visited);
        Assert.Contains("/interview/2022/q/filed-joint-return", driver.Visited);
        ExpectedResults.AssertShownIn(html, ExpectedResults.For(Truths.FigureA(), factory.Today, 2021, 2022));
    }

    [Fact]
    public async Task Interview_JointRefundKeptForSpousesDebt_RoutesToForm8379()
    {
        var truth = Truths.With(Truths.FigureA(), ("refund-kept", "joint-refund-other-spouse-debt"), ("had-own-income-or-payments", "yes"));
        var driver = new InterviewDriver(factory);

        await driver.CompleteAsync("2023", truth);
        var (_, html, _) = await driver.GetAsync("/interview/results");

        Assert.Equal(Determination.MayQualify, ExpectedResults.For(truth, factory.Today, 2023).Years[0].For(ReliefType.InjuredSpouse)!.Determination);
        Assert.Contains("Ask for your share of the refund with Form 8379", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_NoChoiceMade_Returns400WithErrorSummaryLinkingToTheField()
    {
        var driver = new InterviewDriver(factory);
        await driver.PostAsync("/interview", "start", new Dictionary<string, string>());
        var years = await driver.PostAsync("/interview/years", "years", new Dictionary<string, string> { ["years"] = "2021" });

        var (status, html, _) = await driver.PostAsync(years.Location!, "answer", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{years.Location}#answer\"", html, StringComparison.Ordinal);
        Assert.Contains("Select one answer", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30", "2", "2025", "February 2025 has 28 days")]
    [InlineData("15", "", "2025", "must include a month")]
    [InlineData("1", "1", "next year", "today or in the past")]
    public async Task DateQuestion_BadDate_ShowsASpecificMessageAndKeepsWhatWasTyped(string day, string month, string year, string message)
    {
        year = year == "next year" ? (factory.Today.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : year;
        var driver = new InterviewDriver(factory);
        var truth = Truths.FigureA();
        await driver.PostAsync("/interview", "start", new Dictionary<string, string>());
        var location = (await driver.PostAsync("/interview/years", "years", new Dictionary<string, string> { ["years"] = "2021" })).Location!;
        while (!location.EndsWith("first-collection-date", StringComparison.Ordinal))
        {
            location = (await driver.AnswerAsync(location, truth)).Location!;
        }

        var (status, html, _) = await driver.PostAsync(location, "answer",
            new Dictionary<string, string> { ["Input.Day"] = day, ["Input.Month"] = month, ["Input.Year"] = year });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{year}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAnswers_ChangeThatAltersTheResult_ReturnsThereAndMarksTheAnswer()
    {
        var driver = new InterviewDriver(factory);
        await driver.CompleteAsync("2021", Truths.FigureA());

        var (status, _, location) = await driver.PostAsync("/interview/2021/q/significant-benefit?returnTo=answers", "answer",
            new Dictionary<string, string> { ["Input.Value"] = "i-benefited" });
        var (_, html, _) = await driver.GetAsync(location!);

        Assert.Equal(HttpStatusCode.Found, status);
        Assert.Equal("/interview/check-answers?changed=2021%3Asignificant-benefit", location);
        Assert.Contains("Changed your result", html, StringComparison.Ordinal);
        Assert.Matches("app-changed\"[^>]*id=\"answer-2021-significant-benefit\"", html);
    }

    [Fact]
    public async Task CheckAnswers_ChangeThatLeavesTheResult_ReturnsThereWithoutAMark()
    {
        var driver = new InterviewDriver(factory);
        await driver.CompleteAsync("2021", Truths.FigureA());

        var (_, _, location) = await driver.PostAsync("/interview/2021/q/closing-agreement?returnTo=answers", "answer",
            new Dictionary<string, string> { ["Input.Value"] = "no" });

        Assert.Equal("/interview/check-answers", location);
    }

    [Fact]
    public async Task CheckAnswers_EveryAnswerOnThePath_HasAChangeLinkThatReturnsHere()
    {
        var driver = new InterviewDriver(factory);
        await driver.CompleteAsync("2021", Truths.FigureA());

        var (_, html, _) = await driver.GetAsync("/interview/check-answers");

        Assert.All(driver.Visited, path => Assert.Contains($"href=\"{path}?returnTo=answers\"", html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Question_GoingBackAndChangingABranch_KeepsAnswersFromTheOtherBranch()
    {
        var driver = new InterviewDriver(factory);
        await driver.CompleteAsync("2021", Truths.FigureA());

        // Switch to a separate return (leaves Figure A's questions), then back to joint.
        await driver.PostAsync("/interview/2021/q/filed-joint-return", "answer", new Dictionary<string, string> { ["Input.Value"] = "separate" });
        var back = await driver.PostAsync("/interview/2021/q/filed-joint-return", "answer", new Dictionary<string, string> { ["Input.Value"] = "yes" });
        var (_, html, _) = await driver.GetAsync("/interview/2021/q/knew-of-item");

        Assert.Equal("/interview/2021/q/final-court-decision", back.Location);
        Assert.Contains("value=\"no\" checked", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_BackLink_IsThePreviousQuestionOnThePathWalked()
    {
        var driver = new InterviewDriver(factory);
        await driver.CompleteAsync("2021", Truths.FigureA());

        var (_, html, _) = await driver.GetAsync(driver.Visited[3]);

        Assert.Contains($"href=\"{driver.Visited[2]}\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"usa-link app-back-link\"", html.Replace("usa-back-link", "app-back-link", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_NotOnThePath_RedirectsToTheCurrentQuestion()
    {
        var driver = new InterviewDriver(factory);
        await driver.PostAsync("/interview", "start", new Dictionary<string, string>());
        var first = (await driver.PostAsync("/interview/years", "years", new Dictionary<string, string> { ["years"] = "2021" })).Location;

        var (status, _, location) = await driver.GetAsync("/interview/q/health-problem");

        Assert.Equal(HttpStatusCode.Found, status);
        Assert.Equal(first, location);
    }

    [Theory]
    [InlineData("/interview/q/no-such-question")]
    [InlineData("/interview/q/filed-joint-return")]
    [InlineData("/interview/1999/q/filed-joint-return")]
    public async Task Question_UnknownKeyWrongScopeOrYear_Returns404(string path)
    {
        var driver = new InterviewDriver(factory);
        await driver.PostAsync("/interview", "start", new Dictionary<string, string>());
        await driver.PostAsync("/interview/years", "years", new Dictionary<string, string> { ["years"] = "2021" });

        Assert.Equal(HttpStatusCode.NotFound, (await driver.GetAsync(path)).Status);
    }

    [Theory]
    [InlineData("/interview/years")]
    [InlineData("/interview/q/marital-status")]
    [InlineData("/interview/check-answers")]
    [InlineData("/interview/results")]
    public async Task InterviewPage_WithoutASession_RedirectsToStart(string path)
    {
        var (status, _, location) = await new InterviewDriver(factory).GetAsync(path);

        Assert.Equal(HttpStatusCode.Found, status);
        Assert.Equal("/interview", location);
    }

    [Fact]
    public async Task InterviewPages_AreNotStoredAndHaveTheQuickExit()
    {
        var driver = new InterviewDriver(factory);
        await driver.PostAsync("/interview", "start", new Dictionary<string, string>());

        var response = await driver.Client.GetAsync(new Uri("/interview/years", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Contains("href=\"/exit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discreet_Chosen_PageTitlesDoNotNameTheTopic()
    {
        var driver = new InterviewDriver(factory);
        await driver.CompleteAsync("2021", Truths.FigureA(), discreet: true);

        var titles = new List<string>();
        foreach (var path in driver.Visited.Take(5).Append("/interview/check-answers").Append("/interview/results"))
        {
            var html = (await driver.GetAsync(path)).Html;
            titles.Add(System.Text.RegularExpressions.Regex.Match(html, "<title>(.*?)</title>").Groups[1].Value);
        }

        Assert.All(titles, t =>
        {
            Assert.DoesNotContain("tax", t, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("spouse", t, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("IRS", t, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Years_InvalidEntry_Returns400WithSpecificMessage()
    {
        var driver = new InterviewDriver(factory);
        await driver.PostAsync("/interview", "start", new Dictionary<string, string>());

        var (status, html, _) = await driver.PostAsync("/interview/years", "years", new Dictionary<string, string> { ["years"] = "twenty21" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("is not a year", html, StringComparison.Ordinal);
    }
}
