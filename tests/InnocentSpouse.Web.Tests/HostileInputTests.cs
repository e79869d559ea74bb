using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Tests.Interview;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests;

/// <summary>
/// 11,400 malformed or mutated requests (fixed seed, so a failure reproduces): API bodies (including oversized bodies,
/// thousands of array items, duplicate keys, wrong or missing content types, chunked bodies), form posts with a valid
/// session and antiforgery token to every form (interview, resume, share, start links, delete, quick exit), odd URLs on
/// every GET form (letters, deadlines, calendar file), every mapped route with every method and junk cookies, and a
/// burst past the rate limits from several addresses. None may get a status of 500 or above.
/// </summary>
[Trait("Category", "Hostile")]
public sealed partial class HostileInputTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Seed = 20261122;
    private const int ApiBodies = 4000;
    private const int FormPosts = 4000;
    private const int OddUrls = 2000;
    private const int EveryRoute = 1000;
    private const int PastTheLimits = 400;

    private static readonly string[] ValidApiBodies =
    [
        """{"asOf":"2026-11-22","household":{"marital-status":"divorced","monthly-income":1200},"years":{"2021":{"filed-joint-return":"yes","first-collection-date":"2025-09-15"}}}""",
        """{"event":"letter4390","date":"2026-01-05","postmark":"2026-01-02","asOf":"2026-02-01"}""",
        """{"event":"return-filed","date":"2024-04-15","returnDueDate":"2024-04-15","paymentDates":["2024-04-15","2025-01-02"]}""",
        """{"event":"lien-notice","date":"2026-01-05","lienFilingDate":"2026-01-02","printedDate":"2026-02-13","asOf":"2026-02-01"}""",
        """{"event":"letter4390","date":"2026-01-05","printedCdpPetitionDate":"2026-02-04","printedInnocentSpousePetitionDate":"2026-04-06"}""",
    ];

    internal static readonly string[] Nasty =
    [
        "", " ", "null", "true", "-1", "0", "99999999999999999999999", "1e308", "NaN", "\"", "'", "\\", "{", "}", "[", "]",
        "\u0000", "\uFFFF", "\uD800", "😀", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "%00", "%",
        "2021-02-30", "0001-01-01", "9999-12-31", "2026-13-01", "not-sure", "yes", "no", new string('9', 5000), new string('a', 100_000),
    ];

    /// <summary>A NUL in the path never reaches the app: Kestrel answers 400 itself, and the in-memory test client throws.</summary>
    internal static readonly string[] PathSafe = [.. Nasty.Where(n => !n.Contains('\u0000', StringComparison.Ordinal) && n != "%00")];

    private static readonly string[] EventNames = [.. Web.Deadlines.EventTypes.All.Select(e => e.Name)];

    /// <summary>Optional date boxes of the deadline form, including each event's own (lien filing date, Letter 4390's two printed dates).</summary>
    private static readonly string[] DeadlineDateBoxes =
    [
        "postmark-day", "printed-month", "printedcdp-day", "printed6015-year", "lienfiled-day", "lienfiled-year", "due-month", "paid1-day",
    ];

    private static readonly string[] PlausibleValues = ["yes", "no", "none", "15", "2", "2025", "2021, 2022", "separate"];

    private static readonly string[] WrongTypes = ["1", "true", "null", "[]", "{}", "\"" + new string('x', 10_000) + "\""];

    private static readonly string[] JsonJunk = ["{", "}", "[", "]", ",", ":", "\"", "\\", "\u0000", "9"];

    /// <summary>Properties a mutation sends twice (or once, where the body has no such property: then unknown).</summary>
    private static readonly string[] DuplicateKeys =
        ["\"event\":\"assessment\"", "\"date\":\"2026-01-05\"", "\"asOf\":\"2026-11-22\"", "\"Event\":\"letter4390\"", "\"years\":{}", "\"paymentDates\":[]"];

    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];

    private static readonly string?[] Accepts = [null, null, "text/html", "*/*", "application/xml", "application/problem+json", "nonsense"];

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task MalformedRequestsToEveryEndpointAndForm_NoneGets500OrAbove()
    {
        var random = new Random(Seed);
        var failures = new ConcurrentBag<string>();
        var sent = 0;

        // API bodies: mutated JSON, wrong types, deep nesting, duplicate keys, thousands of items, oversized and chunked
        // bodies, wrong or missing content types, odd Accept headers, now and then another method or an unknown route.
        var apiClient = factory.CreateClient();
        var apiWork = Enumerable.Range(0, ApiBodies).Select(_ => (
            Path: random.Next(20) == 0 ? "/api/v1/" + Uri.EscapeDataString(Pick(random, PathSafe)) : random.Next(2) == 0 ? "/api/v1/screenings" : "/api/v1/deadlines",
            Method: random.Next(10) == 0 ? Pick(random, Methods) : "POST",
            Body: MutateJson(random),
            Type: ContentType(random),
            Accept: Pick(random, Accepts),
            Chunked: random.Next(8) == 0)).ToList();
        await Parallel.ForEachAsync(apiWork, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (item, ct) =>
        {
            using var request = new HttpRequestMessage(new HttpMethod(item.Method), new Uri(item.Path, UriKind.Relative));
            if (item.Method is not ("GET" or "HEAD"))
            {
                var bytes = Encoding.UTF8.GetBytes(item.Body);
                request.Content = item.Chunked ? new StreamContent(new MemoryStream(bytes)) : new ByteArrayContent(bytes);
                request.Content.Headers.ContentType = item.Type is null ? null : MediaTypeHeaderValue.Parse(item.Type);
                request.Headers.TransferEncodingChunked = item.Chunked;
            }

            if (item.Accept is { } accept)
            {
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }

            var response = await apiClient.SendAsync(request, ct);
            Check(failures, $"{item.Method} {item.Path} {Shorten(item.Body)}", response.StatusCode);
            Interlocked.Increment(ref sent);
        });

        // Form posts into real interviews (four sessions, as four people) with valid tokens: random fields, values and handlers.
        // A fifth session also gets the posts that end a session: delete and the quick exit.
        var drivers = new List<(InterviewDriver Driver, string Token)>();
        for (var d = 0; d < 5; d++)
        {
            var driver = new InterviewDriver(factory);
            await driver.PostAsync("/interview", "start", new Dictionary<string, string>());
            await driver.PostAsync("/interview/years", "years", new Dictionary<string, string> { ["years"] = "2021, 2022" });
            var token = TokenPattern().Match((await driver.GetAsync("/interview/years")).Html).Groups[1].Value;
            Assert.NotEmpty(token);
            drivers.Add((driver, token));
        }

        // A real share link and a real start link, so their pages get posts and odd URLs too.
        var shareToken = SharedLink().Match((await drivers[0].Driver.PostAsync("/interview/share", "share", new Dictionary<string, string>())).Html).Groups[1].Value;
        var startToken = StartLink().Match((await new InterviewDriver(factory).PostAsync("/start-link", "start-link", new Dictionary<string, string>
        {
            ["years"] = "2021", ["collection-action"] = "levy-hearing-notice", ["date-day"] = "15", ["date-month"] = "9", ["date-year"] = "2025",
        })).Html).Groups[1].Value;
        Assert.NotEmpty(shareToken);
        Assert.NotEmpty(startToken);

        string[] targets =
        [
            "/interview", "/interview/years", "/interview/2021/q/refund-kept", "/interview/2022/q/refund-kept", "/interview/q/marital-status",
            "/interview/2021/q/first-collection-date", "/resume", "/interview/share", "/interview/delete-not", "/start-link", "/letters/4390",
            "/interview/check-answers", "/interview/results", "/interview/save", "/interview/delete-answers", $"/start/{startToken}", $"/shared/{shareToken}", "/start/" + new string('A', 22),
            "/deadlines", "/deadlines.ics",
        ];
        string[] endingTargets = ["/interview/delete", "/exit"];
        string[] fields =
        [
            "Input.Value", "Input.Day", "Input.Month", "Input.Year", "Input.Shown", "Input.NotSure", "years", "code", "_handler", "discreet", "action", "date-day", "Input",
            "confirm", "collection-action", "date-month", "date-year",
        ];
        string[] handlers = ["answer", "years", "start", "resume", "share", "revoke-1", "revoke-2", "start-link", "start-from-link", "nope", ""];
        var formWork = Enumerable.Range(0, FormPosts).Select(i =>
        {
            var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", random.Next(20) == 0 ? Pick(random, Nasty) : drivers[i % 5].Token) };
            form.Add(new("_handler", Pick(random, handlers)));
            for (var f = random.Next(4); f >= 0; f--)
            {
                form.Add(new(Pick(random, fields), random.Next(3) == 0 ? Pick(random, Nasty) : Pick(random, PlausibleValues)));
            }

            var query = random.Next(4) == 0 ? "?returnTo=" + Uri.EscapeDataString(Pick(random, Nasty)) : random.Next(2) == 0 ? "?returnTo=answers" : "";
            var session = i % 5;
            var target = session == 4 && random.Next(10) == 0 ? Pick(random, endingTargets) : Pick(random, targets);
            return (Session: session, Path: target + query, Form: form);
        }).ToList();
        await Parallel.ForEachAsync(formWork.GroupBy(w => w.Session), async (session, ct) =>
        {
            // Within one session, one after another, as one person's tabs would.
            foreach (var item in session)
            {
                using var content = new FormUrlEncodedContent(item.Form);
                var response = await drivers[item.Session].Driver.Client.PostAsync(new Uri(item.Path, UriKind.Relative), content, ct);
                Check(failures, $"POST {item.Path} {string.Join('&', item.Form.Select(kv => kv.Key + "=" + Shorten(kv.Value)))}", response.StatusCode);
                Interlocked.Increment(ref sent);
            }
        });

        // Odd URLs: unknown keys and years, odd query strings on the GET forms.
        var keys = QuestionCatalog.All.Select(q => q.Key.Value).Concat(PathSafe.Select(Uri.EscapeDataString)).ToArray();
        var urlWork = Enumerable.Range(0, OddUrls).Select(_ => random.Next(9) switch
        {
            0 => $"/interview/{random.Next(-5, 3000)}/q/{Pick(random, keys)}",
            1 => $"/interview/q/{Pick(random, keys)}?returnTo={Uri.EscapeDataString(Pick(random, Nasty))}",
            2 => $"/letters/{Uri.EscapeDataString(Pick(random, PathSafe))}?date-day={Uri.EscapeDataString(Pick(random, Nasty))}&date-month=2&date-year=2026",
            3 => $"/deadlines?event={Uri.EscapeDataString(random.Next(2) == 0 ? Pick(random, Nasty) : Pick(random, EventNames))}&date-day=1&date-month=1&date-year={Uri.EscapeDataString(Pick(random, Nasty))}"
                + $"&{Pick(random, DeadlineDateBoxes)}={Uri.EscapeDataString(Pick(random, Nasty))}",
            5 => $"/deadlines.ics?event={Uri.EscapeDataString(Pick(random, EventNames))}&date-day={Uri.EscapeDataString(Pick(random, Nasty))}&date-month=1&date-year=2026"
                + $"&{Pick(random, DeadlineDateBoxes)}={Uri.EscapeDataString(Pick(random, Nasty))}&named={Uri.EscapeDataString(Pick(random, Nasty))}&actby=yes",
            6 => $"/letters/by-wording?q-{Uri.EscapeDataString(Pick(random, PathSafe))}={Uri.EscapeDataString(Pick(random, Nasty))}&q-tax-court=yes",
            7 => $"/{Pick(random, TokenRoutes)}/{Uri.EscapeDataString(Pick(random, PathSafe))}",
            8 => $"/deadlines?event={Uri.EscapeDataString(Pick(random, EventNames))}&date-day={random.Next(-3, 40)}&date-month={random.Next(-1, 14)}&date-year={random.Next(1985, 2110)}"
                + $"&printed-day={random.Next(0, 32)}&printed-month={random.Next(0, 13)}&printed-year={random.Next(1985, 2110)}&paid1-day=1&paid1-month=1&paid1-year={random.Next(1985, 2110)}",
            _ => $"/letters?number={Uri.EscapeDataString(Pick(random, Nasty))}",
        }).ToList();
        var getClient = drivers[0].Driver.Client;
        await Parallel.ForEachAsync(urlWork, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (url, ct) =>
        {
            var response = await getClient.GetAsync(new Uri(url, UriKind.Relative), ct);
            Check(failures, $"GET {Shorten(url)}", response.StatusCode);
            Interlocked.Increment(ref sent);
        });

        // Every mapped route (pages, endpoints, the framework's own), with every method, odd queries and junk cookies.
        var plain = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var routes = Routes(factory.Services);
        Assert.InRange(routes.Count, 20, EveryRoute); // each route gets at least one request
        foreach (var known in new[] { "/api/v1/deadlines", "/api/v1/screenings", "/deadlines.ics", "/exit", "/interview/delete", "/shared/{Token}", "/start/{Token}", "/resume" })
        {
            Assert.Contains(routes, r => string.Equals("/" + r.RawText!.TrimStart('/'), known, StringComparison.Ordinal));
        }

        var routeWork = Enumerable.Range(0, EveryRoute).Select(i => (
            Method: Pick(random, Methods),
            Path: Fill(routes[i % routes.Count], random, shareToken, startToken) + (random.Next(3) == 0 ? "?x=" + Uri.EscapeDataString(Pick(random, Nasty)) : ""),
            Cookie: random.Next(3) == 0 ? $"{Pick(random, CookieNames)}={Uri.EscapeDataString(Pick(random, Nasty))}" : null,
            Body: random.Next(2) == 0 ? MutateJson(random) : "_handler=" + Pick(random, handlers) + "&confirm=yes")).ToList();
        await Parallel.ForEachAsync(routeWork, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (item, ct) =>
        {
            using var request = new HttpRequestMessage(new HttpMethod(item.Method), new Uri(item.Path, UriKind.Relative));
            if (item.Method is not ("GET" or "HEAD"))
            {
                request.Content = new StringContent(item.Body, Encoding.UTF8, item.Body.StartsWith("_handler", StringComparison.Ordinal) ? "application/x-www-form-urlencoded" : "application/json");
            }

            if (item.Cookie is { } cookie)
            {
                request.Headers.TryAddWithoutValidation("Cookie", cookie);
            }

            var response = await plain.SendAsync(request, ct);
            Check(failures, $"{item.Method} {Shorten(item.Path)} cookie {item.Cookie is not null}", response.StatusCode);
            Interlocked.Increment(ref sent);
        });

        // Past the rate limits: a few addresses, low limits, the API and the code pages at once.
        await using var limited = factory.WithWebHostBuilder(b => b.UseSetting("RateLimits:ApiPerMinute", "5").UseSetting("RateLimits:PerMinute", "5"));
        string[] addresses = ["203.0.113.1", "203.0.113.2", "2001:db8::1", "::1"];
        string[] limitedPaths = ["/api/v1/deadlines", "/api/v1/screenings", "/api/v1/nope", "/resume", $"/shared/{shareToken}", $"/start/{startToken}", "/shared/x"];
        var limitedWork = Enumerable.Range(0, PastTheLimits).Select(_ => (Address: Pick(random, addresses), Path: Pick(random, limitedPaths), Body: MutateJson(random))).ToList();
        await Parallel.ForEachAsync(limitedWork, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (item, ct) =>
        {
            var context = await limited.Server.SendAsync(c =>
            {
                c.Connection.RemoteIpAddress = IPAddress.Parse(item.Address);
                c.Request.Path = item.Path;
                c.Request.Method = item.Path.StartsWith("/api/", StringComparison.Ordinal) ? HttpMethods.Post : HttpMethods.Get;
                c.Request.ContentType = "application/json";
                c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(item.Body));
            }, ct);
            Check(failures, $"{item.Address} {item.Path} {Shorten(item.Body)}", (HttpStatusCode)context.Response.StatusCode);
            Interlocked.Increment(ref sent);
        });

        Assert.Equal(ApiBodies + FormPosts + OddUrls + EveryRoute + PastTheLimits, sent);
        // Not all refused at the door: some of each kind got through to the real handling.
        Assert.True(_accepted.GetValueOrDefault("POST api") > 0, "no API body was accepted");
        Assert.True(_accepted.GetValueOrDefault("POST") > 0, "no form post was accepted");
        Assert.True(_accepted.GetValueOrDefault("GET") > 0, "no odd URL was answered normally");
        // The new limits were reached, not just the parser's errors.
        foreach (var status in new[] { 405, 413, 415, 429 })
        {
            Assert.True(_statuses.GetValueOrDefault(status) > 0, $"no response was {status}");
        }
        Assert.True(failures.IsEmpty, $"{failures.Count} responses >= 500, e.g.:\n" + string.Join("\n", failures.Take(10)));
    }

    private readonly ConcurrentDictionary<string, int> _accepted = new();
    private readonly ConcurrentDictionary<int, int> _statuses = new();

    private void Check(ConcurrentBag<string> failures, string what, HttpStatusCode status)
    {
        _statuses.AddOrUpdate((int)status, 1, (_, n) => n + 1);
        if ((int)status < 400)
        {
            _accepted.AddOrUpdate(what.Split(' ')[0] + (what.Contains("/api/", StringComparison.Ordinal) ? " api" : ""), 1, (_, n) => n + 1);
        }

        if ((int)status >= 500)
        {
            failures.Add($"{(int)status} {what}");
        }
    }

    internal static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string? ContentType(Random random) => random.Next(14) switch
    {
        0 => null,
        1 => "text/plain",
        2 => "application/x-www-form-urlencoded",
        3 => "application/json; charset=utf-16",
        4 => "application/problem+json",
        5 => "multipart/form-data; boundary=x",
        _ => "application/json",
    };

    private static readonly string[] TokenRoutes = ["shared", "start", "letters", "interview/q", "interview/2021/q"];

    private static readonly string[] CookieNames = ["sid", ".AspNetCore.Antiforgery.x", "is-interview", ""];

    [GeneratedRegex(@"/shared/([A-Za-z0-9_-]{22})")]
    private static partial Regex SharedLink();

    [GeneratedRegex(@"/start/([A-Za-z0-9_-]{22})")]
    private static partial Regex StartLink();

    /// <summary>Every route the app maps (pages and endpoints, not the static files), read from the running app.</summary>
    private static List<RoutePattern> Routes(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null && !(e.RoutePattern.RawText ?? "").Contains("**", StringComparison.Ordinal))
            .Select(e => e.RoutePattern)
            .DistinctBy(p => p.RawText)
            .OrderBy(p => p.RawText, StringComparer.Ordinal)];

    /// <summary>A URL for the route: each parameter a plausible value (a real token, a question key, a letter) or junk.</summary>
    private static string Fill(RoutePattern pattern, Random random, string shareToken, string startToken)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart when random.Next(3) == 0 => Uri.EscapeDataString(Pick(random, PathSafe) is { Length: > 0 } junk ? junk : "x"),
                    RoutePatternParameterPart { Name: "Token" } => random.Next(2) == 0 ? shareToken : startToken,
                    RoutePatternParameterPart { Name: "Key" } => Pick(random, QuestionKeys),
                    RoutePatternParameterPart { Name: "TaxYear" } => random.Next(2019, 2024).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    RoutePatternParameterPart { Name: "Id" } => Pick(random, ["4390", "3172", "cp2000", "12509"]),
                    RoutePatternParameterPart { Name: "documentName" } => "v1",
                    _ => "x",
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static readonly string[] QuestionKeys = [.. QuestionCatalog.All.Select(q => q.Key.Value)];

    /// <summary>A valid body with one to four mutations: cut, insert, replace a value, nest deeply, or swap in junk.</summary>
    private static string MutateJson(Random random)
    {
        var text = Pick(random, ValidApiBodies);
        for (var m = random.Next(1, 5); m > 0; m--)
        {
            text = random.Next(12) switch
            {
                7 => text.Insert(text.IndexOf('{', StringComparison.Ordinal) + 1, Pick(random, DuplicateKeys) + ","),
                8 => text.Replace("\"paymentDates\":[", "\"paymentDates\":[" + string.Concat(Enumerable.Repeat("\"2024-04-15\",", random.Next(6000))), StringComparison.Ordinal),
                9 => text.Replace("\"years\":{", "\"years\":{" + string.Concat(Enumerable.Range(0, random.Next(300)).Select(i => $"\"{1900 + i}\":{{}},")), StringComparison.Ordinal),
                10 => text.Replace("\"household\":{", "\"household\":{" + string.Concat(Enumerable.Range(0, random.Next(3000)).Select(i => $"\"k{i}\":\"yes\",")), StringComparison.Ordinal),
                11 => random.Next(2) == 0 ? text + new string(' ', random.Next(60_000, 200_000)) : text.Replace("\"yes\"", "\"" + new string('y', random.Next(60_000, 200_000)) + "\"", StringComparison.Ordinal),
                0 when text.Length > 1 => text.Remove(random.Next(text.Length), 1),
                1 => text.Insert(random.Next(text.Length + 1), Pick(random, JsonJunk)),
                2 => Regex.Replace(text, "\"[0-9-]{4,10}\"", "\"" + Pick(random, Nasty).Replace("\"", "", StringComparison.Ordinal) + "\"", RegexOptions.None, TimeSpan.FromSeconds(1)),
                3 => text.Replace("\"yes\"", Pick(random, WrongTypes), StringComparison.Ordinal),
                4 => string.Concat(Enumerable.Repeat("[", random.Next(1, 200))) + text,
                5 => text.Replace("\"2021\"", "\"" + random.Next(-100000, 100000) + "\"", StringComparison.Ordinal),
                _ => Pick(random, Nasty),
            };
        }

        return text;
    }

    internal static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
