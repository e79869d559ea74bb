using System.Globalization;

namespace InnocentSpouse.Domain.Texts;

/// <summary>
/// A Domain text defined once, with its stable key and the English written in the code (ADR 0011): rule explanations,
/// rule caveats and factor lines (keys <c>reason.&lt;rule-id&gt;.&lt;case&gt;</c>, <c>factor.&lt;factor&gt;.&lt;case&gt;</c>).
/// Held in static fields, so the English path allocates nothing; the catalog walk of the tests finds every one of
/// them by reflection and checks each translation has it (docs/localisation.md).
/// </summary>
/// <param name="key">The invariant key.</param>
/// <param name="english">The English text; a composite format with <c>{0}</c> places when built from values.</param>
public sealed class KeyedText(string key, string english)
{
    /// <summary>The invariant key.</summary>
    public string Key { get; } = key;

    /// <summary>The English text (or format) as the code writes it.</summary>
    public string English { get; } = english;

    /// <summary>True when the current UI culture reads the English written in the code (no resource read).</summary>
    public static bool InSourceLanguage => DomainText.IsSourceLanguage(CultureInfo.CurrentUICulture);

    /// <summary>The text in the current UI culture's language.</summary>
    public string Text() => DomainText.Get(Key, English);

    /// <summary>The format in the current UI culture's language, filled with <paramref name="args"/> (invariant formatting).</summary>
    /// <param name="args">The values, already written as text (dates through <c>Dates</c>/<c>DateText</c>).</param>
    public string Format(params object?[] args) => string.Format(CultureInfo.InvariantCulture, Text(), args);

    /// <inheritdoc />
    public override string ToString() => Text();
}
