using System.Globalization;
using System.Text;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Tests.Eligibility;

/// <summary>
/// <see cref="ScreeningEngine.WalkAsAsked(ScreeningAnswers, DateOnly)"/> walks once what the interview used to walk
/// once per answer: give the saved answers one at a time, each when its question is asked. Both must agree on
/// every path, including answers left on other branches that rules may read without asking.
/// </summary>
public partial class ScreeningEngineTests
{
    [Fact]
    public void WalkAsAsked_BaselineAnswers_AsksWhatTheInterviewAsksAndReachesTheSameResult()
    {
        var saved = Scenario.Baseline();

        var walk = ScreeningEngine.WalkAsAsked(saved, Scenario.AsOf);
        var (result, asked) = Scenario.Interview(saved);

        Assert.Equal(asked, walk.Asked.Select(a => (a.Question.Key.Value, a.TaxYear)));
        Assert.Equal(Describe(result), Describe(walk.Result));
    }

    [Fact]
    public void WalkAsAsked_AnswersOnOtherBranches_AreNotRead()
    {
        // Figure A's first question answered "separate" ends the joint-return questions; a saved answer further down
        // that branch must not count, exactly as if it had never been given.
        var saved = Scenario.Baseline().Set("filed-joint-return=separate");

        var walk = ScreeningEngine.WalkAsAsked(saved, Scenario.AsOf);

        Assert.NotNull(saved.Get(QuestionCatalog.Get(new("knew-of-item")), Scenario.Year));
        Assert.Equal(Describe(OneAtATime(saved).Result), Describe(walk.Result));
        Assert.DoesNotContain(walk.Asked, a => a.Question.Key.Value == "knew-of-item");
    }

    [Fact]
    public void WalkAsAsked_SeededRandomSavedAnswers_MatchesAnswersGivenOneAtATime()
    {
        // Random saved answers, many on branches not taken and some unanswered, for one or two years.
        var random = new Random(6015);
        for (var run = 0; run < 600; run++)
        {
            var saved = RandomSaved(random);

            var (expected, expectedAsked) = OneAtATime(saved);
            var walk = ScreeningEngine.WalkAsAsked(saved, Scenario.AsOf);

            Assert.Equal(expectedAsked, walk.Asked.Select(a => (a.Question.Key.Value, a.TaxYear)).ToList());
            Assert.Equal(Describe(expected), Describe(walk.Result));
        }

    }

    [Fact]
    public void WalkAsAsked_SeededRandomSavedAnswersOverThreeToFiveYears_MatchesAnswersGivenOneAtATime()
    {
        // Starting again resumes at the first chart walk that read the shown answer unseen (AskedGate), so a household
        // answer shown in a later year must walk the earlier years again from the chart that read it, and a year's
        // answer only its own year: several years exercise the chart walks kept between runs.
        var random = new Random(66);
        for (var run = 0; run < 150; run++)
        {
            var first = random.Next(2016, 2021);
            var saved = RandomSaved(random, ScreeningAnswers.ForYears([.. Enumerable.Range(first, random.Next(3, 6))]));

            var (expected, expectedAsked) = OneAtATime(saved);
            var walk = ScreeningEngine.WalkAsAsked(saved, Scenario.AsOf);

            Assert.Equal(expectedAsked, walk.Asked.Select(a => (a.Question.Key.Value, a.TaxYear)).ToList());
            Assert.Equal(Describe(expected), Describe(walk.Result));
        }
    }

    [Theory]
    [InlineData("a household answer an earlier year read", "health-problem")]
    [InlineData("a year's answer an earlier chart read", "reason-to-know")]
    public void WalkAsAsked_AnswerReadUnseenBeforeItIsAsked_WalksTheReaderAgain(string name, string key)
    {
        // The Pub. 971 charts ask every answer they read unseen within the same chart, so this test catalog does it
        // across charts and years: "peek" reads the answer without asking; "ask" asks it, in the second year only. Given
        // one at a time, the answer is visible to every "peek" once asked, so the walk must start again from the first
        // chart walk that read it, not from the asking year or chart.
        var question = QuestionCatalog.Get(new(key));
        var peek = new Flowchart("peek", "Peek", ReliefType.InnocentSpouse, TestSource, "peek",
        [
            new RuleCheck("peek", TestSource, "Was it answered yes?",
                context => context.Is(question, AnswerValues.Yes) ? RuleAnswer.True("Yes.") : RuleAnswer.False("Not seen."),
                Edge.To("seen"), Edge.To("unseen")),
            new Outcome("seen", TestSource, Determination.MayQualify, "Seen."),
            new Outcome("unseen", TestSource, Determination.DoesNotQualify, "Not seen."),
        ]);
        var ask = new Flowchart("ask", "Ask", ReliefType.SeparationOfLiability, TestSource, "ask",
        [
            new RuleCheck("ask", TestSource, "Asked in the second year?",
                context => context.TaxYear == 2022 && context.Get(question) is null ? RuleAnswer.NeedFact(question.Key) : RuleAnswer.True("Asked."),
                Edge.To("done"), Edge.To("not-done")),
            new Outcome("done", TestSource, Determination.MayQualify, "Done."),
            new Outcome("not-done", TestSource, Determination.DoesNotQualify, "Not done."),
        ]);
        var catalog = FlowchartCatalog.Create("test", peek, ask);
        var saved = ScreeningAnswers.ForYears(2021, 2022, 2023).With(question, AnswerValues.Yes, 2022);

        var walk = ScreeningEngine.WalkAsAsked(catalog, saved, Scenario.AsOf);

        var seenIn = string.Join(", ", walk.Result.Years
            .Where(y => y.For(ReliefType.InnocentSpouse)!.Determination == Determination.MayQualify).Select(y => y.TaxYear));
        Assert.True((question.Scope == QuestionScope.Household ? "2021, 2022, 2023" : "2022") == seenIn, $"{name}: seen in {seenIn}");
        Assert.Equal((key, question.Scope == QuestionScope.Household ? null : (int?)2022), Assert.Single(walk.Asked.Select(a => (a.Question.Key.Value, a.TaxYear))));
    }

