using System.Collections.Immutable;
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
/// evaluation starts again from the beginning with the answers seen so far (rare). Otherwise nothing before
/// the asking node depended on it, and the walk goes on from there: the same result as starting again.
/// </para>
/// <para>
/// An answer is checked (<see cref="ScreeningAnswersValidator.ValueProblem"/>) when it is asked; answers
/// never asked are not this walk's business, as they would not be in the answers given one at a time.
/// </para>
/// </remarks>
internal sealed class AskedGate
{
    private readonly string?[][] _saved;
    private readonly bool[][] _readUnseen;
    private readonly List<(int Year, int Ordinal)> _readAtThisNode = new(4);
    private readonly DateOnly _asOf;

    /// <summary>Creates a gate over the saved answers, indexed one array per tax year (household answers included).</summary>
    /// <param name="saved">The saved answers by year and question ordinal.</param>
    /// <param name="asOf">The evaluation date (for checking an answer when it is asked).</param>
    public AskedGate(string?[][] saved, DateOnly asOf)
    {
        _saved = saved;
        _asOf = asOf;
        Visible = new string?[saved.Length][];
        _readUnseen = new bool[saved.Length][];
        for (var i = 0; i < saved.Length; i++)
        {
            Visible[i] = new string?[QuestionCatalog.All.Length];
            _readUnseen[i] = new bool[QuestionCatalog.All.Length];
        }
    }

    /// <summary>The answers seen so far, one array per year: what the rule contexts read.</summary>
    public string?[][] Visible { get; }

    /// <summary>The questions asked so far that have a saved answer, in order.</summary>
    public ImmutableArray<NextQuestion>.Builder Asked { get; } = ImmutableArray.CreateBuilder<NextQuestion>();

    /// <summary>The index of the year being walked (in <see cref="ScreeningAnswers.Years"/> order).</summary>
    public int Year { get; set; }

    /// <summary>True when the evaluation must start again (see the remarks).</summary>
    public bool MustRestart { get; private set; }

    /// <summary>Notes a read that found no visible answer; it matters only when a saved one is waiting.</summary>
    /// <param name="question">The question read.</param>
    public void ReadNothing(Question question)
    {
        if (_saved[Year][question.Ordinal] is not null)
        {
            _readAtThisNode.Add((question.Scope == QuestionScope.Household ? -1 : Year, question.Ordinal));
        }
    }

    /// <summary>The node being walked has decided: its unseen reads now bind what follows.</summary>
    public void NodeDone()
    {
        foreach (var (year, ordinal) in _readAtThisNode)
        {
            if (year < 0)
            {
                for (var y = 0; y < _readUnseen.Length; y++)
                {
                    _readUnseen[y][ordinal] = true;
                }
            }
            else
            {
                _readUnseen[year][ordinal] = true;
            }
        }

        _readAtThisNode.Clear();
    }

    /// <summary>
    /// The interview asks <paramref name="next"/>: makes its saved answer visible and returns true, so the same
    /// node is evaluated again. False when there is no saved answer (the walk stops and asks), or when the
    /// evaluation must start again (<see cref="MustRestart"/>).
    /// </summary>
    /// <param name="next">The question asked, as the engine asks it.</param>
    /// <exception cref="ArgumentException">The saved answer is not allowed for the question.</exception>
    public bool Reveal(NextQuestion next)
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
        _readAtThisNode.Clear();
        var household = question.Scope == QuestionScope.Household;
        for (var y = household ? 0 : Year; y < (household ? Visible.Length : Year + 1); y++)
        {
            Visible[y][question.Ordinal] = value;
            MustRestart |= _readUnseen[y][question.Ordinal];
        }

        return !MustRestart;
    }

    /// <summary>Before starting again: the answers seen stay; nothing has been read yet.</summary>
    public void Restart()
    {
        MustRestart = false;
        _readAtThisNode.Clear();
        foreach (var year in _readUnseen)
        {
            Array.Clear(year);
        }
    }
}
