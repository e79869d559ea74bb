using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Web.Extensions;

/// <summary>
/// Marks a page whose HTML holds no secret: no antiforgery token (so no form that posts), no resume code, no share
/// token. Only such a page is compressed (<see cref="HtmlCompression"/>); every other page is sent as it is, because
/// BREACH reads a secret out of a compressed response by its length (docs/security.md, "Compression and BREACH").
/// <c>Site/CompressionTests</c> renders every page that carries this mark and fails if one holds a token.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SecretFreePageAttribute : Attribute;

/// <summary>
/// Compresses the HTML of <see cref="SecretFreePageAttribute"/> pages (Brotli, else gzip) and nothing else. Static
/// files are not touched here: MapStaticAssets serves their build-time compressed copies.
/// </summary>
public static class HtmlCompression
{
    /// <summary>Registers response compression limited to secret-free pages.</summary>
    public static IServiceCollection AddSecretFreeHtmlCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/html"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // Optimal is Brotli quality 4: a 17 KB results page in well under a millisecond, about a quarter of the bytes.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider, SecretFreePageCompressionProvider>());
        return services;
    }

    /// <summary>Adds the compression middleware (it decides per response, once the page's endpoint is known).</summary>
    public static IApplicationBuilder UseSecretFreeHtmlCompression(this IApplicationBuilder app) => app.UseResponseCompression();

    /// <summary>True when the request's endpoint is a page marked <see cref="SecretFreePageAttribute"/>.</summary>
    private static bool IsSecretFreePage(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<SecretFreePageAttribute>() is not null;

    private sealed class SecretFreePageCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : ResponseCompressionProvider(services, options)
    {
        // Asked when the response starts, after routing (and after an error page's re-execution, whose endpoint is
        // then the error page's: not marked, so not compressed).
        public override bool ShouldCompressResponse(HttpContext context) =>
            IsSecretFreePage(context) && base.ShouldCompressResponse(context);
    }
}
