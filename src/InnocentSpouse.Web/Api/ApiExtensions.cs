using InnocentSpouse.Web.Safety;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Routing.Template;

namespace InnocentSpouse.Web.Api;

/// <summary>The JSON API's registrations: OpenAPI document and ProblemDetails responses.</summary>
public static class ApiExtensions
{
    /// <summary>The path prefix every API endpoint lives under.</summary>
    public const string Prefix = "/api";

    /// <summary>
    /// Registers the OpenAPI document (served at <c>/openapi/v1.json</c>), the exception handler and the API's
    /// limits (<see cref="ApiOptions"/>, section <c>Api</c>, validated at start).
    /// </summary>
    public static IServiceCollection AddInterviewApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "InnocentSpouse API";
            document.Info.Description =
                "Screening for relief from joint tax liability (IRC §6015, §66(c)) and IRS letter deadlines. " +
                "Not the IRS and not legal advice. Field-by-field reference: docs/api.md.";
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>True for requests to the JSON API, which get ProblemDetails rather than HTML error pages.</summary>
    public static bool IsApiRequest(this HttpContext context) => IsApiPath(context.Request.Path);

    /// <summary>True for a path under the JSON API's <see cref="Prefix"/>.</summary>
    public static bool IsApiPath(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Error responses: friendly HTML pages for the site; ProblemDetails JSON for the API, whatever the
    /// status (an unknown route, a wrong method, an unhandled exception), with no internals.
    /// </summary>
    public static WebApplication UseErrorResponses(this WebApplication app)
    {
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.Use(async (context, next) =>
        {
            var api = context.IsApiRequest();
            var pageRequest = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
            if (!api && pageRequest)
            {
                await next(context);
                return;
            }

            // The HTML status page above answers page requests (GET) only: re-running a POST would run the
            // page's form handling again. API requests get ProblemDetails; other site requests a short page.
            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }

            await next(context);
            // Nothing has been written while the response has not started, whatever its content type says.
            if (context.Response.StatusCode < 400 || context.Response.HasStarted)
            {
                return;
            }

            if (api)
            {
                // A known API route asked with another method: 405 with Allow, not 404. Routing alone answers 404 for a
                // GET, and lists GET and HEAD in Allow for others, because the static-file fallback route takes any GET path.
                var status = context.Response.StatusCode;
                if ((status == StatusCodes.Status405MethodNotAllowed || (status == StatusCodes.Status404NotFound && context.GetEndpoint() is null))
                    && AllowedMethods(context) is { Count: > 0 } allowed)
                {
                    context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                    context.Response.Headers.Allow = string.Join(", ", allowed);
                    await ApiProblems.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, "Method not allowed.",
                        $"{context.Request.Path.Value} answers {string.Join(" or ", allowed)} only; see docs/api.md.");
                    return;
                }

                await ApiProblems.WriteAsync(context, context.Response.StatusCode);
                return;
            }

            await StatusPages.WriteAsync<RequestNotCompletedPage>(context, context.RequestAborted);
        });
        return app;
    }

    /// <summary>The methods the API endpoints at this path accept, or none when no API endpoint has this path.</summary>
    private static List<string> AllowedMethods(HttpContext context)
    {
        var path = context.Request.Path;
        return [.. context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith(Prefix.TrimStart('/') + "/", StringComparison.OrdinalIgnoreCase) == true
                && new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary()).TryMatch(path, new RouteValueDictionary()))
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Maps the OpenAPI document and returns the versioned API group for endpoints.</summary>
    public static RouteGroupBuilder MapInterviewApi(this WebApplication app)
    {
        app.MapOpenApi();
        return app.MapGroup(Prefix + "/v1").DisableAntiforgery().WithTags("v1");
    }
}
