namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>Checks the lower-case kebab-case shape shared by node keys, fact keys and answer values.</summary>
public static class KebabCase
{
    /// <summary>True when <paramref name="value"/> is non-empty lower-case ASCII letters and digits joined by single hyphens.</summary>
    /// <param name="value">The text to check.</param>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && value[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="value"/> is kebab-case.</summary>
    /// <param name="value">The text to check.</param>
    /// <param name="paramName">The caller's parameter name.</param>
    public static void Guard(string value, string paramName)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException($"'{value}' is not lower-case kebab-case.", paramName);
        }
    }
}
