using System.Collections.Immutable;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>A process box that ends one relief's walk for one tax year.</summary>
public sealed record Outcome : Node
{
    /// <summary>Creates the node.</summary>
    /// <param name="key">Stable node key.</param>
    /// <param name="source">The authority for the outcome.</param>
    /// <param name="determination">The screening result.</param>
    /// <param name="text">What it means, in plain language, including what to do next.</param>
    /// <param name="caveats">Where the law is uncertain, what the user should know.</param>
    public Outcome(string key, SourceRef source, Determination determination, string text, params string[] caveats)
        : base(new NodeKey(key), source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Determination = determination;
        Text = text;
        Caveats = [.. caveats];
        SummaryKey = "outcome." + key + ".summary";
        CaveatKeys = [.. Enumerable.Range(1, caveats.Length).Select(i => "caveat." + key + "." + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    }

    /// <summary>The text key of <see cref="Text"/> in other languages: <c>outcome.&lt;node-key&gt;.summary</c> (docs/localisation.md).</summary>
    public string SummaryKey { get; }

    /// <summary>The text keys of <see cref="Caveats"/>, in order: <c>caveat.&lt;node-key&gt;.&lt;1-based index&gt;</c>.</summary>
    public ImmutableArray<string> CaveatKeys { get; }

    /// <summary>The screening result.</summary>
    public Determination Determination { get; }

    /// <summary>What it means, in plain language.</summary>
    public string Text { get; }

    /// <summary>Caveats about uncertain law.</summary>
    public ImmutableArray<string> Caveats { get; }

    /// <inheritdoc />
    public override ImmutableArray<Branch> Branches => [];

    /// <inheritdoc />
    public override string Label => Text;
}
