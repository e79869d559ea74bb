using System.Text.RegularExpressions;
using InnocentSpouse.Data;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Clinic.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Clinic.Accounts;

/// <summary>Small steps the account tests share: invitations, the enrolment page's key, the audit log.</summary>
internal static partial class AccountTestKit
{
    [GeneratedRegex("Or type this key: <code>([a-z2-7 ]+)</code>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li><code>([A-Za-z0-9-]+)</code></li>")]
    private static partial Regex RecoveryCode();

    /// <summary>An invitation to a new clinic (or <paramref name="clinicId"/>); returns its token.</summary>
    public static async Task<(string ClinicId, string Token)> InviteAsync(AppFactory factory, string email, string role = StaffRoles.Volunteer, string? clinicId = null)
    {
        clinicId ??= await ClinicStaff.CreateClinicAsync(factory, "Riverside Tax Clinic");
        await using var scope = factory.Services.CreateAsyncScope();
        var token = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().InviteAsync(clinicId, email, role, null);
        return (clinicId, token);
    }

    /// <summary>Joins through the invitation with a good password; the client is then signed in with the password only.</summary>
    public static Task<HttpResponseMessage> JoinAsync(HttpClient client, string token, string password = ClinicStaff.Password, string name = "Ana R.") =>
        ClinicStaff.PostFormAsync(client, $"/clinic/invite/{token}", "clinic-invite", new() { ["display-name"] = name, ["new-password"] = password });

    /// <summary>The base32 key the enrolment page shows (without its spaces).</summary>
    public static string KeyOn(string html) => SharedKey().Match(html) is { Success: true } m
        ? m.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal)
        : throw new InvalidOperationException("No shared key on the page.");

    /// <summary>The recovery codes shown after enrolment.</summary>
    public static IReadOnlyList<string> RecoveryCodesOn(string html) => [.. RecoveryCode().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>Where a redirect goes: path and query, whether the Location is absolute or not.</summary>
    public static string Target(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"No redirect: {(int)response.StatusCode}.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>The audit log's lines, oldest first.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> AuditAsync(AppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InterviewDbContext>().AuditLog.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }
}
