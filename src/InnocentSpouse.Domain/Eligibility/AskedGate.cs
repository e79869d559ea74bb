using System.Collections.Immutable;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Eligibility;

/// <summary>
/// Lets one evaluation see saved answers only once the interview asks for them, as if they were given one at
/// a time (<see cref="ScreeningEngine.WalkAsAsked(ScreeningAnswers, DateOnly)"/>).
/// </summary>
/// <remarks>
/// <para>
/// Rules may read an answer without asking for it (an optional read, e.g. "did they also say they knew part of
/// it?"). While that answer is not yet asked, such a read sees nothing, exactly as in a walk from fewer answers.
/// If an answer is then asked that an earlier node already read unseen, what that node did may change, so the
/// evaluation starts again with the answers seen so far (rare), from the chart walk of that earliest read
/// (<see cref="RestartFrom"/>). Otherwise nothing before the asking node depended on it, and the walk goes on from
/// there: the same result as starting again.
/// </para>
/// <para>
/// Starting again from a chart walk instead of from the first year gives the same result: a chart walk (one chart for
/// one year) depends only on the answers it reads, the charts decided before it in the same year and the as-of date.
/// Every chart walk before the restart point read none of the answers shown since it was walked (else the restart
/// point would be earlier), so walking it again would repeat it exactly; the gate keeps its result
/// (<see cref="Walked(int, int)"/>, and a whole year's with <see cref="Walked(int)"/>) instead. The per-year memo
/// (<see cref="Flowcharts.RuleContext.Memo"/>) is only a cache of such reads and starts empty on every run.
/// </para>
/// <para>
/// An answer is checked (<see cref="ScreeningAnswersValidator.ValueProblem"/>) when it is asked; answers
/// never asked are not this walk's business, as they would not be in the answers given one at a time.
/// </para>
/// </remarks>
internal sealed class AskedGate
{
    private const int Never = int.MaxValue;

    private readonly string?[][] _saved;
    private readonly int _chartCount;

    // The earliest chart walk (position, see At) that read each saved answer while it was not yet visible.
    private readonly int[][] _readUnseenAt;
    private readonly int[] _householdReadUnseenAt;
    private readonly List<(bool Household, int Ordinal)> _readAtThisNode = new(4);
    private readonly ReliefResult?[] _walked;
    private readonly YearResult?[] _walkedYears;
    private readonly DateOnly _asOf;
    private int _position;

    /// <summary>Creates a gate over the saved answers, indexed one array per tax year (household answers included).</summary>
    /// <param name="saved">The saved answers by year and question ordinal.</param>
    /// <param name="chartCount">How many charts each year walks.</param>
    /// <param name="asOf">The evaluation date (for checking an answer when it is asked).</param>
    public AskedGate(string?[][] saved, int chartCount, DateOnly asOf)
    {
        _saved = saved;
        _chartCount = chartCount;
        _asOf = asOf;
        Visible = new string?[saved.Length][];
        _readUnseenAt = new int[saved.Length][];
        for (var i = 0; i < saved.Length; i++)
        {
            Visible[i] = new string?[QuestionCatalog.All.Length];
            _readUnseenAt[i] = NeverRead();
        }

        _householdReadUnseenAt = NeverRead();
        _walked = new ReliefResult?[saved.Length * chartCount];
        _walkedYears = new YearResult?[saved.Length];
    }

    /// <summary>The answers seen so far, one array per year: what the rule contexts read.</summary>
    public string?[][] Visible { get; }

    /// <summary>The questions asked so far that have a saved answer, in order.</summary>
    public ImmutableArray<NextQuestion>.Builder Asked { get; } = ImmutableArray.CreateBuilder<NextQuestion>();

    /// <summary>True when the evaluation must start again (see the remarks).</summary>
    public bool MustRestart { get; private set; }

    /// <summary>The first chart walk (position, see <see cref="At"/>) to walk again when the evaluation starts again.</summary>
    public int RestartFrom { get; private set; } = Never;

    private int Year => _position / _chartCount;

    /// <summary>The chart walk about to start: chart <paramref name="chart"/> of the year at <paramref name="year"/>.</summary>
    /// <param name="year">The index of the year (in <see cref="ScreeningAnswers.Years"/> order).</param>
    /// <param name="chart">The index of the chart in the catalog.</param>
    public void At(int year, int chart) => _position = (year * _chartCount) + chart;

    /// <summary>The result of a chart walk kept from an earlier run, or null when it must be walked (again).</summary>
    /// <param name="year">The index of the year.</param>
    /// <param name="chart">The index of the chart in the catalog.</param>
    public ReliefResult? Walked(int year, int chart) => _walked[(year * _chartCount) + chart];

