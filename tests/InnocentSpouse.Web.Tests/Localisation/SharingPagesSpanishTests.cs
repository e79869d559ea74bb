using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Domain.Texts;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Record;
using InnocentSpouse.Web.Tests.Interview;

namespace InnocentSpouse.Web.Tests.Localisation;

/// <summary>
/// Issue 13, "Tests that catch English left behind", for the Sharing pages and the home page: the share page (links
/// that work, stopped and expired, and a new link), the read-only shared page, a share link that does not work (410,
/// for the page and for its PDF), the staff's start-link page (empty, with errors, with a new link), the page a start
/// link opens and a start link that does not work, rendered in Spanish, keep no sentence of the English page.
/// </summary>
public sealed partial class SharingPagesSpanishTests : IAsyncLifetime
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");
    private readonly ManualClock _clock = new();
    private readonly AppFactory _app;

    public SharingPagesSpanishTests() => _app = new AppFactory { Clock = _clock, Settings = new Dictionary<string, string> { ["RateLimits:PerMinute"] = "1000" } };

    [GeneratedRegex(@"/shared/([A-Za-z0-9_-]{22})")]
    private static partial Regex SharedLink();

    [GeneratedRegex(@"/start/([A-Za-z0-9_-]{22})")]
    private static partial Regex StartLink();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task SharePage_InSpanish_LinksThatWorkStoppedAndExpired_LeaveNoEnglishSentence()
    {
        var owner = await StartedAsync();
        var made = _app.Today;
        await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>());
        _clock.Now = _clock.Now.AddDays(8);
        await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>());
        await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>());
        await owner.PostAsync("/interview/share", "revoke-3", new Dictionary<string, string>());

        var english = await GetAsync(owner, "/interview/share", "en-US");
        var spanish = await GetAsync(owner, "/interview/share", "es");

        Assert.Contains("Link 1", english, StringComparison.Ordinal);
        Assert.Contains("expired", english, StringComparison.Ordinal);
        Assert.Contains("stopped", english, StringComparison.Ordinal);
        Assert.Contains("works until", english, StringComparison.Ordinal);
        Assert.Equal([], SpanishPage.EnglishLeft(english, spanish));
        Assert.Contains($"Enlace 1, creado el {DateText.Day(made, Spanish)}:", spanish, StringComparison.Ordinal);
        Assert.Contains("El enlace deja de funcionar después de 7 días", spanish, StringComparison.Ordinal);
        Assert.Contains($"funciona hasta el {DateText.Day(_app.Today.AddDays(7), Spanish)}.", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharePage_InSpanish_NewLink_LeavesNoEnglishSentence()
    {
        var owner = await StartedAsync();

        owner.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var english = (await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>())).Html;
        owner.Client.DefaultRequestHeaders.AcceptLanguage.Clear();
        owner.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var spanish = (await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>())).Html;

        Assert.Contains("Copy it now", english, StringComparison.Ordinal);
        Assert.Equal([], SpanishPage.EnglishLeft(english, spanish));
        Assert.Contains("Cópielo ahora: no lo volveremos a mostrar.", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharedPage_InSpanish_LeavesNoEnglishSentence()
    {
        var owner = new InterviewDriver(_app);
        await owner.CompleteAsync("2023", Truths.FigureC());
        var token = SharedLink().Match((await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>())).Html).Groups[1].Value;
        var reader = new InterviewDriver(_app);

        var english = await GetAsync(reader, $"/shared/{token}", "en-US");
        var spanish = await GetAsync(reader, $"/shared/{token}", "es");

        Assert.Equal([], SpanishPage.EnglishLeft(english, spanish));
        Assert.Contains(">Descargar estas respuestas y resultados</a> (PDF)", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharedPage_InSpanish_StoppedExpiredOrUnknownLink_Answers410InSpanish()
    {
        var owner = await StartedAsync();
        var expired = SharedLink().Match((await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>())).Html).Groups[1].Value;
        _clock.Now = _clock.Now.AddDays(8);
        var stopped = SharedLink().Match((await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>())).Html).Groups[1].Value;
        await owner.PostAsync("/interview/share", "revoke-2", new Dictionary<string, string>());

        foreach (var path in new[] { $"/shared/{expired}", $"/shared/{stopped}", "/shared/AAAAAAAAAAAAAAAAAAAAAA", RecordEndpoints.SharedPath(stopped) })
        {
            var reader = new InterviewDriver(_app);
            var (englishStatus, english) = await SendAsync(reader, path, "en-US");
            var (spanishStatus, spanish) = await SendAsync(reader, path, "es");

            Assert.Equal(HttpStatusCode.Gone, englishStatus);
            Assert.Equal(HttpStatusCode.Gone, spanishStatus);
            Assert.Contains("This link does not work", english, StringComparison.Ordinal);
            Assert.Equal([], SpanishPage.EnglishLeft(english, spanish));
            Assert.Contains("<h1>Este enlace no funciona</h1>", spanish, StringComparison.Ordinal);
            Assert.Contains("(los enlaces funcionan durante 7 días)", spanish, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StartLinkPage_InSpanish_EmptyWithErrorsAndWithANewLink_LeavesNoEnglishSentence()
    {
        var staff = new InterviewDriver(_app);
        Dictionary<string, string> bad = new() { ["years"] = "21", ["collection-action"] = "", ["date-day"] = "31", ["date-month"] = "2", ["date-year"] = "2025" };
        Dictionary<string, string> good = new() { ["years"] = "2021", ["collection-action"] = "levy-hearing-notice", ["date-day"] = "15", ["date-month"] = "9", ["date-year"] = "2025" };

        var emptyEnglish = await GetAsync(staff, "/start-link", "en-US");
        var emptySpanish = await GetAsync(staff, "/start-link", "es");
        var errorsEnglish = await PostInAsync(staff, "/start-link", "start-link", bad, "en-US");
        var errorsSpanish = await PostInAsync(staff, "/start-link", "start-link", bad, "es");
        var madeEnglish = await PostInAsync(staff, "/start-link", "start-link", good, "en-US");
        var madeSpanish = await PostInAsync(staff, "/start-link", "start-link", good, "es");

        Assert.Equal([], SpanishPage.EnglishLeft(emptyEnglish, emptySpanish));
        Assert.Contains("February 2025 has 28 days", errorsEnglish, StringComparison.Ordinal);
        Assert.Equal([], SpanishPage.EnglishLeft(errorsEnglish, errorsSpanish));
        Assert.Contains("la fecha de la carta debe ser una fecha real", errorsSpanish, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("It works for 30 days", madeEnglish, StringComparison.Ordinal);
        Assert.Equal([], SpanishPage.EnglishLeft(madeEnglish, madeSpanish));
    }

    [Fact]
    public async Task StartFromLinkPage_InSpanish_LinkThatWorksAndLinkThatDoesNot_LeaveNoEnglishSentence()
    {
        var staff = new InterviewDriver(_app);
        var made = (await staff.PostAsync("/start-link", "start-link", new Dictionary<string, string>
        {
            ["years"] = "2021", ["collection-action"] = "levy-hearing-notice", ["date-day"] = "15", ["date-month"] = "9", ["date-year"] = "2025",
        })).Html;
        var token = StartLink().Match(made).Groups[1].Value;
        var person = new InterviewDriver(_app);

        var english = await GetAsync(person, $"/start/{token}", "en-US");
        var spanish = await GetAsync(person, $"/start/{token}", "es");
        var (goneStatus, goneSpanish) = await SendAsync(person, "/start/AAAAAAAAAAAAAAAAAAAAAA", "es");
        var (_, goneEnglish) = await SendAsync(person, "/start/AAAAAAAAAAAAAAAAAAAAAA", "en-US");

        Assert.Contains("Start now", english, StringComparison.Ordinal);
        Assert.Equal([], SpanishPage.EnglishLeft(english, spanish));
        Assert.Contains("Vea qué alivio podría corresponderle", spanish, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, goneStatus);
        Assert.Equal([], SpanishPage.EnglishLeft(goneEnglish, goneSpanish));
        Assert.Contains("Puede que haya vencido (los enlaces de inicio funcionan durante 30 días)", goneSpanish, StringComparison.Ordinal);
        Assert.Contains("href=\"/interview\">empezar sin él</a>.", goneSpanish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePage_InSpanish_LeavesNoEnglishSentence()
    {
        var visitor = new InterviewDriver(_app);

        var english = await GetAsync(visitor, "/", "en-US");
        var spanish = await GetAsync(visitor, "/", "es");

        Assert.Contains("<h1>Help with a tax bill from a joint return</h1>", english, StringComparison.Ordinal);
        Assert.Equal([], SpanishPage.EnglishLeft(english, spanish));
        Assert.Contains("<li><strong>Alivio del cónyuge inocente</strong>:", spanish, StringComparison.Ordinal);
    }

    // An interview with one answer: enough for the share page.
    private async Task<InterviewDriver> StartedAsync()
    {
        var owner = new InterviewDriver(_app);
        await owner.PostAsync("/interview", "start", new Dictionary<string, string>());
        var first = (await owner.PostAsync("/interview/years", "years", new Dictionary<string, string> { ["years"] = "2021" })).Location!;
        await owner.PostAsync(first, "answer", new Dictionary<string, string> { ["Input.Value"] = "joint-refund-joint-debt" });
        return owner;
    }

    private static async Task<string> GetAsync(InterviewDriver driver, string path, string language)
    {
        var (status, html) = await SendAsync(driver, path, language);
        Assert.Equal(HttpStatusCode.OK, status);
        return html;
    }

    private static async Task<(HttpStatusCode Status, string Html)> SendAsync(InterviewDriver driver, string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        var response = await driver.Client.SendAsync(request);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static async Task<string> PostInAsync(InterviewDriver driver, string path, string formName, Dictionary<string, string> fields, string language)
    {
        driver.Client.DefaultRequestHeaders.AcceptLanguage.Clear();
        driver.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        try
        {
            return WebUtility.HtmlDecode((await driver.PostAsync(path, formName, fields)).Html);
        }
        finally
        {
            driver.Client.DefaultRequestHeaders.AcceptLanguage.Clear();
        }
    }
}
