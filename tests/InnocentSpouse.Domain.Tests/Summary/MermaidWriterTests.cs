using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Summary;

namespace InnocentSpouse.Domain.Tests.Summary;

public class MermaidWriterTests
{
    public static TheoryData<string> ChartIds => [.. FlowchartCatalog.Pub971Dec2021.All.Select(c => c.Id)];

    /// <summary>
    /// Snapshot: docs/rules/{id}.md must equal the writer's output. Set UPDATE_SNAPSHOTS=1 to rewrite the
    /// files instead (then review the diff and commit it).
    /// </summary>
    [Theory]
    [MemberData(nameof(ChartIds))]
    public void Page_CommittedDocs_MatchGeneratedOutput(string id)
    {
        var catalog = FlowchartCatalog.Pub971Dec2021;
        var expected = MermaidWriter.Page(catalog.Get(id), catalog.Revision);
        var path = Path.Combine(RepoPaths.Root, "docs", "rules", id + ".md");

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run UPDATE_SNAPSHOTS=1 dotnet test tests/InnocentSpouse.Domain.Tests");
        Assert.True(expected == File.ReadAllText(path).ReplaceLineEndings("\n"), $"{path} differs from MermaidWriter output; run UPDATE_SNAPSHOTS=1 dotnet test tests/InnocentSpouse.Domain.Tests and review the diff.");
    }

    [Fact]
    public void Diagram_FigureA_DrawsEveryEdgeWithItsAnswerLabel()
    {
        var chart = FlowchartCatalog.Pub971Dec2021.Get("figure-a");

        var diagram = MermaidWriter.Diagram(chart);

        Assert.StartsWith("flowchart TD\n", diagram, StringComparison.Ordinal);
        Assert.Equal(chart.Nodes.Sum(n => n.Branches.Length), diagram.Split('\n').Count(l => l.Contains("-->", StringComparison.Ordinal) || l.Contains("-.->", StringComparison.Ordinal)));
        Assert.Contains("a_knew_of_item -->|\"I knew about part of it (partial)\"| a_reason_to_know_unknown_part", diagram, StringComparison.Ordinal);
        Assert.Contains("a_reason_to_know -.->|\"Not sure\"| a_reason_to_know_unclear", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain("\"\"", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_RuleWithAnUndecidedEdge_DrawsItDottedAsCantTellAndExplainsIt()
    {
        var chart = FlowchartCatalog.Pub971Dec2021.Get("figure-c");

        var page = MermaidWriter.Page(chart, "test");

        Assert.Contains("c_refund_window -.->|\"Can't tell\"| c_refund_date_inexact", page, StringComparison.Ordinal);
        Assert.Contains("c_refund_window -->|\"No\"| c_refund_too_late", page, StringComparison.Ordinal);
        Assert.Contains("a rule's \"Can't tell\" result", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Can't tell", MermaidWriter.Page(FlowchartCatalog.Pub971Dec2021.Get("injured-spouse"), "test"), StringComparison.Ordinal);
    }
}
