using System.Security.Cryptography;
using System.Text;

namespace InnocentSpouse.Data;

/// <summary>
/// AES-256-GCM sealing with a version prefix, a random 96-bit nonce and associated data: the one cipher format of
/// saved sessions (<see cref="SessionCrypto"/>) and clinic cases (<see cref="Clinic.ClinicCrypto"/>).
/// Format: <c>v1.</c> + base64(nonce ‖ tag ‖ ciphertext).
/// </summary>
internal static class Aead
{
    private const string Version = "v1.";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static string Seal(ReadOnlySpan<byte> key, string associatedData, string plaintext)
    {
        var data = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + data.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, data, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(associatedData));
        return Version + Convert.ToBase64String(output);
    }

    /// <summary>The plaintext, or null when the key or associated data is wrong or the payload was altered.</summary>
    public static string? Open(ReadOnlySpan<byte> key, string associatedData, string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (!payload.StartsWith(Version, StringComparison.Ordinal))
        {
            return null;
        }

        var bytes = new byte[payload.Length];
        if (!Convert.TryFromBase64String(payload[Version.Length..], bytes, out var length) || length < NonceSize + TagSize)
        {
            return null;
        }

        bytes = bytes[..length];
        var plain = new byte[bytes.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(bytes.AsSpan(0, NonceSize), bytes.AsSpan(NonceSize + TagSize), bytes.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(associatedData));
            return Encoding.UTF8.GetString(plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }
}
