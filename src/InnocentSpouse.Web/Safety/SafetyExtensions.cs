namespace InnocentSpouse.Web.Safety;

/// <summary>
/// The quick exit endpoint and the no-store rule for pages that show what a user entered
/// (docs/adr/0005-quick-exit.md).
/// </summary>
public static class SafetyExtensions
{
    /// <summary>The neutral site the quick exit ends on: no personal content, no topic.</summary>
    public const string NeutralSite = "https://www.weather.gov/";

    /// <summary>
    /// Paths whose responses must not be kept by the browser or any cache: the interview, resume, letters,
    /// deadlines (pages and calendar file) and the exit itself. Matched by whole path segments, plus the
    /// calendar file's own path.
    /// </summary>
    public static IReadOnlyList<string> NoStorePrefixes { get; } =
        ["/letters", "/deadlines", "/deadlines.ics", "/interview", "/resume", "/exit", "/shared", "/start", "/api/v1", "/clinic"];

    /// <summary>True when responses to this path get <c>Cache-Control: no-store</c>.</summary>
    public static bool IsNoStore(PathString path) =>
        NoStorePrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Adds <c>Cache-Control: no-store</c> and <c>Pragma: no-cache</c> to every response under
    /// <see cref="NoStorePrefixes"/>, error pages included, so Back and the back/forward cache cannot bring an answer back.
    /// </summary>
    public static IApplicationBuilder UseNoStore(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsNoStore(context.Request.Path))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = "no-store";
                    context.Response.Headers.Pragma = "no-cache";
                    return Task.CompletedTask;
                });
            }

            await next(context);
        });

    /// <summary>
    /// <c>GET /exit</c> (and POST): deletes every cookie the browser sent us, asks the browser to clear this site's
    /// cookies and storage, and answers 303 to <see cref="NeutralSite"/>. Works as a plain link without JavaScript.
    /// </summary>
    public static IEndpointRouteBuilder MapQuickExit(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/exit", [HttpMethods.Get, HttpMethods.Post], (HttpContext context) =>
        {
            foreach (var name in context.Request.Cookies.Keys)
            {
                context.Response.Cookies.Delete(name, new CookieOptions { Path = "/", Secure = context.Request.IsHttps });
            }

            context.Response.Headers["Clear-Site-Data"] = "\"cookies\", \"storage\"";
            context.Response.Headers.Location = NeutralSite;
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            return Task.CompletedTask;
        }).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }
}
