using System.Globalization;
using InnocentSpouse.Data;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Texts;
using InnocentSpouse.Web.Localisation;
using InnocentSpouse.Web.Time;
using Microsoft.EntityFrameworkCore;

namespace InnocentSpouse.Web.Clinic.Admin;

/// <summary>
/// The audit log in plain words: each stored action name (<see cref="AuditActions"/>) as a short sentence in the
/// reader's language, and the time of a line as UTC and as the app's (U.S. Eastern) date.
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
