using System.Globalization;
using InnocentSpouse.Domain.Texts;
using InnocentSpouse.Web.Localisation;
using InnocentSpouse.Web.Record;
using InnocentSpouse.Web.Time;
using PdfSharp.Pdf;

namespace InnocentSpouse.Web.Clinic.Handoff;

/// <summary>
/// The hand-off PDF: the hand-off page as a file for the attorney who takes over. The safe-contact flags come first,
/// then the case, the letters with their deadlines, the notes and the "not the IRS" notice (once), then the whole
/// screening record as the PDF record prints it (<see cref="RecordPdf.WriteReport"/>, the same writer, fonts and
/// layout). It computes nothing. Every fixed text is in the reader's language; the file name and title never name
/// the client or the topic.
/// </summary>
public static class HandoffPdf
{
    /// <summary>The file name, in English (Spanish: <c>WebTexts.ClinicHandoffFileName</c>).</summary>
    public const string FileName = "handoff.pdf";

    /// <summary>The author metadata.</summary>
    public const string Author = "InnocentSpouse";

    /// <summary>Renders the hand-off as PDF bytes.</summary>
    public static byte[] Render(Handoff handoff)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        LiberationFonts.Install();
        var title = WebTexts.ClinicHandoffTitle;
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Author = Author;
        document.Options.CompressContentStreams = true;
        document.Options.Layout = PdfSharp.Pdf.IO.PdfWriterLayout.Compact;
        using (var flow = new TextFlow(document))
        {
            flow.Heading(WebTexts.ClinicHandoffHeading, 1);
            SafeContact(flow, handoff);
            Case(flow, handoff);
            Letters(flow, handoff);
            Notes(flow, handoff);
            flow.Heading(WebTexts.ClinicHandoffRecordHeading, 2);
            flow.Paragraph(new TextSpan(WebTexts.RecordNotice, SpanStyle.Bold), " " + WebTexts.RecordOnlyIrsDecides);
            var report = handoff.Screening.Report;
            flow.Paragraph(Format(WebTexts.ResultsCheckedOn, DateText.Day(report.AsOf), report.Revision));
            if (!report.IsComplete)
            {
                flow.Paragraph(WebTexts.SharedNotFinished);
            }

            RecordPdf.WriteReport(flow, report);
            flow.Footers((page, pages) => Format(WebTexts.RecordFooter, title, page, pages));
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void SafeContact(TextFlow flow, Handoff handoff)
    {
        var contact = handoff.Case.Detail.Contact;
        flow.Heading(WebTexts.ClinicHandoffSafeContact, 2);
        if (contact.AbuseDisclosed)
        {
            flow.Paragraph(new TextSpan(WebTexts.ClinicHandoffAbuseDisclosed, SpanStyle.Bold));
        }

        foreach (var (way, safety) in HandoffText.Ways(contact))
        {
            flow.Item("•", way + ": ", new TextSpan(HandoffText.Safety(safety), SpanStyle.Bold));
        }

        flow.Item("•", WebTexts.ClinicHandoffSafeAddress + ": ",
            new TextSpan(contact.SafeAddressOrNumber.Length > 0 ? contact.SafeAddressOrNumber : WebTexts.ClinicHandoffNotEntered, SpanStyle.Bold));
        flow.Item("•", WebTexts.ClinicHandoffLanguage + ": ", new TextSpan(HandoffText.Language(contact.PreferredLanguage), SpanStyle.Bold));
    }

    private static void Case(TextFlow flow, Handoff handoff)
    {
        var c = handoff.Case;
        flow.Heading(WebTexts.ClinicHandoffCaseHeading, 2);
        Row(flow, WebTexts.ClinicHandoffLabel, c.Summary.Label);
        Row(flow, WebTexts.ClinicHandoffYears, HandoffText.Years(c.Summary.TaxYears));
        Row(flow, WebTexts.ClinicHandoffStatus, HandoffText.Status(c.Status));
        Row(flow, WebTexts.ClinicHandoffAssigned, handoff.AssignedName);
        Row(flow, WebTexts.ClinicHandoffOpened, DateText.Day(AppToday.DateOf(c.CreatedUtc)));
    }

    private static void Letters(TextFlow flow, Handoff handoff)
    {
        flow.Heading(WebTexts.ClinicHandoffLettersHeading, 2);
        if (handoff.Screening.LetterDeadlines.Length == 0)
        {
            flow.Paragraph(WebTexts.ClinicHandoffNoLetters);
        }

        foreach (var (letter, deadlines) in handoff.Screening.LetterDeadlines)
        {
            flow.Heading(HandoffText.LetterName(letter), 3);
            flow.Paragraph(HandoffText.LetterDate(letter));
            foreach (var deadline in deadlines)
            {
                RecordPdf.WriteDeadline(flow, deadline);
            }
        }
    }

    private static void Notes(TextFlow flow, Handoff handoff)
    {
        flow.Heading(WebTexts.ClinicHandoffNotesHeading, 2);
        if (handoff.Notes.Count == 0)
        {
            flow.Paragraph(WebTexts.ClinicHandoffNoNotes);
        }

        foreach (var note in handoff.Notes)
        {
            flow.Paragraph(new TextSpan(HandoffText.NoteByline(handoff.AuthorOf(note), note.CreatedUtc), SpanStyle.Bold));
            flow.Paragraph(note.Text);
        }
    }

    private static void Row(TextFlow flow, string key, string value) => flow.Paragraph(new TextSpan(key + ": ", SpanStyle.Bold), value);

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
