namespace InnocentSpouse.Web.Record;

/// <summary>How a run of text is set in the PDF record.</summary>
public enum SpanStyle
{
    /// <summary>Body text.</summary>
    Body,

    /// <summary>Bold body text (an outcome, a lead, a date).</summary>
    Bold,

    /// <summary>Italic body text (an assumption, a caution).</summary>
    Italic,

    /// <summary>Smaller text for citations.</summary>
    Source,
}

/// <summary>A run of text in one style, optionally a link (its words become a clickable area).</summary>
/// <param name="Text">The text; words are separated by spaces.</param>
/// <param name="Kind">How it is set.</param>
/// <param name="Link">An absolute http(s) address the words link to, or null.</param>
public sealed record TextSpan(string Text, SpanStyle Kind = SpanStyle.Body, string? Link = null)
{
    /// <summary>Plain body text.</summary>
    public static implicit operator TextSpan(string text) => new(text);

    /// <summary>Plain body text (the named alternative to the implicit conversion).</summary>
    /// <param name="text">The text.</param>
    public static TextSpan FromString(string text) => new(text);
}
