using System.Collections.Immutable;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Eligibility;

/// <summary>
/// The eligibility engine: one pure function from (answers, as-of date) to either the next question or
/// the conclusion with reasons. Stateless; it re-walks every chart from the start on each call, so
/// changing an earlier answer simply yields a new path (style.md §2).
/// </summary>
/// <remarks>
/// For each tax year (ascending) it walks every chart of the catalog in order (Form 8379 routing,
/// Figure A, Figure B, Figure C, §66(c)), so every relief gets an outcome (style.md decision 2). Household
/// facts are read once for all years. The first unanswered question stops the walk and is returned.
/// </remarks>
public static class ScreeningEngine
{
    /// <summary>Evaluates <paramref name="answers"/> against <see cref="FlowchartCatalog.Pub971Dec2021"/>.</summary>
    /// <param name="answers">The answers; they must pass <see cref="ScreeningAnswersValidator"/>.</param>
    /// <param name="asOf">The evaluation date: every deadline is checked as of this day (Form 8857 assumed filed that day).</param>
    /// <exception cref="ArgumentException">The answers have problems; validate first to report them as a 400.</exception>
    public static ScreeningResult Evaluate(ScreeningAnswers answers, DateOnly asOf) =>
        Evaluate(FlowchartCatalog.Pub971Dec2021, answers, asOf);

    /// <summary>Evaluates <paramref name="answers"/> against <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The pinned charts.</param>
    /// <param name="answers">The answers; they must pass <see cref="ScreeningAnswersValidator"/>.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <exception cref="ArgumentException">The answers have problems.</exception>
    public static ScreeningResult Evaluate(FlowchartCatalog catalog, ScreeningAnswers answers, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(answers);

        // One pass over the answers both validates them and indexes them by question, one array per year.
        var problems = ScreeningAnswersValidator.ValidateAndIndex(answers, asOf, out var valuesByYear);
        if (!problems.IsEmpty)
        {
            throw new ArgumentException("Invalid answers: " + string.Join(" ", problems.Select(p => $"{p.Field}: {p.Message}")), nameof(answers));
        }

        return Run(catalog, answers.Years.Keys, valuesByYear, asOf, gate: null)!;
    }

    /// <summary>
    /// Walks <paramref name="saved"/> the way the interview asks: an answer counts only once its question is
    /// asked on the path, as if the answers were given one at a time, each after its question was shown
    /// (answers left on other branches are kept but unused). One evaluation instead of one per answer.
    /// </summary>
    /// <param name="saved">Every saved answer, including answers on branches no longer taken.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The questions asked that have answers, in order, and the result for those answers.</returns>
    /// <exception cref="ArgumentException">A tax year is out of range, or an answer on the path is not allowed.</exception>
    public static ScreeningWalk WalkAsAsked(ScreeningAnswers saved, DateOnly asOf) =>
        WalkAsAsked(FlowchartCatalog.Pub971Dec2021, saved, asOf);

    /// <summary>Walks <paramref name="saved"/> against <paramref name="catalog"/> the way the interview asks.</summary>
    /// <param name="catalog">The pinned charts.</param>
    /// <param name="saved">Every saved answer.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The questions asked that have answers, in order, and the result for those answers.</returns>
    /// <exception cref="ArgumentException">A tax year is out of range, or an answer on the path is not allowed.</exception>
    public static ScreeningWalk WalkAsAsked(FlowchartCatalog catalog, ScreeningAnswers saved, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(saved);

        // The years are checked as given; each answer only when its question is asked (AskedGate).
        var years = ScreeningAnswersValidator.Validate(ScreeningAnswers.ForYears([.. saved.TaxYears]), asOf);
        if (!years.IsEmpty)
        {
            throw new ArgumentException("Invalid answers: " + string.Join(" ", years.Select(p => $"{p.Field}: {p.Message}")), nameof(saved));
        }

        var gate = new AskedGate(ScreeningAnswersValidator.Index(saved), catalog.All.Length, asOf);
        while (true)
        {
            if (Run(catalog, saved.Years.Keys, gate.Visible, asOf, gate) is { } result)
            {
                return new ScreeningWalk(gate.Asked.ToImmutable(), result);
            }

            gate.Restart();
        }
    }

