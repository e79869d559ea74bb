using System.Net;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Clinic.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Clinic.Accounts;

/// <summary>
/// Who reaches the workspace (issue 14): both factors, lockout, cookies limited to /clinic, antiforgery on every POST,
/// removed members, the idle sign-out, rate limits and sign-out.
/// </summary>
public sealed class AccessTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task PasswordOnly_NoSecondFactorEnrolled_CasePagesRedirectToTwoStep()
    {
        var account = await ClinicStaff.CreateAccountAsync(factory, twoFactor: false);
        var client = ClinicStaff.NewClient(factory);

        using var password = await ClinicStaff.PostFormAsync(client, "/clinic/sign-in", "clinic-sign-in", new() { ["email"] = account.Email, ["password"] = account.Password });
        using var cases = await client.GetAsync("/clinic");

        Assert.Equal("/clinic/account/two-step", AccountTestKit.Target(password));
        Assert.Equal("/clinic/account/two-step", cases.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task RightPassword_WrongCode_Refused_NoWorkspace()
    {
        var account = await ClinicStaff.CreateAccountAsync(factory);
        var client = ClinicStaff.NewClient(factory);
        var right = account.CodeAt(factory.Now);
        var wrongCode = right == "000000" ? "111111" : "000000";

        using var password = await ClinicStaff.PostFormAsync(client, "/clinic/sign-in", "clinic-sign-in", new() { ["email"] = account.Email, ["password"] = account.Password });
        using var code = await ClinicStaff.PostFormAsync(client, "/clinic/sign-in/code", "clinic-code", new() { ["code"] = wrongCode });
        using var cases = await client.GetAsync("/clinic");

        Assert.Equal("/clinic/sign-in/code", AccountTestKit.Target(password));
        Assert.Equal(HttpStatusCode.BadRequest, code.StatusCode);
        Assert.Contains("That code is wrong or was already used", await code.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/clinic/sign-in", cases.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task FiveWrongPasswords_LocksTheAccount_EvenTheRightPasswordIsThenRefused()
    {
        var account = await ClinicStaff.CreateAccountAsync(factory);
        var client = ClinicStaff.NewClient(factory);
        var messages = new List<bool>();

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await ClinicStaff.PostFormAsync(client, "/clinic/sign-in", "clinic-sign-in", new() { ["email"] = account.Email, ["password"] = "a wrong but long password" });
            messages.Add((await wrong.Content.ReadAsStringAsync()).Contains("Too many wrong tries", StringComparison.Ordinal));
        }

        using var right = await ClinicStaff.PostFormAsync(client, "/clinic/sign-in", "clinic-sign-in", new() { ["email"] = account.Email, ["password"] = account.Password });

        Assert.Equal([false, false, false, false, true], messages);
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("Too many wrong tries", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(await AccountTestKit.AuditAsync(factory), a => a.UserId == account.UserId && a.Action == AuditActions.SignInLockedOut);
    }

    [Fact]
    public async Task SignInCookie_SecureHttpOnlySameSiteStrict_LimitedToClinicPath()
    {
        var account = await ClinicStaff.CreateAccountAsync(factory);
        var client = ClinicStaff.NewClient(factory);
        using var _ = await ClinicStaff.PostFormAsync(client, "/clinic/sign-in", "clinic-sign-in", new() { ["email"] = account.Email, ["password"] = account.Password });

        using var code = await ClinicStaff.PostFormAsync(client, "/clinic/sign-in/code", "clinic-code", new() { ["code"] = account.CodeAt(factory.Now) });

        var cookie = Assert.Single(code.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Secure-clinic=", StringComparison.Ordinal));
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["httponly", "path=/clinic", "samesite=strict", "secure"], attributes);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/interview")]
    [InlineData("/resume")]
    public async Task PublicPages_SignedIn_NeverSetAClinicCookie(string path)
    {
        var (client, _) = await ClinicStaff.SignedInStaffAsync(factory);

        using var response = await client.GetAsync(path);

        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        Assert.DoesNotContain(cookies, c => c.StartsWith("__Secure-clinic", StringComparison.Ordinal) || c.StartsWith(".AspNetCore.Identity", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/clinic/sign-in", "clinic-sign-in")]
    [InlineData("/clinic/sign-in/code", "clinic-code")]
    [InlineData("/clinic/sign-in/recovery", "clinic-recovery")]
    [InlineData("/clinic/invite/AAAAAAAAAAAAAAAAAAAAAA", "clinic-invite")]
    [InlineData("/clinic/account/two-step", "clinic-two-step")]
    [InlineData("/clinic/admin/staff", "clinic-staff-invite")]
    [InlineData("/clinic/sign-out", null)]
    public async Task EveryPost_WithoutAntiforgeryToken_Is400(string path, string? formName)
    {
        var (client, _) = await ClinicStaff.SignedInStaffAsync(factory, StaffRoles.Admin);
        var form = new Dictionary<string, string> { ["email"] = "a@b.test", ["code"] = "123456" };
        if (formName is not null)
        {
            form["_handler"] = formName;
        }

        using var response = await client.PostAsync(path, new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSession_AndIsAudited()
    {
        var (client, account) = await ClinicStaff.SignedInStaffAsync(factory);
        var token = await ClinicStaff.AntiforgeryTokenAsync(client, "/clinic");

        using var signOut = await client.PostAsync("/clinic/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        using var cases = await client.GetAsync("/clinic");

        Assert.Equal("/clinic/sign-in", AccountTestKit.Target(signOut));
        Assert.Equal("/clinic/sign-in", cases.Headers.Location!.AbsolutePath);
        Assert.Contains(await AccountTestKit.AuditAsync(factory), a => a.UserId == account.UserId && a.Action == AuditActions.SignOut);
    }

    [Fact]
    public async Task VolunteerOnStaffPage_Forbidden_AdminSeesTheList()
    {
        var admin = await ClinicStaff.CreateAccountAsync(factory, role: StaffRoles.Admin, displayName: "Admin Person");
        var volunteer = await ClinicStaff.CreateAccountAsync(factory, admin.ClinicId, displayName: "Volunteer Person");
        var adminClient = await ClinicStaff.SignedInClientAsync(factory, admin);
        var volunteerClient = await ClinicStaff.SignedInClientAsync(factory, volunteer);

        using var denied = await ClinicStaff.GetFollowingAsync(volunteerClient, "/clinic/admin/staff");
        using var list = await adminClient.GetAsync("/clinic/admin/staff");
        var html = await list.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("You cannot open that page", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("Volunteer Person", html, StringComparison.Ordinal);
        Assert.Contains(volunteer.Email, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Remove Admin Person", html, StringComparison.Ordinal);
        Assert.Contains("Remove Volunteer Person", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminInvites_LinkShownOnce_WorksForTheInvitedEmail()
    {
        var (admin, account) = await ClinicStaff.SignedInStaffAsync(factory, StaffRoles.Admin);

        using var invited = await ClinicStaff.PostFormAsync(admin, "/clinic/admin/staff", "clinic-staff-invite", new() { ["invite-email"] = "new.volunteer@clinic.test", ["invite-role"] = StaffRoles.Volunteer });
        var html = await invited.Content.ReadAsStringAsync();
        var link = System.Text.RegularExpressions.Regex.Match(html, "<code>https?://[^/]+(/clinic/invite/[A-Za-z0-9_-]{22})</code>").Groups[1].Value;
        using var page = await ClinicStaff.NewClient(factory).GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        Assert.Contains("new.volunteer@clinic.test", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(await AccountTestKit.AuditAsync(factory), a => a.UserId == account.UserId && a.Action == AuditActions.InvitationCreated && a.Detail!.StartsWith("role Volunteer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateClinicCommand_PrintsAnAdminInvitationLink_ThatOpensTheJoinPage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CreateClinicCommand.RunAsync(factory.Services, ["create-clinic", "--name", "Harbor LITC", "--admin-email", "boss@harbor.test", "--base-url", "https://harbor.example.org/"], output, error);
        var link = output.ToString().Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("https://harbor.example.org/clinic/invite/", StringComparison.Ordinal));
        using var page = await ClinicStaff.NewClient(factory).GetAsync(new Uri(link).AbsolutePath);

        Assert.Equal(0, exit);
        Assert.Equal("", error.ToString());
        Assert.Contains("Join Harbor LITC", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateClinicCommand_WithoutAdminEmail_UsageAndExitCode2()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CreateClinicCommand.RunAsync(factory.Services, ["create-clinic", "--name", "No Admin"], output, error);

        Assert.Equal(2, exit);
        Assert.StartsWith("Usage: create-clinic", error.ToString(), StringComparison.Ordinal);
    }
}

/// <summary>Tests that move the clock: each has its own app.</summary>
public sealed class AccessOverTimeTests
{
    [Theory]
    [InlineData(29, HttpStatusCode.OK)]
    [InlineData(31, HttpStatusCode.Found)]
    public async Task IdleSignOut_After30Minutes_CasePageGoesToSignIn(int idleMinutes, HttpStatusCode expected)
    {
        var clock = new ManualClock();
        await using var app = new AppFactory { Clock = clock };
        var (client, _) = await ClinicStaff.SignedInStaffAsync(app);

        clock.Now = clock.Now.AddMinutes(idleMinutes);
        using var cases = await client.GetAsync("/clinic");

        Assert.Equal(expected, cases.StatusCode);
        if (expected == HttpStatusCode.Found)
        {
            Assert.Equal("/clinic/sign-in", cases.Headers.Location!.AbsolutePath);
        }
    }

    [Fact]
    public async Task RemovedMember_LosesAccessWithinAMinute_TheirCasesUnassigned()
    {
        var clock = new ManualClock();
        await using var app = new AppFactory { Clock = clock };
        var admin = await ClinicStaff.CreateAccountAsync(app, role: StaffRoles.Admin);
        var volunteer = await ClinicStaff.CreateAccountAsync(app, admin.ClinicId);
        var caseId = await ClinicStaff.CreateCaseAsync(app, admin, assignedUserId: volunteer.UserId);
        var adminClient = await ClinicStaff.SignedInClientAsync(app, admin);
        var volunteerClient = await ClinicStaff.SignedInClientAsync(app, volunteer);
        using var before = await volunteerClient.GetAsync("/clinic");

        using var removed = await ClinicStaff.PostFormAsync(adminClient, "/clinic/admin/staff", "clinic-staff-remove", new() { ["user"] = volunteer.UserId });
        clock.Now = clock.Now.AddMinutes(2);
        using var after = await volunteerClient.GetAsync("/clinic");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal("/clinic/sign-in", after.Headers.Location!.AbsolutePath);
        await using var scope = app.Services.CreateAsyncScope();
        var opened = await scope.ServiceProvider.GetRequiredService<ClinicCases>().OpenAsync(admin.Member, caseId, auditAction: null);
        Assert.Null(opened!.AssignedUserId);
        Assert.Contains(await AccountTestKit.AuditAsync(app), a => a.UserId == admin.UserId && a.Action == AuditActions.StaffRemoved && a.Detail == $"user {volunteer.UserId}");
    }

    [Fact]
    public async Task AdminResetsTwoStep_MemberSignedOut_ThenSetsItUpAgainAtTheNextPasswordSignIn()
    {
        var clock = new ManualClock();
        await using var app = new AppFactory { Clock = clock };
        var admin = await ClinicStaff.CreateAccountAsync(app, role: StaffRoles.Admin);
        var volunteer = await ClinicStaff.CreateAccountAsync(app, admin.ClinicId, displayName: "Vera Volunteer");
        await using (var setup = app.Services.CreateAsyncScope())
        {
            // The ten recovery codes of enrolment: the reset must delete them.
            var manager = setup.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var member = await manager.FindByIdAsync(volunteer.UserId);
            Assert.Equal(10, (await manager.GenerateNewTwoFactorRecoveryCodesAsync(member!, 10))!.Count());
        }

        var adminClient = await ClinicStaff.SignedInClientAsync(app, admin);
        var volunteerClient = await ClinicStaff.SignedInClientAsync(app, volunteer);
        var staffPage = await (await adminClient.GetAsync("/clinic/admin/staff")).Content.ReadAsStringAsync();

        using var reset = await ClinicStaff.PostFormAsync(adminClient, "/clinic/admin/staff", "clinic-staff-remove", new() { ["reset"] = volunteer.UserId });
        var resetPage = await reset.Content.ReadAsStringAsync();
        clock.Now = clock.Now.AddMinutes(2);
        using var after = await volunteerClient.GetAsync("/clinic");
        using var passwordAgain = await ClinicStaff.PostFormAsync(ClinicStaff.NewClient(app), "/clinic/sign-in", "clinic-sign-in",
            new() { ["email"] = volunteer.Email, ["password"] = volunteer.Password });

        Assert.Contains("Reset two-step sign-in for Vera Volunteer", staffPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"Reset two-step sign-in for {admin.DisplayName}<", staffPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("Two-step sign-in was reset.", resetPage, StringComparison.Ordinal);
        Assert.Equal("/clinic/sign-in", after.Headers.Location!.AbsolutePath);
        Assert.Equal(AccountFlow.TwoStepPath, passwordAgain.Headers.Location!.AbsolutePath);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByIdAsync(volunteer.UserId);
        Assert.False(user!.TwoFactorEnabled);
        Assert.Equal(0, await users.CountRecoveryCodesAsync(user));
        Assert.NotEqual(volunteer.AuthenticatorKey, await users.GetAuthenticatorKeyAsync(user));
        Assert.Contains(await AccountTestKit.AuditAsync(app), a => a.UserId == admin.UserId && a.Action == AuditActions.TwoFactorReset && a.Detail == $"user {volunteer.UserId}");
    }

    [Fact]
    public async Task AdminCannotResetTheirOwnTwoStep_OrAnotherClinicsMember()
    {
        await using var app = new AppFactory();
        var (client, admin) = await ClinicStaff.SignedInStaffAsync(app, StaffRoles.Admin);
        var stranger = await ClinicStaff.CreateAccountAsync(app);

        using var self = await ClinicStaff.PostFormAsync(client, "/clinic/admin/staff", "clinic-staff-remove", new() { ["reset"] = admin.UserId });
        using var other = await ClinicStaff.PostFormAsync(client, "/clinic/admin/staff", "clinic-staff-remove", new() { ["reset"] = stranger.UserId });

        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.True((await users.FindByIdAsync(admin.UserId))!.TwoFactorEnabled);
        Assert.True((await users.FindByIdAsync(stranger.UserId))!.TwoFactorEnabled);
        Assert.DoesNotContain(await AccountTestKit.AuditAsync(app), a => a.Action == AuditActions.TwoFactorReset);
    }

    [Fact]
    public async Task AdminCannotRemoveThemself()
    {
        await using var app = new AppFactory();
        var (client, admin) = await ClinicStaff.SignedInStaffAsync(app, StaffRoles.Admin);

        using var refused = await ClinicStaff.PostFormAsync(client, "/clinic/admin/staff", "clinic-staff-remove", new() { ["user"] = admin.UserId });
        using var still = await client.GetAsync("/clinic/admin/staff");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task SignInPosts_OverTheLimit_429InTheSiteLayout_GetsNotCounted()
    {
        await using var app = new AppFactory { Settings = new Dictionary<string, string> { ["RateLimits:SignInPerMinute"] = "2" } };
        var client = ClinicStaff.NewClient(app);
        var token = await ClinicStaff.AntiforgeryTokenAsync(client, "/clinic/sign-in");
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 3; i++)
        {
            using var get = await client.GetAsync("/clinic/sign-in");
            using var post = await client.PostAsync("/clinic/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "clinic-sign-in", ["__RequestVerificationToken"] = token, ["email"] = "x@y.test", ["password"] = "a wrong but long password",
            }));
            statuses.Add(get.StatusCode);
            statuses.Add(post.StatusCode);
            if (post.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Please wait a minute", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
