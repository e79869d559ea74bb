using System.Globalization;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Domain.Sources;
using InnocentSpouse.Domain.Texts;
using InnocentSpouse.Web.Api;
using InnocentSpouse.Web.Deadlines;
using InnocentSpouse.Web.Interview;
using InnocentSpouse.Web.Localisation;
using PdfSharp.Pdf;

namespace InnocentSpouse.Web.Record;

/// <summary>
/// The PDF record: one more view of the <see cref="ScreeningReport"/>, like the results, shared and worksheet pages.
/// It computes nothing: every outcome, reason, date, step and citation is the report's own text, and dates are
/// formatted with the pages' helpers (<see cref="DeadlineFormState.Show"/>, <see cref="Day"/>). Each tax year starts
/// on a new page; the "not the IRS, not legal advice" notice appears once, on the first page. Every fixed label, the
/// footer, the title and the author are <see cref="WebTexts"/> in the request's language (mostly the pages' own keys,
/// the rest <c>Record…</c>), so a Spanish reader gets a Spanish record of the report built in Spanish.
/// </summary>
public static class RecordPdf
{
    /// <summary>Renders the report as PDF bytes.</summary>
    /// <param name="report">The report (complete, or unfinished as the shared page shows it).</param>
    /// <param name="discreet">The person's "plain page titles" choice: sets the title and author metadata (<see cref="RecordFile"/>).</param>
    public static byte[] Render(ScreeningReport report, bool discreet)
    {
        ArgumentNullException.ThrowIfNull(report);
        LiberationFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = RecordFile.TitleFor(discreet);
        document.Info.Author = RecordFile.AuthorFor(discreet);
        document.Options.CompressContentStreams = true;
        document.Options.Layout = PdfSharp.Pdf.IO.PdfWriterLayout.Compact;
        using (var flow = new TextFlow(document))
        {
            Cover(flow, report);
            WriteReport(flow, report);
            var title = RecordFile.TitleFor(discreet);
            flow.Footers((page, pages) => Format(WebTexts.RecordFooter, title, page, pages));
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>
    /// The record after its cover, each part from a new page: every tax year (outcomes, reasons, deadlines), the next
    /// steps and evidence, the Form 8857 worksheet and the answers. The clinic hand-off PDF writes the same record
    /// after its own cover (one report, many views).
    /// </summary>
    /// <param name="flow">The flow to write to.</param>
    /// <param name="report">The report.</param>
    public static void WriteReport(TextFlow flow, ScreeningReport report)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(report);
        foreach (var year in report.Years)
        {
            flow.PageBreak();
            Year(flow, year);
        }

        flow.PageBreak();
        NextSteps(flow, report);
        Evidence(flow, report);
        flow.PageBreak();
        Worksheet(flow, report.Form8857);
        flow.PageBreak();
        Answers(flow, report);
    }

    /// <summary>One deadline as the record prints it (title, date, act-by day, rule, working, caveats, sources).</summary>
    /// <param name="flow">The flow to write to.</param>
    /// <param name="deadline">The deadline.</param>
    public static void WriteDeadline(TextFlow flow, Deadline deadline)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(deadline);
        Deadline(flow, deadline);
    }

    /// <summary>A day as the results and shared pages print "Checked on …", in the reader's language: "March 1, 2026", "1 de marzo de 2026".</summary>
    /// <param name="date">The day.</param>
    public static string Day(DateOnly date) => DateText.Day(date);

    private static void Cover(TextFlow flow, ScreeningReport report)
    {
        flow.Heading(WebTexts.RecordHeading, 1);
        flow.Paragraph(Format(WebTexts.ResultsCheckedOn, Day(report.AsOf), report.Revision));
        flow.Paragraph(new TextSpan(WebTexts.RecordTaxYears + " ", SpanStyle.Bold), string.Join(", ", report.TaxYears.Select(Year4)));
        flow.Paragraph(new TextSpan(WebTexts.RecordNotice, SpanStyle.Bold), " " + WebTexts.RecordOnlyIrsDecides);
        if (!report.IsComplete)
        {
            flow.Paragraph(WebTexts.SharedNotFinished);
        }

        flow.Paragraph(WebTexts.RecordContentsLead);
        string[] contents =
        [
            WebTexts.RecordContentsYears,
            WebTexts.RecordContentsNextSteps,
            WebTexts.RecordContentsWorksheet,
            WebTexts.RecordContentsAnswers,
        ];
        foreach (var line in contents)
        {
            flow.Item("•", line);
        }
    }

    private static void Year(TextFlow flow, YearReport year)
    {
        flow.Heading(Format(WebTexts.ResultsTaxYear, Year4(year.TaxYear)), 2);
        foreach (var relief in year.Reliefs)
        {
            Relief(flow, relief, year.TaxYear);
        }

        foreach (var deadline in year.Deadlines)
        {
            Deadline(flow, deadline);
        }
    }

