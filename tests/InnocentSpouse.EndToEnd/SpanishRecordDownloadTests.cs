using System.Globalization;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Domain.Texts;
using InnocentSpouse.Tests.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InnocentSpouse.EndToEnd;

/// <summary>
/// Issue 13, browser tests, "the Spanish PDF": after switching to Spanish, the PDF record downloads in Chromium from the
/// results page (JavaScript off, a plain link) and from the read-only shared page, with a Spanish file name, title,
/// footer and labels, and the outcomes of the report built in Spanish.
/// </summary>
public sealed partial class SpanishRecordDownloadTests(BrowserFixture browser) : BrowserTest(browser)
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");

    [GeneratedRegex("http://[^\\s<]+/shared/[A-Za-z0-9_-]{22}")]
    private static partial Regex ShareLinkPattern();

    [Fact]
    public async Task ResultsPage_InSpanish_DownloadLinkWithoutJavaScript_SavesASpanishPdf()
    {
        var player = new InterviewPlayer(await Browser.NewPageAsync(javaScriptEnabled: false), Browser.BaseUrl)
        {
            CheckPageAsync = _ => Task.CompletedTask,
        };
        var truth = Truths.FigureA();
        await player.CompleteAsync("2021", truth);
        var expected = UiCulture.InCulture(Spanish, () => ScreeningReport.Build(ExpectedResults.AnswersFor(truth, 2021), Browser.Factory.Today));
        await player.Page.GotoAsync(player.Url("/interview/results?lang=es"));

        var download = await player.Page.RunAndWaitForDownloadAsync(() =>
            player.Page.GetByRole(AriaRole.Link, new() { Name = "Descargar una copia para guardar o imprimir" }).ClickAsync());

        Assert.Equal("resultados-de-la-evaluacion.pdf", download.SuggestedFilename);
        AssertSpanishRecord(expected, PdfText.Read(await File.ReadAllBytesAsync((await download.PathAsync())!)));
    }

    [Fact]
    public async Task SharedPage_InSpanish_DownloadLink_SavesASpanishPdf()
    {
        // axe runs in the whole-interview tests; here it would only add a minute of CI.
        var player = new InterviewPlayer(await Browser.NewPageAsync(), Browser.BaseUrl) { CheckPageAsync = _ => Task.CompletedTask };
        var truth = Truths.FigureC();
        await player.CompleteAsync("2022", truth);
        var expected = UiCulture.InCulture(Spanish, () => ScreeningReport.Build(ExpectedResults.AnswersFor(truth, 2022), Browser.Factory.Today));
        await player.Page.GotoAsync(player.Url("/interview/share?lang=es"));
        await player.Page.GetByRole(AriaRole.Button, new() { Name = "Crear un enlace nuevo" }).ClickAsync();
        var link = ShareLinkPattern().Match(await player.Page.Locator(".app-share-link").InnerTextAsync()).Value;
        Assert.NotEmpty(link);

        var reader = await Browser.NewPageAsync();
        await reader.GotoAsync(link + "?lang=es");
        await Expect(reader.Locator("h1")).ToHaveTextAsync("Respuestas compartidas (solo lectura)");
        var download = await reader.RunAndWaitForDownloadAsync(() =>
            reader.GetByRole(AriaRole.Link, new() { Name = "Descargar estas respuestas y resultados" }).ClickAsync());

        Assert.Equal("resultados-de-la-evaluacion.pdf", download.SuggestedFilename);
        AssertSpanishRecord(expected, PdfText.Read(await File.ReadAllBytesAsync((await download.PathAsync())!)));
    }

    private static void AssertSpanishRecord(ScreeningReport expected, PdfText pdf)
    {
        Assert.Equal("Sus resultados - InnocentSpouse", pdf.Title);
        Assert.StartsWith("Su registro de la evaluación ", pdf.Text, StringComparison.Ordinal);
        Assert.Contains($"Revisado el {DateText.Day(expected.AsOf, Spanish)} según {expected.Revision}.", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Esto es una evaluación, no una decisión: no somos el IRS y esto no es asesoría legal.", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Qué contiene este registro:", pdf.Text, StringComparison.Ordinal);
        Assert.EndsWith($"Sus resultados - InnocentSpouse - página 1 de {pdf.Pages.Count}", pdf.Pages[0], StringComparison.Ordinal);
        foreach (var year in expected.Years)
        {
            Assert.Single(pdf.Pages, p => p.StartsWith($"Año tributario {year.TaxYear} ", StringComparison.Ordinal));
            Assert.All(year.Reliefs, r => Assert.Contains(
                $"{DeterminationText.Name(r.Relief, Spanish)} Resultado: {DeterminationText.Label(r.Determination, Spanish)}", pdf.Text, StringComparison.Ordinal));
        }

        Assert.Contains("Su hoja de trabajo para el Formulario 8857(SP)", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Sus respuestas Las preguntas tal como se hicieron, con sus respuestas, en orden.", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Your screening record", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" - page ", string.Join(" ", pdf.Pages), StringComparison.Ordinal);
    }

}
