using System.Net;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.EndToEnd;

/// <summary>
/// Scale-out (issue 6, "Tests and proofs"): two app processes share one database (PostgreSQL in CI's second run,
/// one SQLite file in the first) and one browser's interview alternates between them at every request, as a
/// load balancer without sticky sessions would. Instance B must accept the antiforgery tokens and the
/// <c>sid</c> cookie that instance A protected, and read the answers A saved, through the Data Protection keys
/// and the sessions both keep in the database.
/// </summary>
public sealed partial class ScaleOutTests : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    /// <summary>Cookies are kept for one host name, as a browser behind one load-balanced address would.</summary>
    private static readonly Uri CookieSite = new("http://127.0.0.1/");

    private readonly TestDatabase _database = new();
    private CookieContainer _cookies = new();
    private readonly List<string> _log = [];
    private AppProcess _a = default!;
    private AppProcess _b = default!;
    private HttpClient _http = default!;
    private int _requests;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("type=\"radio\" name=\"Input.Value\" value=\"([^\"]*)\"")]
    private static partial Regex RadioPattern();

    [GeneratedRegex("type=\"radio\" name=\"Input.Value\" value=\"([^\"]*)\"\\s+checked")]
    private static partial Regex CheckedRadioPattern();

    [GeneratedRegex("name=\"Input.(Day|Month|Year)\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex DatePartPattern();

    [GeneratedRegex("<strong>([0-9A-Z]{5}(?:-[0-9A-Z]{5}){4})</strong>")]
    private static partial Regex CodePattern();

    public async Task InitializeAsync()
    {
        // One after the other: the first applies the migrations and creates the key ring; the second starts on a
        // database that is ready, as a rolling deployment would.
        _a = await AppProcess.StartAsync(_database.Provider, _database.ConnectionString, ManualClock.DefaultNow, StartTimeout);
        try
        {
            _b = await AppProcess.StartAsync(_database.Provider, _database.ConnectionString, ManualClock.DefaultNow, StartTimeout);
        }
        catch
        {
            // Never leave the first process running if the second cannot start.
            await _a.DisposeAsync();
            _a = null!;
            throw;
        }
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_a is not null)
        {
            await _a.DisposeAsync();
        }

        if (_b is not null)
        {
            await _b.DisposeAsync();
        }

        await _database.DropAsync();
    }

    [Fact]
    [Trait("Category", "Postgres")]
    public async Task Interview_EachRequestOnTheOtherInstance_FinishesWithNoErrorsAndTheAnswersIntact()
    {
        var truth = Truths.FigureA();

        // Start and years: GET on one instance, POST on the other.
        Assert.Equal("/interview/years", await StepAsync("/interview", "start", _ => []));
        var location = await StepAsync("/interview/years", "years", _ => [new("years", "2021")]);

        var answered = new List<string>();
        for (var i = 0; i < 150 && location.Contains("/q/", StringComparison.Ordinal); i++)
        {
            var question = location;
            answered.Add(question);
            location = await StepAsync(question, "answer", page => Answer(question, page, truth));
        }

        Assert.True(location == "/interview/check-answers", $"The questions ended at {location}.{Environment.NewLine}{Trail()}");
        Assert.True(answered.Count >= 10, $"Only {answered.Count} questions were asked.");

        // Every answer reads back, each question page from whichever instance comes next.
        foreach (var question in answered)
        {
            var (status, page) = await GetAsync(question);
            Assert.True(status == HttpStatusCode.OK, $"GET {question} gave {(int)status}.{Environment.NewLine}{Trail()}");
            Assert.True(Expected(question, page, truth) == Given(page), $"{question} shows \"{Given(page)}\", not \"{Expected(question, page, truth)}\".");
        }

        var (checkStatus, checkAnswers) = await GetAsync("/interview/check-answers");
        Assert.Equal(HttpStatusCode.OK, checkStatus);
        Assert.Contains("Divorced", WebUtility.HtmlDecode(checkAnswers), StringComparison.OrdinalIgnoreCase);

        var (resultsStatus, results) = await GetAsync("/interview/results");
        Assert.Equal(HttpStatusCode.OK, resultsStatus);
        ExpectedResults.AssertShownIn(results, ExpectedResults.For(truth, ManualClock.DefaultToday, 2021));
        Assert.Contains("What to do next", results, StringComparison.Ordinal);

        // The resume code shown by one instance reopens the session on the other, in a browser with no cookies.
        var (saveStatus, save) = await GetAsync("/interview/save");
        Assert.Equal(HttpStatusCode.OK, saveStatus);
        var code = CodePattern().Match(save).Groups[1].Value;
        Assert.NotEmpty(code);
        _cookies = new CookieContainer();
        Assert.Equal("/interview/check-answers", await StepAsync("/resume", "resume", _ => [new("code", code)]));
        var (reopenedStatus, reopened) = await GetAsync("/interview/results");
        Assert.Equal(HttpStatusCode.OK, reopenedStatus);
        ExpectedResults.AssertShownIn(reopened, ExpectedResults.For(truth, ManualClock.DefaultToday, 2021));

        Assert.True(_log.All(l => l.EndsWith(" 200", StringComparison.Ordinal) || l.EndsWith(" 302", StringComparison.Ordinal)), Trail());
        Assert.Contains(_log, l => l.StartsWith($"GET {_a.BaseUrl}", StringComparison.Ordinal));
        Assert.Contains(_log, l => l.StartsWith($"POST {_a.BaseUrl}", StringComparison.Ordinal));
        Assert.Contains(_log, l => l.StartsWith($"GET {_b.BaseUrl}", StringComparison.Ordinal));
        Assert.Contains(_log, l => l.StartsWith($"POST {_b.BaseUrl}", StringComparison.Ordinal));
    }

    /// <summary>
    /// GET the page on one instance (200 with a token), POST its form on the other (302); returns the redirect.
    /// Step k starts on instance k mod 2, so tokens go from A to B and from B to A.
    /// </summary>
    private async Task<string> StepAsync(string path, string handler, Func<string, List<KeyValuePair<string, string>>> fields)
    {
        var (status, page) = await GetAsync(path);
        Assert.True(status == HttpStatusCode.OK, $"GET {path} gave {(int)status}.{Environment.NewLine}{Trail()}");
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"GET {path}: no antiforgery token.");

        var form = fields(page);
        form.Add(new("__RequestVerificationToken", token.Groups[1].Value));
        form.Add(new("_handler", handler));
        using var content = new FormUrlEncodedContent(form);
        var (postStatus, body, location) = await SendAsync(HttpMethod.Post, path, content);
        Assert.True(postStatus == HttpStatusCode.Found && location is not null,
            $"POST {path} gave {(int)postStatus}.{Environment.NewLine}{Trail()}{Environment.NewLine}{Excerpt(body)}{Environment.NewLine}{AppProcess.Describe(_a, _b)}");
        return location!;
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        var (status, body, _) = await SendAsync(HttpMethod.Get, path, null);
        return (status, body);
    }

    /// <summary>Sends to A and B in turn; cookies come from and go to the one jar.</summary>
    private async Task<(HttpStatusCode Status, string Body, string? Location)> SendAsync(HttpMethod method, string path, HttpContent? content)
    {
        var instance = _requests++ % 2 == 0 ? _a : _b;
        var uri = new Uri(instance.BaseUrl, path);
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        var cookieHeader = _cookies.GetCookieHeader(CookieSite);
        if (cookieHeader.Length > 0)
        {
            request.Headers.Add("Cookie", cookieHeader);
        }

        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                _cookies.SetCookies(CookieSite, setCookie);
            }
        }

        _log.Add($"{method} {uri} {(int)response.StatusCode}");
        var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : null;
        return (response.StatusCode, body, location);
    }

    private string Trail() => string.Join(Environment.NewLine, _log.TakeLast(12));

    private static string Excerpt(string body) => body.Length <= 2000 ? body : body[..2000];

    private static List<KeyValuePair<string, string>> Answer(string path, string page, IReadOnlyDictionary<string, string> truth)
    {
        var value = Expected(path, page, truth);
        if (page.Contains("name=\"Input.Day\"", StringComparison.Ordinal))
        {
            var parts = value.Split('-');
            return [new("Input.Day", parts[2]), new("Input.Month", parts[1]), new("Input.Year", parts[0])];
        }

        return [new("Input.Value", value)];
    }

    /// <summary>The answer the script gives to the question at <paramref name="path"/>: from the table, else the first option.</summary>
    private static string Expected(string path, string page, IReadOnlyDictionary<string, string> truth)
    {
        var key = path.Split("/q/")[1].Split('?')[0];
        if (truth.TryGetValue(key, out var value))
        {
            return value;
        }

        if (page.Contains("name=\"Input.Day\"", StringComparison.Ordinal))
        {
            return "2025-09-15";
        }

        var first = RadioPattern().Match(page);
        return first.Success ? first.Groups[1].Value : "2";
    }

    /// <summary>The answer a question page shows as given: the checked radio, the date (yyyy-MM-dd), or the number typed.</summary>
    private static string Given(string page)
    {
        if (page.Contains("name=\"Input.Day\"", StringComparison.Ordinal))
        {
            var parts = DatePartPattern().Matches(page).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            return parts.Count == 3
                ? $"{parts["Year"]}-{int.Parse(parts["Month"], System.Globalization.CultureInfo.InvariantCulture):00}-{int.Parse(parts["Day"], System.Globalization.CultureInfo.InvariantCulture):00}"
                : "";
        }

        var checkedRadio = CheckedRadioPattern().Match(page);
        if (checkedRadio.Success)
        {
            return checkedRadio.Groups[1].Value;
        }

        if (RadioPattern().IsMatch(page))
        {
            return ""; // Radios, none checked: not answered (the number pattern below would match the first radio).
        }

        var typed = Regex.Match(page, "name=\"Input.Value\"[^>]*value=\"([^\"]*)\"");
        return typed.Success ? typed.Groups[1].Value : "";
    }
}
