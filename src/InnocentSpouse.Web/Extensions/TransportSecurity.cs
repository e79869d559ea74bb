using System.Globalization;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Web.Extensions;

/// <summary>
/// HTTPS and reverse proxies: which proxies may say who the client is and which scheme it used, HSTS over HTTPS,
/// and cookies that are <c>Secure</c> whenever the request was HTTPS (docs/security.md, "Behind a reverse proxy").
/// </summary>
public static class TransportSecurity
{
    /// <summary>The HSTS max-age: one year, the usual value (no subdomains, no preload: those are the operator's call).</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    /// <summary>
    /// Binds <see cref="ProxyTrustOptions"/> from <c>ForwardedHeaders</c> (validated at start) and turns it into
    /// <see cref="ForwardedHeadersOptions"/>: ASP.NET Core's default trust in loopback is removed, and with no proxy
    /// configured no forwarded header is read at all. Also sets HSTS and the antiforgery cookie's <c>Secure</c> flag.
    /// </summary>
    public static IServiceCollection AddTransportSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProxyTrustOptions>()
            .Bind(configuration.GetSection(ProxyTrustOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProxyTrustOptions>, ProxyTrustOptionsValidator>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyTrustOptions>>((options, trust) =>
        {
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in trust.Value.KnownProxies)
            {
                options.KnownProxies.Add(ProxyTrustOptionsValidator.TryParseAddress(proxy)!);
            }

            foreach (var network in trust.Value.KnownNetworks)
            {
                options.KnownIPNetworks.Add(ProxyTrustOptionsValidator.TryParseNetwork(network)!.Value);
            }

            options.ForwardLimit = trust.Value.ForwardLimit;
            // Empty lists would make the middleware believe every sender, so "nobody configured" means "read nothing".
            // X-Forwarded-Host is never read: the proxy passes the Host header on as it is.
            options.ForwardedHeaders = trust.Value.TrustsAnyProxy
                ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                : ForwardedHeaders.None;
        });
        services.AddHsts(options => options.MaxAge = HstsMaxAge);
        // The default antiforgery cookie is never Secure; this makes it Secure on every HTTPS request.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>
    /// Must come first in the pipeline: the forwarded client address and scheme, then HSTS (only on HTTPS requests, and
    /// never in Development so a developer's browser does not pin localhost to HTTPS).
    /// </summary>
    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            var hsts = app.Services.GetRequiredService<IOptions<HstsOptions>>().Value;
            var header = HstsHeader(hsts);
            // Hosts HSTS never pins (localhost and the loopback addresses by default), as HstsMiddleware does.
            var excluded = hsts.ExcludedHosts.ToHashSet(StringComparer.OrdinalIgnoreCase);
            app.Use((context, next) =>
            {
                if (context.Request.IsHttps && !excluded.Contains(context.Request.Host.Host))
                {
                    // Set when the response starts, not now: the exception handler clears the headers set before it
                    // (Response.Clear) and would send the 500 page over HTTPS without HSTS, as UseHsts() did.
                    context.Response.OnStarting(() =>
                    {
                        context.Response.Headers.StrictTransportSecurity = header;
                        return Task.CompletedTask;
                    });
                }

                return next(context);
            });
        }

        return app;
    }

    /// <summary>The header value HstsMiddleware would write for these options.</summary>
    private static string HstsHeader(HstsOptions options)
    {
        var value = string.Create(CultureInfo.InvariantCulture, $"max-age={(long)options.MaxAge.TotalSeconds}");
        if (options.IncludeSubDomains)
        {
            value += "; includeSubDomains";
        }

        return options.Preload ? value + "; preload" : value;
    }

}
