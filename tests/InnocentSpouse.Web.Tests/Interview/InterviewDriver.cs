using System.Net;
using System.Text.RegularExpressions;
using InnocentSpouse.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InnocentSpouse.Web.Tests.Interview;

/// <summary>
/// Plays an interview over HTTP like a browser with JavaScript off: GET a page, read its antiforgery
/// token, POST the form, follow the redirect. Answers come from a "truth" table; a question it has no
/// answer for gets the first option (or a fixed date or number). A "yyyy-MM" answer leaves the day box blank.
/// </summary>
internal sealed partial class InterviewDriver(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory)
{
    public HttpClient Client { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Every question page visited, in order (path only).</summary>
    public List<string> Visited { get; } = [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"(Input\\.[^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenPattern();

    [GeneratedRegex("type=\"radio\" name=\"Input.Value\" value=\"([^\"]*)\"")]
    private static partial Regex RadioPattern();

    public async Task<(HttpStatusCode Status, string Html, string? Location)> GetAsync(string path)
    {
        var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), Where(response.Headers.Location));
    }

    /// <summary>Posts a form found on <paramref name="path"/> (to <paramref name="action"/> when the form has one).</summary>
    public async Task<(HttpStatusCode Status, string Html, string? Location)> PostAsync(string path, string formName, IDictionary<string, string> fields, string? action = null)
    {
        var (_, page, _) = await GetAsync(path);
        // Like a browser: the page's hidden inputs go back with the form, then the fields typed.
        var form = HiddenPattern().Matches(page).ToDictionary(m => m.Groups[1].Value, m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value));
        foreach (var (name, value) in fields)
        {
            form[name] = value;
        }

        form["__RequestVerificationToken"] = TokenPattern().Match(page).Groups[1].Value;
        form["_handler"] = formName;
        using var content = new FormUrlEncodedContent(form);
        var response = await Client.PostAsync(new Uri(action ?? path, UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), Where(response.Headers.Location));
    }

    private static string? Where(Uri? location) => location is null ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    /// <summary>Starts, chooses the years, and answers every question until check-your-answers.</summary>
    public async Task<string> CompleteAsync(string years, IReadOnlyDictionary<string, string> truth, bool discreet = false)
    {
        var start = await PostAsync("/interview", "start", discreet ? new Dictionary<string, string> { ["discreet"] = "yes" } : []);
        Assert.Equal(HttpStatusCode.Found, start.Status);
        var chosen = await PostAsync("/interview/years", "years", new Dictionary<string, string> { ["years"] = years });
        Assert.Equal(HttpStatusCode.Found, chosen.Status);
        var location = chosen.Location!;
        for (var i = 0; i < 150 && location.Contains("/q/", StringComparison.Ordinal); i++)
        {
            Visited.Add(location);
            var answered = await AnswerAsync(location, truth);
            Assert.True(answered.Status == HttpStatusCode.Found, $"POST {location} gave {answered.Status}");
            location = answered.Location!;
        }

        Assert.Equal("/interview/check-answers", location);
        return location;
    }

    /// <summary>Answers the question at <paramref name="path"/> from <paramref name="truth"/>.</summary>
    public async Task<(HttpStatusCode Status, string Html, string? Location)> AnswerAsync(string path, IReadOnlyDictionary<string, string> truth)
    {
        var (_, page, _) = await GetAsync(path);
        var key = path.Split("/q/")[1].Split('?')[0];
        var year = path.Split('/')[2];
        var value = truth.TryGetValue($"{year}:{key}", out var perYear) ? perYear : truth.GetValueOrDefault(key);
        Dictionary<string, string> fields;
        if (page.Contains("name=\"Input.Day\"", StringComparison.Ordinal))
        {
            // "yyyy-MM" (a month only) is typed with the day box left blank.
            var parts = (value ?? "2025-09-15").Split('-');
            fields = new() { ["Input.Day"] = parts.Length > 2 ? parts[2] : "", ["Input.Month"] = parts[1], ["Input.Year"] = parts[0] };
        }
        else
        {
            var radios = RadioPattern().Matches(page).Select(m => m.Groups[1].Value).ToList();
            fields = new() { ["Input.Value"] = value ?? (radios.Count > 0 ? radios[0] : "2") };
        }

        return await PostAsync(path, "answer", fields);
    }
}
