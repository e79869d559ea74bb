using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Deadlines;
using InnocentSpouse.Web.Record;

namespace InnocentSpouse.Web.Tests.Interview;

/// <summary>
/// One report in every view: for every truth table, the results page, the read-only shared page,
/// <c>POST /api/v1/screenings</c> and the PDF record (downloaded from both pages and from the API) show the same outcomes, the same deadline dates, the same next steps, the same evidence checklist and the same Form 8857 worksheet (the worksheet page for the interview)
/// as <see cref="ScreeningReport.Build"/> for the same answers and day.
/// </summary>
public sealed partial class SameReportEverywhereTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = 2023;

    [GeneratedRegex(@"/shared/([A-Za-z0-9_-]{22})")]
    private static partial Regex SharedLink();

    [GeneratedRegex("id=\"next-step-([a-z0-9-]+)\"")]
    private static partial Regex NextStepId();

    [GeneratedRegex("id=\"evidence-([a-z0-9-]+)\"")]
    private static partial Regex EvidenceId();

    [GeneratedRegex("id=\"worksheet-([a-z0-9-]+)\"")]
    private static partial Regex WorksheetItemId();

    public static TheoryData<string> TruthNames() => [.. Truths.All().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TruthNames))]
    public async Task ResultsSharedPageAndApi_TruthTable_ShowTheSameOutcomesDatesAndNextSteps(string truth)
    {
        var table = Truths.All().Single(t => t.Name == truth).Answers;
        var answers = ExpectedResults.AnswersFor(table, Year);
        var expected = ScreeningReport.Build(answers, factory.Today);
        var owner = new InterviewDriver(factory);
        await owner.CompleteAsync(Year.ToString(System.Globalization.CultureInfo.InvariantCulture), table);

        var results = WebUtility.HtmlDecode((await owner.GetAsync("/interview/results")).Html);
        var token = SharedLink().Match((await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>())).Html).Groups[1].Value;
        var shared = WebUtility.HtmlDecode((await new InterviewDriver(factory).GetAsync($"/shared/{token}")).Html);
        var worksheet = WebUtility.HtmlDecode((await owner.GetAsync("/interview/worksheet")).Html);
        var api = await PostApiAsync(answers, factory.Today);
        var resultsPdf = PdfText.Read(await owner.Client.GetByteArrayAsync(new Uri(RecordEndpoints.InterviewPath, UriKind.Relative)));
        var sharedPdf = PdfText.Read(await new InterviewDriver(factory).Client.GetByteArrayAsync(new Uri(RecordEndpoints.SharedPath(token), UriKind.Relative)));
        var apiPdf = PdfText.Read(await PostApiPdfAsync(answers, factory.Today));

        Assert.True(expected.IsComplete, truth);
        Assert.Equal(truth != "figure-c", expected.Years.Single().Deadlines.Length > 0);
        AssertPageShows(expected, results);
        AssertPageShows(expected, shared);
        AssertApiShows(expected, api);
        AssertPdfShows(expected, resultsPdf);
        AssertPdfShows(expected, sharedPdf);
        AssertPdfShows(expected, apiPdf);
        Assert.Equal(resultsPdf.Text, sharedPdf.Text);
        Assert.Contains("href=\"/interview/worksheet\"", results, StringComparison.Ordinal);
        Assert.Equal(expected.Form8857.Items.Select(i => i.Id), WorksheetItemId().Matches(worksheet).Select(m => m.Groups[1].Value));
        foreach (var item in expected.Form8857.Items)
        {
            Assert.All(item.AnswersSupport.Concat(item.Draft), line => Assert.Contains(line, worksheet, StringComparison.Ordinal));
        }
    }

    private static void AssertPageShows(ScreeningReport expected, string html)
    {
        Assert.Contains($"Checked on {expected.AsOf.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture)} against {expected.Revision}", html, StringComparison.Ordinal);
        foreach (var year in expected.Years)
        {
            foreach (var relief in year.Reliefs)
            {
                Assert.Matches($"{Regex.Escape(DeterminationText.Name(relief.Relief))}</h3>\\s*<p class=\"app-result__outcome\">{Regex.Escape(DeterminationText.Label(relief.Determination))}</p>", html);
            }

            Assert.Equal(year.Deadlines.Length, Regex.Count(html, $"<section class=\"app-deadline\" aria-labelledby=\"year-{year.TaxYear} "));
            foreach (var deadline in year.Deadlines)
            {
                Assert.Contains($"id=\"deadline-{year.TaxYear}-{deadline.Id}\"", html, StringComparison.Ordinal);
                if (deadline.Date is { } date)
                {
                    Assert.Contains($"<strong>{DeadlineFormState.Show(date)}</strong>", html, StringComparison.Ordinal);
                }

                if (deadline.ActBy is { } actBy)
                {
                    Assert.Contains($"Act by {DeadlineFormState.Show(actBy)}", html, StringComparison.Ordinal);
                }
            }
        }

        Assert.Equal(expected.NextSteps.Select(s => s.Id), NextStepId().Matches(html).Select(m => m.Groups[1].Value));
        Assert.NotEmpty(expected.Evidence);
        Assert.Equal(expected.Evidence.Select(e => e.Id), EvidenceId().Matches(html).Select(m => m.Groups[1].Value));
    }

    /// <summary>The PDF record (read back with PdfPig) shows the report's day, outcomes, deadline dates, next steps and checklist.</summary>
    private static void AssertPdfShows(ScreeningReport expected, PdfText pdf)
    {
        Assert.Contains($"Checked on {expected.AsOf.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture)} against {expected.Revision}", pdf.Text, StringComparison.Ordinal);
        Assert.Equal(1, pdf.Count(Web.Api.ScreeningEndpoints.Notice));
        foreach (var year in expected.Years)
        {
            Assert.Single(pdf.Pages, p => p.StartsWith($"Tax year {year.TaxYear} ", StringComparison.Ordinal));
            foreach (var relief in year.Reliefs)
            {
                Assert.Contains($"{DeterminationText.Name(relief.Relief)} Outcome: {DeterminationText.Label(relief.Determination)} {relief.Summary}", pdf.Text, StringComparison.Ordinal);
            }

            foreach (var deadline in year.Deadlines)
            {
                Assert.Contains(deadline.Title, pdf.Text, StringComparison.Ordinal);
                if (deadline.Date is { } date)
                {
                    Assert.Contains($"{DeadlineCard.Label(deadline)}: {DeadlineFormState.Show(date)}", pdf.Text, StringComparison.Ordinal);
                }

                if (deadline.ActBy is { } actBy)
                {
                    Assert.Contains($"Act by {DeadlineFormState.Show(actBy)}", pdf.Text, StringComparison.Ordinal);
                }
            }
        }

        Assert.All(expected.NextSteps, s => Assert.Contains(s.Text, pdf.Text, StringComparison.Ordinal));
        Assert.All(expected.Evidence, e => Assert.Contains($"{e.What}", pdf.Text, StringComparison.Ordinal));
        Assert.All(expected.Form8857.Items, i => Assert.Contains($"What the form asks: {i.FormAsks}", pdf.Text, StringComparison.Ordinal));
    }

    private static void AssertApiShows(ScreeningReport expected, JsonElement api)
    {
        Assert.Equal(expected.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), api.GetProperty("asOf").GetString());
        Assert.Equal(
            expected.Years.SelectMany(y => y.Reliefs.Select(r => $"{y.TaxYear} {DeterminationText.Name(r.Relief)} {DeterminationText.Code(r.Determination)}")),
            api.GetProperty("years").EnumerateArray().SelectMany(y => y.GetProperty("reliefs").EnumerateArray()
                .Select(r => $"{y.GetProperty("taxYear").GetInt32()} {r.GetProperty("reliefName").GetString()} {r.GetProperty("outcome").GetString()}")));
        Assert.Equal(
            expected.Years.SelectMany(y => y.Deadlines.Select(d => $"{y.TaxYear} {d.Id} {d.Date:yyyy-MM-dd} {d.ActBy:yyyy-MM-dd} {d.Working.Lines.Length}")),
            api.GetProperty("deadlines").EnumerateArray().SelectMany(y => y.GetProperty("deadlines").EnumerateArray()
                .Select(d => $"{y.GetProperty("taxYear").GetInt32()} {d.GetProperty("id").GetString()} {d.GetProperty("date").GetString()} {d.GetProperty("actBy").GetString()} {d.GetProperty("working").GetProperty("lines").GetArrayLength()}")));
        Assert.Equal(expected.NextSteps.Select(s => s.Id), api.GetProperty("nextSteps").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.All(api.GetProperty("nextSteps").EnumerateArray(), s =>
            Assert.True(s.GetProperty("isEstimate").GetBoolean() || s.GetProperty("sources").GetArrayLength() > 0, s.GetProperty("id").GetString()));
        Assert.Equal(
            expected.Evidence.Select(e => $"{e.Id} {string.Join(",", e.TaxYears)}"),
            api.GetProperty("evidence").EnumerateArray().Select(e => $"{e.GetProperty("id").GetString()} {string.Join(",", e.GetProperty("taxYears").EnumerateArray().Select(y => y.GetInt32()))}"));
        Assert.All(api.GetProperty("evidence").EnumerateArray(), e => Assert.InRange(e.GetProperty("sources").GetArrayLength(), 1, 2));
        Assert.Equal(
            expected.Form8857.Items.Select(i => $"{i.Id} {i.Line} {i.Draft.Length} {string.Join("|", i.AnswersSupport)}"),
            api.GetProperty("form8857").GetProperty("parts").EnumerateArray().SelectMany(p => p.GetProperty("items").EnumerateArray())
                .Select(i => $"{i.GetProperty("id").GetString()} {(i.GetProperty("line").ValueKind == JsonValueKind.Null ? "" : i.GetProperty("line").GetInt32())} {i.GetProperty("draft").GetArrayLength()} {string.Join("|", i.GetProperty("answersSupport").EnumerateArray().Select(a => a.GetString()))}"));
    }

    private async Task<byte[]> PostApiPdfAsync(Domain.Interview.ScreeningAnswers answers, DateOnly asOf)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/screenings", UriKind.Relative)) { Content = ApiBody(answers, asOf) };
        request.Headers.Accept.ParseAdd(RecordEndpoints.ContentType);
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static StringContent ApiBody(Domain.Interview.ScreeningAnswers answers, DateOnly asOf) => new(JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["asOf"] = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["household"] = answers.Household,
        ["years"] = answers.Years.ToDictionary(y => y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y => y.Value),
    }), Encoding.UTF8, "application/json");

    private async Task<JsonElement> PostApiAsync(Domain.Interview.ScreeningAnswers answers, DateOnly asOf)
    {
        var body = new Dictionary<string, object>
        {
            ["asOf"] = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["household"] = answers.Household,
            ["years"] = answers.Years.ToDictionary(y => y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y => y.Value),
        };
        using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        var response = await factory.CreateClient().PostAsync(new Uri("/api/v1/screenings", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
