using InnocentSpouse.Tests.Shared;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace InnocentSpouse.LoadDriver;

/// <summary>
/// One simulated browser with JavaScript off. It loops whole interviews: GET a page, read the antiforgery
/// token, POST the form, check the 302 and go where it points, as the app's own InterviewDriver test
/// does. Each interview starts with an empty cookie jar (a new visitor); the keep-alive connection is reused.
/// Redirects are followed by hand so that every request is timed on its own.
/// </summary>
internal sealed partial class VirtualClient : IDisposable
{
    private const int MaxQuestions = 150;

    /// <summary>The answers every interview gives, built once (not per question).</summary>
    private static readonly Dictionary<string, string> FigureA = Truths.FigureA();

    private readonly HttpClient _http;
    private readonly Uri _base;
    private readonly string _years;
    private readonly TimeSpan _think;
    private readonly Random _random;
    private readonly Recorder _recorder;
    private CookieContainer _cookies = new();

    /// <param name="baseUrl">The server.</param>
    /// <param name="years">The tax years every interview gives.</param>
    /// <param name="think">
    /// Mean pause after each response (0: closed loop). Each pause is drawn uniformly from 0.5 to 1.5 times
    /// the mean, and a client's first request waits a random part of one mean pause, so that clients do not
    /// move in lock step (a fixed pause keeps every client that started together arriving together).
    /// </param>
    /// <param name="seed">Seeds this client's pauses, so that runs are repeatable.</param>
    /// <param name="recorder">Where timings go.</param>
    public VirtualClient(Uri baseUrl, string years, TimeSpan think, int seed, Recorder recorder)
    {
        _base = baseUrl;
        _years = years;
        _think = think;
        _random = new Random(seed);
        _recorder = recorder;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false, // cookies are handled per interview below, so one connection serves many visitors
            // Like a browser: asks for br/gzip, so the secret-free pages (the results page) cost their compression too.
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            MaxConnectionsPerServer = 1,
        };
        _http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("type=\"radio\" name=\"Input.Value\" value=\"([^\"]*)\"")]
    private static partial Regex RadioPattern();

    /// <summary>Plays interviews until <paramref name="stop"/> is cancelled.</summary>
    public async Task RunInterviewsAsync(CancellationToken stop)
    {
        if (!await StaggerAsync(stop))
        {
            return;
        }

        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (await InterviewAsync(stop))
                {
                    _recorder.Interview();
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException e)
            {
                _recorder.Error($"{e.GetType().Name}: {e.Message}");
            }
        }
    }

    /// <summary>Requests <paramref name="path"/> until <paramref name="stop"/> is cancelled (the baseline).</summary>
    public async Task RunGetLoopAsync(string path, CancellationToken stop)
    {
        var uri = new Uri(path, UriKind.Relative);
        if (!await StaggerAsync(stop))
        {
            return;
        }

        while (!stop.IsCancellationRequested)
        {
            try
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await _http.GetAsync(uri, stop);
                _ = await response.Content.ReadAsByteArrayAsync(stop);
                _recorder.Request(start);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    _recorder.Error($"GET {path}: {(int)response.StatusCode}");
                }

                await ThinkAsync(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException e)
            {
                _recorder.Error($"{e.GetType().Name}: {e.Message}");
            }
        }
    }

    /// <summary>
    /// Finishes one interview (during the warm-up, if it is long enough), then requests that session's results page
    /// until <paramref name="stop"/> is cancelled: what showing a finished report costs, for the years given.
    /// </summary>
    public async Task RunResultsLoopAsync(CancellationToken stop)
    {
        if (!await StaggerAsync(stop))
        {
            return;
        }

        try
        {
            while (!await InterviewAsync(stop))
            {
                stop.ThrowIfCancellationRequested();
            }

            while (!stop.IsCancellationRequested)
            {
                var (status, body, _) = await SendAsync(HttpMethod.Get, "/interview/results", null, stop);
                if (status != HttpStatusCode.OK || !body.Contains("What to do next", StringComparison.Ordinal))
                {
                    _recorder.Error($"GET /interview/results: {(int)status}");
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (HttpRequestException e)
        {
            _recorder.Error($"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// One whole interview; false when it went wrong. Each failed interview counts as one error, however many
    /// requests it took to notice.
    /// </summary>
    private async Task<bool> InterviewAsync(CancellationToken stop)
    {
        _cookies = new CookieContainer();

        var (location, problem) = await StepAsync("/interview", "start", _ => [], stop);
        if (location != "/interview/years")
        {
            return Fail("start", problem ?? $"redirect to {location}");
        }

        (location, problem) = await StepAsync("/interview/years", "years", _ => [new("years", _years)], stop);
        for (var i = 0; i < MaxQuestions && location is not null && location.Contains("/q/", StringComparison.Ordinal); i++)
        {
            var question = location;
            (location, problem) = await StepAsync(question, "answer", page => Answer(question, page), stop);
        }

        if (location != "/interview/check-answers")
        {
            return Fail("questions", problem ?? $"redirect to {location}");
        }

        // The end of the interview: check your answers, then the results (two GETs, no form).
        var checkAnswers = Stopwatch.GetTimestamp();
        var (status, _, _) = await SendAsync(HttpMethod.Get, location, null, stop);
        if (status != HttpStatusCode.OK)
        {
            return Fail("check-answers", $"GET {location}: {(int)status}");
        }

        var (resultsStatus, results, _) = await SendAsync(HttpMethod.Get, "/interview/results", null, stop);
        _recorder.Step(checkAnswers);
        return resultsStatus == HttpStatusCode.OK && results.Contains("What to do next", StringComparison.Ordinal)
            || Fail("results", $"GET /interview/results: {(int)resultsStatus}");
    }

    /// <summary>
    /// One step: GET the page (200), POST its form with the token (302). Returns where the redirect points, or
    /// null and what went wrong.
    /// </summary>
    private async Task<(string? Location, string? Problem)> StepAsync(string path, string handler, Func<string, List<KeyValuePair<string, string>>> fields, CancellationToken stop)
    {
        var start = Stopwatch.GetTimestamp();
        var (status, page, _) = await SendAsync(HttpMethod.Get, path, null, stop);
        if (status != HttpStatusCode.OK)
        {
            return (null, $"GET {path}: {(int)status}");
        }

        var token = TokenPattern().Match(page);
        if (!token.Success)
        {
            return (null, $"GET {path}: no antiforgery token");
        }

        var form = fields(page);
        form.Add(new("__RequestVerificationToken", token.Groups[1].Value));
        form.Add(new("_handler", handler));
        var (postStatus, _, location) = await SendAsync(HttpMethod.Post, path, new FormUrlEncodedContent(form), stop);
        if (postStatus != HttpStatusCode.Found || location is null)
        {
            return (null, $"POST {path}: {(int)postStatus}");
        }

        _recorder.Step(start);
        return (location, null);
    }

    private async Task<(HttpStatusCode Status, string Body, string? Location)> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken stop)
    {
        var uri = new Uri(_base, path);
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        var cookieHeader = _cookies.GetCookieHeader(uri);
        if (cookieHeader.Length > 0)
        {
            request.Headers.Add("Cookie", cookieHeader);
        }

        var start = Stopwatch.GetTimestamp();
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, stop);
        var body = await response.Content.ReadAsStringAsync(stop);
        _recorder.Request(start);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                _cookies.SetCookies(uri, setCookie);
            }
        }

        await ThinkAsync(stop);
        var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : null;
        return (response.StatusCode, body, location);
    }

    private Task ThinkAsync(CancellationToken stop) =>
        _think > TimeSpan.Zero ? Task.Delay(_think * (0.5 + _random.NextDouble()), stop) : Task.CompletedTask;

    /// <summary>With think time, waits a random part of one mean pause before the first request; false when stopped meanwhile.</summary>
    private async Task<bool> StaggerAsync(CancellationToken stop)
    {
        if (_think <= TimeSpan.Zero)
        {
            return true;
        }

        try
        {
            await Task.Delay(_think * _random.NextDouble(), stop);
            return true;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>The answer for the question at <paramref name="path"/>: from the table, else the first option.</summary>
    private static List<KeyValuePair<string, string>> Answer(string path, string page)
    {
        var key = path.Split("/q/")[1].Split('?')[0];
        var value = FigureA.GetValueOrDefault(key);
        if (page.Contains("name=\"Input.Day\"", StringComparison.Ordinal))
        {
            var parts = (value ?? "2025-09-15").Split('-');
            return [new("Input.Day", parts[2]), new("Input.Month", parts[1]), new("Input.Year", parts[0])];
        }

        if (value is null)
        {
            var first = RadioPattern().Match(page);
            value = first.Success ? first.Groups[1].Value : "2";
        }

        return [new("Input.Value", value)];
    }

    /// <summary>Counts the failed interview once; <paramref name="what"/> names paths and statuses, never answers.</summary>
    private bool Fail(string where, string what)
    {
        _recorder.Error($"{where}: {what}");
        return false;
    }

    public void Dispose() => _http.Dispose();
}
