using System.Security.Cryptography;
using InnocentSpouse.Data;
using InnocentSpouse.Data.Clinic;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Web.Clinic.Account;

/// <summary>
/// Clinics and their staff accounts: creating a clinic, invitations (single use, expiring, only a SHA-256 of the
/// token stored), joining through one, the staff list, and removing a member.
/// </summary>
public sealed class StaffAccounts(
    InterviewDbContext db,
    ClinicKeys keys,
    RoleManager<IdentityRole> roles,
    UserManager<StaffUser> users,
    ClinicCases cases,
    AuditLog audit,
    IOptions<ClinicOptions> options,
    TimeProvider clock)
{
    /// <summary>Creates a clinic with a new wrapped data key (and the two staff roles, if missing).</summary>
    public async Task<ClinicTenant> CreateClinicAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await EnsureRolesAsync();
        var clinic = new ClinicTenant
        {
            Id = NewId(),
            Name = name.Trim(),
            WrappedDataKey = keys.NewWrappedKey(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Clinics.Add(clinic);
        await db.SaveChangesAsync(cancellationToken);
        return clinic;
    }

    /// <summary>The clinic with this id, or null.</summary>
    public Task<ClinicTenant?> ClinicAsync(string clinicId, CancellationToken cancellationToken = default) =>
        db.Clinics.AsNoTracking().FirstOrDefaultAsync(c => c.Id == clinicId, cancellationToken);

    /// <summary>Creates the Identity roles <see cref="StaffRoles.All"/> that do not exist yet.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var created = await roles.CreateAsync(new IdentityRole(role));
                if (!created.Succeeded && !await roles.RoleExistsAsync(role))
                {
                    throw new InvalidOperationException($"Could not create the role {role}.");
                }
            }
        }
    }

    /// <summary>
    /// Invites <paramref name="email"/> to the clinic in <paramref name="role"/>. Returns the link's token, which is
    /// shown once (to the admin, or printed by <c>create-clinic</c>) and never stored: only its SHA-256 is.
    /// </summary>
    public async Task<string> InviteAsync(string clinicId, string email, string role, string? invitedByUserId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clinicId);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        if (!StaffRoles.All.Contains(role, StringComparer.Ordinal))
        {
            throw new ArgumentException("Unknown role.", nameof(role));
        }

        var token = NewId();
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = new StaffInvitation
        {
            Id = NewId(),
            ClinicId = clinicId,
            TokenHash = HashToken(token),
            Email = email.Trim(),
            Role = role,
            InvitedByUserId = invitedByUserId,
            CreatedUtc = now,
            ExpiresUtc = now.AddDays(options.Value.InvitationDays),
        };
        db.StaffInvitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await audit.AppendAsync(clinicId, invitedByUserId, AuditActions.InvitationCreated, detail: $"role {role}, invitation {invitation.Id}", cancellationToken: cancellationToken);
        return token;
    }

    /// <summary>The unused, unexpired invitation with this token and its clinic, or null (unknown, used or expired alike).</summary>
    public async Task<(StaffInvitation Invitation, ClinicTenant Clinic)?> OpenInvitationAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return null;
        }

        var hash = HashToken(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await db.StaffInvitations.AsNoTracking()
            .Where(i => i.TokenHash == hash && i.UsedUtc == null && i.ExpiresUtc > now)
            .Join(db.Clinics, i => i.ClinicId, c => c.Id, (i, c) => new { i, c })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.i, found.c);
    }

    /// <summary>
    /// Creates the staff account an invitation is for and marks the invitation used, in one transaction: a link that
    /// two people open at once makes one account. Returns the new user, or the errors to show (the link stays
    /// usable when the password is refused).
    /// </summary>
    public async Task<(StaffUser? User, IReadOnlyList<IdentityError> Errors)> AcceptAsync(string token, string displayName, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        ArgumentNullException.ThrowIfNull(password);
        if (await OpenInvitationAsync(token, cancellationToken) is not var (invitation, _))
        {
            return (null, [new IdentityError { Code = "InvitationClosed" }]);
        }

        var user = new StaffUser
        {
            UserName = invitation.Email,
            Email = invitation.Email,
            EmailConfirmed = true,
            ClinicId = invitation.ClinicId,
            DisplayName = displayName.Trim(),
        };
        await EnsureRolesAsync();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var marked = await db.StaffInvitations
            .Where(i => i.Id == invitation.Id && i.UsedUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.UsedUtc, now), cancellationToken);
        if (marked != 1)
        {
            return (null, [new IdentityError { Code = "InvitationClosed" }]);
        }

        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, invitation.Role);
        }

        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return (null, [.. created.Errors]);
        }

        await transaction.CommitAsync(cancellationToken);
        await audit.AppendAsync(invitation.ClinicId, user.Id, AuditActions.InvitationAccepted, detail: $"role {invitation.Role}, invitation {invitation.Id}", cancellationToken: cancellationToken);
        return (user, []);
    }

    /// <summary>The clinic's staff, by display name.</summary>
    public async Task<IReadOnlyList<StaffRow>> StaffAsync(string clinicId, CancellationToken cancellationToken = default)
    {
        var staff = await db.Users.AsNoTracking().Where(u => u.ClinicId == clinicId).ToListAsync(cancellationToken);
        var admins = (await users.GetUsersInRoleAsync(StaffRoles.Admin)).Where(u => u.ClinicId == clinicId).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        return [.. staff
            .Select(u => new StaffRow(u.Id, u.DisplayName, u.Email ?? "", admins.Contains(u.Id) ? StaffRoles.Admin : StaffRoles.Volunteer, u.TwoFactorEnabled))
            .OrderBy(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>
    /// Removes a staff member of the admin's clinic (never the admin themself): their cases become unassigned and the
    /// account is deleted, so the security-stamp check signs them out within a minute. False when there is no such member.
    /// </summary>
    public async Task<bool> RemoveAsync(StaffMember admin, string userId, CancellationToken cancellationToken = default)
    {
        if (await OtherMemberAsync(admin, userId) is not { } user)
        {
            return false;
        }

        await cases.UnassignAllAsync(admin, user.Id, cancellationToken);
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            return false;
        }

        await audit.AppendAsync(admin.ClinicId, admin.UserId, AuditActions.StaffRemoved, detail: $"user {user.Id}", cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>
    /// Resets the two-step sign-in of a member of the admin's clinic (never the admin themself), for a member who lost
    /// the phone or used up the recovery codes: the authenticator key is replaced (the old app's codes stop working),
    /// the recovery codes are deleted and two-step is turned off, so the member's next password sign-in leads to
    /// setting it up again (<c>/clinic/account/two-step</c>), with new recovery codes. The new security stamp signs the
    /// member out everywhere within a minute. False when there is no such member.
    /// </summary>
    public async Task<bool> ResetTwoStepAsync(StaffMember admin, string userId, CancellationToken cancellationToken = default)
    {
        if (await OtherMemberAsync(admin, userId) is not { } user)
        {
            return false;
        }

        // Zero new codes: Identity replaces the stored list with an empty one.
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        if (!(await users.SetTwoFactorEnabledAsync(user, false)).Succeeded || !(await users.ResetAuthenticatorKeyAsync(user)).Succeeded)
        {
            return false;
        }

        await audit.AppendAsync(admin.ClinicId, admin.UserId, AuditActions.TwoFactorReset, detail: $"user {user.Id}", cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>Another member of the admin's clinic (never the admin), or null when there is no such member.</summary>
    private async Task<StaffUser?> OtherMemberAsync(StaffMember admin, string userId)
    {
        ArgumentNullException.ThrowIfNull(admin);
        if (string.IsNullOrEmpty(userId) || userId == admin.UserId)
        {
            return null;
        }

        var user = await users.FindByIdAsync(userId);
        return user is not null && user.ClinicId == admin.ClinicId ? user : null;
    }

    /// <summary>SHA-256 of an invitation token, base64url: what is stored.</summary>
    public static string HashToken(string token) =>
        WebEncoders.Base64UrlEncode(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    /// <summary>128 random bits, URL-safe base64: ids and invitation tokens.</summary>
    public static string NewId() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
}

/// <summary>One line of the staff list.</summary>
public sealed record StaffRow(string UserId, string DisplayName, string Email, string Role, bool TwoFactorEnabled);

/// <summary>
/// Password rules beyond Identity's length check (NIST SP 800-63B §5.1.1.2): at most 128 characters (long passphrases
/// welcome; the cap only bounds hashing work), and not the account's email address or the clinic's name. No
/// composition rules.
/// </summary>
public sealed class StaffPasswordValidator(InterviewDbContext db) : IPasswordValidator<StaffUser>
{
    /// <summary>The longest password accepted.</summary>
    public const int MaximumLength = 128;

    public const string TooLong = "PasswordTooLong";
    public const string IsEmail = "PasswordIsEmail";
    public const string IsClinicName = "PasswordIsClinicName";

    public async Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        password ??= "";
        var errors = new List<IdentityError>();
        if (password.Length > MaximumLength)
        {
            errors.Add(new IdentityError { Code = TooLong });
        }

        var typed = password.Trim();
        if (Same(typed, user.Email) || Same(typed, user.UserName))
        {
            errors.Add(new IdentityError { Code = IsEmail });
        }

        var clinicName = await db.Clinics.AsNoTracking().Where(c => c.Id == user.ClinicId).Select(c => c.Name).FirstOrDefaultAsync();
        if (Same(typed, clinicName))
        {
            errors.Add(new IdentityError { Code = IsClinicName });
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    private static bool Same(string typed, string? other) =>
        !string.IsNullOrWhiteSpace(other) && string.Equals(typed, other.Trim(), StringComparison.OrdinalIgnoreCase);
}
