using System.Net;
using System.Text.RegularExpressions;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Web.Clinic;
using InnocentSpouse.Web.Clinic.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Tests.Shared;

/// <summary>A staff account a test made, with what it needs to sign in (the shared authenticator key is base32).</summary>
public sealed record StaffAccount(
    string ClinicId,
    string ClinicName,
    string UserId,
    string Email,
    string Password,
    string DisplayName,
    string Role,
    string? AuthenticatorKey)
{
    /// <summary>The member the tenant-scoped store acts for (<see cref="ClinicCases"/>).</summary>
    public StaffMember Member => new(ClinicId, UserId);

    /// <summary>The code the member's authenticator app shows at <paramref name="now"/> (RFC 6238, 6 digits).</summary>
    public string CodeAt(DateTimeOffset now) =>
        Totp.CodeAt(AuthenticatorKey ?? throw new InvalidOperationException("This account has no authenticator key."), now);
}

/// <summary>
/// Clinics, staff accounts and signed-in clients for workspace tests. Accounts are made directly in the database
/// (roles, password, an enabled authenticator key); signing in goes through the real pages (<c>/clinic/sign-in</c>,
/// then <c>/clinic/sign-in/code</c> with the code computed from the app's pinned clock).
/// </summary>
/// <remarks>
/// <para>Clients from <see cref="NewClient"/> and <see cref="SignedInClientAsync"/> use <c>https://localhost</c> (the
/// workspace cookies are <c>Secure</c>), keep cookies, and do NOT follow redirects: assert the 302 and its
/// <c>Location</c> yourself, or use <see cref="GetFollowingAsync"/>.</para>
/// <para>A code works once (RFC 6238 replay rule): to sign the same account in again, move the
/// <see cref="ManualClock"/> on by <see cref="Totp.StepSeconds"/> first. <see cref="SignedInClientAsync"/> throws a clear
/// error otherwise.</para>
/// <para>Browser tests: <c>ClinicStaffBrowser.SignInAsync(page, baseUrl, account, clock)</c> in the EndToEnd project
/// (it needs Playwright, which the Web tests do not reference).</para>
/// </remarks>
public static class ClinicStaff
{
    /// <summary>The password of every account this helper makes (long, no composition rules, NIST SP 800-63B).</summary>
    public const string Password = "correct horse battery staple";

    private static int _counter;

