using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Tests.Flowcharts;

public class FlowchartShapeTests
{
    public static TheoryData<string> ChartIds => [.. FlowchartCatalog.Pub971Dec2021.All.Select(c => c.Id)];

    private static Flowchart Chart(string id) => FlowchartCatalog.Pub971Dec2021.Get(id);

    [Fact]
    public void Catalog_Pub971Dec2021_HasEveryReliefOnceInEvaluationOrder()
    {
        var reliefs = FlowchartCatalog.Pub971Dec2021.All.Select(c => c.Relief).ToList();

        Assert.Equal(Enum.GetValues<ReliefType>(), reliefs);
        Assert.True(reliefs.IndexOf(ReliefType.EquitableRelief) > reliefs.IndexOf(ReliefType.SeparationOfLiability), "Figure C reads (b) and (c), so it must come after them.");
    }

    [Theory]
    [MemberData(nameof(ChartIds))]
    public void Chart_Validator_FindsNoProblems(string id) =>
        Assert.Empty(FlowchartValidator.Problems(Chart(id)));

    [Theory]
    [MemberData(nameof(ChartIds))]
    public void Chart_EveryNode_ReachableFromStart(string id)
    {
        var chart = Chart(id);
        var seen = new HashSet<NodeKey> { chart.Start };
        var queue = new Queue<NodeKey>([chart.Start]);
        while (queue.TryDequeue(out var key))
        {
            foreach (var branch in chart[key].Branches)
            {
                if (seen.Add(branch.Edge.Target))
                {
                    queue.Enqueue(branch.Edge.Target);
                }
            }
        }

        Assert.Equal(chart.Nodes.Select(n => n.Key.Value).Order(StringComparer.Ordinal), seen.Select(k => k.Value).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ChartIds))]
    public void Chart_EveryNode_CitesASourceWithALocator(string id) =>
        Assert.All(Chart(id).Nodes, n =>
        {
            Assert.False(string.IsNullOrWhiteSpace(n.Source.Document), n.Key.Value);
            Assert.False(string.IsNullOrWhiteSpace(n.Source.Locator), n.Key.Value);
        });

    [Theory]
    [MemberData(nameof(ChartIds))]
    public void Chart_EveryAllowedAnswer_LeadsToAnExistingNode(string id)
    {
        var chart = Chart(id);
        foreach (var node in chart.Nodes.OfType<QuestionNode>())
        {
            var values = node.Question.Kind is AnswerKind.YesNo or AnswerKind.Choice
                ? node.Question.AllowedValues
                : node.Question.AllowsNotSure ? ["2024-03-01", AnswerValues.NotSure] : ["2024-03-01"];
            foreach (var value in values)
            {
                var branch = node.BranchFor(value);
                Assert.True(branch is not null, $"{id}/{node.Key}: '{value}' has no branch");
                Assert.True(chart.TryGetNode(branch.Edge.Target, out _), $"{id}/{node.Key}: '{value}' leads nowhere");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ChartIds))]
    public void Chart_EveryNotSureEdge_CarriesAnAssumption(string id) =>
        Assert.All(Chart(id).Nodes.SelectMany(n => n.Branches).Where(b => b.Value == AnswerValues.NotSure),
            b => Assert.False(string.IsNullOrWhiteSpace(b.Edge.Assumption)));

    [Theory]
    [MemberData(nameof(ChartIds))]
    public void Chart_WalkFromStart_NeverRevisitsANode(string id)
    {
        var chart = Chart(id);
        var longest = LongestPath(chart, chart.Start, []);

        Assert.InRange(longest, 1, chart.Nodes.Length);
    }

    [Theory]
    [MemberData(nameof(ChartIds))]
    public void Chart_OnlyOutcomesEndAWalk(string id) =>
        Assert.All(Chart(id).Nodes.Where(n => n.Branches.IsEmpty), n => Assert.IsType<Outcome>(n));

    [Fact]
    public void AllCharts_OneFactKey_AlwaysHasOnePrompt()
    {
        var prompts = FlowchartCatalog.Pub971Dec2021.All.SelectMany(c => c.Nodes).OfType<QuestionNode>()
            .GroupBy(n => n.Question.Key)
            .Select(g => (Key: g.Key, Prompts: g.Select(n => n.Question.Prompt).Distinct().Count()));

        Assert.All(prompts, p => Assert.True(p.Prompts == 1, $"{p.Key} has {p.Prompts} prompts"));
    }

    [Fact]
    public void AllCharts_EveryCataloguedQuestion_IsAskedByANodeOrARule()
    {
        string[] askedOnlyByRules =
        [
            "financial-control", "household-size", "monthly-income", "monthly-basic-expenses", "assets-to-pay-tax",
            "divorce-decree-says-who-pays", "later-years-compliant", "health-problem", "expected-payment", "return-filed-date",
            "separate-return-filed-date", "irs-exam-started", "irs-exam-letter-date", "assessment-time-extended",
            "omitted-over-quarter-of-income",
        ];
        var askedByNodes = FlowchartCatalog.Pub971Dec2021.All.SelectMany(c => c.Nodes).OfType<QuestionNode>().Select(n => n.Question.Key.Value).ToHashSet();

        Assert.All(QuestionCatalog.All, q => Assert.True(askedByNodes.Contains(q.Key.Value) ^ askedOnlyByRules.Contains(q.Key.Value), q.Key.Value));
    }

    [Fact]
    public void Validator_BrokenChart_ReportsCycleMissingTargetUnreachableAndBareNotSure()
    {
        var source = new SourceRef("Test", string.Empty, "box");
        var chart = new Flowchart("broken", "Broken", ReliefType.InnocentSpouse, source, "q1",
        [
            new YesNoQuestion("q1", source, QuestionCatalog.FinalCourtDecision, Edge.To("q2"), Edge.To("missing"), new Edge(new NodeKey("q2"))),
            new YesNoQuestion("q2", source, QuestionCatalog.ClosingAgreement, Edge.To("q1"), Edge.To("done"), Edge.Assuming("done", "assumed")),
            new Outcome("done", source, Determination.MayQualify, "Done."),
            new Outcome("orphan", new SourceRef("Test", string.Empty, string.Empty), Determination.NotApplicable, "Never reached."),
        ]);

        var problems = FlowchartValidator.Problems(chart);

        Assert.Contains(problems, p => p.Contains("cycle", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("missing node missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("orphan: not reachable", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no assumption text", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("locator", StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_QuestionWhoseAnswersAllLeadToOnePlace_IsReported()
    {
        var source = new SourceRef("Test", string.Empty, "box");
        var chart = new Flowchart("pointless", "Pointless", ReliefType.InnocentSpouse, source, "q",
        [
            new YesNoQuestion("q", source, QuestionCatalog.IrsContactedYou, Edge.To("done"), Edge.To("done")),
            new Outcome("done", source, Determination.MayQualify, "Done."),
        ]);

        Assert.Contains(FlowchartValidator.Problems(chart), p => p.Contains("decides nothing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    public void Validator_UndecidedEdgeLeadingWhereYesOrNoLeads_IsReported(string sameAs)
    {
        var source = new SourceRef("Test", string.Empty, "box");
        var chart = new Flowchart("guessing", "Guessing", ReliefType.InnocentSpouse, source, "rule",
        [
            new RuleCheck("rule", source, "Still in time?", _ => RuleAnswer.True("Yes."), Edge.To("yes"), Edge.To("no"), Edge.To(sameAs)),
            new Outcome("yes", source, Determination.MayQualify, "In time."),
            new Outcome("no", source, Determination.TooLate, "Too late."),
        ]);

        Assert.Contains(FlowchartValidator.Problems(chart), p => p.Contains("undecided result leads where Yes or No does", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("figure-a", "a-two-year-window", "a-collection-date-inexact")]
    [InlineData("figure-b", "b-two-year-window", "b-collection-date-inexact")]
    [InlineData("figure-c", "c-refund-window", "c-refund-date-inexact")]
    public void DateWindowRules_HaveAnUndecidedEdgeToANeedMoreInformationOutcome(string id, string rule, string target)
    {
        var chart = Chart(id);

        var check = Assert.IsType<RuleCheck>(chart[new NodeKey(rule)]);

        Assert.Equal(target, check.IfUndecided?.Target.Value);
        Assert.Equal(Determination.NeedMoreInformation, Assert.IsType<Outcome>(chart[new NodeKey(target)]).Determination);
    }

    [Fact]
    public void YesNoQuestion_NotSureEdgeMissingWhereAllowed_Throws() =>
        Assert.Throws<ArgumentException>(() => new YesNoQuestion("q", new SourceRef("T", string.Empty, "b"), QuestionCatalog.FinalCourtDecision, Edge.To("a"), Edge.To("b")));

    [Fact]
    public void ChoiceQuestion_BranchesNotCoveringEveryOption_Throws() =>
        Assert.Throws<ArgumentException>(() => new ChoiceQuestion("q", new SourceRef("T", string.Empty, "b"), QuestionCatalog.LiabilityType,
            new Branch("understatement", Edge.To("a")), new Branch("underpayment", Edge.To("b"))));

    private static int LongestPath(Flowchart chart, NodeKey key, HashSet<NodeKey> onPath)
    {
        Assert.True(onPath.Add(key), $"{chart.Id}: cycle at {key}");
        var longest = 0;
        foreach (var branch in chart[key].Branches.DistinctBy(b => b.Edge.Target))
        {
            longest = Math.Max(longest, LongestPath(chart, branch.Edge.Target, onPath));
        }

        onPath.Remove(key);
        return longest + 1;
    }
}
