using System.Collections.Immutable;
using InnocentSpouse.Domain.Flowcharts.Pub971;

namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>
/// The pinned set of flowcharts for one rules revision, in evaluation order, validated once when first used.
/// </summary>
public sealed record FlowchartCatalog
{
    private FlowchartCatalog(string revision, ImmutableArray<Flowchart> all)
    {
        var problems = all.SelectMany(c => FlowchartValidator.Problems(c)).ToList();
        if (all.Select(c => c.Id).Distinct().Count() != all.Length)
        {
            problems.Add("Flowchart ids must be unique.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid flowcharts:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        Revision = revision;
        All = all;
    }

    /// <summary>
    /// Pub. 971 (Rev. Dec. 2021) with Rev. Proc. 2013-34: Form 8379 routing, Figures A, B and C, and §66(c).
    /// Order matters: Figure C reads the outcomes of Figures A and B for the same year.
    /// </summary>
    public static FlowchartCatalog Pub971Dec2021 { get; } = new(
        "Pub. 971 (Rev. Dec. 2021); Rev. Proc. 2013-34",
        [InjuredSpouseRoute.Definition, FigureA.Definition, FigureB.Definition, FigureC.Definition, Section66c.Definition]);

    /// <summary>
    /// Another set of charts, validated now like the pinned one (throws <see cref="InvalidOperationException"/>
    /// when a chart is unsound): for a new revision, or to test the engine with a chart of its own.
    /// </summary>
    /// <param name="revision">The revision label printed with results.</param>
    /// <param name="charts">The charts, in evaluation order.</param>
    public static FlowchartCatalog Create(string revision, params Flowchart[] charts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(revision);
        ArgumentNullException.ThrowIfNull(charts);
        return new(revision, [.. charts]);
    }

    /// <summary>The revision label printed with results (style.md decision 1).</summary>
    public string Revision { get; }

    /// <summary>Every chart, in evaluation order.</summary>
    public ImmutableArray<Flowchart> All { get; }

    /// <summary>The chart with <paramref name="id"/>; throws when unknown.</summary>
    /// <param name="id">E.g. "figure-a".</param>
    public Flowchart Get(string id)
    {
        foreach (var chart in All)
        {
            if (chart.Id == id)
            {
                return chart;
            }
        }

        throw new KeyNotFoundException($"No flowchart '{id}'.");
    }
}
