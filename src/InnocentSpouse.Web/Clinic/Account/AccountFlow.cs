using System.Security.Claims;
using InnocentSpouse.Data.Clinic;
using Microsoft.AspNetCore.Identity;

namespace InnocentSpouse.Web.Clinic.Account;

/// <summary>Where the account pages send a member next, and the audit lines they write.</summary>
public static class AccountFlow
{
    public const string SignInPath = "/clinic/sign-in";
    public const string CodePath = "/clinic/sign-in/code";
    public const string RecoveryPath = "/clinic/sign-in/recovery";
    public const string SignOutPath = "/clinic/sign-out";
    public const string TwoStepPath = "/clinic/account/two-step";
    public const string CasesPath = "/clinic";

    /// <summary>
    /// A return address from the query string, if it is a workspace path on this site; otherwise the case list. Never
    /// another site (an open redirect), never a public page.
    /// </summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url
        && (url == CasesPath || url.StartsWith(CasesPath + "/", StringComparison.Ordinal) || url.StartsWith(CasesPath + "?", StringComparison.Ordinal))
        && !url.Contains('\\', StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal)
        && !url.StartsWith(SignInPath, StringComparison.Ordinal)
            ? url
            : CasesPath;

    /// <summary>A path with the return address carried along, when there is one worth carrying.</summary>
    public static string WithReturnUrl(string path, string? returnUrl) =>
        SafeReturnUrl(returnUrl) is var safe && safe != CasesPath ? $"{path}?returnUrl={Uri.EscapeDataString(safe)}" : path;

    /// <summary>Whether the principal signed in with both factors.</summary>
    public static bool HasSecondFactor(this ClaimsPrincipal user) => user?.HasClaim("amr", "mfa") == true;

    /// <summary>Appends an account event for a known user (their clinic) or, with no user, for no clinic and no id.</summary>
    public static Task AuditAsync(this AuditLog audit, StaffUser? user, string action, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return audit.AppendAsync(user?.ClinicId ?? "", user?.Id, action, detail: detail);
    }

    private static string? _dummyHash;

    /// <summary>Verifies a password against a throwaway hash: the same work as a real check, for an unknown address.</summary>
    public static void SpendPasswordCheck(IPasswordHasher<StaffUser> hasher, string password)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        var dummy = new StaffUser();
        _dummyHash ??= hasher.HashPassword(dummy, "not a password of anyone's");
        _ = hasher.VerifyHashedPassword(dummy, _dummyHash, password);
    }

    /// <summary>The user a two-factor sign-in is waiting for (after the password), or null.</summary>
    public static Task<StaffUser?> PendingUserAsync(this SignInManager<StaffUser> signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        return signIn.GetTwoFactorAuthenticationUserAsync();
    }
}
