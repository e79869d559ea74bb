using System.Globalization;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Report;

/// <summary>
/// The evidence checklist's and the Form 8857 worksheet's texts in the reader's language (ADR 0011): keys
/// <c>evidence.&lt;id&gt;.&lt;part&gt;</c> and <c>worksheet.&lt;item-id&gt;.&lt;part&gt;</c>, English written at the call, texts
/// built from values as composite formats with <c>{0}</c> places (docs/localisation.md).
/// </summary>
public static class ReportText
{
    // Set only while TextsUsedBy runs: which keys a build looked up, with their English.
    private static readonly AsyncLocal<List<(string Key, string English)>?> Recorder = new();

    /// <summary>
    /// Every (key, English) the checklist and worksheet looked up while <paramref name="build"/> ran on this flow, in
    /// order, with repeats: lets a test check each against the translation files.
    /// </summary>
    /// <param name="build">Builds one or more reports.</param>
    /// <returns>The keys looked up, with the English written in the code.</returns>
    public static IReadOnlyList<(string Key, string English)> TextsUsedBy(Action build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var before = Recorder.Value;
        var used = new List<(string Key, string English)>();
        Recorder.Value = used;
        try
        {
            build();
        }
        finally
        {
            Recorder.Value = before;
        }

        return used;
    }

    /// <summary>The text for <paramref name="key"/> in the current UI culture; <paramref name="english"/> in English.</summary>
    internal static string Get(string key, string english)
    {
        Recorder.Value?.Add((key, english));
        return DomainText.Get(key, english);
    }

    /// <summary>The composite format for <paramref name="key"/> (English: <paramref name="english"/>) filled with <paramref name="args"/>.</summary>
    internal static string Format(string key, string english, params object?[] args)
    {
        Recorder.Value?.Add((key, english));
        return string.Format(CultureInfo.InvariantCulture, DomainText.Get(key, english), args);
    }
}