    [Fact]
    public void WalkAsAsked_InvalidAnswerOnThePath_Throws()
    {
        var saved = ScreeningAnswers.ForYears(2022).WithYear(2022, "refund-kept", "perhaps");

        Assert.Throws<ArgumentException>(() => ScreeningEngine.WalkAsAsked(saved, Scenario.AsOf));
    }

    [Fact]
    public void WalkAsAsked_InvalidAnswerOffThePath_IsIgnored()
    {
        var saved = ScreeningAnswers.ForYears(2022).WithYear(2022, "refund-kept", "none").WithHousehold("no-such-question", "x");

        var walk = ScreeningEngine.WalkAsAsked(saved, Scenario.AsOf);

        Assert.Equal("refund-kept", Assert.Single(walk.Asked).Question.Key.Value);
    }

    // The interview's former walk: the engine once per answer, each answer given when its question is asked.
    private static (ScreeningResult Result, List<(string Key, int? Year)> Asked) OneAtATime(ScreeningAnswers saved)
    {
        var asked = new List<(string Key, int? Year)>();
        var given = ScreeningAnswers.ForYears([.. saved.TaxYears]);
        while (true)
        {
            var result = ScreeningEngine.Evaluate(given, Scenario.AsOf);
            if (result.NextQuestion is not { } next || saved.Get(next.Question, next.TaxYear ?? 0) is not { } value)
            {
                return (result, asked);
            }

            asked.Add((next.Question.Key.Value, next.TaxYear));
            given = given.With(next.Question, value, next.TaxYear);
        }
    }

    private static ScreeningAnswers RandomSaved(Random random)
    {
        var first = random.Next(2016, 2025);
        return RandomSaved(random, random.Next(3) == 0 ? ScreeningAnswers.ForYears(first, first + 1) : ScreeningAnswers.ForYears(first));
    }

    private static ScreeningAnswers RandomSaved(Random random, ScreeningAnswers saved)
    {
        foreach (var question in QuestionCatalog.All)
        {
            if (question.Scope == QuestionScope.Household)
            {
                if (RandomValue(random, question) is { } value)
                {
                    saved = saved.With(question, value);
                }

                continue;
            }

            foreach (var year in saved.TaxYears)
            {
                if (RandomValue(random, question) is { } value)
                {
                    saved = saved.With(question, value, year);
                }
            }
        }

        return saved;
    }

    // A valid value most of the time, or none (unanswered).
    private static string? RandomValue(Random random, Question question)
    {
        if (random.Next(8) == 0)
        {
            return null;
        }

        for (var attempt = 0; attempt < 10; attempt++)
        {
            var value = question.Kind switch
            {
                AnswerKind.YesNo or AnswerKind.Choice => question.AllowedValues[random.Next(question.AllowedValues.Length)],
                AnswerKind.Date => random.Next(6) switch
                {
                    0 => AnswerValues.NotSure,
                    1 => Scenario.AsOf.AddDays(-random.Next(0, 4000)).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    _ => Scenario.AsOf.AddDays(-random.Next(0, 4000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                },
                _ => random.Next(4) == 0
                    ? question.Minimum.ToString(CultureInfo.InvariantCulture)
                    : Math.Min(question.Maximum, question.Minimum + random.Next(0, 12_000)).ToString(CultureInfo.InvariantCulture),
            };
            if (ScreeningAnswersValidator.ValueProblem(question, value, Scenario.AsOf) is null)
            {
                return value;
            }
        }

        return null;
    }

    private static string Describe(ScreeningResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{result.AsOf} {result.Revision} next: {result.NextQuestion}");
        foreach (var year in result.Years)
        {
            foreach (var relief in year.Reliefs)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{year.TaxYear} {relief.Relief} {relief.Determination} {relief.Summary} {relief.Source}");
                text.AppendJoin('\n', relief.Reasons).AppendLine();
                text.AppendJoin('\n', relief.Caveats).AppendLine();
                text.AppendJoin('\n', relief.Factors).AppendLine();
            }
        }

        return text.ToString();
    }
}
