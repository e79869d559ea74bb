using System.Net;
using System.Text.RegularExpressions;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.Web.Tests.Interview;

/// <summary>
/// The pages people print or keep (results, worksheet, shared copy) link a print stylesheet that leaves out the
/// header, the exit button and the page actions, prints link URLs and starts each tax year on a new page (issue 12).
/// Other pages do not download it (issue 11's first-page budget).
/// </summary>
public sealed partial class PrintStylesheetTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [GeneratedRegex("<link rel=\"stylesheet\" media=\"print\" href=\"([^\"]+)\"")]
    private static partial Regex PrintLink();

    [GeneratedRegex("/shared/([A-Za-z0-9_-]{22})")]
    private static partial Regex SharedLink();

    [Fact]
    public async Task ResultsWorksheetAndSharedPages_LinkThePrintStylesheet_OtherPagesDoNot()
    {
        var owner = new InterviewDriver(factory);
        await owner.CompleteAsync("2021,2022", Truths.FigureA());
        var results = (await owner.GetAsync("/interview/results")).Html;
        var worksheet = (await owner.GetAsync("/interview/worksheet")).Html;
        var token = SharedLink().Match((await owner.PostAsync("/interview/share", "share", new Dictionary<string, string>())).Html).Groups[1].Value;
        var shared = (await new InterviewDriver(factory).GetAsync($"/shared/{token}")).Html;
        var client = factory.CreateClient();

        foreach (var html in new[] { results, worksheet, shared })
        {
            Assert.Single(PrintLink().Matches(html));
        }

        Assert.Equal(2, Regex.Count(results, "<section class=\"app-year\""));
        Assert.Equal(2, Regex.Count(shared, "<section class=\"app-year\""));
        foreach (var path in new[] { "/", "/interview", "/letters/4390", "/deadlines" })
        {
            Assert.DoesNotMatch(PrintLink(), await client.GetStringAsync(new Uri(path, UriKind.Relative)));
        }

        var response = await client.GetAsync(new Uri("/" + PrintLink().Match(results).Groups[1].Value, UriKind.Relative));
        var css = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(".app-header", css, StringComparison.Ordinal);
        Assert.Contains(".app-exit-this-page", css, StringComparison.Ordinal);
        Assert.Contains("attr(href)", css, StringComparison.Ordinal);
        Assert.Contains(".app-year + .app-year", css, StringComparison.Ordinal);
        Assert.Contains("break-before: page", css, StringComparison.Ordinal);
    }
}
