using System.Collections.Immutable;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Sources;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Letters;

/// <summary>
/// One IRS letter or notice in the guide: what it is, who gets it, where it falls, what to do, the deadline rule,
/// what happens if it is missed, whether it starts the 2-year clock, and the sources.
/// </summary>
/// <remarks>
/// Numbers are aliases, not the key: the CCISO preliminary and final determination letters have no confirmed
/// number, so their entries are found by wording (letters-deadlines.md §2.3). Unconfirmed facts go in
/// <see cref="Caveats"/>, never silently into the text. The texts are read in the current UI culture
/// (<see cref="DomainText"/>): keys <c>letter.&lt;id&gt;.number</c>, <c>.title</c>, <c>.what-it-is</c>, <c>.who</c>,
/// <c>.what-to-do</c>, <c>.deadline-rule</c>, <c>.if-missed</c>, <c>.clock</c> and <c>.caveat.&lt;n&gt;</c> (from 1);
/// the English written here is the source (docs/localisation.md).
/// </remarks>
public sealed record LetterEntry
{
    private readonly string _number;
    private readonly string _plainName;
    private readonly string _whatItIs;
    private readonly string _whoGetsIt;
    private readonly string _whatToDoNow;
    private readonly string _deadlineRule;
    private readonly string _ifMissed;
    private readonly TwoYearClockAnswer _twoYearClock;
    private readonly ImmutableArray<string> _caveats;

    /// <summary>Creates an entry, checking it is complete.</summary>
    /// <exception cref="ArgumentException">A text is blank, no alias or source is given, or the id is not a URL slug.</exception>
    public LetterEntry(
        string id,
        string number,
        ImmutableArray<string> aliases,
        string plainName,
        string whatItIs,
        string whoGetsIt,
        ProcessStage stage,
        string whatToDoNow,
        DeadlineEventType deadlineEvent,
        string deadlineRule,
        string ifMissed,
        TwoYearClockAnswer twoYearClock,
        ImmutableArray<SourceRef> sources,
        ImmutableArray<string> caveats,
        ImmutableArray<string> wordingCues)
    {
        foreach (var (value, name) in new[] { (id, nameof(id)), (number, nameof(number)), (plainName, nameof(plainName)), (whatItIs, nameof(whatItIs)), (whoGetsIt, nameof(whoGetsIt)), (whatToDoNow, nameof(whatToDoNow)), (deadlineRule, nameof(deadlineRule)), (ifMissed, nameof(ifMissed)) })
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        }

        if (!id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new ArgumentException("The id must be a lower-case URL slug.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(twoYearClock);
        if (!Enum.IsDefined(stage) || !Enum.IsDefined(twoYearClock.Starts) || string.IsNullOrWhiteSpace(twoYearClock.Reason))
        {
            throw new ArgumentException("Stage and clock answer must be set.", nameof(stage));
        }

        if (sources.IsDefaultOrEmpty)
        {
            throw new ArgumentException("Every letter cites at least one source.", nameof(sources));
        }

        Id = id;
        _number = number;
        Aliases = aliases.IsDefault ? [] : aliases;
        _plainName = plainName;
        _whatItIs = whatItIs;
        _whoGetsIt = whoGetsIt;
        Stage = stage;
        _whatToDoNow = whatToDoNow;
        DeadlineEvent = deadlineEvent;
        _deadlineRule = deadlineRule;
        _ifMissed = ifMissed;
        _twoYearClock = twoYearClock;
        Sources = sources;
        _caveats = caveats.IsDefault ? [] : caveats;
        WordingCues = wordingCues.IsDefault ? [] : wordingCues;
    }

    /// <summary>Stable URL slug, e.g. "4390", "3284-c", "lt11", "preliminary-determination".</summary>
    public string Id { get; }

    /// <summary>The number as shown, e.g. "Letter 3284-C", or "Number not confirmed".</summary>
    public string Number => Text("number", _number);

    /// <summary>Other numbers and spellings the letter is known by (matched after normalization).</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>Plain-language name, e.g. "Appeals decision after a collection hearing, with the innocent spouse decision".</summary>
    public string PlainName => Text("title", _plainName);

    /// <summary>What the letter is.</summary>
    public string WhatItIs => Text("what-it-is", _whatItIs);

    /// <summary>Who receives it (requesting spouse, non-requesting spouse, both, any taxpayer with a balance).</summary>
    public string WhoGetsIt => Text("who", _whoGetsIt);

    /// <summary>Where it falls in the process; see <see cref="ProcessStages.Ordered"/>.</summary>
    public ProcessStage Stage { get; }

    /// <summary>What to do now.</summary>
    public string WhatToDoNow => Text("what-to-do", _whatToDoNow);

    /// <summary>The calculator event this letter starts; pass it to <see cref="DeadlineCalculator.For"/>.</summary>
    public DeadlineEventType DeadlineEvent { get; }

    /// <summary>The deadline rule in plain words.</summary>
    public string DeadlineRule => Text("deadline-rule", _deadlineRule);

    /// <summary>What happens if the deadline is missed.</summary>
    public string IfMissed => Text("if-missed", _ifMissed);

    /// <summary>Whether the letter starts the 2-year clock for §6015(b)/(c), with the reason.</summary>
    public TwoYearClockAnswer TwoYearClock => _twoYearClock with { Reason = Text("clock", _twoYearClock.Reason) };

    /// <summary>The sources for this entry.</summary>
    public ImmutableArray<SourceRef> Sources { get; }

    /// <summary>Unconfirmed or unsourced points the user must see.</summary>
    public ImmutableArray<string> Caveats => [.. _caveats.Select((c, i) => Text($"caveat.{i + 1}", c))];

    /// <summary>Ids of the <see cref="WordingQuestion"/>s this letter answers "yes" to.</summary>
    public ImmutableArray<string> WordingCues { get; }

    /// <summary>Every text key of this entry with its English, for the completeness tests and translators.</summary>
    public IEnumerable<(string Key, string English)> TextKeys()
    {
        yield return (Key("number"), _number);
        yield return (Key("title"), _plainName);
        yield return (Key("what-it-is"), _whatItIs);
        yield return (Key("who"), _whoGetsIt);
        yield return (Key("what-to-do"), _whatToDoNow);
        yield return (Key("deadline-rule"), _deadlineRule);
        yield return (Key("if-missed"), _ifMissed);
        yield return (Key("clock"), _twoYearClock.Reason);
        for (var i = 0; i < _caveats.Length; i++)
        {
            yield return (Key($"caveat.{i + 1}"), _caveats[i]);
        }
    }

    /// <summary>The number as written in the code, for matching what the user types (never translated).</summary>
    internal string EnglishNumber => _number;

    private string Key(string part) => $"letter.{Id}.{part}";

    private string Text(string part, string english) => DomainText.Get(Key(part), english);
}
