using System.Globalization;
using System.Text.RegularExpressions;
using InnocentSpouse.Data;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Texts;
using InnocentSpouse.Web.Clinic.Cases;
using InnocentSpouse.Web.Deadlines;
using InnocentSpouse.Web.Localisation;
using InnocentSpouse.Web.Time;
using Microsoft.EntityFrameworkCore;

namespace InnocentSpouse.Web.Clinic.Admin;

/// <summary>
/// The audit log in plain words: each stored action name (<see cref="AuditActions"/>) as a short sentence in the
/// reader's language, each stored detail (a short English note made by the code, never a typed value) likewise, and
/// the time of a line as UTC and as the app's (U.S. Eastern) date.
/// </summary>
public static class AuditText
{
    private static readonly Dictionary<string, Func<string>> Actions = new(StringComparer.Ordinal)
    {
        [AuditActions.SignIn] = () => WebTexts.ClinicAuditActionSignIn,
        [AuditActions.SignInFailed] = () => WebTexts.ClinicAuditActionSignInFailed,
        [AuditActions.SignInLockedOut] = () => WebTexts.ClinicAuditActionLockedOut,
        [AuditActions.SignOut] = () => WebTexts.ClinicAuditActionSignOut,
        [AuditActions.TwoFactorEnabled] = () => WebTexts.ClinicAuditActionTwoFactorEnabled,
        [AuditActions.RecoveryCodeUsed] = () => WebTexts.ClinicAuditActionRecoveryCodeUsed,
        [AuditActions.InvitationCreated] = () => WebTexts.ClinicAuditActionInvited,
        [AuditActions.InvitationAccepted] = () => WebTexts.ClinicAuditActionJoined,
        [AuditActions.StaffRemoved] = () => WebTexts.ClinicAuditActionStaffRemoved,
        [AuditActions.TwoFactorReset] = () => WebTexts.ClinicAuditActionTwoFactorReset,
        [AuditActions.RetentionChanged] = () => WebTexts.ClinicAuditActionRetentionChanged,
        [AuditActions.CaseList] = () => WebTexts.ClinicAuditActionCaseList,
        [AuditActions.CaseCreated] = () => WebTexts.ClinicAuditActionCaseCreated,
        [AuditActions.CaseImported] = () => WebTexts.ClinicAuditActionCaseImported,
        [AuditActions.CaseViewed] = () => WebTexts.ClinicAuditActionCaseViewed,
        [AuditActions.CaseChanged] = () => WebTexts.ClinicAuditActionCaseChanged,
        [AuditActions.CaseExported] = () => WebTexts.ClinicAuditActionCaseExported,
        [AuditActions.NoteAdded] = () => WebTexts.ClinicAuditActionNoteAdded,
        [AuditActions.ConflictChecked] = () => WebTexts.ClinicAuditActionConflictChecked,
        [AuditActions.CrossClinicDenied] = () => WebTexts.ClinicAuditActionCrossClinicDenied,
        [AuditActions.CasePurged] = () => WebTexts.ClinicAuditActionCasePurged,
        [AuditActions.AuditViewed] = () => WebTexts.ClinicAuditActionAuditViewed,
    };

