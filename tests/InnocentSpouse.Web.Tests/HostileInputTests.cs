using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Tests.Interview;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InnocentSpouse.Web.Tests;

/// <summary>
/// 10,000 malformed or mutated requests (fixed seed, so a failure reproduces): API bodies, form posts with a
/// valid session and antiforgery token, and odd URLs. None may get a status of 500 or above.
/// Method and figures: docs/reliability.md.
/// </summary>
[Trait("Category", "Hostile")]
public sealed partial class HostileInputTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Seed = 20261122;
    private const int ApiBodies = 4000;
    private const int FormPosts = 4000;
    private const int OddUrls = 2000;

    private static readonly string[] ValidApiBodies =
    [
        """{"asOf":"2026-11-22","household":{"marital-status":"divorced","monthly-income":1200},"years":{"2021":{"filed-joint-return":"yes","first-collection-date":"2025-09-15"}}}""",
        """{"event":"letter4390","date":"2026-01-05","postmark":"2026-01-02","asOf":"2026-02-01"}""",
        """{"event":"return-filed","date":"2024-04-15","returnDueDate":"2024-04-15","paymentDates":["2024-04-15","2025-01-02"]}""",
        """{"event":"lien-notice","date":"2026-01-05","lienFilingDate":"2026-01-02","printedDate":"2026-02-13","asOf":"2026-02-01"}""",
        """{"event":"letter4390","date":"2026-01-05","printedCdpPetitionDate":"2026-02-04","printedInnocentSpousePetitionDate":"2026-04-06"}""",
    ];

    private static readonly string[] Nasty =
    [
        "", " ", "null", "true", "-1", "0", "99999999999999999999999", "1e308", "NaN", "\"", "'", "\\", "{", "}", "[", "]",
        "\u0000", "\uFFFF", "\uD800", "😀", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "%00", "%",
        "2021-02-30", "0001-01-01", "9999-12-31", "2026-13-01", "not-sure", "yes", "no", new string('9', 5000), new string('a', 100_000),
    ];

    private static readonly string[] EventNames = [.. Web.Deadlines.EventTypes.All.Select(e => e.Name)];

    /// <summary>Optional date boxes of the deadline form, including each event's own (lien filing date, Letter 4390's two printed dates).</summary>
    private static readonly string[] DeadlineDateBoxes =
    [
        "postmark-day", "printed-month", "printedcdp-day", "printed6015-year", "lienfiled-day", "lienfiled-year", "due-month", "paid1-day",
    ];

    private static readonly string[] PlausibleValues = ["yes", "no", "none", "15", "2", "2025", "2021, 2022", "separate"];

    private static readonly string[] WrongTypes = ["1", "true", "null", "[]", "{}", "\"" + new string('x', 10_000) + "\""];

    private static readonly string[] JsonJunk = ["{", "}", "[", "]", ",", ":", "\"", "\\", "\u0000", "9"];

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task TenThousandMalformedRequests_NoneGets500OrAbove()
    {
        var random = new Random(Seed);
        var failures = new ConcurrentBag<string>();
        var sent = 0;

        // API bodies: mutated JSON, wrong types, deep nesting, wrong content types.
        var apiClient = factory.CreateClient();
        var apiWork = Enumerable.Range(0, ApiBodies).Select(_ => (Path: random.Next(2) == 0 ? "/api/v1/screenings" : "/api/v1/deadlines", Body: MutateJson(random), Type: ContentType(random))).ToList();
        await Parallel.ForEachAsync(apiWork, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (item, ct) =>
        {
            using var content = new StringContent(item.Body, Encoding.UTF8);
            content.Headers.ContentType = item.Type is null ? null : new System.Net.Http.Headers.MediaTypeHeaderValue(item.Type);
            var response = await apiClient.PostAsync(new Uri(item.Path, UriKind.Relative), content, ct);
            Check(failures, $"POST {item.Path} {Shorten(item.Body)}", response.StatusCode);
            Interlocked.Increment(ref sent);
        });

        // Form posts into real interviews (four sessions, as four people) with valid tokens: random fields, values and handlers.
        var drivers = new List<(InterviewDriver Driver, string Token)>();
        for (var d = 0; d < 4; d++)
        {
            var driver = new InterviewDriver(factory);
            await driver.PostAsync("/interview", "start", new Dictionary<string, string>());
            await driver.PostAsync("/interview/years", "years", new Dictionary<string, string> { ["years"] = "2021, 2022" });
            var token = TokenPattern().Match((await driver.GetAsync("/interview/years")).Html).Groups[1].Value;
            Assert.NotEmpty(token);
            drivers.Add((driver, token));
        }

        string[] targets =
        [
            "/interview", "/interview/years", "/interview/2021/q/refund-kept", "/interview/2022/q/refund-kept", "/interview/q/marital-status",
            "/interview/2021/q/first-collection-date", "/resume", "/interview/share", "/interview/delete-not", "/start-link", "/letters/4390",
        ];
        string[] fields = ["Input.Value", "Input.Day", "Input.Month", "Input.Year", "Input.Shown", "Input.NotSure", "years", "code", "_handler", "discreet", "action", "date-day", "Input"];
        string[] handlers = ["answer", "years", "start", "resume", "share", "revoke-1", "start-link", "nope", ""];
        var formWork = Enumerable.Range(0, FormPosts).Select(i =>
        {
            var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", random.Next(20) == 0 ? Pick(random, Nasty) : drivers[i % 4].Token) };
            form.Add(new("_handler", Pick(random, handlers)));
            for (var f = random.Next(4); f >= 0; f--)
            {
                form.Add(new(Pick(random, fields), random.Next(3) == 0 ? Pick(random, Nasty) : Pick(random, PlausibleValues)));
            }

            var query = random.Next(4) == 0 ? "?returnTo=" + Uri.EscapeDataString(Pick(random, Nasty)) : random.Next(2) == 0 ? "?returnTo=answers" : "";
            return (Session: i % 4, Path: Pick(random, targets) + query, Form: form);
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
        // A NUL in the path never reaches the app: Kestrel answers 400 itself, and the in-memory test client throws.
        var pathSafe = Nasty.Where(n => !n.Contains('\u0000', StringComparison.Ordinal) && n != "%00").ToArray();
        var keys = QuestionCatalog.All.Select(q => q.Key.Value).Concat(pathSafe.Select(Uri.EscapeDataString)).ToArray();
        var urlWork = Enumerable.Range(0, OddUrls).Select(_ => random.Next(5) switch
        {
            0 => $"/interview/{random.Next(-5, 3000)}/q/{Pick(random, keys)}",
            1 => $"/interview/q/{Pick(random, keys)}?returnTo={Uri.EscapeDataString(Pick(random, Nasty))}",
            2 => $"/letters/{Uri.EscapeDataString(Pick(random, pathSafe))}?date-day={Uri.EscapeDataString(Pick(random, Nasty))}&date-month=2&date-year=2026",
            3 => $"/deadlines?event={Uri.EscapeDataString(random.Next(2) == 0 ? Pick(random, Nasty) : Pick(random, EventNames))}&date-day=1&date-month=1&date-year={Uri.EscapeDataString(Pick(random, Nasty))}"
                + $"&{Pick(random, DeadlineDateBoxes)}={Uri.EscapeDataString(Pick(random, Nasty))}",
            _ => $"/letters?number={Uri.EscapeDataString(Pick(random, Nasty))}",
        }).ToList();
        var getClient = drivers[0].Driver.Client;
        await Parallel.ForEachAsync(urlWork, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (url, ct) =>
        {
            var response = await getClient.GetAsync(new Uri(url, UriKind.Relative), ct);
            Check(failures, $"GET {Shorten(url)}", response.StatusCode);
            Interlocked.Increment(ref sent);
        });

        Assert.Equal(ApiBodies + FormPosts + OddUrls, sent);
        // Not all refused at the door: some of each kind got through to the real handling.
        Assert.True(_accepted.GetValueOrDefault("POST api") > 0, "no API body was accepted");
        Assert.True(_accepted.GetValueOrDefault("POST") > 0, "no form post was accepted");
        Assert.True(_accepted.GetValueOrDefault("GET") > 0, "no odd URL was answered normally");
        Assert.True(failures.IsEmpty, $"{failures.Count} responses >= 500, e.g.:\n" + string.Join("\n", failures.Take(10)));
    }

    private readonly ConcurrentDictionary<string, int> _accepted = new();

    private void Check(ConcurrentBag<string> failures, string what, HttpStatusCode status)
    {
        if ((int)status < 400)
        {
            _accepted.AddOrUpdate(what.Split(' ')[0] + (what.Contains("/api/", StringComparison.Ordinal) ? " api" : ""), 1, (_, n) => n + 1);
        }

        if ((int)status >= 500)
        {
            failures.Add($"{(int)status} {what}");
        }
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string? ContentType(Random random) => random.Next(10) switch
    {
        0 => null,
        1 => "text/plain",
        2 => "application/x-www-form-urlencoded",
        _ => "application/json",
    };

    /// <summary>A valid body with one to four mutations: cut, insert, replace a value, nest deeply, or swap in junk.</summary>
    private static string MutateJson(Random random)
    {
        var text = Pick(random, ValidApiBodies);
        for (var m = random.Next(1, 5); m > 0; m--)
        {
            text = random.Next(7) switch
            {
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

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
