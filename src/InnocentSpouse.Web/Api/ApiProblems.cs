namespace InnocentSpouse.Web.Api;

/// <summary>ProblemDetails answers written outside an endpoint (rate limit, wrong method, error statuses).</summary>
public static class ApiProblems
{
    /// <summary>
    /// Writes an <c>application/problem+json</c> body with this status. Goes through the app's ProblemDetails service
    /// (trace id), and writes plain JSON even when the client's Accept header asks for something else: an API error
    /// is never an HTML page.
    /// </summary>
    public static Task WriteAsync(HttpContext context, int status, string? title = null, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TypedResults.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(context);
    }
}
