using InnocentSpouse.Data;
using Microsoft.AspNetCore.DataProtection;

namespace InnocentSpouse.Web.Sessions;

/// <summary>
/// The cookie that ties a browser to its saved interview. It holds the resume code, encrypted and signed
/// with ASP.NET Core Data Protection, so the key to the answers exists between requests only there. It is
/// HttpOnly and a browser-session cookie (no expiry date): closing the browser on a shared device leaves
/// nothing that reopens the answers. The code never appears in a URL.
/// </summary>
public sealed class InterviewCookie(IDataProtectionProvider dataProtection)
{
    /// <summary>The cookie name: deliberately bland.</summary>
    public const string Name = "sid";

    private readonly IDataProtector _protector = dataProtection.CreateProtector("InnocentSpouse.InterviewCookie.v1");

    /// <summary>The resume code in the browser's cookie, if there is a valid one.</summary>
    public ResumeCode? Read(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return ResumeCode.TryParse(_protector.Unprotect(value), out var code) ? code : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Tampered with, or made with a key that no longer exists: treat as no session.
            return null;
        }
    }

    /// <summary>Sets the cookie for <paramref name="code"/>.</summary>
    public void Write(HttpContext context, ResumeCode code)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(Name, _protector.Protect(code.Value), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            IsEssential = true,
        });
    }

    /// <summary>Removes the cookie.</summary>
    public static void Clear(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(Name, new CookieOptions { Path = "/" });
    }
}