    private static void Relief(TextFlow flow, ReliefResult result, int taxYear)
    {
        flow.Heading(DeterminationText.Name(result.Relief), 3);
        flow.Paragraph(new TextSpan(WebTexts.RecordOutcome + " ", SpanStyle.Bold), new TextSpan(DeterminationText.Label(result.Determination), SpanStyle.Bold));
        flow.Paragraph(result.Summary);
        if (result.Caveats.Length > 0)
        {
            flow.Lead(WebTexts.ResultNotCertain);
            foreach (var caveat in result.Caveats)
            {
                flow.Item("•", caveat);
            }
        }

        if (result.Factors.Length > 0)
        {
            flow.Lead(Format(WebTexts.ResultFactorsCaption, Year4(taxYear)) + ":");
            foreach (var factor in result.Factors)
            {
                flow.Item("•", new TextSpan($"{factor.Factor}: ", SpanStyle.Bold), new TextSpan(FactorTable.Lean(factor.Lean) + ". ", SpanStyle.Bold),
                    factor.Because + " ", Source(factor.Source));
            }

            flow.Paragraph(WebTexts.FactorHint);
        }

        flow.Lead(Format(WebTexts.ResultWhySteps, result.Reasons.Length));
        for (var i = 0; i < result.Reasons.Length; i++)
        {
            var step = result.Reasons[i];
            var spans = new List<TextSpan> { step.Question + " ", new(step.Answer, SpanStyle.Bold) };
            if (step.Assumption is not null)
            {
                spans.Add(new TextSpan(" " + Format(WebTexts.ResultAssumption, step.Assumption), SpanStyle.Italic));
            }

            spans.Add(new TextSpan(" " + WebTexts.SourceLabel + " ", SpanStyle.Source));
            spans.Add(Source(step.Source));
            flow.Item($"{(i + 1).ToString(CultureInfo.InvariantCulture)}.", [.. spans]);
        }

        flow.Paragraph(new TextSpan(Before(WebTexts.ResultRuleSource), SpanStyle.Source), Source(result.Source));
    }

    private static void Deadline(TextFlow flow, Deadline d)
    {
        flow.Heading(d.Title, 3);
        if (d.Date is { } date)
        {
            flow.Paragraph($"{DeadlineCard.Label(d)}: ", new TextSpan(DeadlineFormState.Show(date), SpanStyle.Bold),
                d.Status is { } status ? $" ({status.Text})" : "");
        }

        if (d.ActBy is { } actBy)
        {
            flow.Paragraph(new TextSpan(Format(WebTexts.RecordActBy, DeadlineFormState.Show(actBy)), SpanStyle.Bold), WebTexts.RecordActByWhy);
        }

        flow.Paragraph(d.Rule);
        flow.Paragraph(d.IsTaxCourtPetition ? new TextSpan(d.FilingNote, SpanStyle.Bold) : d.FilingNote);
        flow.Paragraph(d.CanBeExtended ? d.ExtensionNote : new TextSpan(d.ExtensionNote, SpanStyle.Bold));
        flow.Lead(WebTexts.DeadlineHowWorkedOut + ":");
        for (var i = 0; i < d.Working.Lines.Length; i++)
        {
            flow.Item($"{(i + 1).ToString(CultureInfo.InvariantCulture)}.", d.Working.Lines[i]);
        }

        foreach (var alt in d.Alternatives)
        {
            flow.Paragraph(new TextSpan(Format(WebTexts.DeadlineAnotherReading, DeadlineFormState.Show(alt.Date)), SpanStyle.Bold), " " + alt.Reading);
        }

        if (d.Caveats.Length > 0)
        {
            flow.Lead(WebTexts.DeadlineNotCertain);
            foreach (var caveat in d.Caveats)
            {
                flow.Item("•", caveat);
            }
        }

        flow.Lead(WebTexts.DeadlineWhereRuleFrom + ":");
        foreach (var source in d.Sources)
        {
            flow.Item("•", Source(source));
        }
    }

    private static void NextSteps(TextFlow flow, ScreeningReport report)
    {
        flow.Heading(WebTexts.NextStepsHeading, 2);
        foreach (var group in report.NextSteps.GroupBy(s => s.Heading))
        {
            flow.Heading(group.Key, 3);
            foreach (var step in group)
            {
                var spans = new List<TextSpan>();
                if (step.Lead.Length > 0)
                {
                    spans.Add(new TextSpan(step.LeadIsLink ? step.Lead : step.Lead + " ", SpanStyle.Bold, step.LeadIsLink ? step.Sources[0].Link : null));
                }

                spans.Add(step.Text);
                if (!step.LeadIsLink && step.Sources.Length > 0)
                {
                    spans.AddRange(Sources(step.Sources));
                }

                flow.Item("•", [.. spans]);
            }
        }
    }

