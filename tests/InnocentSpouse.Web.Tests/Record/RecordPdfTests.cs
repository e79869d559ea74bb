using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Api;
using InnocentSpouse.Web.Deadlines;
using InnocentSpouse.Web.Record;

namespace InnocentSpouse.Web.Tests.Record;

/// <summary>
/// The PDF record renders the one report (issue 12): read back with PdfPig 0.1.16, it holds every outcome, reason,
/// caveat, factor, deadline (date, act-by day, working, sources), next step, checklist item and worksheet item, the
/// answers as asked, the revision and the date checked, and the not-the-IRS notice exactly once.
/// </summary>
public sealed class RecordPdfTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 1);
    private static readonly int[] FiveYears = [2019, 2020, 2021, 2022, 2023];

    private static ScreeningReport Report(Dictionary<string, string> truth, params int[] years)
    {
        var report = ScreeningReport.Build(ExpectedResults.AnswersFor(truth, years), AsOf);
        Assert.True(report.IsComplete);
        return report;
    }

    [Fact]
    public void Record_FigureA_HoldsTheWholeReportWithCitations()
    {
        var report = Report(Truths.FigureA(), 2023);

        var pdf = PdfText.Read(RecordPdf.Render(report, discreet: false));

        Assert.Contains($"Checked on {RecordPdf.Day(AsOf)} against {report.Revision}.", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Tax years: 2023", pdf.Text, StringComparison.Ordinal);
        foreach (var relief in report.Years.Single().Reliefs)
        {
            Assert.Contains($"{DeterminationText.Name(relief.Relief)} Outcome: {DeterminationText.Label(relief.Determination)} {relief.Summary}", pdf.Text, StringComparison.Ordinal);
            Assert.Contains($"Rule for this relief: {relief.Source.Display}", pdf.Text, StringComparison.Ordinal);
            Assert.All(relief.Caveats, c => Assert.Contains(c, pdf.Text, StringComparison.Ordinal));
            Assert.All(relief.Reasons, s => Assert.Contains($"{s.Question} {s.Answer}", pdf.Text, StringComparison.Ordinal));
            Assert.All(relief.Factors, f => Assert.Contains($"{f.Factor}: {Web.Interview.FactorTable.Lean(f.Lean)}. {f.Because} {f.Source.Display}", pdf.Text, StringComparison.Ordinal));
        }

        var deadlines = report.Years.Single().Deadlines;
        Assert.NotEmpty(deadlines);
        foreach (var deadline in deadlines)
        {
            Assert.Contains(deadline.Title, pdf.Text, StringComparison.Ordinal);
            Assert.Contains($"{DeadlineCard.Label(deadline)}: {DeadlineFormState.Show(deadline.Date!.Value)}", pdf.Text, StringComparison.Ordinal);
            if (deadline.ActBy is { } actBy)
            {
                Assert.Contains($"Act by {DeadlineFormState.Show(actBy)}", pdf.Text, StringComparison.Ordinal);
            }

            Assert.All(deadline.Working.Lines, line => Assert.Contains(line, pdf.Text, StringComparison.Ordinal));
            Assert.All(deadline.Sources, s => Assert.Contains(s.Display, pdf.Text, StringComparison.Ordinal));
        }

        Assert.All(report.NextSteps, s => Assert.Contains(s.Text, pdf.Text, StringComparison.Ordinal));
        Assert.All(report.NextSteps.Where(s => !s.LeadIsLink).SelectMany(s => s.Sources), s => Assert.Contains(s.Display, pdf.Text, StringComparison.Ordinal));
        Assert.Contains("What to gather and send with Form 8857", pdf.Text, StringComparison.Ordinal);
        Assert.All(report.Evidence, e => Assert.Contains($"{e.What} {e.Why}", pdf.Text, StringComparison.Ordinal));
        Assert.Contains($"Checked on {RecordPdf.Day(AsOf)}, for {report.Form8857.FormRevision}.", pdf.Text, StringComparison.Ordinal);
        foreach (var item in report.Form8857.Items)
        {
            Assert.Contains($"What the form asks: {item.FormAsks}", pdf.Text, StringComparison.Ordinal);
            Assert.All(item.AnswersSupport.Concat(item.YouAdd).Concat(item.NotKnown).Concat(item.Draft), line => Assert.Contains(line, pdf.Text, StringComparison.Ordinal));
        }

        Assert.All(report.Answers, a => Assert.Contains($"{a.Prompt} {a.Answer}", pdf.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Record_NotTheIrsNotice_AppearsExactlyOnce()
    {
        var pdf = PdfText.Read(RecordPdf.Render(Report(Truths.FigureC(), FiveYears), discreet: false));

        Assert.Equal(1, pdf.Count(ScreeningEndpoints.Notice));
        Assert.Equal(1, pdf.Count("not the IRS"));
    }

    [Fact]
    public void Record_EachTaxYear_StartsANewPage()
    {
        var report = Report(Truths.FigureA(), FiveYears);

        var pdf = PdfText.Read(RecordPdf.Render(report, discreet: false));

        Assert.All(FiveYears, year => Assert.Single(pdf.Pages, p => p.StartsWith($"Tax year {year} ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Record_OneYearAndFiveYears_HaveASanePageCount()
    {
        var one = PdfText.Read(RecordPdf.Render(Report(Truths.FigureA(), 2023), discreet: false));
        var five = PdfText.Read(RecordPdf.Render(Report(Truths.FigureA(), FiveYears), discreet: false));

        // Cover, the year, next steps and checklist, the worksheet, the answers: a few pages each, never dozens.
        Assert.InRange(one.Pages.Count, 5, 20);
        Assert.InRange(five.Pages.Count, one.Pages.Count + 4, 60);
    }

    [Fact]
    public void Record_Fonts_AreLiberationSansSubsetsEmbeddedInTheFile()
    {
        var bytes = RecordPdf.Render(Report(Truths.FigureA(), 2023), discreet: false);
        var pdf = PdfText.Read(bytes);
        var raw = System.Text.Encoding.Latin1.GetString(bytes);

        Assert.NotEmpty(pdf.FontNames);
        Assert.All(pdf.FontNames, name => Assert.Matches("^[A-Z]{6}\\+Liberation Sans", name));
        // One embedded TrueType program (FontFile2) per font descriptor: no font is only referenced by name.
        Assert.Equal(System.Text.RegularExpressions.Regex.Count(raw, "/Type\\s*/FontDescriptor"), System.Text.RegularExpressions.Regex.Count(raw, "/FontFile2"));
        Assert.InRange(System.Text.RegularExpressions.Regex.Count(raw, "/FontFile2"), 2, 4);
    }

    [Fact]
    public void Record_FiveYears_IsUnder300KB()
    {
        var bytes = RecordPdf.Render(Report(Truths.FigureA(), FiveYears), discreet: false);

        Assert.InRange(bytes.Length, 1, 300 * 1024);
    }

    [Theory]
    [InlineData(true, "Summary", "Personal notes")]
    [InlineData(false, "Your results - InnocentSpouse", "InnocentSpouse")]
    public void Record_PlainTitlesChoice_SetsTitleAndAuthor(bool discreet, string title, string author)
    {
        var pdf = PdfText.Read(RecordPdf.Render(Report(Truths.FigureA(), 2023), discreet));

        Assert.Equal(title, pdf.Title);
        Assert.Equal(author, pdf.Author);
        Assert.Equal(discreet ? "summary.pdf" : "screening-results.pdf", RecordFile.NameFor(discreet));
    }

    [Fact]
    public void Record_DiscreetMetadataAndFileName_NeverNameTheTopic()
    {
        string[] topic = ["innocent", "spouse", "irs", "tax", "8857", "relief"];

        Assert.All(new[] { RecordFile.DiscreetFileName, RecordFile.DiscreetTitle, RecordFile.DiscreetAuthor },
            text => Assert.DoesNotContain(topic, word => text.Contains(word, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(topic, word => RecordFile.FileName.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Record_UnfinishedInterview_SaysSoAndStillRenders()
    {
        var answers = ExpectedResults.AnswersFor(new Dictionary<string, string>(StringComparer.Ordinal) { ["refund-kept"] = "none" }, 2023);
        var report = ScreeningReport.Build(answers, AsOf);
        Assert.False(report.IsComplete);

        var pdf = PdfText.Read(RecordPdf.Render(report, discreet: true));

        Assert.Contains("The interview is not finished yet", pdf.Text, StringComparison.Ordinal);
        Assert.Equal(1, pdf.Count(ScreeningEndpoints.Notice));
    }

    [Fact]
    public void FontsCheck_NoLiberationSans_FailsNamingThePackage()
    {
        var empty = Directory.CreateTempSubdirectory("no-fonts-").FullName;
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => LiberationFonts.EnsureInstalled([empty]));

            Assert.Contains("apt-get install fonts-liberation2", error.Message, StringComparison.Ordinal);
            Assert.Contains("LiberationSans-Regular.ttf", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void FontsCheck_InstalledPackage_Passes() => LiberationFonts.EnsureInstalled(LiberationFonts.Directories);
}
