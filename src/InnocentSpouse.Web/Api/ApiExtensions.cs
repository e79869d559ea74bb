using Microsoft.AspNetCore.Diagnostics;

namespace InnocentSpouse.Web.Api;

/// <summary>The JSON API's registrations: OpenAPI document and ProblemDetails responses.</summary>
public static class ApiExtensions
{
    /// <summary>The path prefix every API endpoint lives under.</summary>
    public const string Prefix = "/api";

    /// <summary>Registers the OpenAPI document (served at <c>/openapi/v1.json</c>).</summary>
    public static IServiceCollection AddInterviewApi(this IServiceCollection services)
    {
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
    public static bool IsApiRequest(this HttpContext context) =>
        context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

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
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = { Status = context.Response.StatusCode },
                });
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Something went wrong</title></head><body><main>" +
                "<h1>Sorry, that did not work</h1><p>The form may have been open for too long. Go back, reload the page and try again.</p>" +
                "<p><a href=\"/\">Go to the start page</a></p></main></body></html>");
        });
        return app;
    }

    /// <summary>Maps the OpenAPI document and returns the versioned API group for endpoints.</summary>
    public static RouteGroupBuilder MapInterviewApi(this WebApplication app)
    {
        app.MapOpenApi();
        return app.MapGroup(Prefix + "/v1").DisableAntiforgery().WithTags("v1");
    }
}
