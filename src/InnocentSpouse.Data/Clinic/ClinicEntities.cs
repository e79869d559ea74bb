using Microsoft.AspNetCore.Identity;

namespace InnocentSpouse.Data.Clinic;

/// <summary>
/// A Low Income Taxpayer Clinic: the tenant. Its staff see only its cases (<see cref="ClinicCases"/>).
/// </summary>
public sealed class ClinicTenant
{
    /// <summary>128 random bits, URL-safe base64.</summary>
    public string Id { get; set; } = "";

    /// <summary>The clinic's name, as its admin typed it. Not personal data; shown to its staff.</summary>
    public string Name { get; set; } = "";

    /// <summary>
    /// The clinic's 256-bit data key, wrapped (encrypted) by ASP.NET Core Data Protection
    /// (<see cref="ClinicKeys"/>). Every personal field of the clinic's cases is sealed under it.
    /// </summary>
    public string WrappedDataKey { get; set; } = "";

    /// <summary>Years a closed case is kept before the purge deletes it (admin setting; default 3).</summary>
    public int RetentionYears { get; set; } = ClinicDefaults.RetentionYears;

    public DateTime CreatedUtc { get; set; }
}

/// <summary>A staff account (Identity user) that belongs to exactly one clinic.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>The clinic this account belongs to.</summary>
    public string ClinicId { get; set; } = "";

    /// <summary>The name colleagues see (e.g. "Ana R."). Staff data, not client data.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>
    /// The last TOTP time step accepted for this account, so that one code cannot be used twice
    /// (RFC 6238 §5.2).
    /// </summary>
    public long LastTotpStep { get; set; }
}

/// <summary>The two staff roles (Identity role names).</summary>
public static class StaffRoles
{
    /// <summary>Works cases.</summary>
    public const string Volunteer = "Volunteer";

    /// <summary>Also invites and removes staff, reads the audit log and sets retention.</summary>
    public const string Admin = "ClinicAdmin";

    public static readonly IReadOnlyList<string> All = [Volunteer, Admin];
}

/// <summary>A single-use invitation link for a new staff member. Only a hash of its token is stored.</summary>
public sealed class StaffInvitation
{
    public string Id { get; set; } = "";

    public string ClinicId { get; set; } = "";

    /// <summary>SHA-256 of the link's token (base64url). The token itself is shown once, to the admin.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>The invited address (staff data).</summary>
    public string Email { get; set; } = "";

    /// <summary><see cref="StaffRoles.Volunteer"/> or <see cref="StaffRoles.Admin"/>.</summary>
    public string Role { get; set; } = StaffRoles.Volunteer;

    /// <summary>The admin who invited; null for the first admin, made by the <c>create-clinic</c> command.</summary>
    public string? InvitedByUserId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    /// <summary>When the link was used; a used link never works again.</summary>
    public DateTime? UsedUtc { get; set; }
}

/// <summary>Where a case is in its life (issue 14's list, in order).</summary>
public enum CaseStatus
{
    Intake = 0,
    Screened = 1,
    Form8857Drafted = 2,
    Filed = 3,
    PreliminaryDetermination = 4,
    FinalDetermination = 5,
    TaxCourt = 6,
    Closed = 7,
}

/// <summary>
/// One client's case. Only what the workspace must sort, filter or purge by is stored in the clear (status,
/// assigned volunteer, dates of the record's own life); every personal field is sealed under the clinic key
/// (<see cref="ClinicCrypto"/>): the summary (label, soonest deadline, reliefs) and the detail (names, flags,
/// answers, letters).
/// </summary>
public sealed class ClinicCase
{
    public string Id { get; set; } = "";

    public string ClinicId { get; set; } = "";

    public CaseStatus Status { get; set; }

    /// <summary>The assigned volunteer (a <see cref="StaffUser"/> id), if any.</summary>
    public string? AssignedUserId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>When the case was closed; the retention purge counts from here.</summary>
    public DateTime? ClosedUtc { get; set; }

    /// <summary>The rules revision the summary was computed under; a different one means "recompute".</summary>
    public string RulesRevision { get; set; } = "";

    /// <summary>Incremented on every save; the optimistic concurrency token (a second tab cannot overwrite).</summary>
    public int Version { get; set; }

    /// <summary>Sealed <see cref="CaseSummary"/>: what the case list shows.</summary>
    public string SealedSummary { get; set; } = "";

    /// <summary>Sealed <see cref="CaseDetail"/>: everything else.</summary>
    public string SealedDetail { get; set; } = "";
}

/// <summary>A private note on a case. Notes are added, never overwritten, so two people never lose each other's words.</summary>
public sealed class CaseNote
{
    public string Id { get; set; } = "";

    public string ClinicId { get; set; } = "";

    public string CaseId { get; set; } = "";

    public string AuthorUserId { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>The note's text, sealed under the clinic key.</summary>
    public string SealedText { get; set; } = "";
}

/// <summary>Which side of a case a conflict-check hash belongs to.</summary>
public enum ConflictParty
{
    Client = 0,
    OtherSpouse = 1,
}

/// <summary>
/// One keyed hash of a normalised name (<see cref="ConflictNames"/>): the conflict check compares these and never
/// stores a name in the clear (ADR 0013).
/// </summary>
public sealed class ConflictHash
{
    public long Id { get; set; }

    public string ClinicId { get; set; } = "";

    public string CaseId { get; set; } = "";

    public ConflictParty Party { get; set; }

    /// <summary>HMAC-SHA256 under the clinic's conflict key, base64url.</summary>
    public string Hash { get; set; } = "";
}

/// <summary>
/// One line of the append-only audit log: who did what, when, to which case. It never holds a personal value
/// (no name, label, note or answer). The database refuses updates and deletes (triggers in the migration).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>The clinic, or empty for events with no clinic (an unknown account's failed sign-in).</summary>
    public string ClinicId { get; set; } = "";

    /// <summary>The staff account, if known.</summary>
    public string? UserId { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>A stable action name, e.g. <c>case.view</c> (<see cref="AuditActions"/>).</summary>
    public string Action { get; set; } = "";

    public string? CaseId { get; set; }

    /// <summary>A short non-personal detail, e.g. "status: Filed" or "3 possible conflicts".</summary>
    public string? Detail { get; set; }
}

/// <summary>Defaults of the workspace.</summary>
public static class ClinicDefaults
{
    /// <summary>Closed cases are kept this many years unless the clinic's admin sets another figure.</summary>
    public const int RetentionYears = 3;
}
