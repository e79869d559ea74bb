namespace InnocentSpouse.Data.Clinic;

/// <summary>The stable names of audited actions (the audit log's <see cref="AuditEntry.Action"/>).</summary>
public static class AuditActions
{
    public const string SignIn = "account.sign-in";
    public const string SignInFailed = "account.sign-in-failed";
    public const string SignInLockedOut = "account.locked-out";
    public const string SignOut = "account.sign-out";
    public const string TwoFactorEnabled = "account.2fa-enabled";
    public const string RecoveryCodeUsed = "account.recovery-code-used";
    public const string InvitationCreated = "staff.invited";
    public const string InvitationAccepted = "staff.joined";
    public const string StaffRemoved = "staff.removed";
    public const string TwoFactorReset = "staff.2fa-reset";
    public const string RetentionChanged = "clinic.retention-changed";
    public const string CaseList = "case.list";
    public const string CaseCreated = "case.create";
    public const string CaseImported = "case.import";
    public const string CaseViewed = "case.view";
    public const string CaseChanged = "case.change";
    public const string CaseExported = "case.export";
    public const string NoteAdded = "case.note";
    public const string ConflictChecked = "case.conflict-check";
    public const string CrossClinicDenied = "case.denied-other-clinic";
    public const string CasePurged = "case.purged";
    public const string AuditViewed = "audit.view";
}
