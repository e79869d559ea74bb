namespace InnocentSpouse.Web.Extensions;

/// <summary>Response headers that keep pages private and the site hard to embed.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// No referrer leaves the site (so a neutral site reached by the quick exit learns nothing), no framing,
    /// no MIME sniffing. Sensitive paths also get <c>Cache-Control: no-store</c> (SafetyExtensions.UseNoStore).
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
                headers["Content-Security-Policy"] = "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
                return Task.CompletedTask;
            });
            await next(context);
        });
}