    /// <summary>Keeps the result of the chart walk just finished, for the runs after a restart.</summary>
    /// <param name="result">Its relief result.</param>
    public void Done(ReliefResult result) => _walked[_position] = result;

    /// <summary>The result of a whole year kept from an earlier run (every chart walk of it kept), or null.</summary>
    /// <param name="year">The index of the year.</param>
    public YearResult? Walked(int year) => _walkedYears[year];

    /// <summary>Keeps the result of the year just finished, for the runs after a restart.</summary>
    /// <param name="year">The index of the year.</param>
    /// <param name="result">Its result.</param>
    public void Done(int year, YearResult result) => _walkedYears[year] = result;

    /// <summary>Notes a read that found no visible answer; it matters only when a saved one is waiting.</summary>
    /// <param name="question">The question read.</param>
    public void ReadNothing(Question question)
    {
        if (_saved[Year][question.Ordinal] is not null)
        {
            _readAtThisNode.Add((question.Scope == QuestionScope.Household, question.Ordinal));
        }
    }

    /// <summary>The node being walked has decided: its unseen reads now bind what follows.</summary>
    public void NodeDone()
    {
        foreach (var (household, ordinal) in _readAtThisNode)
        {
            var readAt = household ? _householdReadUnseenAt : _readUnseenAt[Year];
            readAt[ordinal] = Math.Min(readAt[ordinal], _position);
        }

        _readAtThisNode.Clear();
    }

    /// <summary>
    /// The interview asks <paramref name="next"/>: makes its saved answer visible and returns true, so the same
    /// node is evaluated again. False when there is no saved answer (the walk stops and asks), or when the
    /// evaluation must start again (<see cref="MustRestart"/>).
    /// </summary>
    /// <remarks>
    /// The year's <paramref name="memo"/> is cleared when this node read the answer unseen: a value the node computed
    /// may have used its absence. A value computed at an earlier node cannot have read it unseen, or the evaluation
    /// would start again (with a new memo), so it stays. When the memo stays, so do the unseen reads this node has
    /// noted so far: the memo values they went into are still used.
    /// </remarks>
    /// <param name="next">The question asked, as the engine asks it.</param>
    /// <param name="memo">The memo of the year being walked.</param>
    /// <exception cref="ArgumentException">The saved answer is not allowed for the question.</exception>
    public bool Reveal(NextQuestion next, RuleContext.YearMemo memo)
    {
        var question = next.Question;
        var value = _saved[Year][question.Ordinal];
        if (value is null)
        {
            return false;
        }

        if (ScreeningAnswersValidator.ValueProblem(question, value, _asOf) is { } problem)
        {
            throw new ArgumentException($"Invalid answers: {question.Key}: {problem}", nameof(next));
        }

        Asked.Add(next);
        var household = question.Scope == QuestionScope.Household;
        if (_readAtThisNode.Contains((household, question.Ordinal)))
        {
            // The node is evaluated again from nothing: it reads (and notes) everything again.
            memo.Clear();
            _readAtThisNode.Clear();
        }
        for (var y = household ? 0 : Year; y < (household ? Visible.Length : Year + 1); y++)
        {
            Visible[y][question.Ordinal] = value;
        }

        var readAt = (household ? _householdReadUnseenAt : _readUnseenAt[Year])[question.Ordinal];
        if (readAt != Never)
        {
            MustRestart = true;
            RestartFrom = Math.Min(RestartFrom, readAt);
        }

        return !MustRestart;
    }

    /// <summary>
    /// Before starting again: the answers seen stay; the chart walks from <see cref="RestartFrom"/> on are forgotten,
    /// with the reads they made, and are walked again.
    /// </summary>
    public void Restart()
    {
        Array.Clear(_walked, RestartFrom, _walked.Length - RestartFrom);
        var fromYear = RestartFrom / _chartCount;
        Array.Clear(_walkedYears, fromYear, _walkedYears.Length - fromYear);
        Forget(_householdReadUnseenAt, RestartFrom);
        foreach (var year in _readUnseenAt)
        {
            Forget(year, RestartFrom);
        }

        MustRestart = false;
        RestartFrom = Never;
        _readAtThisNode.Clear();
    }

    private static void Forget(int[] readAt, int from)
    {
        for (var i = 0; i < readAt.Length; i++)
        {
            if (readAt[i] >= from)
            {
                readAt[i] = Never;
            }
        }
    }

    private static int[] NeverRead()
    {
        var readAt = new int[QuestionCatalog.All.Length];
        Array.Fill(readAt, Never);
        return readAt;
    }
}
