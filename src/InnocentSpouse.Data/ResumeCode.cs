using System.Security.Cryptography;

namespace InnocentSpouse.Data;

/// <summary>
/// The code that reopens a saved interview: 25 characters of Crockford base32 (125 random bits), shown
/// in five groups of five so it can be copied or read over the phone ("7KQ2M-…"). It is the only way
/// back in, and the key to the answers: the database holds neither the code nor the key.
/// </summary>
public readonly record struct ResumeCode
{
    /// <summary>Crockford's base32 alphabet: no I, L, O or U, so the code survives being read aloud.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Number of characters (5 bits each).</summary>
    public const int Length = 25;

    /// <summary>Random bits in a code.</summary>
    public const int EntropyBits = Length * 5;

    private ResumeCode(string value) => Value = value;

    /// <summary>The 25 characters, upper case, without separators.</summary>
    public string Value { get; }

    /// <summary>The code as shown to people: five groups of five separated by dashes.</summary>
    public string Display => Value is null ? "" : $"{Value[..5]}-{Value[5..10]}-{Value[10..15]}-{Value[15..20]}-{Value[20..]}";

    /// <summary>A new random code from the system's cryptographic generator.</summary>
    public static ResumeCode Generate()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new ResumeCode(new string(chars));
    }

    /// <summary>
    /// Reads a code as a person might type it: any case, with or without dashes or spaces, and with the
    /// letters O, I and L read as 0, 1 and 1.
    /// </summary>
    public static bool TryParse(string? text, out ResumeCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60)
        {
            return false;
        }

        Span<char> chars = stackalloc char[Length];
        var count = 0;
        foreach (var raw in text)
        {
            if (raw is '-' or ' ' or '\u2010' or '\u2011' or '\u2012' or '\u2013')
            {
                continue;
            }

            var c = char.ToUpperInvariant(raw) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (count == Length || !Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }

            chars[count++] = c;
        }

        if (count != Length)
        {
            return false;
        }

        code = new ResumeCode(new string(chars));
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Display;
}
