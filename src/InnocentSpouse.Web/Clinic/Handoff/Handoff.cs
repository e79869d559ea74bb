using System.Globalization;
using InnocentSpouse.Data;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Texts;
using InnocentSpouse.Web.Clinic.Admin;
using InnocentSpouse.Web.Deadlines;
using InnocentSpouse.Web.Localisation;
using InnocentSpouse.Web.Time;

namespace InnocentSpouse.Web.Clinic.Handoff;

/// <summary>
/// Everything the hand-off page and PDF show, for the attorney who takes over a case: the opened case (flags, label,
/// years, status), its screening (<see cref="CaseScreening.Of"/>: the one report and the letters' deadlines; nothing
/// is computed here), the notes and the staff names they refer to. The page and the PDF are two views of this.
/// </summary>
/// <param name="Case">The opened case.</param>
/// <param name="Screening">Its screening as of <see cref="AsOf"/>.</param>
/// <param name="Notes">Its notes, oldest first.</param>
/// <param name="Staff">The clinic's staff display names by account id.</param>
/// <param name="AsOf">The app's day the deadlines are counted from.</param>
public sealed record Handoff(OpenedCase Case, CaseScreening Screening, IReadOnlyList<CaseNoteView> Notes, IReadOnlyDictionary<string, string> Staff, DateOnly AsOf)
{
    /// <summary>The page's address for a case.</summary>
    public static string PagePath(string caseId) => $"/clinic/cases/{Uri.EscapeDataString(caseId)}/handoff";

    /// <summary>The PDF's address for a case.</summary>
    public static string PdfPath(string caseId) => $"/clinic/cases/{Uri.EscapeDataString(caseId)}/handoff.pdf";

    /// <summary>The assigned volunteer's display name, or "Not assigned".</summary>
    public string AssignedName => Case.AssignedUserId is null ? WebTexts.ClinicHandoffNotAssigned : StaffNames.Who(Staff, Case.AssignedUserId);

    /// <summary>A note's author's display name.</summary>
    public string AuthorOf(CaseNoteView note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return StaffNames.Who(Staff, note.AuthorUserId);
    }

    /// <summary>
    /// Opens a case of the member's clinic for a hand-off and records it (<paramref name="action"/>: a view or an
    /// export, with <paramref name="detail"/>); null for no such case, and for a case of another clinic (which
    /// <see cref="ClinicCases.OpenAsync"/> records as denied).
    /// </summary>
    public static async Task<Handoff?> LoadAsync(
        ClinicCases cases, AuditLog audit, AppToday today, StaffMember member, string caseId, string action, string detail,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(today);
        ArgumentNullException.ThrowIfNull(member);
        if (await cases.OpenAsync(member, caseId, auditAction: null, cancellationToken) is not { } opened)
        {
            return null;
        }

        await audit.AppendAsync(member.ClinicId, member.UserId, action, opened.Id, detail, cancellationToken);
        var asOf = today.Date;
        return new Handoff(
            opened,
            CaseScreening.Of(opened.Detail, asOf),
            await cases.NotesAsync(member, opened.Id, cancellationToken),
            await StaffNames.OfClinicAsync(cases, member, cancellationToken),
            asOf);
    }
}

/// <summary>The hand-off's words for stored values, in the reader's language.</summary>
public static class HandoffText
{
    /// <summary>A case status in plain words: the case pages' own words (<see cref="Cases.CaseText.Status"/>).</summary>
    public static string Status(CaseStatus status) => Cases.CaseText.Status(status);

    /// <summary>Whether a way of contact is safe, in plain words.</summary>
    public static string Safety(ContactSafety safety) => safety switch
    {
        ContactSafety.Safe => WebTexts.ClinicHandoffSafe,
        ContactSafety.NotSafe => WebTexts.ClinicHandoffNotSafe,
        _ => WebTexts.ClinicHandoffSafetyUnknown,
    };

    /// <summary>The four ways of contact with their safety, in the order the flags are shown.</summary>
    public static IReadOnlyList<(string Way, ContactSafety Safety)> Ways(SafeContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return
        [
            (WebTexts.ClinicHandoffCall, contact.Call),
            (WebTexts.ClinicHandoffText, contact.Text),
            (WebTexts.ClinicHandoffMail, contact.Mail),
            (WebTexts.ClinicHandoffEmail, contact.Email),
        ];
    }

    /// <summary>The preferred language's name ("English", "Spanish"), or the stored value for another.</summary>
    public static string Language(string code) => code switch
    {
        "en" => WebTexts.ClinicHandoffLanguageEnglish,
        "es" => WebTexts.ClinicHandoffLanguageSpanish,
        _ => code,
    };

    /// <summary>The tax years, comma separated, or "Not entered".</summary>
    public static string Years(IReadOnlyList<int> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        return years.Count == 0 ? WebTexts.ClinicHandoffNotEntered : string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>A letter or event's name, as the deadline calculator names it.</summary>
    public static string LetterName(CaseLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return EventTypes.All.FirstOrDefault(e => e.Type == letter.Type)?.PlainName ?? letter.Type.ToString();
    }

    /// <summary>A letter's date line: "Dated June 1, 2026, for tax year 2023."</summary>
    public static string LetterDate(CaseLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return letter.TaxYear is { } year
            ? Format(WebTexts.ClinicHandoffLetterDatedYear, DateText.Day(letter.Date), year)
            : Format(WebTexts.ClinicHandoffLetterDated, DateText.Day(letter.Date));
    }

    /// <summary>A note's by-line: "Ana R., June 15, 2026 (12:00 UTC)".</summary>
    public static string NoteByline(string author, DateTime createdUtc) =>
        Format(WebTexts.ClinicHandoffNoteByline, author, DateText.Day(AppToday.DateOf(createdUtc)),
            createdUtc.ToString("HH:mm", CultureInfo.InvariantCulture));

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