    // Each detail the code writes (AuditLog.AppendAsync callers), as stored, and its words. Ids and numbers are kept.
    private static readonly (Regex Stored, Func<Match, string> Words)[] Details =
    [
        (Exact("(\\d+) cases"), m => Format(WebTexts.ClinicAuditDetailCases, m.Groups[1].Value)),
        (Exact("case of another clinic"), _ => WebTexts.ClinicAuditDetailOtherClinicsCase),
        (Exact("asked for by a member of another clinic"), _ => WebTexts.ClinicAuditDetailAskedByOtherClinic),
        (Exact("(\\d+) possible conflicts, (\\d+) possible duplicates(, other spouse's name not checked)?"),
            m => Format(WebTexts.ClinicAuditDetailConflicts, m.Groups[1].Value, m.Groups[2].Value)
                + (m.Groups[3].Success ? WebTexts.ClinicAuditDetailOtherSpouseNotChecked : "")),
        (Exact("status: (\\w+)"), m => Enum.TryParse<CaseStatus>(m.Groups[1].Value, out var status)
            ? Format(WebTexts.ClinicAuditDetailStatus, CaseText.Status(status)) : m.Value),
        (Exact("closed (\\d{4}-\\d{2}-\\d{2}), kept (\\d+) years"), m => Format(WebTexts.ClinicAuditDetailPurged, m.Groups[1].Value, m.Groups[2].Value)),
        (Exact("(\\d+) cases unassigned from a removed staff member"), m => Format(WebTexts.ClinicAuditDetailUnassigned, m.Groups[1].Value)),
        (Exact("from (\\d+) to (\\d+) years"), m => Format(WebTexts.ClinicAuditDetailRetention, m.Groups[1].Value, m.Groups[2].Value)),
        (Exact("page (\\d+)"), m => Format(WebTexts.ClinicAuditDetailPage, m.Groups[1].Value)),
        (Exact("password only"), _ => WebTexts.ClinicAuditDetailPasswordOnly),
        (Exact("password only \\(joined\\)"), _ => WebTexts.ClinicAuditDetailPasswordOnlyJoined),
        (Exact("password"), _ => WebTexts.ClinicAuditDetailPassword),
        (Exact("authenticator code"), _ => WebTexts.ClinicAuditDetailAuthenticatorCode),
        (Exact("recovery code"), _ => WebTexts.ClinicAuditDetailRecoveryCode),
        (Exact("(\\d+) left"), m => Format(WebTexts.ClinicAuditDetailCodesLeft, m.Groups[1].Value)),
        (Exact("role (\\w+), invitation (\\S+)"), m => Format(WebTexts.ClinicAuditDetailInvitation, Role(m.Groups[1].Value), m.Groups[2].Value)),
        (Exact("user (\\S+)"), m => Format(WebTexts.ClinicAuditDetailUser, m.Groups[1].Value)),
        (Exact("hand-off page"), _ => WebTexts.ClinicAuditDetailHandoffPage),
        (Exact("hand-off PDF"), _ => WebTexts.ClinicAuditDetailHandoffPdf),
        (Exact(Regex.Escape(CaseWorkspace.RecomputedDetail)), _ => WebTexts.ClinicAuditDetailRecomputed),
        (Exact("names and flags changed(, possible conflicts confirmed)?"),
            m => m.Groups[1].Success ? WebTexts.ClinicAuditDetailNamesChangedConfirmed : WebTexts.ClinicAuditDetailNamesChanged),
        (Exact("intake: section (\\w+)"), m => Format(WebTexts.ClinicAuditDetailIntakeSection, m.Groups[1].Value)),
        (Exact("intake: tax years"), _ => WebTexts.ClinicAuditDetailIntakeYears),
        (Exact("volunteer: none"), _ => WebTexts.ClinicAuditDetailVolunteerNone),
        (Exact("volunteer: (\\S+)"), m => Format(WebTexts.ClinicAuditDetailVolunteer, m.Groups[1].Value)),
        (Exact("letter added: ([a-z0-9-]+)"), m => Format(WebTexts.ClinicAuditDetailLetterAdded, EventTypes.Find(m.Groups[1].Value)?.PlainName ?? m.Groups[1].Value)),
    ];

    /// <summary>
    /// A stored detail in the reader's language; one written by an older version, or unknown, as stored. Null or empty
    /// gives "".
    /// </summary>
    /// <param name="detail">The stored detail.</param>
    public static string Detail(string? detail)
    {
        if (string.IsNullOrEmpty(detail))
        {
            return "";
        }

        foreach (var (stored, words) in Details)
        {
            if (stored.Match(detail) is { Success: true } match)
            {
                return words(match);
            }
        }

        return detail;
    }

    /// <summary>True when <see cref="Detail"/> has words for this stored detail (tests: every detail the code writes).</summary>
    /// <param name="detail">The stored detail.</param>
    public static bool HasWords(string detail) => Details.Any(d => d.Stored.IsMatch(detail ?? ""));

    private static Regex Exact(string pattern) => new($"^{pattern}$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    private static string Role(string stored) => stored == StaffRoles.Admin ? WebTexts.ClinicRoleAdmin : WebTexts.ClinicRoleVolunteer;

    /// <summary>Every action name that has words (a test checks that this is all of <see cref="AuditActions"/>).</summary>
    public static IReadOnlyCollection<string> Known => Actions.Keys;

    /// <summary>The action in plain words, in the reader's language; an unknown name (from a newer version) as stored.</summary>
    /// <param name="action">The stored action name.</param>
    public static string Action(string action) =>
        Actions.TryGetValue(action ?? "", out var text) ? text() : action ?? "";

    /// <summary>The instant in UTC, to the second: "2026-06-15 12:00:05 UTC".</summary>
    /// <param name="atUtc">The stored UTC time.</param>
    public static string Utc(DateTime atUtc) => atUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>The app's calendar day (U.S. Eastern) of the instant, in the reader's language.</summary>
    /// <param name="atUtc">The stored UTC time.</param>
    public static string EasternDay(DateTime atUtc) =>
        Format(WebTexts.ClinicAuditEasternDay, DateText.Day(AppToday.DateOf(atUtc)));

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}

/// <summary>
/// The display names of a clinic's staff, by account id (staff data, not client data): the audit log's "who", the
/// hand-off's assigned volunteer and note authors. Only the clinic's own accounts are read.
/// </summary>
public static class StaffNames
{
    /// <summary>The clinic's accounts' display names by id.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> OfClinicAsync(ClinicCases cases, StaffMember member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return (await cases.StaffAsync(member, cancellationToken)).ToDictionary(s => s.Id, s => s.DisplayName, StringComparer.Ordinal);
    }

    /// <summary>
    /// Who a line or note names: the staff member's display name; "system" when no account did it (the purge); "a
    /// former staff member" for an account that no longer exists.
    /// </summary>
    public static string Who(IReadOnlyDictionary<string, string> names, string? userId)
    {
        ArgumentNullException.ThrowIfNull(names);
        return userId is null ? WebTexts.ClinicAuditSystem
            : names.TryGetValue(userId, out var name) && name.Length > 0 ? name
            : WebTexts.ClinicAuditFormerStaff;
    }
}
