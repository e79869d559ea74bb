using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Api;
using InnocentSpouse.Web.Record;
using InnocentSpouse.Web.Tests.Interview;

namespace InnocentSpouse.Web.Tests.Record;

/// <summary>
/// The PDF record's downloads: from the results page (session cookie), from the shared page (share token), and from
/// <c>POST /api/v1/screenings</c> with <c>Accept: application/pdf</c>. Plain GET links, no-store, names that follow
/// the "plain page titles" choice, and the shared page's 410 for a link that does not work.
/// </summary>
public sealed partial class RecordDownloadTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [GeneratedRegex(@"/shared/([A-Za-z0-9_-]{22})")]
    private static partial Regex SharedLink();

    [Theory]
    [InlineData(false, "screening-results.pdf", "Your results - InnocentSpouse")]
    [InlineData(true, "summary.pdf", "Summary")]
    public async Task ResultsDownload_PlainTitlesChoice_NamesAndTitlesTheFile(bool discreet, string fileName, string title)
    {
        var owner = new InterviewDriver(factory);
        await owner.CompleteAsync("2023", Truths.FigureA(), discreet);

        var results = (await owner.GetAsync("/interview/results")).Html;
        var response = await owner.Client.GetAsync(new Uri(RecordEndpoints.InterviewPath, UriKind.Relative));

        Assert.Contains($"href=\"{RecordEndpoints.InterviewPath}\"", results, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var pdf = PdfText.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(title, pdf.Title);
        Assert.Contains("Tax year 2023", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultsDownload_NoInterview_RedirectsToTheStartLikeTheResultsPage()
    {
        var (status, _, location) = await new InterviewDriver(factory).GetAsync(RecordEndpoints.InterviewPath);

        Assert.Equal(HttpStatusCode.Found, status);
        Assert.Equal("/interview", location);
    }

    [Fact]
    public async Task ResultsDownload_UnfinishedInterview_RedirectsToTheNextQuestion()
    {
        var driver = new InterviewDriver(factory);
        await driver.PostAsync("/interview", "start", new Dictionary<string, string>());
        var chosen = await driver.PostAsync("/interview/years", "years", new Dictionary<string, string> { ["years"] = "2023" });

        var (status, _, location) = await driver.GetAsync(RecordEndpoints.InterviewPath);

        Assert.Equal(HttpStatusCode.Found, status);
        Assert.Equal(chosen.Location, location);
    }

    [Fact]
    public async Task SharedDownload_WorkingLink_IsTheSharedReportWithTheOwnersChoice()
    {
        var owner = new InterviewDriver(factory);
        await owner.CompleteAsync("2023", Truths.FigureB(), discreet: true);
        var token = SharedLink().Match((await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>())).Html).Groups[1].Value;
        var reader = new InterviewDriver(factory);

        var shared = (await reader.GetAsync($"/shared/{token}")).Html;
        var response = await reader.Client.GetAsync(new Uri(RecordEndpoints.SharedPath(token), UriKind.Relative));

        Assert.Contains($"href=\"/shared/{token}/record.pdf\"", shared, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("summary.pdf", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var pdf = PdfText.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("Summary", pdf.Title);
        Assert.Contains("Separation of liability, IRC §6015(c) Outcome: May qualify", pdf.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-token")]
    [InlineData("%C3%A9t%C3%A9")]
    public async Task SharedDownload_LinkThatDoesNotWork_IsGoneLikeTheSharedPage(string token)
    {
        var (status, html, _) = await new InterviewDriver(factory).GetAsync($"/shared/{token}/record.pdf");

        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("This link does not work", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharedDownload_RevokedLink_IsGone()
    {
        var owner = new InterviewDriver(factory);
        await owner.CompleteAsync("2023", Truths.FigureA());
        var token = SharedLink().Match((await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>())).Html).Groups[1].Value;
        await owner.PostAsync("/interview/share", "revoke-1", new Dictionary<string, string>());

        var response = await new InterviewDriver(factory).Client.GetAsync(new Uri(RecordEndpoints.SharedPath(token), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("application/pdf")]
    [InlineData("application/json;q=0.5, application/pdf")]
    public async Task ScreeningApi_AcceptPdf_ReturnsThePdfOfTheSameReport(string accept)
    {
        var response = await PostScreeningAsync(accept, "application/json", Body(Truths.FigureA()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("summary.pdf", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var pdf = PdfText.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("Summary", pdf.Title);
        Assert.Equal(1, pdf.Count(ScreeningEndpoints.Notice));
        Assert.Contains("Checked on June 15, 2026 against", pdf.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/json")]
    [InlineData("application/pdf;q=0.5, application/json")]
    [InlineData("application/*")]
    [InlineData("nonsense")]
    public async Task ScreeningApi_AcceptJsonOrAnything_StaysJson(string? accept)
    {
        var response = await PostScreeningAsync(accept, "application/json", Body(Truths.FigureA()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/pdf;q=0, application/json;q=0")]
    public async Task ScreeningApi_AcceptNeitherJsonNorPdf_Is406ProblemDetails(string accept)
    {
        var response = await PostScreeningAsync(accept, "application/json", Body(Truths.FigureA()));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ScreeningApi_AcceptPdfWithoutJsonBody_Is415ProblemDetails()
    {
        var response = await PostScreeningAsync("application/pdf", "text/plain", Body(Truths.FigureA()));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ScreeningApi_AcceptPdfWithBadAnswer_Is400ProblemDetails()
    {
        var response = await PostScreeningAsync("application/pdf", "application/json", Body(Truths.FigureA().With(("knew-of-item", "maybe"))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_Screenings_DescribesThePdfAnd406()
    {
        var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var responses = document.RootElement.GetProperty("paths").GetProperty("/api/v1/screenings").GetProperty("post").GetProperty("responses");

        Assert.True(responses.GetProperty("200").GetProperty("content").TryGetProperty("application/pdf", out _));
        Assert.True(responses.GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(responses.GetProperty("406").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    private static string Body(Dictionary<string, string> truth)
    {
        var answers = ExpectedResults.AnswersFor(truth, 2023);
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["household"] = answers.Household,
            ["years"] = answers.Years.ToDictionary(y => y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y => y.Value),
        });
    }

    private async Task<HttpResponseMessage> PostScreeningAsync(string? accept, string contentType, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/screenings", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await factory.CreateClient().SendAsync(request);
    }
}
