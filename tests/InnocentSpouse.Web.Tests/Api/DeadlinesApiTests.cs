using System.Net;
using System.Text;
using System.Text.Json;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Web.Tests.Api;

public sealed class DeadlinesApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string json, string mediaType = "application/json")
    {
        using var content = new StringContent(json, Encoding.UTF8, mediaType);
        var response = await factory.CreateClient().PostAsync(new Uri("/api/v1/deadlines", UriKind.Relative), content);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response, doc.RootElement.Clone());
    }

    private static string[] ErrorsAt(JsonElement body, string key) =>
        [.. body.GetProperty("errors").GetProperty(key).EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public async Task Deadlines_Letter4390WithPostmark_RoundTripMatchesCalculator()
    {
        var expected = DeadlineCalculator.For(
            new DeadlineEvent(DeadlineEventType.Letter4390, new DateOnly(2026, 3, 2), postmark: new DateOnly(2026, 2, 27)), new DateOnly(2026, 3, 10));

        var (response, body) = await PostAsync("""{ "event": "letter4390", "date": "2026-03-02", "postmark": "2026-02-27", "asOf": "2026-03-10" }""");
        var deadlines = body.GetProperty("deadlines").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("letter4390", body.GetProperty("event").GetString());
        Assert.Equal(expected.Length, deadlines.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Id, deadlines[i].GetProperty("id").GetString());
            Assert.Equal(expected[i].Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), deadlines[i].GetProperty("date").GetString());
            Assert.Equal("last-day", deadlines[i].GetProperty("kind").GetString());
            Assert.False(deadlines[i].GetProperty("canBeExtended").GetBoolean());
            Assert.Equal(expected[i].Working.Lines, deadlines[i].GetProperty("working").GetProperty("lines").EnumerateArray().Select(l => l.GetString()));
            Assert.Equal(expected[i].Sources.Length, deadlines[i].GetProperty("sources").GetArrayLength());
            Assert.Equal(expected[i].Status!.Text, deadlines[i].GetProperty("status").GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task Deadlines_BadJson_Returns400NamingTheBody()
    {
        var (response, body) = await PostAsync("{ \"event\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(body.GetProperty("errors").EnumerateObject().Any());
    }

    [Fact]
    public async Task Deadlines_UnknownEvent_Returns400ListingAllowedEvents()
    {
        var (response, body) = await PostAsync("""{ "event": "letter-9999", "date": "2026-03-02" }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single(ErrorsAt(body, "$.event"));
        Assert.Contains("final-determination", message, StringComparison.Ordinal);
        Assert.Contains("letter4390", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deadlines_ImpossibleDate_Returns400AtThatField()
    {
        var (response, body) = await PostAsync("""{ "event": "letter4390", "date": "2026-02-30" }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2026-03-01", Assert.Single(ErrorsAt(body, "$.date")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Date too late", """{ "event": "letter4390", "date": "2095-01-01" }""", "$.date")]
    [InlineData("Date too early", """{ "event": "assessment", "date": "1900-01-01" }""", "$.date")]
    [InlineData("Payment too late", """{ "event": "return-filed", "date": "2026-01-01", "paymentDates": ["2026-01-01", "2999-01-01"] }""", "$.paymentDates[1]")]
    [InlineData("Missing date", """{ "event": "letter4390" }""", "$.date")]
    [InlineData("Field not used", """{ "event": "letter4390", "date": "2026-01-01", "addressedOutsideUnitedStates": true }""", "$.addressedOutsideUnitedStates")]
    [InlineData("Unknown field", """{ "event": "letter4390", "date": "2026-01-01", "name": "x" }""", "$.name")]
    [InlineData("Lien filing date on a levy notice", """{ "event": "cdp-levy-notice", "date": "2026-01-01", "lienFilingDate": "2025-12-30" }""", "$.lienFilingDate")]
    [InlineData("Split printed date on a final determination", """{ "event": "final-determination", "date": "2026-01-01", "printedCdpPetitionDate": "2026-01-30" }""", "$.printedCdpPetitionDate")]
    [InlineData("Lien filing date out of range", """{ "event": "lien-notice", "date": "2026-01-01", "lienFilingDate": "1900-01-01" }""", "$.lienFilingDate")]
    public async Task Deadlines_InvalidInput_Returns400NotServerError(string name, string json, string field)
    {
        var (response, body) = await PostAsync(json);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, name);
        Assert.NotEmpty(ErrorsAt(body, field));
    }

    private static JsonElement Deadline(JsonElement body, string id) =>
        body.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("id").GetString() == id);

    [Fact]
    public async Task Deadlines_PrintedLastDayInFirstDaysOf1990_GivesTheDateWithTheActByDayIn1989()
    {
        // Five business days before Friday 1990-01-05, skipping New Year's Day (Monday 1990-01-01) and the weekend.
        var (response, body) = await PostAsync("""{ "event": "final-determination", "date": "1990-01-01", "printedDate": "1990-01-05" }""");
        var deadline = Deadline(body, "tax-court-6015");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1990-01-05", deadline.GetProperty("date").GetString());
        Assert.Equal("1989-12-28", deadline.GetProperty("actBy").GetString());
    }

    [Fact]
    public async Task Deadlines_LienFilingDate_CountsFromTheFifthBusinessDay_Newsome()
    {
        var (response, body) = await PostAsync("""{ "event": "lien-notice", "date": "2004-11-08", "lienFilingDate": "2004-11-04" }""");
        var hearing = Deadline(body, "cdp-hearing-lien");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2004-12-13", hearing.GetProperty("date").GetString());
        Assert.Equal("last-day", hearing.GetProperty("kind").GetString());
        Assert.Equal("2004-11-12", hearing.GetProperty("working").GetProperty("anchor").GetString());
    }

    [Fact]
    public async Task Deadlines_LienWithNeitherFilingNorPrintedDate_IsAnEstimate()
    {
        var (response, body) = await PostAsync("""{ "event": "lien-notice", "date": "2026-03-02" }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("estimate", Deadline(body, "cdp-hearing-lien").GetProperty("kind").GetString());
        Assert.Equal("estimate", Deadline(body, "equivalent-hearing-lien").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Deadlines_Letter4390PrintedDates_EachAppliesOnlyToItsOwnDeadline()
    {
        var (response, body) = await PostAsync("""{ "event": "letter4390", "date": "2026-03-04", "printedCdpPetitionDate": "2026-04-01", "printedInnocentSpousePetitionDate": "2026-06-05" }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2026-04-01", Deadline(body, "tax-court-cdp").GetProperty("date").GetString());
        Assert.Equal("2026-06-02", Deadline(body, "tax-court-6015").GetProperty("date").GetString());
    }

    [Fact]
    public async Task Deadlines_CdpDetermination_GivesTheThirtyDayPetitionOnly()
    {
        var (response, body) = await PostAsync("""{ "event": "cdp-determination", "date": "2015-01-16" }""");
        var deadline = Assert.Single(body.GetProperty("deadlines").EnumerateArray());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("tax-court-cdp", deadline.GetProperty("id").GetString());
        Assert.Equal("2015-02-17", deadline.GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("Letter 4390 printed date for no deadline", """{ "event": "letter4390", "date": "2026-03-04", "printedDate": "2026-04-03" }""", "$.printedDate", "printedCdpPetitionDate")]
    [InlineData("Postmark decades before the letter", """{ "event": "final-determination", "date": "2026-03-02", "postmark": "1996-03-02" }""", "$.postmark", "days before the date on the letter")]
    [InlineData("Printed last day before the letter", """{ "event": "notice-of-deficiency", "date": "2026-03-02", "printedDate": "2026-02-02" }""", "$.printedDate", "cannot be on or before")]
    [InlineData("90-day date as the CDP date", """{ "event": "letter4390", "date": "2026-03-04", "printedCdpPetitionDate": "2026-06-02" }""", "$.printedCdpPetitionDate", "innocent spouse (90-day) date")]
    [InlineData("Lien filed two years before the letter", """{ "event": "lien-notice", "date": "2026-03-02", "lienFilingDate": "2024-03-02" }""", "$.lienFilingDate", "check both dates")]
    public async Task Deadlines_ImplausibleDates_Return400WithAQuestionAtTheField(string name, string json, string field, string text)
    {
        var (response, body) = await PostAsync(json);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, name);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(text, Assert.Single(ErrorsAt(body, field)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deadlines_NotJson_Returns415ProblemDetails()
    {
        var (response, body) = await PostAsync("event=letter4390", "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(415, body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task OpenApi_Document_DescribesDeadlinesEndpoint()
    {
        var json = await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var doc = JsonDocument.Parse(json);
        var post = doc.RootElement.GetProperty("paths").GetProperty("/api/v1/deadlines").GetProperty("post");

        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("200", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("400", out _));
    }
}
