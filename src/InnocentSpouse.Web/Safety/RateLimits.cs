using System.Globalization;
using System.Threading.RateLimiting;
using InnocentSpouse.Web.Api;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Web.Safety;

/// <summary>
/// Request limits per client address (<c>Connection.RemoteIpAddress</c>, which the forwarded-headers setup makes the
/// real client behind a trusted proxy): every <c>/api/v1</c> request, and the pages where a code is guessed or used
/// (<c>/resume</c>, share and start links). Codes have 125 random bits, so this is about cost and abuse, not about
/// making guessing feasible. A rejection is a 429 with <c>Retry-After</c>: ProblemDetails for the API, a page in the
/// site's layout (with the quick exit and the free-help links) for the site.
/// </summary>
public static class RateLimits
{
    /// <summary>The policy for entering a resume code.</summary>
    public const string Resume = "resume";

    /// <summary>The policy for opening share links.</summary>
    public const string Share = "share";

    /// <summary>
    /// The policy for the clinic workspace's sign-in, code, recovery-code and invitation pages: their POSTs only
    /// (a password or code is tried), <see cref="RateLimitOptions.SignInPerMinute"/> per address.
    /// </summary>
    public const string SignIn = "clinic-sign-in";

    /// <summary>The path every API limit applies to.</summary>
    public const string ApiPath = ApiExtensions.Prefix + "/v1";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Registers the limits from <see cref="RateLimitOptions"/> (section <c>RateLimits</c>, validated at start):
    /// <c>PerMinute</c> for the code pages' policies, <c>ApiPerMinute</c> for a global limiter on <c>/api/v1</c>.
    /// </summary>
    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, configured) =>
        {
            var limits = configured.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            foreach (var policy in new[] { Resume, Share })
            {
                options.AddPolicy(policy, context => RateLimitPartition.GetFixedWindowLimiter(
                    ClientOf(context), _ => PerWindow(limits.PerMinute)));
            }

            options.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => PerWindow(limits.SignInPerMinute))
                : RateLimitPartition.GetNoLimiter(string.Empty));

            // Global, not an endpoint policy, so an unknown API route or a wrong method counts too.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments(ApiPath, StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => PerWindow(limits.ApiPerMinute))
                    : RateLimitPartition.GetNoLimiter(string.Empty));

            options.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : (int)Window.TotalSeconds;
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                http.Response.Headers.CacheControl = "no-store";
                if (http.IsApiRequest())
                {
                    await ApiProblems.WriteAsync(http, StatusCodes.Status429TooManyRequests, "Too many requests.",
                        $"More than {limits.ApiPerMinute} API requests came from this address in one minute. "
                        + $"Wait {seconds} seconds (the Retry-After header) and try again.");
                    return;
                }

                await StatusPages.WriteAsync<TooManyRequestsPage>(http, cancellationToken);
            };
        });
        return services;
    }

    /// <summary>The partition key: the client address, or one shared bucket when the server does not know it.</summary>
    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static FixedWindowRateLimiterOptions PerWindow(int permits) =>
        new() { PermitLimit = permits, Window = Window, QueueLimit = 0 };
}
