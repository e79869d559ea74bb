using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using InnocentSpouse.Data.Clinic;
using Microsoft.AspNetCore.Identity;

namespace InnocentSpouse.Web.Clinic.Account;

/// <summary>
/// Time-based one-time passwords as RFC 6238 defines them for authenticator apps: HMAC-SHA1 (RFC 4226), a 30-second
/// step counted from the Unix epoch, 6 digits. The clock is passed in, so tests pin it.
/// </summary>
public static class Totp
{
    /// <summary>Seconds per time step (RFC 6238 §4.1, X = 30).</summary>
    public const int StepSeconds = 30;

    /// <summary>Digits of a code, as authenticator apps show them.</summary>
    public const int Digits = 6;

    /// <summary>The time step of an instant (RFC 6238 §4.2: T = floor((now - T0) / X), T0 = the Unix epoch).</summary>
    public static long StepAt(DateTimeOffset now) => now.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The code for a time step (RFC 4226 §5.3 dynamic truncation), zero-padded to <paramref name="digits"/>.</summary>
    public static string Code(ReadOnlySpan<byte> key, long step, int digits = Digits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 8);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        // RFC 6238 and every authenticator app use HMAC-SHA1; HMAC's security does not rest on SHA-1's collision resistance.
#pragma warning disable CA5350
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFF_FFFF;
        var modulus = (int)Math.Pow(10, digits);
        return (binary % modulus).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>The code an authenticator app shows at <paramref name="now"/> for a base32 shared key.</summary>
    public static string CodeAt(string base32Key, DateTimeOffset now) => Code(Base32.Decode(base32Key), StepAt(now));

    /// <summary>
    /// The step a typed code matches within one step either side of <paramref name="now"/> (RFC 6238 §5.2: allow for
    /// clock drift and typing time), or null. Comparison is in constant time.
    /// </summary>
    public static long? MatchingStep(ReadOnlySpan<byte> key, string code, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(code);
        var current = StepAt(now);
        long? match = null;
        // Newest first, so the largest matching step is kept (a replay check compares against it).
        for (var step = current + 1; step >= current - 1; step--)
        {
            if (match is null && CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.ASCII.GetBytes(Code(key, step)), System.Text.Encoding.ASCII.GetBytes(code)))
            {
                match = step;
            }
        }

        return match;
    }
}

/// <summary>RFC 4648 base32 (the alphabet authenticator apps use for shared keys), case- and space-insensitive.</summary>
public static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static byte[] Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var raw in text)
        {
            if (raw is ' ' or '-' or '=')
            {
                continue;
            }

            var value = Alphabet.IndexOf(char.ToUpperInvariant(raw), StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("The key is not base32.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}

/// <summary>
/// Identity's authenticator token provider, on the app's <see cref="TimeProvider"/> instead of the real clock (so
/// tests can pin time), with RFC 6238 §5.2's replay rule: a code is refused unless its step is later than the last
/// step the account used (<see cref="StaffUser.LastTotpStep"/>), which is then stored. Registered as
/// <see cref="TokenOptions.AuthenticatorTokenProvider"/>.
/// </summary>
public sealed class ClinicTotpTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<StaffUser>
{
    /// <summary>The provider's name in Identity's token options.</summary>
    public const string Name = "ClinicAuthenticator";

    /// <summary>Nothing is sent: the code comes from the member's app.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = (token ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(key) || code.Length != Totp.Digits || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var step = Totp.MatchingStep(Base32.Decode(key), code, clock.GetUtcNow());
        if (step is not { } matched || matched <= user.LastTotpStep)
        {
            return false;
        }

        user.LastTotpStep = matched;
        var saved = await manager.UpdateAsync(user);
        return saved.Succeeded;
    }

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffUser> manager, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));
    }
}
