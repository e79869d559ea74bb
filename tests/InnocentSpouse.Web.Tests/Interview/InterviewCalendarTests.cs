using System.Net;
using Ical.Net;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Web.Tests.Interview;

/// <summary>
/// <c>/interview/calendar.ics</c> is one more view of the screening report: the same last days and act-by days as the
/// report, discreet unless the person asks for named titles, and nothing before the interview is finished.
/// </summary>
public sealed class InterviewCalendarTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = 2023;

    private static readonly string[] _topicWords = ["IRS", "tax", "spouse", "court"];

    public static TheoryData<string> TruthNames() => [.. Truths.All().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TruthNames))]
    public async Task Calendar_TruthTable_HoldsTheReportsLastAndActByDaysWithoutTopicWords(string truth)
    {
        var table = Truths.All().Single(t => t.Name == truth).Answers;
        var report = ScreeningReport.Build(ExpectedResults.AnswersFor(table, Year), factory.Today);
        var driver = new InterviewDriver(factory);
        await driver.CompleteAsync(Year.ToString(System.Globalization.CultureInfo.InvariantCulture), table);
        var expected = report.Years.SelectMany(y => y.Deadlines).Where(d => d.Date is not null)
            .SelectMany(d => d.ActBy is { } early && early < d.Date ? new[] { d.Date!.Value, early } : [d.Date!.Value])
            .Order().ToList();

        var response = await driver.Client.GetAsync(new Uri("/interview/calendar.ics", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var results = (await driver.GetAsync("/interview/results")).Html;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(expected, Calendar.Load(body)!.Events.Select(e => DateOnly.FromDateTime(e.DtStart!.Value)).Order().ToList());
        Assert.All(_topicWords, word => Assert.DoesNotContain(word, body, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(expected.Count > 0, results.Contains("href=\"/interview/calendar.ics\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calendar_NamedTitles_SayWhatEachDateIsForAndWhichYear()
    {
        var driver = new InterviewDriver(factory);
        await driver.CompleteAsync(Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Truths.FigureA());

        var body = await driver.Client.GetStringAsync(new Uri("/interview/calendar.ics?named=yes", UriKind.Relative));

        Assert.Contains(Calendar.Load(body)!.Events, e => e.Summary!.EndsWith($"(tax year {Year})", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calendar_InterviewNotFinished_RedirectsToTheNextQuestion()
    {
        var driver = new InterviewDriver(factory);

        var none = await driver.GetAsync("/interview/calendar.ics");

        Assert.Equal(HttpStatusCode.Redirect, none.Status);
        Assert.Equal("/interview", none.Location);
    }
}
