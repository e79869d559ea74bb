using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Tests.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InnocentSpouse.EndToEnd;

/// <summary>
/// The PDF record downloads in Chromium (issue 12): from the results page with JavaScript off (a plain link) and from
/// the read-only shared page; the downloaded file parses (PdfPig 0.1.16) and holds the report's outcomes.
/// </summary>
public sealed partial class RecordDownloadTests(BrowserFixture browser) : BrowserTest(browser)
{
    [GeneratedRegex("http://[^\\s<]+/shared/[A-Za-z0-9_-]{22}")]
    private static partial Regex ShareLinkPattern();

    [Fact]
    public async Task ResultsPage_DownloadLinkWithoutJavaScript_SavesThePdfOfTheResults()
    {
        var player = new InterviewPlayer(await Browser.NewPageAsync(javaScriptEnabled: false), Browser.BaseUrl)
        {
            CheckPageAsync = _ => Task.CompletedTask,
        };
        var truth = Truths.FigureA();
        await player.CompleteAsync("2021", truth);
        var expected = ScreeningReport.Build(ExpectedResults.AnswersFor(truth, 2021), Browser.Factory.Today);

        var download = await player.Page.RunAndWaitForDownloadAsync(() =>
            player.Page.GetByRole(AriaRole.Link, new() { Name = "Download a copy to keep or print" }).ClickAsync());

        Assert.Equal("screening-results.pdf", download.SuggestedFilename);
        var pdf = PdfText.Read(await File.ReadAllBytesAsync((await download.PathAsync())!));
        AssertHoldsOutcomes(expected, pdf);
    }

    [Fact]
    public async Task SharedPage_DownloadLink_SavesThePdfOfTheSharedAnswers()
    {
        // axe on the interview pages runs in InterviewTests; here it would only add most of a minute of CI.
        var player = new InterviewPlayer(await Browser.NewPageAsync(), Browser.BaseUrl) { CheckPageAsync = _ => Task.CompletedTask };
        var truth = Truths.FigureC();
        await player.CompleteAsync("2022", truth);
        var expected = ScreeningReport.Build(ExpectedResults.AnswersFor(truth, 2022), Browser.Factory.Today);
        await player.Page.GotoAsync(player.Url("/interview/share"));
        await player.Page.GetByRole(AriaRole.Button, new() { Name = "Make a new link" }).ClickAsync();
        var link = ShareLinkPattern().Match(await player.Page.Locator(".app-share-link").InnerTextAsync()).Value;
        Assert.NotEmpty(link);

        var reader = await Browser.NewPageAsync();
        await reader.GotoAsync(link);
        await Expect(reader.Locator("h1")).ToHaveTextAsync("Shared answers (read only)");
        var download = await reader.RunAndWaitForDownloadAsync(() =>
            reader.GetByRole(AriaRole.Link, new() { Name = "Download these answers and results" }).ClickAsync());

        Assert.Equal("screening-results.pdf", download.SuggestedFilename);
        var pdf = PdfText.Read(await File.ReadAllBytesAsync((await download.PathAsync())!));
        AssertHoldsOutcomes(expected, pdf);
        Assert.All(expected.Answers, a => Assert.Contains($"{a.Prompt} {a.Answer}", pdf.Text, StringComparison.Ordinal));
    }

    private static void AssertHoldsOutcomes(ScreeningReport expected, PdfText pdf)
    {
        Assert.Equal("Your results - InnocentSpouse", pdf.Title);
        foreach (var year in expected.Years)
        {
            Assert.Single(pdf.Pages, p => p.StartsWith($"Tax year {year.TaxYear} ", StringComparison.Ordinal));
            Assert.All(year.Reliefs, r => Assert.Contains($"{DeterminationText.Name(r.Relief)} Outcome: {DeterminationText.Label(r.Determination)}", pdf.Text, StringComparison.Ordinal));
        }
    }
}
