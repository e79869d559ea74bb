using System.Net;
using Ical.Net;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Web.Tests.Deadlines;

public sealed class CalendarFileTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Query = "/deadlines.ics?event=letter4390&date-day=5&date-month=1&date-year=2026";

    private static readonly string[] _topicWords = ["IRS", "tax", "spouse", "court", "4390"];

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CalendarFile_Default_ParsesWithAllDayEventsOnTheLastDaysAndNoTopicWords()
    {
        var expected = DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.Letter4390, new DateOnly(2026, 1, 5)));

        var (response, body) = await GetAsync(Query);
        var calendar = Calendar.Load(body)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("reminders.ics", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(expected.Select(d => d.Date!.Value).Order(), calendar.Events.Select(e => DateOnly.FromDateTime(e.DtStart!.Value)).Order());
        Assert.All(calendar.Events, e => Assert.False(e.DtStart!.HasTime));
        Assert.All(_topicWords, word => Assert.DoesNotContain(word, body, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("20260105", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarFile_OptedIn_NamesTheTopic()
    {
        var (_, body) = await GetAsync(Query + "&named=yes");
        var calendar = Calendar.Load(body)!;

        Assert.Contains(calendar.Events, e => e.Summary!.Contains("Tax Court", StringComparison.Ordinal));
        Assert.Contains("spouse", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CalendarFile_ActByTicked_AddsEarlyReminders()
    {
        var expected = DeadlineCalculator.For(new DeadlineEvent(DeadlineEventType.Letter4390, new DateOnly(2026, 1, 5)));

        var (_, body) = await GetAsync(Query + "&actby=yes");
        var starts = Calendar.Load(body)!.Events.Select(e => DateOnly.FromDateTime(e.DtStart!.Value)).ToList();

        Assert.Equal(4, starts.Count);
        Assert.All(expected, d => Assert.Contains(d.ActBy!.Value, starts));
        Assert.All(_topicWords, word => Assert.DoesNotContain(word, body, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task CalendarFile_InvalidDate_Returns400PlainText()
    {
        var (response, body) = await GetAsync("/deadlines.ics?event=letter4390&date-day=30&date-month=2&date-year=2026");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("February 2026 has 28 days", body, StringComparison.Ordinal);
    }
}
