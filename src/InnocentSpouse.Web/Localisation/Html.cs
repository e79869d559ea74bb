using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;

namespace InnocentSpouse.Web.Localisation;

/// <summary>
/// Texts with markup. A key whose name ends in <c>Html</c> is trusted markup from our own reviewed resources (it may
/// hold <c>&lt;strong&gt;</c>, <c>&lt;em&gt;</c>, <c>&lt;kbd&gt;</c> and <c>{0}</c> places for links); every other
/// text is plain and encoded. Links are built here, from encoded parts, so a translation moves a link within its
/// sentence without holding its address.
/// </summary>
public static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>A trusted <c>…Html</c> text as markup.</summary>
    public static MarkupString Text(string trustedHtml) => new(trustedHtml);

    /// <summary>A trusted <c>…Html</c> text with its <c>{0}</c>, <c>{1}</c>… replaced by the given markup.</summary>
    public static MarkupString Format(string trustedHtml, params string[] markup) =>
        new(string.Format(CultureInfo.InvariantCulture, trustedHtml, markup));

    /// <summary>
    /// A <c>usa-link</c> to <paramref name="href"/> with the text encoded; external links get <c>rel="noreferrer"</c>.
    /// The address is encoded for a quoted attribute only (&amp;, &lt;, &gt;, quotes), so "tel:+1…" keeps its "+".
    /// </summary>
    public static string Link(string href, string text, bool external = false) =>
        $"<a class=\"usa-link\" href=\"{System.Net.WebUtility.HtmlEncode(href)}\"{(external ? " rel=\"noreferrer\"" : "")}>{Encoder.Encode(text)}</a>";
}
