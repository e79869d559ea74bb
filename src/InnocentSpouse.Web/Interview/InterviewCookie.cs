namespace InnocentSpouse.Web.Interview;

/// <summary>
/// The cookie that ties a browser to its saved interview. It holds only the unguessable session id,
/// is HttpOnly, and is a browser-session cookie (no expiry date), so closing the browser on a shared
/// device leaves nothing that reopens the answers. The id never appears in a URL.
/// </summary>
public static class InterviewCookie
{
    /// <summary>The cookie name: deliberately bland.</summary>
    public const string Name = "sid";

    /// <summary>The session id sent by the browser, if any.</summary>
    public static string? Read(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Cookies.TryGetValue(Name, out var id) ? id : null;
    }

    /// <summary>Sets the cookie for <paramref name="sessionId"/>.</summary>
    public static void Write(HttpContext context, string sessionId)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(Name, sessionId, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            IsEssential = true,
        });
    }
}
