using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Tests.Eligibility;

/// <summary>A rule that cannot decide from the answers (RuleAnswer.Undecided) and the edge it takes.</summary>
public partial class ScreeningEngineTests
{
    private static readonly SourceRef TestSource = new("Test", string.Empty, "box");

    [Fact]
    public void Evaluate_RuleUndecidedWithAnEdge_FollowsItAndRecordsTheStep()
    {
        var chart = new Flowchart("undecided", "Undecided", ReliefType.InnocentSpouse, TestSource, "rule",
        [
            new RuleCheck("rule", TestSource, "Can it tell?", _ => RuleAnswer.Undecided("It cannot tell yet."),
                Edge.To("yes"), Edge.To("no"), Edge.To("ask")),
            new Outcome("yes", TestSource, Determination.MayQualify, "Yes."),
            new Outcome("no", TestSource, Determination.TooLate, "No."),
            new Outcome("ask", TestSource, Determination.NeedMoreInformation, "Find out."),
        ]);

        var result = ScreeningEngine.Evaluate(FlowchartCatalog.Create("test", chart), ScreeningAnswers.ForYears(2021), Scenario.AsOf).Relief(ReliefType.InnocentSpouse);

        Assert.Equal(Determination.NeedMoreInformation, result.Determination);
        var step = Assert.Single(result.Reasons);
        Assert.Equal(("rule", "It cannot tell yet."), (step.Node.Value, step.Answer));
    }

    [Fact]
    public void Evaluate_RuleUndecidedWithoutAnEdge_ThrowsNamingTheNode()
    {
        var chart = new Flowchart("no-edge", "No edge", ReliefType.InnocentSpouse, TestSource, "rule",
        [
            new RuleCheck("rule", TestSource, "Can it tell?", _ => RuleAnswer.Undecided("It cannot tell yet."), Edge.To("yes"), Edge.To("no")),
            new Outcome("yes", TestSource, Determination.MayQualify, "Yes."),
            new Outcome("no", TestSource, Determination.TooLate, "No."),
        ]);

        var error = Assert.Throws<InvalidOperationException>(() =>
            ScreeningEngine.Evaluate(FlowchartCatalog.Create("test", chart), ScreeningAnswers.ForYears(2021), Scenario.AsOf));

        Assert.Contains("no-edge/rule", error.Message, StringComparison.Ordinal);
        Assert.Contains("no undecided edge", error.Message, StringComparison.Ordinal);
    }
}
