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
                // The pseudo-locale is not predefined, and its texts exist only in Debug builds (HasOwnTexts checks).
                culture = CultureInfo.GetCultureInfo(cultureName, predefinedOnly: !IsPseudoLocale(cultureName));
            }
            catch (CultureNotFoundException)
            {
                failures.Add($"Localisation:Cultures: '{cultureName}' is not a known culture.");
                continue;
            }

            if (culture.IsNeutralCulture && !IsPseudoLocale(cultureName))
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

    /// <summary>
    /// The pseudo-locale qps-Ploc of Debug builds (src/Localisation/PseudoLocale.targets, docs/localisation.md): every
    /// text wrapped in ⟦ ⟧, so that a page shows any text no lookup produced. Tests offer it; a published build has
    /// no texts for it, so listing it there fails at start.
    /// </summary>
    public const string PseudoLocale = "qps-Ploc";

    private static bool IsPseudoLocale(string cultureName) => string.Equals(cultureName, PseudoLocale, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when both assemblies have a resource set of their own for the language or the culture (not the English
    /// fallback): the languages' files are named by language (es), the pseudo-locale's by culture (qps-Ploc).
    /// </summary>
    private static bool HasOwnTexts(CultureInfo culture)
    {
        var language = CultureInfo.GetCultureInfo(culture.TwoLetterISOLanguageName);
        return Has(WebTexts.ResourceManager) && Has(DomainText.Resources);

        bool Has(System.Resources.ResourceManager resources) =>
            resources.GetResourceSet(language, createIfNotExists: true, tryParents: false) is not null
            || resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is not null;
    }
}
