using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Summary;

namespace InnocentSpouse.Domain.Tests.Summary;

public class CatalogWriterTests
{
    public static TheoryData<string> Docs => ["question-keys.md", "sources-eligibility.md"];

    [Theory]
    [MemberData(nameof(Docs))]
    public void Doc_Committed_MatchesGeneratedOutput(string file)
    {
        var expected = file == "question-keys.md" ? CatalogWriter.QuestionKeys() : CatalogWriter.Sources(FlowchartCatalog.Pub971Dec2021);
        var path = Path.Combine(RepoPaths.Root, "docs", file);

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run UPDATE_SNAPSHOTS=1 dotnet test tests/InnocentSpouse.Domain.Tests");
        Assert.True(expected == File.ReadAllText(path).ReplaceLineEndings("\n"), $"{path} differs from CatalogWriter output; regenerate with UPDATE_SNAPSHOTS=1 and review the diff.");
    }

    [Fact]
    public void Sources_EveryNodeOfEveryChart_IsListed()
    {
        var text = CatalogWriter.Sources(FlowchartCatalog.Pub971Dec2021);

        Assert.All(FlowchartCatalog.Pub971Dec2021.All.SelectMany(c => c.Nodes), n => Assert.Contains("| `" + n.Key.Value + "` |", text, StringComparison.Ordinal));
    }
}