    // Null only when the gate asks to start again. With a gate, the years and chart walks it kept from an earlier run
    // are reused instead of walked again (AskedGate.Walked).
    private static ScreeningResult? Run(FlowchartCatalog catalog, IEnumerable<int> taxYears, string?[][] valuesByYear, DateOnly asOf, AskedGate? gate)
    {
        var scratch = new WalkScratch();
        var years = ImmutableArray.CreateBuilder<YearResult>(valuesByYear.Length);
        var yearIndex = 0;
        foreach (var taxYear in taxYears)
        {
            if (gate?.Walked(yearIndex) is { } kept)
            {
                years.Add(kept);
                yearIndex++;
                continue;
            }

            var context = new RuleContext(valuesByYear[yearIndex], taxYear, asOf, gate);
            var reliefs = ImmutableArray.CreateBuilder<ReliefResult>(catalog.All.Length);
            for (var chartIndex = 0; chartIndex < catalog.All.Length; chartIndex++)
            {
                var chart = catalog.All[chartIndex];
                var result = gate?.Walked(yearIndex, chartIndex);
                if (result is null)
                {
                    gate?.At(yearIndex, chartIndex);
                    (result, var next) = Walk(chart, context, scratch, gate);
                    if (result is null && next is null)
                    {
                        return null;
                    }

                    if (next is not null)
                    {
                        years.Add(new YearResult(taxYear, reliefs.ToImmutable()));
                        return new ScreeningResult(asOf, catalog.Revision, next, years.ToImmutable());
                    }

                    gate?.Done(result!);
                }

                reliefs.Add(result!);
                context = context.WithDecided(chart.Relief, result!.Determination);
            }

            var yearResult = new YearResult(taxYear, reliefs.MoveToImmutable());
            gate?.Done(yearIndex, yearResult);
            years.Add(yearResult);
            yearIndex++;
        }

        return new ScreeningResult(asOf, catalog.Revision, null, years.MoveToImmutable());
    }

