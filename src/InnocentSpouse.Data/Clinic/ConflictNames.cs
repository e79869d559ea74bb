using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InnocentSpouse.Data.Clinic;

/// <summary>
/// Names for the conflict check, normalised and then hashed under the clinic's conflict key, so the check works
/// with no name in the clear in the database (issue 14; trade-offs in ADR 0013).
/// </summary>
/// <remarks>
/// Normalising: Unicode NFKD, combining marks removed (so "José" = "Jose"), case folded (invariant), anything
/// but letters turned into spaces ("O'Brien" = "O Brien", "Smith-Jones" = "Smith Jones"). Middle names and second
/// surnames: a name gives one key per pair of its first word with each later word, so "María José García López"
/// gives "maria jose", "maria garcia" and "maria lopez", and matches "Maria Garcia" and "María López". The check
/// warns on any shared key: a false warning costs a look, a missed conflict costs a client.
/// </remarks>
public static class ConflictNames
{
    /// <summary>The normalised words of a name, in order.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            builder.Append(char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The match keys of a name: its first word paired with each later word ("first last"). None for a one-word name.</summary>
    public static IReadOnlyList<string> Keys(string name)
    {
        var words = Words(name);
        var keys = new List<string>();
        for (var i = 1; i < words.Count; i++)
        {
            var key = words[0] + " " + words[i];
            if (!keys.Contains(key, StringComparer.Ordinal))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>The stored hashes of a name's keys: HMAC-SHA256 under the clinic's conflict key, base64url.</summary>
    public static IReadOnlyList<string> Hashes(ClinicKey key, string name)
    {
        ArgumentNullException.ThrowIfNull(key);
        return [.. Keys(name).Select(k => System.Buffers.Text.Base64Url.EncodeToString(HMACSHA256.HashData(key.ConflictKey, Encoding.UTF8.GetBytes(k))))];
    }
}
