using Microsoft.AspNetCore.Diagnostics;

namespace InnocentSpouse.Web.Api;

/// <summary>
/// An unexpected exception in the API becomes a 500 ProblemDetails with a reference and no internals.
/// Site requests are left to the HTML error page.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        // The request's own path: with UseExceptionHandler("/error"), Request.Path is already "/error" when this runs.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (!ApiExtensions.IsApiPath(path))
        {
            return false;
        }

        // The exception type and route only: messages can echo request values.
        logger.LogError("Unhandled {ExceptionType} in {Path}", exception.GetType().Name, path);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong on our side.",
                Detail = "Nothing was saved. Try again; if it keeps happening, tell us the trace id.",
            },
        });
    }
}