    // With a gate: (null, null) when the gate asks to start again.
    private static (ReliefResult? Result, NextQuestion? Next) Walk(Flowchart chart, RuleContext context, WalkScratch scratch, AskedGate? gate)
    {
        var steps = scratch.Steps;
        var caveats = scratch.Caveats;
        steps.Clear();
        caveats.Clear();
        List<string>? limitations = null;
        ImmutableArray<FactorAssessment> factors = [];
        var resolved = chart.Root ?? Missing(chart, chart.Start);
        for (var guard = 0; guard <= chart.Nodes.Length; guard++)
        {
            var node = resolved.Node;
            Edge edge;
            int index;
            ResolvedNode? target;
            if (resolved.Question is { } question)
            {
                var value = context.Get(question.Question);
                if (value is null)
                {
                    var ask = Ask(question.Question, context.TaxYear, chart, node.Key);
                    if (gate is not null && Reveal(gate, ask, context) is var revealed && revealed != Revealed.No)
                    {
                        if (revealed == Revealed.Restart)
                        {
                            return (null, null);
                        }

                        guard--;
                        continue;
                    }

                    return (null, ask);
                }

                var branch = question.BranchFor(value)
                    ?? throw new ArgumentException($"Answer '{value}' for {question.Question.Key} has no branch at {chart.Id}/{node.Key}.");
                index = resolved.IndexOf(branch);
                edge = branch.Edge;
                target = resolved.Target(index);
                steps.Add(new Step(node.Key, question.Question.Prompt, question.Question.Display(value), node.Source, resolved.Assumption(index), question.Question.Key));
            }
            else if (resolved.Rule is { } rule)
            {
                var answer = rule.Evaluate(context);
                if (answer.MissingFact is FactKey missing)
                {
                    var ask = Ask(QuestionCatalog.Get(missing), context.TaxYear, chart, node.Key);
                    if (gate is not null && Reveal(gate, ask, context) is var revealed && revealed != Revealed.No)
                    {
                        if (revealed == Revealed.Restart)
                        {
                            return (null, null);
                        }

                        guard--;
                        continue;
                    }

                    return (null, ask);
                }

                if (!answer.Factors.IsDefaultOrEmpty)
                {
                    factors = answer.Factors;
                }

                AddOnce(caveats, answer.Caveat);
                if (answer.IsUndecided)
                {
                    edge = rule.IfUndecided
                        ?? throw new InvalidOperationException($"Rule {chart.Id}/{node.Key} could not decide from the answers, but the chart gives it no undecided edge.");
                    index = RuleCheck.UndecidedBranch;
                }
                else
                {
                    edge = answer.Result ? rule.IfTrue : rule.IfFalse;
                    index = answer.Result ? RuleCheck.TrueBranch : RuleCheck.FalseBranch;
                }

                target = resolved.Target(index);
                steps.Add(new Step(node.Key, DomainText.Get(rule.StatementKey, rule.Statement), answer.Explanation, node.Source));
            }
            else if (resolved.Outcome is { } outcome)
            {
                var determination = outcome.Determination;
                var summary = DomainText.Get(outcome.SummaryKey, outcome.Text);
                if (limitations is not null && determination == Determination.MayQualify)
                {
                    determination = Determination.MayQualifyPartial;
                    summary = summary + " " + DomainText.Get("outcome.partial", "Partial:") + " " + string.Join(" ", limitations);
                }

                for (var i = 0; i < outcome.Caveats.Length; i++)
                {
                    // A rule may already have given the same caveat: once only (the same English has the same translation; a test checks).
                    AddOnce(caveats, DomainText.Get(outcome.CaveatKeys[i], outcome.Caveats[i]));
                }

                return (new ReliefResult(chart.Relief, determination, summary, node.Source, steps.ToImmutable(), [.. caveats], factors), null);
            }
            else
            {
                throw new InvalidOperationException($"Unknown node type {node.GetType().Name}.");
            }

            gate?.NodeDone();
            if (edge.Assumption is not null || edge.Caveat is not null)
            {
                AddOnce(caveats, resolved.Assumption(index));
                AddOnce(caveats, resolved.Caveat(index));
            }

            if (edge.Limitation is not null)
            {
                limitations ??= [];
                AddOnce(limitations, resolved.Limitation(index));
            }

            resolved = target ?? Missing(chart, edge.Target);
        }

        throw new InvalidOperationException($"Flowchart {chart.Id} did not reach an outcome; it must be acyclic.");
    }

    // Shows the saved answer of a question the walk asks: the node is then evaluated again (memo values
    // computed without that answer are dropped), or the evaluation starts again from the chart walk that first
    // read it unseen (see AskedGate).
    private static Revealed Reveal(AskedGate gate, NextQuestion ask, RuleContext context)
    {
        if (!gate.Reveal(ask, context.Memo))
        {
            return gate.MustRestart ? Revealed.Restart : Revealed.No;
        }

        return Revealed.Yes;
    }

    private enum Revealed
    {
        No,
        Yes,
        Restart,
    }

    // Only for a chart that failed validation: the same exception as the chart's indexer.
    private static ResolvedNode Missing(Flowchart chart, NodeKey key) =>
        throw new KeyNotFoundException($"Flowchart {chart.Id} has no node {key}.");

    private static NextQuestion Ask(Question question, int taxYear, Flowchart chart, NodeKey node) =>
        new(question, question.Scope == QuestionScope.Year ? taxYear : null, chart.Relief, node);

    private static void AddOnce(List<string> list, string? text)
    {
        if (text is not null && !list.Contains(text))
        {
            list.Add(text);
        }
    }

    /// <summary>Buffers reused by every walk of one evaluation (never shared between calls).</summary>
    private sealed class WalkScratch
    {
        public ImmutableArray<Step>.Builder Steps { get; } = ImmutableArray.CreateBuilder<Step>(32);

        public List<string> Caveats { get; } = new(8);
    }
}
