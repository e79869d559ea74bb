using System.Globalization;
using InnocentSpouse.Domain.Texts;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Web.Localisation;

/// <summary>
/// Checks <see cref="LocalisationOptions"/> at start: known specific cultures, one per language, English first, and
/// each other language shipped with its texts (the satellite resources of the Web and the Domain).
/// </summary>
public sealed class LocalisationOptionsValidator : IValidateOptions<LocalisationOptions>
{
    public ValidateOptionsResult Validate(string? name, LocalisationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Cultures.Count == 0)
        {
            return ValidateOptionsResult.Fail("Localisation:Cultures must list at least one culture (the first is the default).");
        }

        var failures = new List<string>();
        var languages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cultureName in options.Cultures)
        {
            CultureInfo culture;
            try
            {
                culture = CultureInfo.GetCultureInfo(cultureName, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                failures.Add($"Localisation:Cultures: '{cultureName}' is not a known culture.");
                continue;
            }

            if (culture.IsNeutralCulture)
            {
                failures.Add($"Localisation:Cultures: '{cultureName}' is a language without a region; use e.g. 'es-US'.");
            }

            if (!languages.Add(culture.TwoLetterISOLanguageName))
            {
                failures.Add($"Localisation:Cultures: more than one culture for the language '{culture.TwoLetterISOLanguageName}'.");
            }

            if (!DomainText.IsSourceLanguage(culture) && !HasOwnTexts(culture))
            {
                failures.Add($"Localisation:Cultures: '{cultureName}' has no texts (Localisation/WebTexts.{culture.TwoLetterISOLanguageName}.resx and Domain/Texts/DomainTexts.{culture.TwoLetterISOLanguageName}.resx).");
            }
        }

        if (!DomainText.IsSourceLanguage(CultureInfo.GetCultureInfo(options.Cultures[0])))
        {
            failures.Add("Localisation:Cultures: the first (default) culture must be English, the language the texts are written in.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>True when both assemblies have a resource set of their own for the language (not the English fallback).</summary>
    private static bool HasOwnTexts(CultureInfo culture)
    {
        var language = CultureInfo.GetCultureInfo(culture.TwoLetterISOLanguageName);
        return WebTexts.ResourceManager.GetResourceSet(language, createIfNotExists: true, tryParents: false) is not null
            && DomainText.Resources.GetResourceSet(language, createIfNotExists: true, tryParents: false) is not null;
    }
}