    /// <summary>Creates a clinic (with its wrapped data key) and returns its id.</summary>
    public static async Task<string> CreateClinicAsync(AppFactory factory, string name = "Test Clinic")
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var clinic = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateClinicAsync(name);
        return clinic.Id;
    }

    /// <summary>
    /// Creates a staff account with <see cref="Password"/> and, unless <paramref name="twoFactor"/> is false, an
    /// enabled authenticator key. Without <paramref name="clinicId"/> a new clinic is made for it.
    /// </summary>
    public static async Task<StaffAccount> CreateAccountAsync(
        AppFactory factory, string? clinicId = null, string role = StaffRoles.Volunteer, bool twoFactor = true, string? email = null, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        clinicId ??= await CreateClinicAsync(factory);
        var n = Interlocked.Increment(ref _counter);
        email ??= $"staff{n}@clinic.test";
        displayName ??= $"Staff {n}";
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var accounts = services.GetRequiredService<StaffAccounts>();
        await accounts.EnsureRolesAsync();
        var clinic = await accounts.ClinicAsync(clinicId) ?? throw new InvalidOperationException($"No clinic {clinicId}.");
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, ClinicId = clinicId, DisplayName = displayName };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        string? key = null;
        if (twoFactor)
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            key = await users.GetAuthenticatorKeyAsync(user);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return new StaffAccount(clinicId, clinic.Name, user.Id, email, Password, displayName, role, key);
    }

    /// <summary>An https client that keeps cookies and does not follow redirects.</summary>
    public static HttpClient NewClient(AppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
    }

    /// <summary>A new account (and clinic, unless given) and a client signed in to it with both factors.</summary>
    public static async Task<(HttpClient Client, StaffAccount Account)> SignedInStaffAsync(AppFactory factory, string role = StaffRoles.Volunteer, string? clinicId = null)
    {
        var account = await CreateAccountAsync(factory, clinicId, role);
        return (await SignedInClientAsync(factory, account), account);
    }

    /// <summary>
    /// A client (<see cref="NewClient"/>) signed in as <paramref name="account"/> through the real pages: password, then
    /// the authenticator code for the app's clock. Fails when either step is refused.
    /// </summary>
    public static async Task<HttpClient> SignedInClientAsync(AppFactory factory, StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(account);
        var client = NewClient(factory);
        var password = await PostFormAsync(client, "/clinic/sign-in", "clinic-sign-in", new() { ["email"] = account.Email, ["password"] = account.Password });
        Expect(password, "/clinic/sign-in/code", "the password step");
        var now = factory.Now;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByIdAsync(account.UserId);
            if (user is not null && user.LastTotpStep >= Totp.StepAt(now))
            {
                throw new InvalidOperationException(
                    $"{account.Email} already used this 30-second step's code. Move the ManualClock on by {Totp.StepSeconds} seconds before signing in again.");
            }
        }

        var code = await PostFormAsync(client, "/clinic/sign-in/code", "clinic-code", new() { ["code"] = account.CodeAt(now) });
        Expect(code, "/clinic", "the code step");
        return client;
    }

    /// <summary>
    /// GETs <paramref name="path"/>, takes the antiforgery token from its form, and POSTs <paramref name="fields"/> as
    /// the Blazor form <paramref name="formName"/>.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, Dictionary<string, string> fields, string? postPath = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var token = await AntiforgeryTokenAsync(client, path);
        var form = new Dictionary<string, string>(fields) { ["_handler"] = formName, ["__RequestVerificationToken"] = token };
        return await client.PostAsync(postPath ?? path, new FormUrlEncodedContent(form));
    }

    /// <summary>The antiforgery token of the (first) form on the page at <paramref name="path"/>.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var page = await client.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        var match = Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
        return match.Success
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {path} ({(int)page.StatusCode}).");
    }

    /// <summary>GETs <paramref name="path"/> and follows up to five redirects; returns the last response.</summary>
    public static async Task<HttpResponseMessage> GetFollowingAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(path);
        for (var i = 0; i < 5 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && response.Headers.Location is { } next; i++)
        {
            response.Dispose();
            response = await client.GetAsync(next);
        }

        return response;
    }

    /// <summary>
    /// Creates a case directly through the tenant-scoped store (<see cref="ClinicCases.CreateAsync"/>), screened by
    /// <see cref="CaseScreening"/> as of the app's today. Returns its id.
    /// </summary>
    public static async Task<string> CreateCaseAsync(
        AppFactory factory,
        StaffAccount account,
        string label = "J.D.",
        CaseStatus status = CaseStatus.Intake,
        ScreeningAnswers? answers = null,
        IReadOnlyList<CaseLetter>? letters = null,
        string clientName = "Jane Doe",
        string otherSpouseName = "John Doe",
        SafeContact? contact = null,
        string? assignedUserId = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(account);
        var detail = new CaseDetail(clientName, null, otherSpouseName, null, contact ?? SafeContact.Unknown, answers ?? ScreeningAnswers.ForYears(2023), letters ?? []);
        var summary = CaseScreening.Of(detail, factory.Today).Summary(label, detail);
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClinicCases>()
            .CreateAsync(account.Member, status, assignedUserId ?? account.UserId, CaseScreening.RulesRevision, summary, detail);
    }

    private static void Expect(HttpResponseMessage response, string location, string step)
    {
        var actual = response.Headers.Location?.OriginalString;
        if (response.StatusCode != HttpStatusCode.Found && response.StatusCode != HttpStatusCode.Redirect || actual is null || !actual.EndsWith(location, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Sign-in failed at {step}: {(int)response.StatusCode}, Location {actual ?? "none"} (expected {location}).");
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
