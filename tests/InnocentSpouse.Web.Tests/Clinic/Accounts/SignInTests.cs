using System.Net;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Clinic.Accounts;

/// <summary>Signing in to the clinic workspace: password, then the authenticator code (issue 14).</summary>
public sealed class SignInTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task PasswordThenCode_OpensTheCaseList()
    {
        var (client, _) = await ClinicStaff.SignedInStaffAsync(factory);

        using var cases = await client.GetAsync("/clinic");

        Assert.Equal(HttpStatusCode.OK, cases.StatusCode);
    }

    [Fact]
    public async Task Anonymous_CaseList_RedirectsToSignIn()
    {
        using var response = await ClinicStaff.NewClient(factory).GetAsync("/clinic");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/clinic/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task WrongPassword_AndUnknownEmail_SameMessage_AuditedWithoutTheEmail()
    {
        var account = await ClinicStaff.CreateAccountAsync(factory);
        var client = ClinicStaff.NewClient(factory);

        using var wrong = await ClinicStaff.PostFormAsync(client, "/clinic/sign-in", "clinic-sign-in", new() { ["email"] = account.Email, ["password"] = "not the password at all" });
        using var unknown = await ClinicStaff.PostFormAsync(client, "/clinic/sign-in", "clinic-sign-in", new() { ["email"] = "nobody-here@clinic.test", ["password"] = "not the password at all" });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Email or password is wrong", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Email or password is wrong", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InnocentSpouse.Data.InterviewDbContext>();
        var failures = await db.AuditLog.Where(a => a.Action == AuditActions.SignInFailed).ToListAsync();
        Assert.Contains(failures, a => a.ClinicId == account.ClinicId && a.UserId == account.UserId);
        Assert.Contains(failures, a => a.ClinicId == "" && a.UserId == null);
        Assert.DoesNotContain(failures, a => (a.Detail ?? "").Contains("nobody-here", StringComparison.Ordinal));
    }
}
