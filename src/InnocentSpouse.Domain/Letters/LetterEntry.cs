using System.Collections.Immutable;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Letters;

/// <summary>
/// One IRS letter or notice in the guide: what it is, who gets it, where it falls, what to do, the deadline rule,
/// what happens if it is missed, whether it starts the 2-year clock, and the sources.
/// </summary>
/// <remarks>
/// Numbers are aliases, not the key: the CCISO preliminary and final determination letters have no confirmed
/// number, so their entries are found by wording (letters-deadlines.md §2.3). Unconfirmed facts go in
/// <see cref="Caveats"/>, never silently into the text.
/// </remarks>
public sealed record LetterEntry
{
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
        Number = number;
        Aliases = aliases.IsDefault ? [] : aliases;
        PlainName = plainName;
        WhatItIs = whatItIs;
        WhoGetsIt = whoGetsIt;
        Stage = stage;
        WhatToDoNow = whatToDoNow;
        DeadlineEvent = deadlineEvent;
        DeadlineRule = deadlineRule;
        IfMissed = ifMissed;
        TwoYearClock = twoYearClock;
        Sources = sources;
        Caveats = caveats.IsDefault ? [] : caveats;
        WordingCues = wordingCues.IsDefault ? [] : wordingCues;
    }

    /// <summary>Stable URL slug, e.g. "4390", "3284-c", "lt11", "preliminary-determination".</summary>
    public string Id { get; }

    /// <summary>The number as shown, e.g. "Letter 3284-C", or "Number not confirmed".</summary>
    public string Number { get; }

    /// <summary>Other numbers and spellings the letter is known by (matched after normalization).</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>Plain-language name, e.g. "Appeals decision after a collection hearing, with the innocent spouse decision".</summary>
    public string PlainName { get; }

    /// <summary>What the letter is.</summary>
    public string WhatItIs { get; }

    /// <summary>Who receives it (requesting spouse, non-requesting spouse, both, any taxpayer with a balance).</summary>
    public string WhoGetsIt { get; }

    /// <summary>Where it falls in the process; see <see cref="ProcessStages.Ordered"/>.</summary>
    public ProcessStage Stage { get; }

    /// <summary>What to do now.</summary>
    public string WhatToDoNow { get; }

    /// <summary>The calculator event this letter starts; pass it to <see cref="DeadlineCalculator.For"/>.</summary>
    public DeadlineEventType DeadlineEvent { get; }

    /// <summary>The deadline rule in plain words.</summary>
    public string DeadlineRule { get; }

    /// <summary>What happens if the deadline is missed.</summary>
    public string IfMissed { get; }

    /// <summary>Whether the letter starts the 2-year clock for §6015(b)/(c), with the reason.</summary>
    public TwoYearClockAnswer TwoYearClock { get; }

    /// <summary>The sources for this entry.</summary>
    public ImmutableArray<SourceRef> Sources { get; }

    /// <summary>Unconfirmed or unsourced points the user must see.</summary>
    public ImmutableArray<string> Caveats { get; }

    /// <summary>Ids of the <see cref="WordingQuestion"/>s this letter answers "yes" to.</summary>
    public ImmutableArray<string> WordingCues { get; }
}
