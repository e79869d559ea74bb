using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Web.Localisation;

/// <summary>
/// Registration of the site's languages (ADR 0011, docs/localisation.md): ASP.NET Core request localization with
/// one provider (<see cref="SiteLanguages"/>), the language cookie, <c>Content-Language</c>, and an HTML encoder that
/// writes accented letters as they are.
/// </summary>
public static class LocalisationExtensions
{
    /// <summary>Binds and validates <see cref="LocalisationOptions"/> and registers <see cref="SiteLanguages"/>.</summary>
    public static IServiceCollection AddSiteLocalisation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LocalisationOptions>()
            .Bind(configuration.GetSection(LocalisationOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<LocalisationOptions>, LocalisationOptionsValidator>();
        services.AddSingleton<SiteLanguages>();
        services.AddOptions<RequestLocalizationOptions>().Configure<SiteLanguages>((options, languages) =>
        {
            options.DefaultRequestCulture = new RequestCulture(languages.Default);
            options.SupportedCultures = [.. languages.Cultures];
            options.SupportedUICultures = [.. languages.Cultures];
            options.FallBackToParentCultures = false;
            options.FallBackToParentUICultures = false;
            options.RequestCultureProviders = [new LanguageCultureProvider()];
        });
        // Blazor and Razor encode text with the registered HtmlEncoder; the default one writes every letter outside
        // Basic Latin as an entity ("Espa&#xF1;ol"), six bytes for one. This one still encodes <, >, &, quotes and +.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        return services;
    }

    /// <summary>
    /// Sets each request's culture (query, cookie, Accept-Language, default), remembers a <c>?lang=</c> choice in an
    /// essential cookie (except on a <see cref="LanguageForThisPageOnlyAttribute"/> page), and says the language of the
    /// answer in <c>Content-Language</c>.
    /// </summary>
    public static IApplicationBuilder UseSiteLocalisation(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        return app.Use(async (context, next) =>
        {
            var languages = context.RequestServices.GetRequiredService<SiteLanguages>();
            // A page marked [LanguageForThisPageOnly] (assisted intake: the client's language) is shown in the
            // ?lang= language without making it the reader's: the rest of the workspace stays in theirs.
            if (languages.FromQuery(context.Request) is { } chosen
                && context.GetEndpoint()?.Metadata.GetMetadata<LanguageForThisPageOnlyAttribute>() is null)
            {
                context.Response.Cookies.Append(SiteLanguages.CookieName, SiteLanguages.Tag(chosen), new CookieOptions
                {
                    Path = "/",
                    HttpOnly = true,
                    Secure = context.Request.IsHttps,
                    SameSite = SameSiteMode.Lax,
                    IsEssential = true,
                });
            }

            var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? languages.Default;
            context.Response.OnStarting(() =>
            {
                var type = context.Response.ContentType;
                if (type is not null && (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
                    || type.Contains("json", StringComparison.OrdinalIgnoreCase)))
                {
                    // The full tag of the offered culture ("es-US", "en-US"): the texts are written for U.S. readers
                    // (docs/glossary-es.md, "es-US, not Puerto Rico"); the cookie and ?lang= keep the two-letter tag.
                    context.Response.Headers.ContentLanguage = culture.Name;
                    context.Response.Headers.Append("Vary", "Accept-Language, Cookie");
                }

                return Task.CompletedTask;
            });

            await next(context);
        });
    }
}

/// <summary>
/// Marks a page whose <c>?lang=</c> is for that page only and is not remembered in the language cookie: assisted intake,
/// where a volunteer shows the questions in the client's language but keeps the workspace in their own.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LanguageForThisPageOnlyAttribute : Attribute;
