using Microsoft.AspNetCore.Localization;

namespace InnocentSpouse.Web.Localisation;

/// <summary>ASP.NET Core request localization's one provider: <see cref="SiteLanguages.Choose"/>.</summary>
internal sealed class LanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var chosen = httpContext.RequestServices.GetRequiredService<SiteLanguages>().Choose(httpContext.Request);
        return chosen is null ? NullProviderCultureResult : Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(chosen.Name));
    }
}
