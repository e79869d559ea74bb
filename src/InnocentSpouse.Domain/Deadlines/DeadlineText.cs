using System.Globalization;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Deadlines;

/// <summary>
/// The deadline texts in the reader's language (docs/localisation.md): keys <c>deadline.&lt;rule-id&gt;.&lt;part&gt;</c>
/// (<c>deadline.shared.&lt;part&gt;</c> for texts every rule uses), English written at the call site. A text built from
/// values is a composite format; its dates go through <see cref="Dates.Show"/>, which is culture-aware.
/// </summary>
internal static class DeadlineText
{
    /// <summary>The text for <c>deadline.<paramref name="key"/></c>, or <paramref name="english"/>.</summary>
    public static string Get(string key, string english) => DomainText.Get("deadline." + key, english);

    /// <summary>The format for <c>deadline.<paramref name="key"/></c> filled with <paramref name="args"/>.</summary>
    public static string Format(string key, string english, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, english), args);
}
