namespace InnocentSpouse.Data.Clinic;

/// <summary>
/// Seals and opens a case's personal fields under the clinic key (AES-256-GCM, <see cref="Aead"/>). The associated
/// data names the row and the field, so a sealed value cannot be moved to another case or another column.
/// </summary>
public static class ClinicCrypto
{
    /// <summary>Seals <paramref name="plaintext"/> as field <paramref name="field"/> of row <paramref name="rowId"/>.</summary>
    public static string Seal(ClinicKey key, string rowId, string field, string plaintext)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Aead.Seal(key.SealingKey, rowId + "/" + field, plaintext);
    }

    /// <summary>Opens a sealed field; throws when it does not open (wrong clinic, wrong row, or altered).</summary>
    public static string Open(ClinicKey key, string rowId, string field, string sealedValue)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Aead.Open(key.SealingKey, rowId + "/" + field, sealedValue)
            ?? throw new CryptographicFieldException($"A sealed field ({field}) of row {rowId} does not open with its clinic's key.");
    }
}

/// <summary>A sealed field did not open: the data was altered or belongs elsewhere.</summary>
public sealed class CryptographicFieldException(string message) : Exception(message);
