using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace InnocentSpouse.Web.Localisation;

/// <summary>
/// The languages the site offers (<see cref="LocalisationOptions"/>) and how a request picks one: <c>?lang=</c>,
/// then the <see cref="CookieName"/> cookie, then <c>Accept-Language</c>, then the default (English). A language
/// is matched by its two-letter code, so <c>es</c>, <c>es-MX</c> and <c>es-US</c> all give es-US.
/// </summary>
public sealed class SiteLanguages
{
    /// <summary>The query parameter that switches the language: <c>?lang=es</c>, <c>?lang=en</c>.</summary>
    public const string QueryKey = "lang";

    /// <summary>The cookie that remembers a choice made with <see cref="QueryKey"/> (docs/security.md, "Cookies").</summary>
    public const string CookieName = "lang";

    public SiteLanguages(IOptions<LocalisationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Cultures = [.. options.Value.Cultures.Select(c => CultureInfo.GetCultureInfo(c))];
    }

    /// <summary>The cultures offered; the first is the default.</summary>
    public IReadOnlyList<CultureInfo> Cultures { get; }

    /// <summary>The default culture (English).</summary>
    public CultureInfo Default => Cultures[0];

    /// <summary>The tag written in <c>lang</c>, <c>hreflang</c> and <c>?lang=</c>: the two-letter code, e.g. "es".</summary>
    public static string Tag(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName;
    }

    /// <summary>The offered culture for a language tag such as "es", "es-MX" or "ES"; null when none is offered.</summary>
    public CultureInfo? Find(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag) || tag.Length > 35)
        {
            return null;
        }

        var language = tag.Split('-', 2)[0].Trim();
        return Cultures.FirstOrDefault(c => string.Equals(c.TwoLetterISOLanguageName, language, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The culture a <c>?lang=</c> value asks for, if it is one we offer.</summary>
    public CultureInfo? FromQuery(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Query.TryGetValue(QueryKey, out var values) && values.Count == 1 ? Find(values[0]) : null;
    }

    /// <summary>The culture chosen for this request, before the default: query, cookie, then Accept-Language.</summary>
    public CultureInfo? Choose(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FromQuery(request)
            ?? Find(request.Cookies[CookieName])
            ?? FromAcceptLanguage(request);
    }

    private CultureInfo? FromAcceptLanguage(HttpRequest request)
    {
        IList<StringWithQualityHeaderValue> ranges;
        try
        {
            ranges = request.GetTypedHeaders().AcceptLanguage;
        }
        catch (FormatException)
        {
            return null;
        }

        return ranges
            .Where(r => r.Quality is null or > 0)
            .OrderByDescending(r => r.Quality ?? 1)
            .Select(r => Find(r.Value.Value))
            .FirstOrDefault(c => c is not null);
    }

    /// <summary>
    /// The address of this page in <paramref name="culture"/>: the current path with <c>?lang=</c> and nothing else.
    /// The rest of the query is left out on purpose: some forms send what the person typed by GET (the deadline
    /// calculator's dates, a letter search), and a link must not copy it. The interview keeps its answers on the
    /// server, so the same path shows the same question with the answers. Without a request (status pages rendered
    /// outside routing) it is the start page.
    /// </summary>
    public static string Href(HttpContext? context, CultureInfo culture)
    {
        var path = context is null ? "/" : (context.Request.PathBase + context.Request.Path).ToUriComponent();
        return $"{(path.Length == 0 ? "/" : path)}?{QueryKey}={Tag(culture)}";
    }

    /// <summary>The cultures other than <paramref name="current"/>, for the links that switch to them.</summary>
    public IEnumerable<CultureInfo> Others(CultureInfo current) =>
        Cultures.Where(c => !string.Equals(Tag(c), Tag(current), StringComparison.Ordinal));

    /// <summary>The offered culture closest to <paramref name="culture"/> (the default when none matches).</summary>
    public CultureInfo Current(CultureInfo culture) => Find(culture?.Name) ?? Default;

    /// <summary>A language's own name ("English", "Español"), from its own texts.</summary>
    public static string NameOf(CultureInfo culture) =>
        WebTexts.ResourceManager.GetString(nameof(WebTexts.LanguageName), culture) ?? culture.NativeName;
}
