using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace InnocentSpouse.Web.Tests.Api;

/// <summary>The API's limits and input handling (issue 11): rate limit, body size, array limits, 415, 405, duplicate keys.</summary>
public sealed class ApiLimitsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Deadlines = "/api/v1/deadlines";
    private const string Screenings = "/api/v1/screenings";

    private async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string path, string json, string? mediaType = "application/json")
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = mediaType is null ? null : new MediaTypeHeaderValue(mediaType);
        var response = await factory.CreateClient().PostAsync(new Uri(path, UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (response, doc.RootElement.Clone());
    }

    private static string[] ErrorsAt(JsonElement body, string key) =>
        [.. body.GetProperty("errors").GetProperty(key).EnumerateArray().Select(e => e.GetString()!)];

    private static string PaymentDates(int count) =>
        "{ \"event\": \"return-filed\", \"date\": \"2024-04-15\", \"returnDueDate\": \"2024-04-15\", \"paymentDates\": ["
        + string.Join(", ", Enumerable.Range(0, count).Select(i => $"\"{new DateOnly(2024, 4, 15).AddDays(i):yyyy-MM-dd}\"")) + "] }";

    /// <summary>One request from a chosen client address, straight through the test server.</summary>
    private static async Task<HttpContext> SendFromAsync(TestServer server, string address, string path, string json) =>
        await server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(address);
            c.Request.Method = HttpMethods.Post;
            c.Request.Path = path;
            c.Request.ContentType = "application/json";
            c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        });

    private static string BodyOf(HttpContext context) => new StreamReader(context.Response.Body).ReadToEnd();

    [Fact]
    public async Task RateLimit_MoreThanApiPerMinuteFromOneAddress_Gets429WithRetryAfterAndProblemDetails()
    {
        await using var limited = factory.WithWebHostBuilder(b => b.UseSetting("RateLimits:ApiPerMinute", "3"));
        const string body = """{ "event": "assessment", "date": "2026-01-05" }""";

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await SendFromAsync(limited.Server, "203.0.113.7", Deadlines, body)).Response.StatusCode);
        }

        var rejected = await SendFromAsync(limited.Server, "203.0.113.7", Screenings, "{}");
        var other = await SendFromAsync(limited.Server, "198.51.100.20", Deadlines, body);
        using var problem = JsonDocument.Parse(BodyOf(rejected));

        Assert.Equal([200, 200, 200, 429], statuses);
        Assert.Equal(429, rejected.Response.StatusCode);
        Assert.Equal("application/problem+json", rejected.Response.ContentType);
        Assert.True(int.TryParse(rejected.Response.Headers.RetryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds), rejected.Response.Headers.RetryAfter);
        Assert.InRange(seconds, 1, 60);
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("Retry-After", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(200, other.Response.StatusCode);
    }

    [Fact]
    public async Task RateLimit_ApiLimitReached_SitePagesFromThatAddressStillWork()
    {
        await using var limited = factory.WithWebHostBuilder(b => b.UseSetting("RateLimits:ApiPerMinute", "1"));
        await SendFromAsync(limited.Server, "203.0.113.8", Deadlines, "{}");
        await SendFromAsync(limited.Server, "203.0.113.8", Deadlines, "{}");

        var page = await limited.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.8");
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = "/deadlines";
        });

        Assert.Equal(200, page.Response.StatusCode);
    }

    [Fact]
    public async Task PaymentDates_Fifty_AreAccepted()
    {
        var (response, body) = await PostAsync(Deadlines, PaymentDates(ApiLimits.MaxPaymentDates));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(body.GetProperty("deadlines").EnumerateArray());
    }

    [Fact]
    public async Task PaymentDates_FiftyOne_Get400NamingTheFieldAndTheLimit()
    {
        var (response, body) = await PostAsync(Deadlines, PaymentDates(ApiLimits.MaxPaymentDates + 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["Send at most 50 payment dates in one request; this one has 51."], ErrorsAt(body, "$.paymentDates"));
    }

    [Fact]
    public async Task Screening_MoreTaxYearsThanTheLimit_Get400NamingYearsAndTheLimit()
    {
        var years = string.Join(", ", Enumerable.Range(2000, ApiLimits.MaxTaxYears + 1).Select(y => $"\"{y}\": {{}}"));

        var (response, body) = await PostAsync(Screenings, $$"""{ "asOf": "2026-11-22", "years": { {{years}} } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Send at most 20 tax years in one request; this one has 21."], ErrorsAt(body, "years"));
    }

    [Fact]
    public async Task Screening_MoreHouseholdAnswersThanTheLimit_Get400NamingHousehold()
    {
        var answers = string.Join(", ", Enumerable.Range(0, ApiLimits.MaxAnswersPerGroup + 1).Select(i => $"\"key-{i}\": \"yes\""));

        var (response, body) = await PostAsync(Screenings, $$"""{ "household": { {{answers}} }, "years": { "2021": {} } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 100 answers", Assert.Single(ErrorsAt(body, "household")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Deadlines)]
    [InlineData(Screenings)]
    public async Task Body_LargerThanMaxBodyBytes_Gets413ProblemDetails(string path)
    {
        var padding = new string(' ', 64 * 1024);

        var (response, body) = await PostAsync(path, "{" + padding + "}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(413, body.GetProperty("status").GetInt32());
        Assert.Contains("65536 bytes", Assert.Single(ErrorsAt(body, "$")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_ChunkedWithoutLengthAndTooLarge_Gets413()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{" + new string(' ', 70_000) + "}")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Deadlines, UriKind.Relative)) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData(Deadlines, null)]
    [InlineData(Screenings, null)]
    [InlineData(Deadlines, "text/plain")]
    [InlineData(Screenings, "application/x-www-form-urlencoded")]
    public async Task ContentType_MissingOrNotJson_Gets415ProblemDetails(string path, string? mediaType)
    {
        var (response, body) = await PostAsync(path, """{ "event": "assessment", "date": "2026-01-05" }""", mediaType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(415, body.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("GET", Deadlines)]
    [InlineData("GET", Screenings)]
    [InlineData("PUT", Deadlines)]
    [InlineData("DELETE", Screenings)]
    public async Task Method_WrongOnAKnownRoute_Gets405WithAllowAndProblemDetails(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));

        var response = await factory.CreateClient().SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(405, body.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Method_UnknownRoute_StillGets404()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/deadline", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Deadlines, """{ "event": "assessment", "date": "2026-01-05", "event": "letter4390" }""", "$.event")]
    [InlineData(Deadlines, """{ "event": "assessment", "date": "2026-01-05", "Date": "2026-01-06" }""", "$.Date")]
    [InlineData(Screenings, """{ "household": { "marital-status": "divorced", "marital-status": "married" }, "years": { "2021": {} } }""", "$.household.marital-status")]
    [InlineData(Screenings, """{ "years": { "2021": { "filed-joint-return": "yes" }, "2021": {} } }""", "$.years.2021")]
    public async Task DuplicateKeys_AreRefusedWith400AtThatKey(string path, string json, string field)
    {
        var (response, body) = await PostAsync(path, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("appears more than once", Assert.Single(ErrorsAt(body, field)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptHtml_ApiErrorIsStillProblemDetails()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/no-such-thing", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