    private static void Evidence(TextFlow flow, ScreeningReport report)
    {
        if (report.Evidence.Length == 0)
        {
            return;
        }

        flow.Heading(WebTexts.EvidenceHeading, 2);
        flow.Paragraph(WebTexts.EvidenceIntro);
        foreach (var group in report.Evidence.GroupBy(i => i.Importance))
        {
            flow.Heading(group.Key == EvidenceImportance.Essential ? WebTexts.EvidenceEssential : WebTexts.EvidenceHelpful, 3);
            foreach (var item in group)
            {
                var spans = new List<TextSpan> { new(item.What, SpanStyle.Bold) };
                if (!item.AllYears)
                {
                    spans.Add(" " + Format(item.TaxYears.Length > 1 ? WebTexts.EvidenceTaxYears : WebTexts.EvidenceTaxYear, string.Join(", ", item.TaxYears.Select(Year4))));
                }

                spans.Add(" " + item.Why);
                if (item.Caution is { } caution)
                {
                    spans.Add(new TextSpan(" " + caution, SpanStyle.Italic));
                }

                spans.AddRange(Sources(item.SecondSource is { } second ? [item.Source, second] : [item.Source]));
                flow.Item("•", [.. spans]);
            }
        }
    }

    private static void Worksheet(TextFlow flow, Form8857Worksheet worksheet)
    {
        flow.Heading(WebTexts.RecordWorksheetHeading, 2);
        flow.Paragraph(WebTexts.RecordWorksheetIntro);
        flow.Paragraph(Format(WebTexts.RecordWorksheetCheckedOn, Day(worksheet.AsOf), worksheet.FormRevision));
        foreach (var note in worksheet.Notes)
        {
            flow.Item("•", note);
        }

        foreach (var part in worksheet.Parts)
        {
            flow.Heading(part.Number is { } number ? $"{number}: {part.Title}" : part.Title, 3);
            foreach (var item in part.Items)
            {
                flow.Heading(item.Line is { } line ? Format(WebTexts.RecordWorksheetLine, line, item.Topic) : item.Topic, 4);
                flow.Paragraph(new TextSpan(WebTexts.RecordWorksheetFormAsks + " ", SpanStyle.Bold), item.FormAsks);
                Lines(flow, WebTexts.RecordWorksheetSupport, item.AnswersSupport);
                Lines(flow, WebTexts.RecordWorksheetYouAdd, item.YouAdd);
                Lines(flow, WebTexts.RecordWorksheetNotKnown, item.NotKnown);
                if (item.Draft.Length > 0)
                {
                    flow.Paragraph(new TextSpan(WebTexts.RecordWorksheetDraft, SpanStyle.Bold), " " + WebTexts.RecordWorksheetDraftHow);
                    foreach (var paragraph in item.Draft)
                    {
                        flow.Item("", new TextSpan(paragraph, SpanStyle.Italic));
                    }
                }

                Lines(flow, WebTexts.RecordWorksheetGoodToKnow, item.Notes);
                flow.Paragraph([.. Sources(item.Sources)]);
            }
        }
    }

    private static void Answers(TextFlow flow, ScreeningReport report)
    {
        flow.Heading(WebTexts.RecordAnswersHeading, 2);
        flow.Paragraph(WebTexts.RecordAnswersIntro);
        var household = report.HouseholdAnswers.ToList();
        if (household.Count > 0)
        {
            flow.Heading(WebTexts.RecordAboutYou, 3);
            foreach (var answer in household)
            {
                flow.Item("•", answer.Prompt + " ", new TextSpan(answer.Answer, SpanStyle.Bold));
            }
        }

        foreach (var year in report.TaxYears)
        {
            var asked = report.AnswersFor(year).ToList();
            if (asked.Count == 0)
            {
                continue;
            }

            flow.Heading(Format(WebTexts.ResultsTaxYear, Year4(year)), 3);
            foreach (var answer in asked)
            {
                flow.Item("•", answer.Prompt + " ", new TextSpan(answer.Answer, SpanStyle.Bold));
            }
        }
    }

    private static void Lines(TextFlow flow, string heading, System.Collections.Immutable.ImmutableArray<string> lines)
    {
        if (lines.Length == 0)
        {
            return;
        }

        flow.Lead(heading + ":");
        foreach (var line in lines)
        {
            flow.Item("•", line);
        }
    }

    private static IEnumerable<TextSpan> Sources(IReadOnlyList<SourceRef> sources)
    {
        yield return new TextSpan(" " + WebTexts.SourceLabel + " ", SpanStyle.Source);
        for (var i = 0; i < sources.Count; i++)
        {
            yield return Source(sources[i]);
            yield return new TextSpan(i < sources.Count - 1 ? "; " : ".", SpanStyle.Source);
        }
    }

    private static TextSpan Source(SourceRef source) => new(source.Display, SpanStyle.Source, source.Link);

    private static string Year4(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    /// <summary>The words of a one-place text before its place, e.g. "Rule for this relief: " of "Rule for this relief: {0}".</summary>
    private static string Before(string format) => format[..format.IndexOf("{0}", StringComparison.Ordinal)];
}
