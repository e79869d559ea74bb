using System.Net;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Web.Clinic.Intake;

namespace InnocentSpouse.Web.Tests.Clinic.Intake;

/// <summary>
/// Plays the assisted intake over HTTP like a browser with JavaScript off: GET a section screen, fill every field it
/// shows from a truth table (<see cref="IntakePlay.ValueFor"/>), POST, follow the redirect, until the case page.
/// </summary>
internal sealed partial class IntakeDriver(HttpClient client, string caseId, string lang = "en")
{
    public HttpClient Client { get; } = client;

    public string IntakePath => IntakePage.Url(caseId, lang);

    public string CasePath => $"/clinic/cases/{caseId}";

    /// <summary>The screens answered, in order (each the list of field ids it showed).</summary>
    public List<IReadOnlyList<string>> Screens { get; } = [];

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"(q-[^\"]+)\"")]
    private static partial Regex FieldName();

    [GeneratedRegex("type=\"radio\" name=\"(q-[^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex Radio();

    public async Task<(HttpStatusCode Status, string Html, string? Location)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), Where(response.Headers.Location));
    }

    /// <summary>Posts <paramref name="fields"/> as the form <paramref name="formName"/> of the page at <paramref name="path"/>.</summary>
    public async Task<(HttpStatusCode Status, string Html, string? Location)> PostAsync(string path, string formName, IDictionary<string, string> fields)
    {
        var (_, page, _) = await GetAsync(path);
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value),
            ["_handler"] = formName,
        };
        using var content = new FormUrlEncodedContent(form);
        using var response = await Client.PostAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), Where(response.Headers.Location));
    }

    /// <summary>A redirect's path and query (the app writes absolute addresses).</summary>
    public static string? Where(Uri? location) => location is null ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    /// <summary>The question fields a screen shows, by id (a date's boxes and "not sure" box count once).</summary>
    public static IReadOnlyList<string> FieldIds(string html) =>
        [.. FieldName().Matches(html).Select(m => m.Groups[1].Value)
            .Where(n => !n.EndsWith("-not-sure", StringComparison.Ordinal))
            .Select(n => Regex.Replace(n, "-(day|month|year)$", ""))
            .Distinct(StringComparer.Ordinal)];

    /// <summary>The question and tax year of a field id ("q-2023-knew-of-item", "q-household-size").</summary>
    public static (Question Question, int? TaxYear) QuestionOf(string id)
    {
        var rest = id[2..];
        int? year = rest.Length > 5 && rest[4] == '-' && rest[..4].All(char.IsAsciiDigit) ? int.Parse(rest[..4], System.Globalization.CultureInfo.InvariantCulture) : null;
        var key = year is null ? rest : rest[5..];
        return (QuestionCatalog.All.Single(q => q.Key.Value == key), year);
    }

    /// <summary>The posted fields that answer every question of <paramref name="html"/> from <paramref name="truth"/>.</summary>
    public static Dictionary<string, string> Answers(string html, IReadOnlyDictionary<string, string> truth)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in FieldIds(html))
        {
            var (question, year) = QuestionOf(id);
            var value = IntakePlay.ValueFor(truth, question, year);
            if (question.Kind == AnswerKind.Date)
            {
                if (value == AnswerValues.NotSure)
                {
                    fields[id + "-not-sure"] = "yes";
                    continue;
                }

                var parts = value.Split('-');
                fields[id + "-day"] = parts.Length > 2 ? parts[2] : "";
                fields[id + "-month"] = parts[1];
                fields[id + "-year"] = parts[0];
            }
            else
            {
                fields[id] = value;
            }
        }

        return fields;
    }

    /// <summary>Answers the years screen, then every section screen, until the intake sends the helper back to the case.</summary>
    public async Task CompleteAsync(IReadOnlyDictionary<string, string> truth, string years = "2023")
    {
        var location = IntakePath;
        for (var i = 0; i < 80 && location != CasePath; i++)
        {
            var (status, html, _) = await GetAsync(location);
            Assert.Equal(HttpStatusCode.OK, status);
            (HttpStatusCode Status, string Html, string? Location) posted;
            if (html.Contains("name=\"years\"", StringComparison.Ordinal))
            {
                posted = await PostAsync(location, IntakePage.YearsForm, new Dictionary<string, string> { ["years"] = years });
            }
            else
            {
                Screens.Add(FieldIds(html));
                posted = await PostAsync(location, IntakePage.AnswersForm, Answers(html, truth));
            }

            Assert.True(posted.Status == HttpStatusCode.Found, $"POST {location} gave {posted.Status}");
            location = posted.Location!;
        }

        Assert.Equal(CasePath, location);
    }
}
