using System.Text;
using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Clinic.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InnocentSpouse.Web.Tests.Clinic.Accounts;

/// <summary>
/// The authenticator codes (RFC 6238 with HMAC-SHA1, 30-second steps) and the token provider Identity uses for them:
/// the pinned clock, one step of drift either side, and no replay.
/// </summary>
public sealed class TotpTests
{
    // RFC 6238 Appendix B, SHA-1 seed: the ASCII bytes of "12345678901234567890".
    private static readonly byte[] RfcSeed = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Rfc6238TestVectors_Sha1_EightAndSixDigits(long unixSeconds, string eightDigits)
    {
        var step = Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

        Assert.Equal(eightDigits, Totp.Code(RfcSeed, step, digits: 8));
        Assert.Equal(eightDigits[^6..], Totp.Code(RfcSeed, step));
    }

    [Fact]
    public void Base32_DecodesTheRfcSeed_AsAuthenticatorAppsReadIt()
    {
        // RFC 4648 base32 of "12345678901234567890", lower case and in groups as the enrolment page shows it.
        Assert.Equal(RfcSeed, Base32.Decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
    }

    [Theory]
    [InlineData(-30, true)]
    [InlineData(0, true)]
    [InlineData(30, true)]
    [InlineData(-60, false)]
    [InlineData(60, false)]
    public void Code_AcceptedOneStepEitherSide_NotTwo(int secondsOff, bool accepted)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1111111111);
        var code = Totp.Code(RfcSeed, Totp.StepAt(now.AddSeconds(secondsOff)));

        Assert.Equal(accepted, Totp.MatchingStep(RfcSeed, code, now) is not null);
    }

    [Fact]
    public async Task TokenProvider_SameCodeTwice_SecondRefused_AndStepStored()
    {
        await using var factory = new AppFactory();
        var account = await ClinicStaff.CreateAccountAsync(factory);
        var now = factory.Now;
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByIdAsync(account.UserId);
        var code = account.CodeAt(now);

        Assert.True(await users.VerifyTwoFactorTokenAsync(user!, users.Options.Tokens.AuthenticatorTokenProvider, code));
        Assert.False(await users.VerifyTwoFactorTokenAsync(user!, users.Options.Tokens.AuthenticatorTokenProvider, code));
        Assert.Equal(Totp.StepAt(now), user!.LastTotpStep);
    }

    [Fact]
    public async Task TokenProvider_ReadsTheAppClock_NotTheRealOne()
    {
        var clock = new ManualClock(new DateTimeOffset(2031, 2, 3, 4, 5, 6, TimeSpan.Zero));
        await using var factory = new AppFactory { Clock = clock };
        var account = await ClinicStaff.CreateAccountAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByIdAsync(account.UserId);

        Assert.Equal(ClinicTotpTokenProvider.Name, users.Options.Tokens.AuthenticatorTokenProvider);
        Assert.True(await users.VerifyTwoFactorTokenAsync(user!, users.Options.Tokens.AuthenticatorTokenProvider, account.CodeAt(clock.Now)));
    }
}
