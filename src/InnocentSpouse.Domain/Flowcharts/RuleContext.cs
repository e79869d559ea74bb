using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>
/// What a <see cref="RuleCheck"/> method may read: the answers for one tax year (household answers
/// included), the evaluation date, and the determinations already reached for this year.
/// </summary>
/// <remarks>
/// Answers are copied once per year into an array indexed by catalog position, so every read on the
/// engine's hot path is an array access (docs/performance.md).
/// </remarks>
public sealed class RuleContext
{
    private static readonly int ReliefCount = Enum.GetValues<ReliefType>().Length;

    private readonly string?[] _values;
    private readonly Determination?[] _decided;
    private readonly YearMemo _memo;
    private readonly AskedGate? _gate;

    /// <summary>Creates a context from answers already indexed by <see cref="Question.Ordinal"/> (household answers included).</summary>
    /// <param name="values">The year's answers by question ordinal; not copied, so the caller must not change it.</param>
    /// <param name="taxYear">The tax year being walked.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="gate">When walking as asked, the gate that notes reads of answers not yet asked.</param>
    internal RuleContext(string?[] values, int taxYear, DateOnly asOf, AskedGate? gate = null)
        : this(values, taxYear, asOf, new Determination?[ReliefCount], new YearMemo(), gate)
    {
    }

    private RuleContext(string?[] values, int taxYear, DateOnly asOf, Determination?[] decided, YearMemo memo, AskedGate? gate)
    {
        _values = values;
        _decided = decided;
        _memo = memo;
        _gate = gate;
        TaxYear = taxYear;
        AsOf = asOf;
    }

    /// <summary>The tax year being walked.</summary>
    public int TaxYear { get; }

    /// <summary>The evaluation date.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The stored answer for <paramref name="question"/> in its scope, or null.</summary>
    /// <param name="question">A catalogued question.</param>
    public string? Get(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var value = _values[question.Ordinal];
        if (value is null)
        {
            _gate?.ReadNothing(question);
        }

        return value;
    }

    /// <summary>True when <paramref name="question"/> was answered <paramref name="value"/>.</summary>
    /// <param name="question">The question.</param>
    /// <param name="value">The value to compare.</param>
    public bool Is(Question question, string value) => string.Equals(Get(question), value, StringComparison.Ordinal);

    /// <summary>
    /// Values derived from this year's answers alone, computed by the first rule that needs them and
    /// reused by later nodes and charts of the same year. Shared by <see cref="WithDecided"/> copies only,
    /// so nothing outlives one evaluation.
    /// </summary>
    internal YearMemo Memo => _memo;

    /// <summary>The determination already reached for <paramref name="relief"/> this year, or null if not walked yet.</summary>
    /// <param name="relief">The relief.</param>
    public Determination? DecidedFor(ReliefType relief) => _decided[(int)relief];

    /// <summary>A context that also knows <paramref name="relief"/> ended in <paramref name="determination"/>.</summary>
    /// <param name="relief">The relief just concluded.</param>
    /// <param name="determination">Its determination.</param>
    public RuleContext WithDecided(ReliefType relief, Determination determination)
    {
        var decided = (Determination?[])_decided.Clone();
        decided[(int)relief] = determination;
        return new RuleContext(_values, TaxYear, AsOf, decided, _memo, _gate);
    }

    /// <summary>Per-year memo for rules that read the answers and the as-of date only (not <see cref="DecidedFor"/>).</summary>
    internal sealed class YearMemo
    {
        /// <summary>The answer of <see cref="Pub971.TimingRules.TwoYearWindowOpen"/>, once computed.</summary>
        public RuleAnswer? TwoYearWindow { get; set; }

        /// <summary>The §6015(f) factor reads, once computed.</summary>
        public Pub971.EquitableRules.FactorReads? Factors { get; set; }

        /// <summary>The equitable §66(c) factor reads, once computed.</summary>
        public Pub971.EquitableRules.FactorReads? CommunityPropertyFactors { get; set; }

        /// <summary>Forgets every value: an answer became visible that they may have been computed without.</summary>
        public void Clear()
        {
            TwoYearWindow = null;
            Factors = null;
            CommunityPropertyFactors = null;
        }
    }
}
