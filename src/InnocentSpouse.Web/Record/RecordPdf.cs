using System.Globalization;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Domain.Sources;
using InnocentSpouse.Web.Api;
using InnocentSpouse.Web.Deadlines;
using InnocentSpouse.Web.Interview;
using PdfSharp.Pdf;

namespace InnocentSpouse.Web.Record;

/// <summary>
/// The PDF record: one more view of the <see cref="ScreeningReport"/>, like the results, shared and worksheet pages.
/// It computes nothing: every outcome, reason, date, step and citation is the report's own text, and dates are
/// formatted with the pages' helpers (<see cref="DeadlineFormState.Show"/>, <see cref="Day"/>). Each tax year starts
/// on a new page; the "not the IRS, not legal advice" notice appears once, on the first page.
/// </summary>
public static class RecordPdf
{
    /// <summary>The first page's heading.</summary>
    public const string Heading = "Your screening record";

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
            flow.Footers(RecordFile.TitleFor(discreet));
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>A day as the results, shared and worksheet pages print "Checked on …", e.g. "March 1, 2026".</summary>
    /// <param name="date">The day.</param>
    public static string Day(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static void Cover(TextFlow flow, ScreeningReport report)
    {
        flow.Heading(Heading, 1);
        flow.Paragraph($"Checked on {Day(report.AsOf)} against {report.Revision}.");
        flow.Paragraph(new TextSpan("Tax years: ", SpanStyle.Bold), string.Join(", ", report.TaxYears.Select(Year4)));
        flow.Paragraph(new TextSpan(ScreeningEndpoints.Notice, SpanStyle.Bold), " Only the IRS or a court decides.");
        if (!report.IsComplete)
        {
            flow.Paragraph("The interview is not finished yet, so some results may be missing or say \"need more information\".");
        }

        flow.Paragraph("What is in this record:");
        string[] contents =
        [
            "For each tax year (each on its own page): what may fit and why, what is not certain, and the deadlines with how we worked them out.",
            "What to do next, and what to gather and send with Form 8857.",
            "Your Form 8857 worksheet.",
            "Your answers, as you gave them.",
        ];
        foreach (var line in contents)
        {
            flow.Item("•", line);
        }
    }

    private static void Year(TextFlow flow, YearReport year)
    {
        flow.Heading($"Tax year {Year4(year.TaxYear)}", 2);
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
        flow.Paragraph(new TextSpan("Outcome: ", SpanStyle.Bold), new TextSpan(DeterminationText.Label(result.Determination), SpanStyle.Bold));
        flow.Paragraph(result.Summary);
        if (result.Caveats.Length > 0)
        {
            flow.Lead("Not certain:");
            foreach (var caveat in result.Caveats)
            {
                flow.Item("•", caveat);
            }
        }

        if (result.Factors.Length > 0)
        {
            flow.Lead($"How the equitable relief factors look for {Year4(taxYear)}:");
            foreach (var factor in result.Factors)
            {
                flow.Item("•", new TextSpan($"{factor.Factor}: ", SpanStyle.Bold), new TextSpan(FactorTable.Lean(factor.Lean) + ". ", SpanStyle.Bold),
                    factor.Because + " ", Source(factor.Source));
            }

            flow.Paragraph("The IRS weighs all the facts together; no single factor decides, and it does not count them. We count them only to give you a first idea.");
        }

        flow.Lead($"Why: the {result.Reasons.Length} steps we followed");
        for (var i = 0; i < result.Reasons.Length; i++)
        {
            var step = result.Reasons[i];
            var spans = new List<TextSpan> { step.Question + " ", new(step.Answer, SpanStyle.Bold) };
            if (step.Assumption is not null)
            {
                spans.Add(new TextSpan(" Because you were not sure: " + step.Assumption, SpanStyle.Italic));
            }

            spans.Add(new TextSpan(" Source: ", SpanStyle.Source));
            spans.Add(Source(step.Source));
            flow.Item($"{(i + 1).ToString(CultureInfo.InvariantCulture)}.", [.. spans]);
        }

        flow.Paragraph(new TextSpan("Rule for this relief: ", SpanStyle.Source), Source(result.Source));
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
            flow.Paragraph(new TextSpan($"Act by {DeadlineFormState.Show(actBy)}", SpanStyle.Bold), ", a few business days early, in case of mail or technical delays.");
        }

        flow.Paragraph(d.Rule);
        flow.Paragraph(d.IsTaxCourtPetition ? new TextSpan(d.FilingNote, SpanStyle.Bold) : d.FilingNote);
        flow.Paragraph(d.CanBeExtended ? d.ExtensionNote : new TextSpan(d.ExtensionNote, SpanStyle.Bold));
        flow.Lead("How we worked out this date:");
        for (var i = 0; i < d.Working.Lines.Length; i++)
        {
            flow.Item($"{(i + 1).ToString(CultureInfo.InvariantCulture)}.", d.Working.Lines[i]);
        }

        foreach (var alt in d.Alternatives)
        {
            flow.Paragraph(new TextSpan($"Another reading gives {DeadlineFormState.Show(alt.Date)}.", SpanStyle.Bold), " " + alt.Reading);
        }

        if (d.Caveats.Length > 0)
        {
            flow.Lead("Not certain:");
            foreach (var caveat in d.Caveats)
            {
                flow.Item("•", caveat);
            }
        }

        flow.Lead("Where this rule comes from:");
        foreach (var source in d.Sources)
        {
            flow.Item("•", Source(source));
        }
    }

