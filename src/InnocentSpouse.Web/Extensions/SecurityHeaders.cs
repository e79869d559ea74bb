using System.Buffers.Text;
using System.Security.Cryptography;

namespace InnocentSpouse.Web.Extensions;

/// <summary>Response headers that keep pages private, the site hard to embed and injected content inert.</summary>
public static class SecurityHeaders
{
    private static readonly object NonceKey = new();

    /// <summary>
    /// The Content Security Policy: only this site's own files may run, style, load or be fetched. The one inline
    /// script, Blazor's import map, is allowed by a per-response nonce (docs/adr/0009-csp-nonce-for-the-import-map.md).
    /// No <c>'unsafe-inline'</c>, no <c>'unsafe-eval'</c>. <c>connect-src 'self'</c> also covers <c>ws:</c>/<c>wss:</c>
    /// to this host (CSP Level 3), which a Blazor circuit would use.
    /// </summary>
    /// <param name="nonce">The response's script nonce, or null when the response renders no inline script.</param>
    public static string ContentSecurityPolicy(string? nonce) =>
        "default-src 'self'; " +
        (nonce is null ? "script-src 'self'; " : $"script-src 'self' 'nonce-{nonce}'; ") +
        "style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The script nonce of this response, made on first use (128 random bits, base64url: nothing to escape in HTML). Only a response that asks for
    /// one carries it in its policy; every other response gets <c>script-src 'self'</c> alone.
    /// </summary>
    public static string CspNonce(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[NonceKey] is not string nonce)
        {
            nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
        }

        return nonce;
    }

    /// <summary>
    /// No referrer leaves the site (so a neutral site reached by the quick exit learns nothing), no framing,
    /// no MIME sniffing, and the strict <see cref="ContentSecurityPolicy"/>. Sensitive paths also get
    /// <c>Cache-Control: no-store</c> (SafetyExtensions.UseNoStore).
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers["X-Content-Type-Options"] = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers["X-Frame-Options"] = "DENY";
                headers["Content-Security-Policy"] = ContentSecurityPolicy(context.Items[NonceKey] as string);
                return Task.CompletedTask;
            });
            await next(context);
        });
}
