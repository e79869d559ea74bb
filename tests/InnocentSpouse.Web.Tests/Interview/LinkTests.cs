using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using InnocentSpouse.Data;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Components.Ui;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Interview;

public sealed partial class LinkTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private readonly AppFactory _app;

    public LinkTests() => _app = new AppFactory { Clock = _clock };

    [GeneratedRegex(@"/shared/([A-Za-z0-9_-]{22})")]
    private static partial Regex SharedLink();

    [GeneratedRegex(@"/start/([A-Za-z0-9_-]{22})")]
    private static partial Regex StartLink();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task<(InterviewDriver Owner, string Token)> SharedAsync() => SharedAsync(_app);

    private static async Task<(InterviewDriver Owner, string Token)> SharedAsync(AppFactory app)
    {
        var owner = new InterviewDriver(app);
        await owner.PostAsync("/interview", "start", new Dictionary<string, string>());
        var first = (await owner.PostAsync("/interview/years", "years", new Dictionary<string, string> { ["years"] = "2021" })).Location!;
        await owner.PostAsync(first, "answer", new Dictionary<string, string> { ["Input.Value"] = "joint-refund-joint-debt" });
        var (_, html, _) = await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>());
        return (owner, SharedLink().Match(html).Groups[1].Value);
    }

    [Fact]
    public async Task ShareLink_OpenedElsewhere_ShowsAnswersAndResultsWithNoWayToChangeThem()
    {
        var (_, token) = await SharedAsync();
        var reader = new InterviewDriver(_app);

        var response = await reader.Client.GetAsync(new Uri($"/shared/{token}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Shared answers (read only)", html, StringComparison.Ordinal);
        Assert.Contains("Yes: our joint refund went to a tax debt we both owe", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
        Assert.DoesNotContain("?returnTo=answers", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("sid=", StringComparison.Ordinal)));
        Assert.Equal("/interview", (await reader.GetAsync("/interview/check-answers")).Location);
    }

    [Fact]
    public async Task ShareLink_Revoked_StopsWorkingAtOnce()
    {
        var (owner, token) = await SharedAsync();

        await owner.PostAsync("/interview/share", "revoke-1", new Dictionary<string, string>());
        var (status, html, _) = await new InterviewDriver(_app).GetAsync($"/shared/{token}");

        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("This link does not work", html, StringComparison.Ordinal);
        Assert.Contains("stopped", (await owner.GetAsync("/interview/share")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShareLink_After7Days_StopsWorking()
    {
        var (_, token) = await SharedAsync();

        _clock.Now = _clock.Now.AddDays(6);
        Assert.Equal(HttpStatusCode.OK, (await new InterviewDriver(_app).GetAsync($"/shared/{token}")).Status);
        _clock.Now = _clock.Now.AddDays(1.1);

        Assert.Equal(HttpStatusCode.Gone, (await new InterviewDriver(_app).GetAsync($"/shared/{token}")).Status);
    }

    [Fact]
    public async Task ShareLink_ShareLinkDaysConfigured_PagesSayItAndTheLinkStopsThen()
    {
        var clock = new ManualClock();
        await using var app = new AppFactory { Clock = clock, Settings = new Dictionary<string, string> { ["Sessions:ShareLinkDays"] = "3" } };
        var (owner, token) = await SharedAsync(app);
        var sharePage = (await owner.GetAsync("/interview/share")).Html;

        clock.Now = clock.Now.AddDays(2.9);
        var before = (await new InterviewDriver(app).GetAsync($"/shared/{token}")).Status;
        clock.Now = clock.Now.AddDays(0.2);
        var (after, gonePage, _) = await new InterviewDriver(app).GetAsync($"/shared/{token}");

        Assert.Contains("The link stops working after 3 days", sharePage, StringComparison.Ordinal);
        Assert.DoesNotContain("7 days", sharePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Gone, after);
        Assert.Contains("links work for 3 days", gonePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShareLink_SessionDeleted_StopsWorkingAndLeavesNoRow()
    {
        var (owner, token) = await SharedAsync();

        await owner.PostAsync("/interview/share", "x", new Dictionary<string, string> { ["confirm"] = "yes" }, action: "/interview/delete");

        Assert.Equal(HttpStatusCode.Gone, (await new InterviewDriver(_app).GetAsync($"/shared/{token}")).Status);
        using var scope = _app.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<InterviewDbContext>().SharedLinks.CountAsync());
    }

    [Fact]
    public async Task ShareLink_StoredRow_HoldsNeitherTheTokenNorTheCode()
    {
        var (owner, token) = await SharedAsync();
        var code = Regex.Match((await owner.GetAsync("/interview/save")).Html, @"<strong>([0-9A-Z-]{29})</strong>").Groups[1].Value;

        using var scope = _app.Services.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<InterviewDbContext>().SharedLinks.SingleAsync();
        var stored = string.Join("|", row.Lookup, row.WrappedCode, row.SessionId);

        Assert.DoesNotContain(token, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), stored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    public async Task ShareLink_UnknownToken_Returns410Page(string token)
    {
        var (status, html, _) = await new InterviewDriver(_app).GetAsync($"/shared/{token}");

        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("This link does not work", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartLink_MadeByStaff_StartsANewInterviewWithThoseAnswers()
    {
        var staff = new InterviewDriver(_app);
        var (_, made, _) = await staff.PostAsync("/start-link", "start-link", new Dictionary<string, string>
        {
            ["years"] = "2021", ["collection-action"] = "levy-hearing-notice", ["date-day"] = "15", ["date-month"] = "9", ["date-year"] = "2025",
        });
        var token = StartLink().Match(made).Groups[1].Value;
        var person = new InterviewDriver(_app);

        var landing = await person.GetAsync($"/start/{token}");
        var (status, _, location) = await person.PostAsync($"/start/{token}", "start-from-link", new Dictionary<string, string>());
        await person.AnswerAsync(location!, new Dictionary<string, string> { ["refund-kept"] = "none" });
        var path = (await person.GetAsync("/interview/check-answers")).Html;

        Assert.Contains("A notice of intent to levy", landing.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Found, status);
        Assert.Equal("/interview/2021/q/refund-kept", location);
        Assert.Contains("2021", path, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-09-15", token, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9", "2025", HttpStatusCode.OK, "September 2025 (day not known)")]
    [InlineData("13", "2025", HttpStatusCode.BadRequest, "The month in the date of the letter must be a number from 1 to 12")]
    public async Task StartLink_DayLeftBlank_CarriesTheMonthOnly(string month, string year, HttpStatusCode expected, string shown)
    {
        var staff = new InterviewDriver(_app);
        var (status, made, _) = await staff.PostAsync("/start-link", "start-link", new Dictionary<string, string>
        {
            ["years"] = "2021", ["collection-action"] = "levy-hearing-notice", ["date-day"] = "", ["date-month"] = month, ["date-year"] = year,
        });

        Assert.Contains(DateInput.DayOptionalHint, made, StringComparison.Ordinal);
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal(expected, status);
            Assert.Contains(shown, made, StringComparison.Ordinal);
            return;
        }

        var landing = await new InterviewDriver(_app).GetAsync($"/start/{StartLink().Match(made).Groups[1].Value}");
        Assert.Contains(shown, landing.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartLink_MonthAfterThisOne_IsRefused()
    {
        var next = _clock.GetUtcNow().AddMonths(1);
        var (status, html, _) = await new InterviewDriver(_app).PostAsync("/start-link", "start-link", new Dictionary<string, string>
        {
            ["years"] = "2021", ["date-day"] = "", ["date-month"] = next.Month.ToString(CultureInfo.InvariantCulture), ["date-year"] = next.Year.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("The month cannot be in the future", html, StringComparison.Ordinal);
        Assert.Contains("#date-month\">The month cannot be in the future", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartLink_BadInput_Returns400WithEachProblem()
    {
        var (status, html, _) = await new InterviewDriver(_app).PostAsync("/start-link", "start-link", new Dictionary<string, string>
        {
            ["years"] = "21", ["date-day"] = "31", ["date-month"] = "2", ["date-year"] = "2025",
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("is not a year", html, StringComparison.Ordinal);
        Assert.Contains("February 2025 has 28 days", html, StringComparison.Ordinal);
    }
}
