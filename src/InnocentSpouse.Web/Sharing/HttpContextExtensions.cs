using Microsoft.AspNetCore.Diagnostics;

namespace InnocentSpouse.Web.Sharing;

/// <summary>Helpers for pages that answer with their own error content.</summary>
public static class HttpContextExtensions
{
    /// <summary>
    /// Answers 410 Gone for a link that does not work (expired, stopped or never valid), keeping this page's
    /// own explanation. (A 404 set during rendering makes Blazor render its not-found page instead.)
    /// </summary>
    public static void LinkGone(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }

        context.Response.StatusCode = StatusCodes.Status410Gone;
    }
}