    private static void NextSteps(TextFlow flow, ScreeningReport report)
    {
        flow.Heading("What to do next", 2);
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

        flow.Heading("What to gather and send with Form 8857", 2);
        flow.Paragraph("Send the IRS everything that supports your answers when you file. If you later go to the Tax Court, the judge mostly looks at what the IRS already had.");
        foreach (var group in report.Evidence.GroupBy(i => i.Importance))
        {
            flow.Heading(group.Key == EvidenceImportance.Essential ? "Send these" : "These can help too", 3);
            foreach (var item in group)
            {
                var spans = new List<TextSpan> { new(item.What, SpanStyle.Bold) };
                if (!item.AllYears)
                {
                    spans.Add($" (tax year{(item.TaxYears.Length > 1 ? "s" : "")} {string.Join(", ", item.TaxYears.Select(Year4))})");
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
        flow.Heading("Your Form 8857 worksheet", 2);
        flow.Paragraph("Use this to fill in Form 8857, Request for Innocent Spouse Relief. It follows the form's parts and says what your answers already support, what you must add yourself, and what this screening could not tell.");
        flow.Paragraph($"Checked on {Day(worksheet.AsOf)}, for {worksheet.FormRevision}.");
        foreach (var note in worksheet.Notes)
        {
            flow.Item("•", note);
        }

        foreach (var part in worksheet.Parts)
        {
            flow.Heading(part.Number is { } number ? $"{number}: {part.Title}" : part.Title, 3);
            foreach (var item in part.Items)
            {
                flow.Heading(item.Line is { } line ? $"Line {line.ToString(CultureInfo.InvariantCulture)}: {item.Topic}" : item.Topic, 4);
                flow.Paragraph(new TextSpan("What the form asks: ", SpanStyle.Bold), item.FormAsks);
                Lines(flow, "What your answers already support", item.AnswersSupport);
                Lines(flow, "What you add yourself", item.YouAdd);
                Lines(flow, "What the screening could not tell", item.NotKnown);
                if (item.Draft.Length > 0)
                {
                    flow.Paragraph(new TextSpan("A starting draft", SpanStyle.Bold), " (change it to your own words; fill in the parts in [brackets]):");
                    foreach (var paragraph in item.Draft)
                    {
                        flow.Item("", new TextSpan(paragraph, SpanStyle.Italic));
                    }
                }

                Lines(flow, "Good to know", item.Notes);
                flow.Paragraph([.. Sources(item.Sources)]);
            }
        }
    }

    private static void Answers(TextFlow flow, ScreeningReport report)
    {
        flow.Heading("Your answers", 2);
        flow.Paragraph("The questions as they were asked, with your answers, in order.");
        var household = report.HouseholdAnswers.ToList();
        if (household.Count > 0)
        {
            flow.Heading("About you (asked once for all years)", 3);
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

            flow.Heading($"Tax year {Year4(year)}", 3);
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
        yield return new TextSpan(" Source: ", SpanStyle.Source);
        for (var i = 0; i < sources.Count; i++)
        {
            yield return Source(sources[i]);
            yield return new TextSpan(i < sources.Count - 1 ? "; " : ".", SpanStyle.Source);
        }
    }

    private static TextSpan Source(SourceRef source) => new(source.Display, SpanStyle.Source, source.Link);

    private static string Year4(int year) => year.ToString(CultureInfo.InvariantCulture);
}
