using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace InnocentSpouse.Web.Safety;

/// <summary>
/// The few HTML answers written outside page routing (a rate-limit rejection; a form post that could not be
/// completed). They render a component in the site's layout (<see cref="StatusDocument"/>), so they carry the quick
/// exit, which works as a plain link to <c>/exit</c> without JavaScript, and the free-help links of the footer.
/// </summary>
public static class StatusPages
{
    /// <summary>Renders <typeparamref name="TPage"/> as the whole response body, keeping the status code already set.</summary>
    public static async Task WriteAsync<TPage>(HttpContext context, CancellationToken cancellationToken = default)
        where TPage : IComponent
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<TPage>()).ToHtmlString());
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html, cancellationToken);
    }
}
