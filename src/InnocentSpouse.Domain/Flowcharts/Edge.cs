namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>
/// Where an answer leads, plus what following it means for the reasons shown to the user.
/// </summary>
/// <param name="Target">The next node in the same flowchart.</param>
/// <param name="Assumption">
/// Required on every "Not sure" edge (style.md decision 3): the plain-language assumption the engine made,
/// e.g. "You weren't sure, so we assumed the clock started on the letter's date."
/// </param>
/// <param name="Caveat">Where the law is uncertain on this branch, the caveat shown with the outcome.</param>
/// <param name="Limitation">
/// Set when this answer means relief can be only partial (items of both spouses, partial knowledge,
/// disqualified assets): why, in plain language. A later "may qualify" outcome is then reported as
/// "may qualify (partial)" with this text.
/// </param>
public sealed record Edge(NodeKey Target, string? Assumption = null, string? Caveat = null, string? Limitation = null)
{
    /// <summary>True when following this edge makes a later "may qualify" partial.</summary>
    public bool LimitsRelief => Limitation is not null;

    /// <summary>An edge to <paramref name="target"/> with no notes.</summary>
    /// <param name="target">The next node's key.</param>
    public static Edge To(string target) => new(new NodeKey(target));

    /// <summary>A "Not sure" edge: goes to <paramref name="target"/> and records <paramref name="assumption"/>.</summary>
    /// <param name="target">The conservative next node.</param>
    /// <param name="assumption">What the engine assumed, in plain language.</param>
    public static Edge Assuming(string target, string assumption)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assumption);
        return new Edge(new NodeKey(target), Assumption: assumption);
    }

    /// <summary>An edge that makes any later "may qualify" partial.</summary>
    /// <param name="target">The next node's key.</param>
    /// <param name="why">Why relief is limited, in plain language.</param>
    public static Edge Partial(string target, string why)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(why);
        return new Edge(new NodeKey(target), Limitation: why);
    }

    /// <summary>An edge carrying a caveat about uncertain law.</summary>
    /// <param name="target">The next node's key.</param>
    /// <param name="caveat">The caveat text.</param>
    public static Edge WithCaveat(string target, string caveat) => new(new NodeKey(target), Caveat: caveat);
}
