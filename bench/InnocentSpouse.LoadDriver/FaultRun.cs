using InnocentSpouse.Tests.Shared;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace InnocentSpouse.LoadDriver;

/// <summary>
/// The fault test (issue 6, "Faults"; bench/fault-kill.sh, docs/reliability.md). Two commands:
/// <list type="bullet">
/// <item><c>fault-load</c>: N clients answer questions (a random option on each page, seeded) in one session after
/// another, and journal every answer that got its 302, with the session's resume code. The server is killed
/// with SIGKILL while they run; from then on requests fail to connect and are counted, until the time is up.</item>
/// <item><c>fault-verify</c>: after the restart, re-opens every journalled session with its resume code in a
/// fresh cookie jar and reads each acknowledged question page back: the checked option (or date, or number)
/// must be the one acknowledged.</item>
/// </list>
/// </summary>
internal static partial class FaultRun
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>Figure A's answers, built once (not per question).</summary>
    private static readonly Dictionary<string, string> FigureA = Truths.FigureA();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("type=\"radio\" name=\"Input.Value\" value=\"([^\"]*)\"")]
    private static partial Regex RadioPattern();

    [GeneratedRegex("type=\"radio\" name=\"Input.Value\" value=\"([^\"]*)\"\\s+checked")]
    private static partial Regex CheckedRadioPattern();

    [GeneratedRegex("name=\"Input.(Day|Month|Year)\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex DatePartPattern();

    [GeneratedRegex("name=\"Input.Value\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex TypedPattern();

    [GeneratedRegex("<strong>([0-9A-Z]{5}(?:-[0-9A-Z]{5}){4})</strong>")]
    private static partial Regex CodePattern();

    /// <summary>One session as journalled: its resume code and every acknowledged answer (question path → value).</summary>
    internal sealed record SessionRecord(string Code, List<AnswerRecord> Answers);

    internal sealed record AnswerRecord(string Path, string Value);

    /// <summary>Runs <c>fault-load</c> or <c>fault-verify</c>; returns the exit code.</summary>
    public static async Task<int> MainAsync(string[] args)
    {
        var options = Parse(args);
        var url = new Uri(options.GetValueOrDefault("--url") ?? throw new ArgumentException("--url is required"));
        var journal = options.GetValueOrDefault("--journal") ?? throw new ArgumentException("--journal is required");
        return args[0] switch
        {
            "fault-load" => await LoadAsync(
                url, journal,
                int.Parse(options.GetValueOrDefault("--clients") ?? "50", CultureInfo.InvariantCulture),
                TimeSpan.FromSeconds(double.Parse(options.GetValueOrDefault("--duration") ?? "20", CultureInfo.InvariantCulture)),
                int.Parse(options.GetValueOrDefault("--seed") ?? "1", CultureInfo.InvariantCulture)),
            "fault-verify" => await VerifyAsync(url, journal),
            _ => throw new ArgumentException($"Unknown command {args[0]}"),
        };
    }

    private static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        return options;
    }

    // ---------------------------------------------------------------------------------------------- load

    private sealed class LoadCounters
    {
        public long Acknowledged;
        public long Sessions;
        public long ConnectionErrors;
        public long Refused;
        public long Cut;
        public long TimedOut;
        public long UnexpectedStatuses;
        public long Requests;
        public ConcurrentQueue<string> Samples { get; } = new();
    }

    private static async Task<int> LoadAsync(Uri url, string journalPath, int clients, TimeSpan duration, int seed)
    {
        var counters = new LoadCounters();
        var sessions = new ConcurrentBag<SessionRecord>();
        using var stop = new CancellationTokenSource(duration);
        var tasks = Enumerable.Range(0, clients)
            .Select(i => Task.Run(() => ClientLoopAsync(url, new Random(seed * 10_007 + i), sessions, counters, stop.Token)))
            .ToArray();
        await Task.WhenAll(tasks);

        var kept = sessions.Where(s => s.Answers.Count > 0).ToList();
        await File.WriteAllTextAsync(journalPath, JsonSerializer.Serialize(kept, Json));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load: clients {clients}, requests {counters.Requests}, sessions with answers {kept.Count}, answers acknowledged {counters.Acknowledged}, failed requests {counters.ConnectionErrors} (refused {counters.Refused}, cut {counters.Cut}, timed out {counters.TimedOut}), unexpected statuses {counters.UnexpectedStatuses}"));
        foreach (var sample in counters.Samples.Take(5))
        {
            Console.WriteLine("  " + sample);
        }

        return 0;
    }

    /// <summary>One client: session after session until the time is up. A connection error abandons the session.</summary>
    private static async Task ClientLoopAsync(Uri url, Random random, ConcurrentBag<SessionRecord> sessions, LoadCounters counters, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            using var client = new Browser(url, counters);
            try
            {
                await SessionAsync(client, random, sessions, counters, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
            {
                // The server is gone (killed) or restarting: connection refused, reset, or no answer in time.
                Interlocked.Increment(ref counters.ConnectionErrors);
                switch (e)
                {
                    case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError }:
                        Interlocked.Increment(ref counters.Refused);
                        break;
                    case OperationCanceledException:
                        Interlocked.Increment(ref counters.TimedOut);
                        break;
                    default:
                        Interlocked.Increment(ref counters.Cut);
                        if (counters.Samples.Count < 5)
                        {
                            counters.Samples.Enqueue($"{e.GetType().Name} ({(e as HttpRequestException)?.HttpRequestError}): {e.Message} {e.InnerException?.Message}");
                        }

                        break;
                }

                try
                {
                    await Task.Delay(200, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            catch (UnexpectedResponseException e)
            {
                Interlocked.Increment(ref counters.UnexpectedStatuses);
                counters.Samples.Enqueue(e.Message);
            }
        }
    }

    private static async Task SessionAsync(Browser client, Random random, ConcurrentBag<SessionRecord> sessions, LoadCounters counters, CancellationToken stop)
    {
        var location = await client.StepAsync("/interview", "start", _ => [], stop);
        Expect(location == "/interview/years", $"start redirected to {location}");
        var (status, save, _) = await client.SendAsync(HttpMethod.Get, "/interview/save", null, stop);
        Expect(status == HttpStatusCode.OK, $"GET /interview/save gave {(int)status}");
        var code = CodePattern().Match(save);
        Expect(code.Success, "no resume code on /interview/save");
        var record = new SessionRecord(code.Groups[1].Value, []);
        sessions.Add(record);
        Interlocked.Increment(ref counters.Sessions);

        location = await client.StepAsync("/interview/years", "years", _ => [new("years", "2021")], stop);
        for (var i = 0; i < 150 && location.Contains("/q/", StringComparison.Ordinal); i++)
        {
            var question = location;
            string? value = null;
            location = await client.StepAsync(question, "answer", page =>
            {
                (var fields, value) = Choose(question, page, random);
                return fields;
            }, stop);

            // Acknowledged: the 302 came back, so the answer must be in the database.
            record.Answers.Add(new AnswerRecord(question, value!));
            Interlocked.Increment(ref counters.Acknowledged);
        }
    }

    /// <summary>A random option on a radio page; Figure A's date or number (or a fixed one) otherwise.</summary>
    private static (List<KeyValuePair<string, string>> Fields, string Value) Choose(string path, string page, Random random)
    {
        var key = path.Split("/q/")[1].Split('?')[0];
        var known = FigureA.GetValueOrDefault(key);
        if (page.Contains("name=\"Input.Day\"", StringComparison.Ordinal))
        {
            var date = new DateOnly(2020 + random.Next(0, 5), random.Next(1, 13), random.Next(1, 29)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var parts = date.Split('-');
            return ([new("Input.Day", parts[2]), new("Input.Month", parts[1]), new("Input.Year", parts[0])], date);
        }

        var radios = RadioPattern().Matches(page).Select(m => m.Groups[1].Value).ToList();
        var value = radios.Count > 0 ? radios[random.Next(radios.Count)] : known ?? "2";
        return ([new("Input.Value", value)], value);
    }

    // -------------------------------------------------------------------------------------------- verify

    private static async Task<int> VerifyAsync(Uri url, string journalPath)
    {
        var sessions = JsonSerializer.Deserialize<List<SessionRecord>>(await File.ReadAllTextAsync(journalPath), Json) ?? [];
        var counters = new LoadCounters();
        long verified = 0, missing = 0, wrong = 0, unopened = 0;
        var problems = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(sessions, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (session, stop) =>
        {
            using var client = new Browser(url, counters);
            try
            {
                var location = await client.StepAsync("/resume", "resume", _ => [new("code", session.Code)], stop);
                Expect(location.StartsWith("/interview", StringComparison.Ordinal), $"resume redirected to {location}");
            }
            catch (Exception e) when (e is UnexpectedResponseException or HttpRequestException)
            {
                Interlocked.Increment(ref unopened);
                Interlocked.Add(ref missing, session.Answers.Count);
                problems.Enqueue($"session #{sessions.IndexOf(session)}: {e.Message}");
                return;
            }

            foreach (var answer in session.Answers)
            {
                var (status, page, _) = await client.SendAsync(HttpMethod.Get, answer.Path, null, stop);
                var given = status == HttpStatusCode.OK ? Given(page) : "";
                if (given == answer.Value)
                {
                    Interlocked.Increment(ref verified);
                }
                else if (given.Length == 0)
                {
                    Interlocked.Increment(ref missing);
                    problems.Enqueue($"missing: {answer.Path} ({(int)status}), acknowledged {answer.Value}");
                }
                else
                {
                    Interlocked.Increment(ref wrong);
                    problems.Enqueue($"wrong: {answer.Path} shows {given}, acknowledged {answer.Value}");
                }
            }
        });

        var acknowledged = sessions.Sum(s => s.Answers.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"verify: sessions {sessions.Count} (not re-opened {unopened}), answers acknowledged {acknowledged}, verified {verified}, missing {missing}, wrong {wrong}"));
        foreach (var problem in problems.Take(10))
        {
            Console.WriteLine("  " + problem);
        }

        return missing == 0 && wrong == 0 && unopened == 0 && verified == acknowledged ? 0 : 1;
    }

    /// <summary>The answer a question page shows: the checked radio, the date (yyyy-MM-dd) or the value typed.</summary>
    private static string Given(string page)
    {
        if (page.Contains("name=\"Input.Day\"", StringComparison.Ordinal))
        {
            var parts = DatePartPattern().Matches(page).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            return parts.Count == 3 && int.TryParse(parts["Month"], CultureInfo.InvariantCulture, out var month) && int.TryParse(parts["Day"], CultureInfo.InvariantCulture, out var day)
                ? string.Create(CultureInfo.InvariantCulture, $"{parts["Year"]}-{month:00}-{day:00}")
                : "";
        }

        var checkedRadio = CheckedRadioPattern().Match(page);
        if (checkedRadio.Success)
        {
            return checkedRadio.Groups[1].Value;
        }

        if (RadioPattern().IsMatch(page))
        {
            return "";
        }

        var typed = TypedPattern().Match(page);
        return typed.Success ? typed.Groups[1].Value : "";
    }

    private static void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new UnexpectedResponseException(what);
        }
    }

    private sealed class UnexpectedResponseException(string message) : Exception(message);

    /// <summary>A browser with JavaScript off: one cookie jar, redirects followed by hand.</summary>
    private sealed class Browser(Uri baseUrl, LoadCounters counters) : IDisposable
    {
        private readonly CookieContainer _cookies = new();
        private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };

        /// <summary>GET the page (200 with a token), POST its form; returns the redirect of the 302.</summary>
        public async Task<string> StepAsync(string path, string handler, Func<string, List<KeyValuePair<string, string>>> fields, CancellationToken stop)
        {
            var (status, page, _) = await SendAsync(HttpMethod.Get, path, null, stop);
            Expect(status == HttpStatusCode.OK, $"GET {path} gave {(int)status}");
            var token = TokenPattern().Match(page);
            Expect(token.Success, $"GET {path}: no antiforgery token");
            var form = fields(page);
            form.Add(new("__RequestVerificationToken", token.Groups[1].Value));
            form.Add(new("_handler", handler));
            using var content = new FormUrlEncodedContent(form);
            var (postStatus, _, location) = await SendAsync(HttpMethod.Post, path, content, stop);
            Expect(postStatus == HttpStatusCode.Found && location is not null, $"POST {path} gave {(int)postStatus}");
            return location!;
        }

        public async Task<(HttpStatusCode Status, string Body, string? Location)> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken stop)
        {
            var uri = new Uri(baseUrl, path);
            using var request = new HttpRequestMessage(method, uri) { Content = content };
            var cookieHeader = _cookies.GetCookieHeader(uri);
            if (cookieHeader.Length > 0)
            {
                request.Headers.Add("Cookie", cookieHeader);
            }

            Interlocked.Increment(ref counters.Requests);
            using var response = await _http.SendAsync(request, stop);
            var body = await response.Content.ReadAsStringAsync(stop);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var setCookie in setCookies)
                {
                    _cookies.SetCookies(uri, setCookie);
                }
            }

            var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : null;
            return (response.StatusCode, body, location);
        }

        public void Dispose() => _http.Dispose();
    }
}
