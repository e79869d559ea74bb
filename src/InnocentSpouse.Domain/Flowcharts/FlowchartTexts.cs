using System.Globalization;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>
/// The text keys of the flowcharts' own texts (docs/localisation.md): outcome summaries and caveats, rule statements,
/// and each edge's assumption, caveat and "Partial" limitation. Keys come from node keys and branch values, never
/// from the wording.
/// </summary>
public static class FlowchartTexts
{
    /// <summary><c>assumption.&lt;node-key&gt;.&lt;branch&gt;</c>: what the engine assumed on a "Not sure" edge.</summary>
    /// <param name="node">The node the edge leaves.</param>
    /// <param name="branch">The branch value (<c>yes</c>, <c>no</c>, <c>not-sure</c>, <c>undecided</c>, an option).</param>
    public static string AssumptionKey(NodeKey node, string branch) => "assumption." + node.Value + "." + branch;

    /// <summary><c>caveat.&lt;node-key&gt;.&lt;branch&gt;</c>: an edge's caveat about uncertain law.</summary>
    /// <param name="node">The node the edge leaves.</param>
    /// <param name="branch">The branch value.</param>
    public static string CaveatKey(NodeKey node, string branch) => "caveat." + node.Value + "." + branch;

    /// <summary><c>limitation.&lt;node-key&gt;.&lt;branch&gt;</c>: why relief on this edge can only be partial.</summary>
    /// <param name="node">The node the edge leaves.</param>
    /// <param name="branch">The branch value.</param>
    public static string LimitationKey(NodeKey node, string branch) => "limitation." + node.Value + "." + branch;

    /// <summary><c>reason.&lt;node-key&gt;.statement</c>: a rule check's test in plain words.</summary>
    /// <param name="node">The rule check's key.</param>
    public static string StatementKey(NodeKey node) => "reason." + node.Value + ".statement";

    /// <summary>Every text key of <paramref name="chart"/>'s nodes and edges, with the English the code writes.</summary>
    /// <param name="chart">A chart.</param>
    public static IEnumerable<(string Key, string English)> TextKeys(Flowchart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        foreach (var node in chart.Nodes)
        {
            if (node is Outcome outcome)
            {
                yield return (outcome.SummaryKey, outcome.Text);
                for (var i = 0; i < outcome.Caveats.Length; i++)
                {
                    yield return (outcome.CaveatKeys[i], outcome.Caveats[i]);
                }
            }

            if (node is RuleCheck rule)
            {
                yield return (rule.StatementKey, rule.Statement);
            }

            foreach (var branch in node.Branches)
            {
                if (branch.Edge.Assumption is { } assumption)
                {
                    yield return (AssumptionKey(node.Key, branch.Value), assumption);
                }

                if (branch.Edge.Caveat is { } caveat)
                {
                    yield return (CaveatKey(node.Key, branch.Value), caveat);
                }

                if (branch.Edge.Limitation is { } limitation)
                {
                    yield return (LimitationKey(node.Key, branch.Value), limitation);
                }
            }
        }
    }

    /// <summary>The text of <paramref name="key"/> in the current UI culture, or null when there is no English.</summary>
    internal static string? Get(string? key, string? english) =>
        english is null || key is null ? null : DomainText.Get(key, english, CultureInfo.CurrentUICulture);
}
