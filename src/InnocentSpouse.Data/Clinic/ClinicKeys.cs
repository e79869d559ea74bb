using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace InnocentSpouse.Data.Clinic;

/// <summary>
/// Each clinic's 256-bit data key, stored wrapped by ASP.NET Core Data Protection (whose key ring lives in the
/// same database and is shared by every app instance). A database dump alone holds only wrapped keys; with the key
/// ring, it holds everything. That is the trade-off ADR 0013 and docs/security.md state.
/// </summary>
public sealed class ClinicKeys(IDataProtectionProvider dataProtection)
{
    /// <summary>The Data Protection purpose of wrapped clinic keys.</summary>
    public const string Purpose = "InnocentSpouse.Clinic.DataKey.v1";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    // Unwrapping costs a Data Protection operation; a clinic's key never changes, so it is kept for the process's
    // life, keyed by the wrapped value (a bounded number of clinics per deployment).
    private readonly ConcurrentDictionary<string, ClinicKey> _unwrapped = new(StringComparer.Ordinal);

    /// <summary>A new random key, wrapped for storage in <see cref="ClinicTenant.WrappedDataKey"/>.</summary>
    public string NewWrappedKey()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            return Convert.ToBase64String(_protector.Protect(key));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>The clinic's key, unwrapped.</summary>
    public ClinicKey For(ClinicTenant clinic)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        return _unwrapped.GetOrAdd(clinic.WrappedDataKey, wrapped => new ClinicKey(_protector.Unprotect(Convert.FromBase64String(wrapped))));
    }
}

/// <summary>
/// An unwrapped clinic data key and the keys derived from it (HKDF-SHA256 with distinct labels): one seals fields,
/// one keys the conflict-check hashes, so a hash reveals nothing about the sealing key.
/// </summary>
public sealed class ClinicKey
{
    internal ClinicKey(byte[] dataKey)
    {
        SealingKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, dataKey, 32, [], "innocentspouse/clinic/seal/v1"u8.ToArray());
        ConflictKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, dataKey, 32, [], "innocentspouse/clinic/conflict/v1"u8.ToArray());
        CryptographicOperations.ZeroMemory(dataKey);
    }

    internal byte[] SealingKey { get; }

    internal byte[] ConflictKey { get; }
}
