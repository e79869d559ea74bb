using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace InnocentSpouse.Web.Safety;

/// <summary>
/// Limits on the pages where a code is guessed or used (<c>/resume</c> and share links), per client
/// address, with a plain page when the limit is hit. Codes have 125 random bits, so this is about cost
/// and abuse, not about making guessing feasible.
/// </summary>
public static class RateLimits
{
    /// <summary>The policy for entering a resume code.</summary>
    public const string Resume = "resume";

    /// <summary>The policy for opening share links.</summary>
    public const string Share = "share";

    /// <summary>Registers both policies; <c>RateLimits:PerMinute</c> sets the requests allowed per address per minute (default 20).</summary>
    public static IServiceCollection AddCodeRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:PerMinute", 20);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            foreach (var policy in new[] { Resume, Share })
            {
                options.AddPolicy(policy, context => RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            }

            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                context.HttpContext.Response.Headers.RetryAfter = "60";
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                await context.HttpContext.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $$"""
                    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>Please wait a minute</title></head><body><main>
                    <h1>Please wait a minute</h1>
                    <p>There have been too many tries from this connection. Wait one minute, then try again.</p>
                    <p>If you lost your code, you can <a href="/interview">start again</a>.</p>
                    </main></body></html>
                    """), cancellationToken);
            };
        });
        return services;
    }
}
