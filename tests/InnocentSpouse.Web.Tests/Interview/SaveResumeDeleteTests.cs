using System.Net;
using System.Text.RegularExpressions;
using InnocentSpouse.Tests.Shared;
using Microsoft.AspNetCore.Hosting;

namespace InnocentSpouse.Web.Tests.Interview;

public sealed partial class SaveResumeDeleteTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [GeneratedRegex(@"<strong>([0-9A-Z]{5}(?:-[0-9A-Z]{5}){4})</strong>")]
    private static partial Regex CodePattern();

    private static async Task<(InterviewDriver Driver, string Code, string Current)> StartedAsync(AppFactory app)
    {
        var driver = new InterviewDriver(app);
        await driver.PostAsync("/interview", "start", new Dictionary<string, string>());
        var first = (await driver.PostAsync("/interview/years", "years", new Dictionary<string, string> { ["years"] = "2021" })).Location!;
        var second = (await driver.PostAsync(first, "answer", new Dictionary<string, string> { ["Input.Value"] = "none" })).Location!;
        var code = CodePattern().Match((await driver.GetAsync("/interview/save")).Html).Groups[1].Value;
        return (driver, code, second);
    }

    [Fact]
    public async Task Years_FirstVisit_ShowsTheCodeToComeBackLater()
    {
        var driver = new InterviewDriver(factory);
        await driver.PostAsync("/interview", "start", new Dictionary<string, string>());

        var html = (await driver.GetAsync("/interview/years")).Html;

        Assert.Matches(CodePattern(), html);
        Assert.Contains("Save and come back later", html, StringComparison.Ordinal);
        Assert.Contains("Delete my answers now", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_CodeInAnotherBrowser_ContinuesWhereItStoppedWithTheAnswers()
    {
        var (_, code, current) = await StartedAsync(factory);
        var other = new InterviewDriver(factory);

        var (status, _, location) = await other.PostAsync("/resume", "resume", new Dictionary<string, string> { ["code"] = code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal) });
        var answers = (await other.GetAsync("/interview/check-answers")).Html;

        Assert.Equal(HttpStatusCode.Found, status);
        Assert.Equal(current, location);
        Assert.Contains("No refund was kept", answers, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Enter your code")]
    [InlineData("12345", "letters and numbers")]
    [InlineData("00000-00000-00000-00000-00000", "could not find answers")]
    public async Task Resume_BadOrUnknownCode_Returns400WithASpecificMessage(string code, string message)
    {
        var (status, html, _) = await new InterviewDriver(factory).PostAsync("/resume", "resume", new Dictionary<string, string> { ["code"] = code });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("href=\"/resume#code\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_FromAQuestionPage_AsksOnceThenRemovesTheAnswersEverywhere()
    {
        var (driver, code, current) = await StartedAsync(factory);

        // The question page links to the page that asks; that page's form posts to /interview/delete.
        Assert.Contains("href=\"/interview/delete-answers\"", (await driver.GetAsync(current)).Html, StringComparison.Ordinal);
        var ask = await driver.GetAsync("/interview/delete-answers");
        // The driver sends back only the page's Input.* hidden fields; the page's own hidden "confirm" is asserted below.
        var (status, _, location) = await driver.PostAsync("/interview/delete-answers", "delete-unused", new Dictionary<string, string> { ["confirm"] = "yes" }, action: "/interview/delete");
        var afterwards = await driver.GetAsync(current);
        var resume = await new InterviewDriver(factory).PostAsync("/resume", "resume", new Dictionary<string, string> { ["code"] = code });

        Assert.Equal(HttpStatusCode.OK, ask.Status);
        Assert.Contains("Delete your answers?", ask.Html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" action=\"/interview/delete\">", ask.Html, StringComparison.Ordinal);
        Assert.Contains("type=\"hidden\" name=\"confirm\" value=\"yes\"", ask.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{current}\">No, keep my answers", ask.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("/interview/deleted", location);
        Assert.Equal("/interview", afterwards.Location);
        Assert.Equal(HttpStatusCode.BadRequest, resume.Status);
    }

    [Fact]
    public async Task DeleteAnswersPage_OnlyLookedAt_KeepsTheAnswers()
    {
        var (driver, code, current) = await StartedAsync(factory);

        await driver.GetAsync("/interview/delete-answers");
        var resume = await new InterviewDriver(factory).PostAsync("/resume", "resume", new Dictionary<string, string> { ["code"] = code });

        Assert.Equal(HttpStatusCode.OK, (await driver.GetAsync(current)).Status);
        Assert.Equal(HttpStatusCode.Found, resume.Status);
    }

    [Fact]
    public async Task DeleteAnswersPage_NoAnswersInThisBrowser_GoesToTheStart()
    {
        var (status, _, location) = await new InterviewDriver(factory).GetAsync("/interview/delete-answers");

        Assert.Equal(HttpStatusCode.Found, status);
        Assert.Equal("/interview", location);
    }

    [Fact]
    public async Task Delete_WithoutAntiforgeryToken_IsRefusedAndKeepsTheAnswers()
    {
        var (driver, _, current) = await StartedAsync(factory);

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "yes" });
        var response = await driver.Client.PostAsync(new Uri("/interview/delete", UriKind.Relative), content);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"status {response.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await driver.GetAsync(current)).Status);
    }

    [Fact]
    public async Task TwoTabs_SameAnswerChangedInTheOther_LaterSaveGetsAClearMessageAndNothingIsLost()
    {
        var (driver, _, _) = await StartedAsync(factory);
        const string page = "/interview/2021/q/refund-kept";

        // Tab 1 showed "none"; tab 2 then changed it.
        await driver.PostAsync(page, "answer", new Dictionary<string, string> { ["Input.Value"] = "joint-refund-joint-debt" });
        var (status, html, _) = await driver.PostAsync(page, "answer",
            new Dictionary<string, string> { ["Input.Value"] = "separate-refund-to-joint-debt", ["Input.Shown"] = "none" });
        var saved = (await driver.GetAsync("/interview/check-answers")).Html;

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("changed in another tab or window", html, StringComparison.Ordinal);
        Assert.Contains("value=\"joint-refund-joint-debt\" checked", html, StringComparison.Ordinal);
        Assert.Contains("Yes: our joint refund went to a tax debt we both owe", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_TooManyTries_Returns429WithAPlainMessage()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("RateLimits:PerMinute", "3"));
        var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync(new Uri("/resume", UriKind.Relative))).StatusCode);
        }

        var last = await client.GetAsync(new Uri("/resume", UriKind.Relative));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("Please wait a minute", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/interview")]
    [InlineData("/resume")]
    [InlineData("/interview/years")]
    [InlineData("/no-such-page")]
    public async Task Post_WithoutAntiforgeryToken_Returns400PageNotAnError(string path)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "start", ["code"] = "x" });

        var response = await factory.CreateClient().PostAsync(new Uri(path, UriKind.Relative), content);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path}: {response.StatusCode}");
        Assert.Contains("<h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
