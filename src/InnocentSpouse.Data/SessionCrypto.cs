using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace InnocentSpouse.Data;

/// <summary>
/// Encryption of saved answers with a key derived from the resume code (AES-256-GCM, HKDF-SHA256).
/// The code has 125 random bits, so a fast key derivation is enough: guessing is not feasible.
/// </summary>
/// <remarks>
/// Two values come from the code: a lookup value (stored, to find the row) and the encryption key (never
/// stored). They use different HKDF "info" labels, so the stored one reveals nothing about the other.
/// The session id is the associated data, so a payload cannot be moved to another row.
/// </remarks>
public static class SessionCrypto
{
    /// <summary>The value stored to find a session by its code (base64url of 32 bytes).</summary>
    public static string Lookup(ResumeCode code) =>
        Base64Url.EncodeToString(Derive(code, "innocentspouse/lookup/v1", salt: []));

    /// <summary>Encrypts <paramref name="plaintext"/> for the session <paramref name="sessionId"/>.</summary>
    public static string Encrypt(ResumeCode code, string sessionId, string plaintext) =>
        EncryptWith(Key(code, sessionId), sessionId, plaintext);

    private static string EncryptWith(byte[] key, string associatedData, string plaintext)
    {
        try
        {
            return Aead.Seal(key, associatedData, plaintext);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>Decrypts a payload; null when the code is wrong or the payload was altered.</summary>
    public static string? Decrypt(ResumeCode code, string sessionId, string payload) =>
        DecryptWith(Key(code, sessionId), sessionId, payload);

    private static string? DecryptWith(byte[] key, string associatedData, string payload)
    {
        try
        {
            return Aead.Open(key, associatedData, payload);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>A new link token: 128 random bits, URL-safe base64 (22 characters).</summary>
    public static string NewLinkToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>The value stored to find a link by its token (base64url of 32 bytes).</summary>
    public static string LinkLookup(string token) =>
        Base64Url.EncodeToString(HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.ASCII.GetBytes(token), 32, [], Encoding.ASCII.GetBytes("innocentspouse/link-lookup/v1")));

    /// <summary>Encrypts a resume code under a key derived from a share link's token.</summary>
    public static string WrapCode(string token, ResumeCode code) => EncryptWith(LinkKey(token), "share", code.Value);

    /// <summary>Recovers the resume code from a share link's token; null when the token is wrong.</summary>
    public static ResumeCode? UnwrapCode(string token, string wrapped) =>
        DecryptWith(LinkKey(token), "share", wrapped) is { } text && ResumeCode.TryParse(text, out var code) ? code : null;

    private static byte[] LinkKey(string token) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.ASCII.GetBytes(token), 32, [], Encoding.ASCII.GetBytes("innocentspouse/link-key/v1"));

    private static byte[] Key(ResumeCode code, string sessionId) =>
        Derive(code, "innocentspouse/answers/v1", Encoding.UTF8.GetBytes(sessionId));

    private static byte[] Derive(ResumeCode code, string info, byte[] salt) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.ASCII.GetBytes(code.Value), 32, salt, Encoding.ASCII.GetBytes(info));
}
