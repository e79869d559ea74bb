namespace InnocentSpouse.Domain.Tests.Localisation;

/// <summary>
/// Checks Domain texts whose English is written in the C# data against each translation file
/// (docs/localisation.md, "Domain texts"): every key has a translation, no translation equals the English, the
/// <c>{0}</c> places match, and no translated key of the family is left over once its text is gone.
/// </summary>
internal static class CodeTextChecks
{
    /// <summary>The DomainTexts translation files, one per offered language.</summary>
    public static IEnumerable<ResxFile> DomainTranslations =>
        TranslationFiles.All.Where(f => f.BaseName == "DomainTexts" && f.Language is not null);

    /// <summary>Problems with <paramref name="texts"/> (key, English) in every translation; empty when all is well.</summary>
    /// <param name="texts">The keys the code uses, with the English written in the code.</param>
    /// <param name="family">The key prefix these texts own, e.g. <c>letter.</c>, to find translations left over.</param>
    /// <param name="sameAsEnglishAllowed">Keys whose translation may equal the English (names, numbers, citations).</param>
    public static List<string> Problems(IEnumerable<(string Key, string English)> texts, string family, IReadOnlySet<string> sameAsEnglishAllowed)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (key, english) in texts)
        {
            if (byKey.TryGetValue(key, out var other) && other != english)
            {
                problems.Add($"{key}: used for two different English texts");
            }

            byKey[key] = english;
        }

        foreach (var file in DomainTranslations)
        {
            foreach (var (key, english) in byKey)
            {
                if (!file.Entries.TryGetValue(key, out var entry) || string.IsNullOrWhiteSpace(entry.Value))
                {
                    problems.Add($"{file.RelativePath}: {key} missing (\"{english}\")");
                    continue;
                }

                if (entry.Value.Trim() == english.Trim() && !sameAsEnglishAllowed.Contains(key))
                {
                    problems.Add($"{file.RelativePath}: {key} is the English \"{english}\"");
                }

                if (!TranslationFiles.Placeholders(english).SequenceEqual(TranslationFiles.Placeholders(entry.Value)))
                {
                    problems.Add($"{file.RelativePath}: {key} has other {{0}} places than \"{english}\"");
                }
            }

            problems.AddRange(file.Entries.Keys
                .Where(k => k.StartsWith(family, StringComparison.Ordinal) && !byKey.ContainsKey(k))
                .Select(k => $"{file.RelativePath}: {k} is not used by the code"));
        }

        return problems;
    }
}
