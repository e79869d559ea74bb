using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Web.Tests.Api;

public sealed class ScreeningApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly Uri Endpoint = new("/api/v1/screenings", UriKind.Relative);

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await factory.CreateClient().PostAsync(Endpoint, content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static IReadOnlyList<string> ErrorFields(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];

    [Theory]
    [InlineData("not json at all", "$")]
    [InlineData("{\"years\": {\"2021\": {}}, \"asOf\": \"22/11/2026\"}", "$.asOf")]
    [InlineData("{\"years\": {\"2021\": {}}, \"surprise\": 1}", "$.surprise")]
    public async Task Post_UnreadableBody_Returns400NamingThePath(string json, string field)
    {
        var (status, body) = await PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.Contains(field, ErrorFields(body));
    }

    [Fact]
    public async Task Post_NotJsonContentType_Returns415ProblemDetails()
    {
        using var content = new StringContent("years=2021", Encoding.UTF8, "application/x-www-form-urlencoded");
        var response = await factory.CreateClient().PostAsync(Endpoint, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_SeveralBadAnswers_Returns400NamingEachFieldAndWhatIsAllowed()
    {
        var (status, body) = await PostAsync("""
            {
              "asOf": "2026-11-22",
              "household": { "no-such-question": "yes", "filed-joint-return": "yes" },
              "years": {
                "20x1": {},
                "2021": { "filed-joint-return": "maybe", "first-collection-date": "2021-02-30", "marital-status": "divorced" }
              }
            }
            """);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = body.GetProperty("errors");
        Assert.Contains("household.no-such-question", ErrorFields(body));
        Assert.Contains("household.filed-joint-return", ErrorFields(body));
        Assert.Contains("years.20x1", ErrorFields(body));
        var jointReturn = errors.GetProperty("years.2021.filed-joint-return")[0].GetString()!;
        Assert.Contains("Allowed:", jointReturn, StringComparison.Ordinal);
        Assert.Contains("\"yes\"", jointReturn, StringComparison.Ordinal);
        Assert.Contains("not a date", errors.GetProperty("years.2021.first-collection-date")[0].GetString()!, StringComparison.Ordinal);
        Assert.Contains("household", errors.GetProperty("years.2021.marital-status")[0].GetString()!, StringComparison.Ordinal);
    }

    [Theory]
    // March 2024: the 2-year deadline is between March 2 and March 31, 2026, so on March 15 it depends on the day.
    [InlineData("2024-03", "need-more-information")]
    [InlineData("2025-06", "may-qualify")]
    [InlineData("2024-01", "too-late")]
    public async Task Post_MonthOnlyCollectionDate_IsAcceptedAndDecidedOnlyWhenTheWholeMonthAgrees(string month, string outcome)
    {
        var request = new JsonObject
        {
            ["asOf"] = "2026-03-15",
            ["household"] = new JsonObject(),
            ["years"] = new JsonObject { ["2021"] = new JsonObject() },
        };
        foreach (var (key, value) in Truths.FigureA().With(("first-collection-date", month)))
        {
            var group = QuestionCatalog.All.Single(q => q.Key.Value == key).Scope == QuestionScope.Household ? request["household"]! : request["years"]!["2021"]!;
            group[key] = value;
        }

        var (status, body) = await PostAsync(request.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        var reliefs = body.GetProperty("years")[0].GetProperty("reliefs").EnumerateArray().ToList();
        var b = reliefs.Single(r => r.GetProperty("relief").GetString() == "innocent-spouse");
        Assert.Equal(outcome, b.GetProperty("outcome").GetString());
        Assert.Equal(outcome, reliefs.Single(r => r.GetProperty("relief").GetString() == "separation-of-liability").GetProperty("outcome").GetString());
        Assert.Contains(b.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("key").GetString() == "first-collection-date"
            && r.GetProperty("answer").GetString()!.EndsWith("(day not known)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("first-collection-date", "2026-04", "after the screening month 2026-03")]
    [InlineData("last-own-payment-date", "2026-04", "after the screening month 2026-03")]
    [InlineData("first-collection-date", "2024-13", "not a date")]
    [InlineData("last-own-payment-date", "2024-3", "not a date")]
    public async Task Post_BadMonth_Returns400NamingTheField(string key, string value, string message)
    {
        var (status, body) = await PostAsync($$"""{ "asOf": "2026-03-15", "years": { "2021": { "{{key}}": "{{value}}" } } }""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        var problem = Assert.Single(body.GetProperty("errors").GetProperty($"years.2021.{key}").EnumerateArray()).GetString()!;
        Assert.Contains(message, problem, StringComparison.Ordinal);
        if (message == "not a date")
        {
            Assert.Contains("or a month written yyyy-MM", problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Post_DateQuestionNext_SaysAMonthIsAllowed()
    {
        var answers = new JsonObject();
        foreach (var (key, value) in Truths.FigureA().Where(a => a.Key != "first-collection-date"))
        {
            if (QuestionCatalog.All.Single(q => q.Key.Value == key).Scope == QuestionScope.Year)
            {
                answers[key] = value;
            }
        }

        var (status, body) = await PostAsync(new JsonObject { ["asOf"] = "2026-03-15", ["years"] = new JsonObject { ["2021"] = answers } }.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        var next = body.GetProperty("nextQuestion");
        Assert.Equal("first-collection-date", next.GetProperty("key").GetString());
        Assert.True(next.GetProperty("approximateAllowed").GetBoolean());
        Assert.Contains("or a month written yyyy-MM", next.GetProperty("allowed").GetString()!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task Post_AsOfOutOfRange_Returns400NotAnError(string asOf)
    {
        var (status, body) = await PostAsync($$"""{ "asOf": "{{asOf}}", "years": { "2021": { "filed-joint-return": "yes" } } }""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("asOf", ErrorFields(body));
    }

    [Fact]
    public async Task Post_NoYears_Returns400()
    {
        var (status, body) = await PostAsync("""{ "household": {} }""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("years", ErrorFields(body));
    }

    [Fact]
    public async Task Post_NoAnswersYet_ReturnsTheEnginesFirstQuestion()
    {
        var (status, body) = await PostAsync("""{ "asOf": "2026-11-22", "years": { "2022": {} } }""");
        var expected = ScreeningEngine.Evaluate(ScreeningAnswers.ForYears(2022), new DateOnly(2026, 11, 22)).NextQuestion!;

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.GetProperty("complete").GetBoolean());
        var next = body.GetProperty("nextQuestion");
        Assert.Equal(expected.Question.Key.Value, next.GetProperty("key").GetString());
        Assert.False(string.IsNullOrWhiteSpace(next.GetProperty("prompt").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(next.GetProperty("source").GetProperty("display").GetString()));
        Assert.Contains("not the IRS", body.GetProperty("notice").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AnsweringEachNextQuestionUntilComplete_MatchesTheEngineForEveryYearAndRelief()
    {
        var asOf = new DateOnly(2026, 11, 22);
        var request = new JsonObject
        {
            ["asOf"] = "2026-11-22",
            ["household"] = new JsonObject(),
            ["years"] = new JsonObject { ["2020"] = new JsonObject(), ["2021"] = new JsonObject() },
        };
        var answers = ScreeningAnswers.ForYears(2020, 2021);
        JsonElement body = default;

        for (var round = 0; round < 200; round++)
        {
            (var status, body) = await PostAsync(request.ToJsonString());
            Assert.Equal(HttpStatusCode.OK, status);
            if (body.GetProperty("complete").GetBoolean())
            {
                break;
            }

            var next = body.GetProperty("nextQuestion");
            var key = next.GetProperty("key").GetString()!;
            var value = AnswerFor(next);
            if (next.GetProperty("scope").GetString() == "household")
            {
                request["household"]![key] = value;
                answers = answers.WithHousehold(key, value);
            }
            else
            {
                var year = next.GetProperty("taxYear").GetInt32();
                request["years"]![year.ToString(System.Globalization.CultureInfo.InvariantCulture)]![key] = value;
                answers = answers.WithYear(year, key, value);
            }
        }

        Assert.True(body.GetProperty("complete").GetBoolean(), "the walk ended");
        var expected = ScreeningEngine.Evaluate(answers, asOf);
        var years = body.GetProperty("years").EnumerateArray().ToList();
        Assert.Equal(expected.Years.Select(y => y.TaxYear), years.Select(y => y.GetProperty("taxYear").GetInt32()));
        foreach (var (year, yearJson) in expected.Years.Zip(years))
        {
            var reliefs = yearJson.GetProperty("reliefs").EnumerateArray().ToList();
            Assert.Equal(Enum.GetValues<ReliefType>().Length, reliefs.Count);
            Assert.Equal(year.Reliefs.Select(r => DeterminationText.Code(r.Determination)), reliefs.Select(r => r.GetProperty("outcome").GetString()));
            Assert.All(reliefs, r => Assert.All(r.GetProperty("reasons").EnumerateArray(), reason =>
                Assert.False(string.IsNullOrWhiteSpace(reason.GetProperty("source").GetProperty("locator").GetString()))));
        }
    }

    /// <summary>The first listed option, a fixed past date or a small number: a deterministic walk.</summary>
    private static string AnswerFor(JsonElement question) => question.GetProperty("kind").GetString() switch
    {
        "date" => "2024-05-06",
        "money" => "1500",
        "count" => "2",
        _ => question.GetProperty("options")[0].GetProperty("value").GetString()!,
    };

    [Fact]
    public async Task Post_NumberForMoney_IsAcceptedLikeItsDigits()
    {
        var withNumber = await PostAsync("""{ "asOf": "2026-11-22", "household": { "monthly-income": 1200 }, "years": { "2022": {} } }""");
        var withString = await PostAsync("""{ "asOf": "2026-11-22", "household": { "monthly-income": "1200" }, "years": { "2022": {} } }""");

        Assert.Equal(HttpStatusCode.OK, withNumber.Status);
        Assert.Equal(withString.Body.ToString(), withNumber.Body.ToString());
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheScreeningEndpoint()
    {
        var doc = await factory.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/v1/screenings", out var path));
        Assert.True(path.TryGetProperty("post", out _));
    }

    [Fact]
    public async Task OpenApi_ScreeningResponse_DescribesDeadlinesAndNextSteps()
    {
        var doc = await factory.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));
        var schemas = doc.GetProperty("components").GetProperty("schemas");

        var response = schemas.GetProperty("ScreeningResponse").GetProperty("properties");
        Assert.True(response.TryGetProperty("deadlines", out _));
        Assert.True(response.TryGetProperty("nextSteps", out _));
        Assert.True(schemas.GetProperty("NextStepDto").GetProperty("properties").TryGetProperty("sources", out _));
        Assert.True(schemas.GetProperty("YearDeadlinesDto").GetProperty("properties").TryGetProperty("deadlines", out _));
    }
}
