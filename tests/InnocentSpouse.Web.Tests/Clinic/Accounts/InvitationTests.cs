using System.Net;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Clinic.Account;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Clinic.Accounts;

/// <summary>Invitations only (issue 14): a single-use link that expires, then the second factor's set-up.</summary>
public sealed class InvitationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task InviteLink_Join_SignsInWithPasswordOnly_AndGoesToTwoStep_ThenLinkIsClosed()
    {
        var (_, token) = await AccountTestKit.InviteAsync(factory, "ana@clinic.test");
        var client = ClinicStaff.NewClient(factory);

        var page = await (await client.GetAsync($"/clinic/invite/{token}")).Content.ReadAsStringAsync();
        using var joined = await AccountTestKit.JoinAsync(client, token);
        using var cases = await client.GetAsync("/clinic");
        using var again = await ClinicStaff.NewClient(factory).GetAsync($"/clinic/invite/{token}");

        Assert.Contains("Join Riverside Tax Clinic", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, joined.StatusCode);
        Assert.Equal("/clinic/account/two-step", AccountTestKit.Target(joined));
        // Password only: the case list sends the member to the second factor's set-up, never to data.
        Assert.Equal(HttpStatusCode.Found, cases.StatusCode);
        Assert.Equal("/clinic/account/two-step", cases.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("This invitation link does not work", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InviteLink_UsedTwice_SecondJoinRefused_OneAccount()
    {
        var (clinicId, token) = await AccountTestKit.InviteAsync(factory, "twice@clinic.test");
        var first = ClinicStaff.NewClient(factory);
        var second = ClinicStaff.NewClient(factory);
        var secondToken = await ClinicStaff.AntiforgeryTokenAsync(second, $"/clinic/invite/{token}");

        using var joined = await AccountTestKit.JoinAsync(first, token);
        using var refused = await second.PostAsync($"/clinic/invite/{token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "clinic-invite", ["__RequestVerificationToken"] = secondToken, ["display-name"] = "Someone", ["new-password"] = "another long enough passphrase",
        }));

        Assert.Equal(HttpStatusCode.Found, joined.StatusCode);
        // The join form is no longer on the page, so the post is refused (Blazor: no form by that name).
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Single(await StaffOfAsync(clinicId));
    }

    [Fact]
    public async Task UnknownToken_SamePageAsAClosedLink()
    {
        using var response = await ClinicStaff.NewClient(factory).GetAsync("/clinic/invite/AAAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("This invitation link does not work", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short@clinic.test", "short one", "Use at least 15 characters")]
    [InlineData("pw.is.email@clinic.test", "PW.IS.EMAIL@clinic.test", "Do not use your email address as your password")]
    [InlineData("name@clinic.test", "riverside tax clinic", "Do not use the clinic&#x27;s name as your password")]
    public async Task Join_PasswordAgainstNistRules_Refused_LinkStillWorks(string email, string password, string message)
    {
        var (_, token) = await AccountTestKit.InviteAsync(factory, email);
        var client = ClinicStaff.NewClient(factory);

        using var refused = await AccountTestKit.JoinAsync(client, token, password);
        using var joined = await AccountTestKit.JoinAsync(client, token);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, joined.StatusCode);
    }

    [Fact]
    public async Task Join_LongPassphraseWithoutDigitsOrSymbols_Accepted()
    {
        var (_, token) = await AccountTestKit.InviteAsync(factory, "long@clinic.test");

        using var joined = await AccountTestKit.JoinAsync(ClinicStaff.NewClient(factory), token, new string('a', 20) + " plain words only " + new string('b', 26));

        Assert.Equal(HttpStatusCode.Found, joined.StatusCode);
    }

    [Fact]
    public async Task InviteLink_AfterItsDays_Closed()
    {
        var clock = new ManualClock();
        await using var app = new AppFactory { Clock = clock };
        var (_, token) = await AccountTestKit.InviteAsync(app, "late@clinic.test");

        clock.Now = clock.Now.AddDays(7).AddMinutes(1);
        using var response = await ClinicStaff.NewClient(app).GetAsync($"/clinic/invite/{token}");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public async Task Enrolment_CodeFromTheShownKey_TurnsOnTwoStep_ShowsTenRecoveryCodes_OpensCases_AndIsAudited()
    {
        var (clinicId, token) = await AccountTestKit.InviteAsync(factory, "enrol@clinic.test", StaffRoles.Admin);
        var client = ClinicStaff.NewClient(factory);
        using var _ = await AccountTestKit.JoinAsync(client, token);

        using var setUpResponse = await client.GetAsync("/clinic/account/two-step");
        Assert.Equal(HttpStatusCode.OK, setUpResponse.StatusCode);
        var setUp = await setUpResponse.Content.ReadAsStringAsync();
        var key = AccountTestKit.KeyOn(setUp);
        using var wrong = await ClinicStaff.PostFormAsync(client, "/clinic/account/two-step", "clinic-two-step", new() { ["code"] = "12345" });
        using var enabled = await ClinicStaff.PostFormAsync(client, "/clinic/account/two-step", "clinic-two-step", new() { ["code"] = Totp.CodeAt(key, factory.Now) });
        var shown = await enabled.Content.ReadAsStringAsync();
        using var cases = await client.GetAsync("/clinic");

        // Blazor encodes the "+" of the media type as &#x2B; in the attribute; the browser decodes it.
        Assert.Contains("<img src=\"data:image/svg&#x2B;xml;base64,", setUp, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", setUp, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(10, AccountTestKit.RecoveryCodesOn(shown).Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, cases.StatusCode);
        var actions = (await AccountTestKit.AuditAsync(factory)).Where(a => a.ClinicId == clinicId).Select(a => a.Action).ToList();
        Assert.Equal([AuditActions.InvitationCreated, AuditActions.InvitationAccepted, AuditActions.SignIn, AuditActions.TwoFactorEnabled, AuditActions.CaseList], actions);
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnce_ThenRefused()
    {
        var (clinicId, token) = await AccountTestKit.InviteAsync(factory, "recover@clinic.test");
        var setUpClient = ClinicStaff.NewClient(factory);
        using var _ = await AccountTestKit.JoinAsync(setUpClient, token);
        var key = AccountTestKit.KeyOn(await (await setUpClient.GetAsync("/clinic/account/two-step")).Content.ReadAsStringAsync());
        using var enabled = await ClinicStaff.PostFormAsync(setUpClient, "/clinic/account/two-step", "clinic-two-step", new() { ["code"] = Totp.CodeAt(key, factory.Now) });
        var recovery = AccountTestKit.RecoveryCodesOn(await enabled.Content.ReadAsStringAsync())[0];

        var first = await SignInWithRecoveryAsync("recover@clinic.test", recovery);
        var second = await SignInWithRecoveryAsync("recover@clinic.test", recovery);

        Assert.Equal(HttpStatusCode.Found, first);
        Assert.Equal(HttpStatusCode.BadRequest, second);
        Assert.Contains(await AccountTestKit.AuditAsync(factory), a => a.ClinicId == clinicId && a.Action == AuditActions.RecoveryCodeUsed && a.Detail == "9 left");
    }

    private async Task<HttpStatusCode> SignInWithRecoveryAsync(string email, string recovery)
    {
        var client = ClinicStaff.NewClient(factory);
        using var password = await ClinicStaff.PostFormAsync(client, "/clinic/sign-in", "clinic-sign-in", new() { ["email"] = email, ["password"] = ClinicStaff.Password });
        Assert.Equal("/clinic/sign-in/code", AccountTestKit.Target(password));
        using var response = await ClinicStaff.PostFormAsync(client, "/clinic/sign-in/recovery", "clinic-recovery", new() { ["recovery-code"] = recovery });
        return response.StatusCode;
    }

    private async Task<IReadOnlyList<StaffRow>> StaffOfAsync(string clinicId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StaffAccounts>().StaffAsync(clinicId);
    }
}
