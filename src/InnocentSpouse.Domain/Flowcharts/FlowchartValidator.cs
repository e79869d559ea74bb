using System.Collections.Immutable;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>
/// The shape rules every flowchart must meet (style.md §2): every target exists, every node is
/// reachable from the start, there are no cycles, only outcomes end a walk, every node cites a source
/// with a locator, every "not-sure" edge states its assumption, every question can actually branch,
/// a rule's undecided edge leads somewhere of its own, and every question node uses the one catalogued
/// prompt for its key.
/// </summary>
public static class FlowchartValidator
{
    /// <summary>Returns every shape problem of <paramref name="chart"/>; empty when it is sound.</summary>
    /// <param name="chart">The chart to check.</param>
    public static ImmutableArray<string> Problems(Flowchart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var problems = ImmutableArray.CreateBuilder<string>();
        if (!chart.TryGetNode(chart.Start, out _))
        {
            problems.Add($"{chart.Id}: start node {chart.Start} does not exist.");
            return problems.ToImmutable();
        }

        foreach (var node in chart.Nodes)
        {
            var where = $"{chart.Id}/{node.Key}";
            if (string.IsNullOrWhiteSpace(node.Source.Document) || string.IsNullOrWhiteSpace(node.Source.Locator))
            {
                problems.Add($"{where}: source needs a document and a locator.");
            }

            if (node is not Outcome && node.Branches.IsEmpty)
            {
                problems.Add($"{where}: only outcomes may end a walk.");
            }

            foreach (var branch in node.Branches)
            {
                if (!chart.TryGetNode(branch.Edge.Target, out _))
                {
                    problems.Add($"{where}: answer '{branch.Value}' leads to missing node {branch.Edge.Target}.");
                }

                if (branch.Value == AnswerValues.NotSure && string.IsNullOrWhiteSpace(branch.Edge.Assumption))
                {
                    problems.Add($"{where}: the not-sure edge has no assumption text.");
                }
            }

            if (node is QuestionNode question)
            {
                if (!QuestionCatalog.TryGet(question.Question.Key.Value, out var catalogued) || !ReferenceEquals(catalogued, question.Question))
                {
                    problems.Add($"{where}: question {question.Question.Key} is not the catalogued question for that key.");
                }

                var distinct = question.Branches.Select(b => (b.Edge.Target, b.Edge.Limitation)).Distinct().Count();
                if (question.Branches.Length > 1 && distinct < 2)
                {
                    problems.Add($"{where}: every answer leads to the same place, so the question decides nothing.");
                }
            }

            if (node is RuleCheck rule)
            {
                // Same target is allowed only when the person is told something different (a limitation or a caveat).
                if (rule.IfTrue.Target == rule.IfFalse.Target && rule.IfTrue.Limitation == rule.IfFalse.Limitation && rule.IfTrue.Caveat == rule.IfFalse.Caveat)
                {
                    problems.Add($"{where}: both results lead to the same place.");
                }

                // "Can't tell" must not quietly become Yes or No: that would be a guess the rule refused to make.
                if (rule.IfUndecided is { } undecided && (undecided.Target == rule.IfTrue.Target || undecided.Target == rule.IfFalse.Target))
                {
                    problems.Add($"{where}: the undecided result leads where Yes or No does; give it its own node.");
                }
            }
        }

        AddReachabilityAndCycleProblems(chart, problems);
        return problems.ToImmutable();
    }

    private static void AddReachabilityAndCycleProblems(Flowchart chart, ImmutableArray<string>.Builder problems)
    {
        // Depth-first search with colours: grey = on the current path (a grey target is a cycle).
        var state = new Dictionary<NodeKey, int>();
        var stack = new Stack<(NodeKey Key, int Next)>();
        stack.Push((chart.Start, 0));
        state[chart.Start] = 1;
        while (stack.Count > 0)
        {
            var (key, next) = stack.Pop();
            var branches = chart.TryGetNode(key, out var node) ? node.Branches : [];
            if (next < branches.Length)
            {
                stack.Push((key, next + 1));
                var target = branches[next].Edge.Target;
                if (!chart.TryGetNode(target, out _))
                {
                    continue;
                }

                if (state.TryGetValue(target, out var colour))
                {
                    if (colour == 1)
                    {
                        problems.Add($"{chart.Id}: cycle through {key} -> {target}.");
                    }

                    continue;
                }

                state[target] = 1;
                stack.Push((target, 0));
            }
            else
            {
                state[key] = 2;
            }
        }

        foreach (var node in chart.Nodes)
        {
            if (!state.ContainsKey(node.Key))
            {
                problems.Add($"{chart.Id}/{node.Key}: not reachable from the start.");
            }
        }
    }
}
