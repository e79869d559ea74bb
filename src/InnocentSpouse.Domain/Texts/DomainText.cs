using System.Globalization;
using System.Resources;

namespace InnocentSpouse.Domain.Texts;

/// <summary>
/// Looks up a Domain text in the reader's language (ADR 0011, docs/localisation.md). English is written where the
/// text is defined (the rule data, the report builders) and stays the source; each other language is a
/// <c>Texts/DomainTexts.&lt;lang&gt;.resx</c> file holding the same keys. BCL only: <see cref="ResourceManager"/> and
/// satellite assemblies, no package.
/// </summary>
/// <remarks>
/// Keys are stable and derived from invariant identifiers, never from the English wording, so a saved session
/// or shared link reads in either language: <c>question.&lt;key&gt;.prompt</c>, <c>question.&lt;key&gt;.hint</c>,
/// <c>question.&lt;key&gt;.option.&lt;value&gt;</c>, <c>outcome.&lt;Outcome&gt;</c>, <c>reason.&lt;id&gt;</c> and so on
/// (the list is in docs/localisation.md). The culture defaults to <see cref="CultureInfo.CurrentUICulture"/>, which
/// the web app sets for each request; pass one explicitly where there is no request (PDF jobs, tests).
/// </remarks>
public static class DomainText
{
    /// <summary>The language the code and the default resources are written in.</summary>
    public const string SourceLanguage = "en";

    /// <summary>The Domain's texts: English in DomainTexts.resx, other languages in its satellite assemblies.</summary>
    public static ResourceManager Resources { get; } = new("InnocentSpouse.Domain.Texts.DomainTexts", typeof(DomainText).Assembly);

    /// <summary>
    /// The text for <paramref name="key"/> in <paramref name="culture"/> (the current UI culture when null), or
    /// <paramref name="english"/> when the culture is English or has no translation of the key yet (the
    /// completeness test fails on the latter, so it never ships).
    /// </summary>
    public static string Get(string key, string english, CultureInfo? culture = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        culture ??= CultureInfo.CurrentUICulture;
        if (IsSourceLanguage(culture))
        {
            return english;
        }

        return Resources.GetString(key, culture) ?? english;
    }

    /// <summary>A text held only in the resources (format patterns and the like), in <paramref name="culture"/>.</summary>
    public static string Get(string key, CultureInfo? culture = null) =>
        Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture)
        ?? throw new MissingManifestResourceException($"No Domain text '{key}'.");

    /// <summary>True when <paramref name="culture"/> reads the texts as written in the code (English).</summary>
    public static bool IsSourceLanguage(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName is SourceLanguage or "iv";
    }
}
