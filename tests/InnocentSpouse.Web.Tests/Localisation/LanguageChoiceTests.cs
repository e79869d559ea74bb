using System.Net;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Localisation;
using InnocentSpouse.Web.Tests.Interview;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InnocentSpouse.Web.Tests.Localisation;

/// <summary>Issue 13, "Choosing the language": ?lang=, the cookie, Accept-Language, the link and hreflang.</summary>
public sealed class LanguageChoiceTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private HttpClient NewClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<(HttpResponseMessage Response, string Html)> GetAsync(HttpClient client, string path, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LangQuery_Es_SetsAnEssentialHttpOnlyLaxCookie_AndAnswersInSpanish()
    {
        var (response, html) = await GetAsync(NewClient(), "/?lang=es");

        Assert.Equal("lang=es; path=/; samesite=lax; httponly", Assert.Single(response.Headers.GetValues("Set-Cookie")));
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Equal("es-US", Assert.Single(response.Content.Headers.ContentLanguage));
        Assert.Contains(">Saltar al contenido principal</a>", html, StringComparison.Ordinal);
        Assert.Contains("No somos el IRS y esto no es asesoría legal", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LangQuery_OverHttps_MarksTheCookieSecure()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var (response, _) = await GetAsync(client, "/safety?lang=es");

        Assert.Equal("lang=es; path=/; secure; samesite=lax; httponly", Assert.Single(response.Headers.GetValues("Set-Cookie")));
    }

    [Fact]
    public async Task LanguageCookie_AfterTheChoice_NextPagesAreSpanish_WithNoNewCookie()
    {
        var client = NewClient();
        await GetAsync(client, "/?lang=es");

        var (response, html) = await GetAsync(client, "/safety", acceptLanguage: "en-US");

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Cómo protegerse mientras usa este sitio</h1>", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("es")]
    [InlineData("es-MX,es;q=0.9,en;q=0.5")]
    [InlineData("fr-FR, es-US;q=0.8, en;q=0.7")]
    public async Task AcceptLanguage_Spanish_PicksSpanish_WithoutSettingACookie(string acceptLanguage)
    {
        var (response, html) = await GetAsync(NewClient(), "/", acceptLanguage);

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("fr-FR")]
    [InlineData("en-GB,es;q=0.5")]
    [InlineData("es;q=0, de")]
    [InlineData("not a language header ;;;")]
    public async Task NoSpanishChoice_EnglishIsTheDefault(string? acceptLanguage)
    {
        var (response, html) = await GetAsync(NewClient(), "/", acceptLanguage);

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Equal("en-US", Assert.Single(response.Content.Headers.ContentLanguage));
        Assert.Contains(">Skip to main content</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LangQuery_En_OverridesTheCookieAndAcceptLanguage()
    {
        var client = NewClient();
        await GetAsync(client, "/?lang=es");

        var (response, html) = await GetAsync(client, "/?lang=en", acceptLanguage: "es");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Equal("lang=en; path=/; samesite=lax; httponly", Assert.Single(response.Headers.GetValues("Set-Cookie")));
    }

    [Fact]
    public async Task LangQuery_UnknownLanguage_IsIgnored()
    {
        var (response, html) = await GetAsync(NewClient(), "/?lang=xx");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/", "en")]
    [InlineData("/safety", "en")]
    [InlineData("/letters", "en")]
    [InlineData("/safety?lang=es", "es")]
    [InlineData("/interview?lang=es", "es")]
    public async Task EveryPage_LinksToItselfInTheOtherLanguage_WithLangAndHreflang(string path, string language)
    {
        var (_, html) = await GetAsync(NewClient(), path);
        var pagePath = path.Split('?')[0];
        var (other, name) = language == "en" ? ("es", "Español") : ("en", "English");

        Assert.Contains($"<a class=\"usa-link\" href=\"{pagePath}?lang={other}\" hreflang=\"{other}\" lang=\"{other}\" data-enhance-nav=\"false\">{name}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"alternate\" hreflang=\"{other}\" href=\"{pagePath}?lang={other}\" />", html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwitchLink_OnAPageWithTypedValuesInTheQuery_LeavesThemOut()
    {
        var (_, html) = await GetAsync(NewClient(), "/deadlines?event=notice-of-deficiency&day=17&month=3&year=2026");

        Assert.Contains("href=\"/deadlines?lang=es\" hreflang=\"es\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("lang=es&", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2026&amp;lang", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InterviewQuestion_SwitchToSpanish_SameQuestion_AndTheAnswersStay()
    {
        var driver = new InterviewDriver(factory);
        Assert.Equal(HttpStatusCode.Found, (await driver.PostAsync("/interview", "start", new Dictionary<string, string>())).Status);
        var years = await driver.PostAsync("/interview/years", "years", new Dictionary<string, string> { ["years"] = "2021" });
        var first = years.Location!;
        var answered = await driver.AnswerAsync(first, new Dictionary<string, string>());
        var second = answered.Location!;

        var (status, html, _) = await driver.GetAsync(second + "?lang=es");
        var (_, firstAgain, _) = await driver.GetAsync(first);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{second}?lang=en\" hreflang=\"en\" lang=\"en\" data-enhance-nav=\"false\">English</a>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"es\">", firstAgain, StringComparison.Ordinal);
        Assert.Contains(" checked", firstAgain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickExit_InSpanish_DeletesTheLanguageCookieToo()
    {
        var client = NewClient();
        var (_, html) = await GetAsync(client, "/interview?lang=es");

        var exit = await client.GetAsync(new Uri("/exit", UriKind.Relative));

        Assert.Contains("<a href=\"/exit\" class=\"usa-skipnav app-exit-this-page__skiplink\" data-app-exit>Salir de esta página</a>", html, StringComparison.Ordinal);
        Assert.Contains("data-loading=\"Cargando.\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, exit.StatusCode);
        Assert.Contains(exit.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lang=;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnglishPage_CarriesNoScriptWords_TheScriptHasThem()
    {
        var (_, html) = await GetAsync(NewClient(), "/interview");

        Assert.Contains("<span class=\"usa-sr-only\" aria-live=\"polite\" data-app-exit-status></span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPath_InSpanish_IsTheSpanishNotFoundPage()
    {
        var client = NewClient();
        await GetAsync(client, "/?lang=es");

        var (response, html) = await GetAsync(client, "/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>No se encontró la página</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Answer_SaysItsLanguage_ChosenByAcceptLanguage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/deadlines", UriKind.Relative))
        {
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept-Language", "es-US");

        var response = await NewClient().SendAsync(request);

        Assert.Contains("json", response.Content.Headers.ContentType!.MediaType!, StringComparison.Ordinal);
        Assert.Equal("es-US", Assert.Single(response.Content.Headers.ContentLanguage));
    }

    [Fact]
    public async Task FormPostThatFailed_InSpanish_IsTheSpanishStatusPage_WithTheSwitchLinkToTheStart()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "start" });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/interview", UriKind.Relative)) { Content = content };
        request.Headers.TryAddWithoutValidation("Accept-Language", "es-US");

        var response = await NewClient().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Lo sentimos, eso no funcionó</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"usa-link\" href=\"/?lang=en\" hreflang=\"en\" lang=\"en\" data-enhance-nav=\"false\">English</a>", html, StringComparison.Ordinal);
        Assert.Contains(">Salir de esta página</a>", html, StringComparison.Ordinal);
    }
}
