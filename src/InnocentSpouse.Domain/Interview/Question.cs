using System.Collections.Immutable;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Sources;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Interview;

/// <summary>
/// One question of the catalog: the single prompt for one <see cref="FactKey"/>, shared by every
/// flowchart node that needs the fact, so it is asked once.
/// </summary>
public sealed record Question
{
    /// <summary>Creates a question and checks its options fit its kind.</summary>
    /// <param name="key">Stable kebab-case key (URL slug, API field, stored-session key).</param>
    /// <param name="scope">Asked once, or once per tax year.</param>
    /// <param name="section">The part of the interview it belongs to (shown as progress).</param>
    /// <param name="kind">The answer's shape.</param>
    /// <param name="prompt">The question in plain language.</param>
    /// <param name="hint">Help text shown under the question.</param>
    /// <param name="source">The authority that makes this fact matter.</param>
    /// <param name="options">Allowed values for yes/no and choice questions, including "not-sure" when allowed.</param>
    /// <param name="allowsNotSure">Whether "not-sure" is accepted.</param>
    /// <param name="minimum">Smallest allowed number for money and integer questions.</param>
    /// <param name="maximum">Largest allowed number for money and integer questions.</param>
    /// <param name="allowsApproximate">
    /// Date questions only: whether a month without the day ("yyyy-MM") is accepted. Set it only where every
    /// rule reading the date can work with the whole month (a window check decided only when both ends agree).
    /// </param>
    public Question(FactKey key, QuestionScope scope, InterviewSection section, AnswerKind kind, string prompt, string hint, SourceRef source,
        ImmutableArray<AnswerOption> options, bool allowsNotSure, long minimum = 0, long maximum = 100_000_000, bool allowsApproximate = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prompt);
        ArgumentNullException.ThrowIfNull(hint);
        var hasNotSureOption = options.Any(o => o.Value == AnswerValues.NotSure);
        if (kind is AnswerKind.YesNo or AnswerKind.Choice)
        {
            if (options.IsDefaultOrEmpty || hasNotSureOption != allowsNotSure)
            {
                throw new ArgumentException($"Question {key}: options must be listed, with 'not-sure' exactly when allowed.", nameof(options));
            }
        }
        else if (!options.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"Question {key}: only yes/no and choice questions list options.", nameof(options));
        }

        if (allowsApproximate && kind != AnswerKind.Date)
        {
            throw new ArgumentException($"Question {key}: only date questions accept a month without the day.", nameof(allowsApproximate));
        }

        Key = key;
        Scope = scope;
        Section = section;
        Kind = kind;
        _prompt = prompt;
        _hint = hint;
        _promptKey = $"question.{key.Value}.prompt";
        _hintKey = $"question.{key.Value}.hint";
        Source = source;
        Options = options.IsDefault ? [] : [.. options.Select(o => o with { TextKey = $"question.{key.Value}.option.{o.Value}" })];
        AllowsNotSure = allowsNotSure;
        AllowsApproximate = allowsApproximate;
        Minimum = minimum;
        Maximum = maximum;
        AllowedValues = [.. Options.Select(o => o.Value)];
    }

    /// <summary>Stable kebab-case key.</summary>
    public FactKey Key { get; }

    /// <summary>Position in <see cref="QuestionCatalog.All"/>; lets the engine read answers by array index.</summary>
    internal int Ordinal { get; init; } = -1;

    /// <summary>Household (once) or Year (per tax year).</summary>
    public QuestionScope Scope { get; }

    /// <summary>The part of the interview this question belongs to (the progress list shows it).</summary>
    public InterviewSection Section { get; }

    /// <summary>The answer's shape.</summary>
    public AnswerKind Kind { get; }

    private readonly string _prompt;
    private readonly string _hint;
    private readonly string _promptKey;
    private readonly string _hintKey;

    /// <summary>The question in plain language, in the reader's language (key <c>question.&lt;key&gt;.prompt</c>).</summary>
    public string Prompt => DomainText.Get(_promptKey, _prompt);

    /// <summary>Help text, in the reader's language (key <c>question.&lt;key&gt;.hint</c>); empty when there is none.</summary>
    public string Hint => _hint.Length == 0 ? _hint : DomainText.Get(_hintKey, _hint);

    /// <summary>The text keys this question reads (prompt, hint when there is one, each option), for completeness tests.</summary>
    public IEnumerable<string> TextKeys =>
        [_promptKey, .. _hint.Length == 0 ? Array.Empty<string>() : [_hintKey], .. Options.Select(o => o.TextKey!)];

    // ---- Assisted mode (issue 14): the same question worded for a clinic's helper, about "your client" ----------

    /// <summary>The assisted prompt's English; null when the public prompt reads the same for a helper (no "you", no "I").</summary>
    private string? AssistedPromptEnglish { get; init; }

    /// <summary>The assisted hint's English; null when the public hint reads the same for a helper (or there is none).</summary>
    private string? AssistedHintEnglish { get; init; }

    /// <summary>True once the catalog has given this question its assisted wording (<see cref="QuestionCatalog"/> checks every question has).</summary>
    internal bool HasAssistedWording { get; private init; }

    /// <summary>
    /// The question as a clinic's helper asks it in assisted mode, about "your client" ("Did your client sign the joint
    /// return?"), in the reader's language (key <c>question.&lt;key&gt;.assisted.prompt</c>). Where the public prompt has
    /// no first or second person in it (<see cref="AssistedPromptIsPublic"/>), this is <see cref="Prompt"/>.
    /// </summary>
    public string AssistedPrompt => AssistedPromptEnglish is null ? Prompt : DomainText.Get(AssistedPromptKey, AssistedPromptEnglish);

    /// <summary>
    /// The hint for a helper, in the reader's language (key <c>question.&lt;key&gt;.assisted.hint</c>); <see cref="Hint"/>
    /// where the public hint has no first or second person in it (<see cref="AssistedHintIsPublic"/>); empty when there is no hint.
    /// </summary>
    public string AssistedHint => AssistedHintEnglish is null ? Hint : DomainText.Get(AssistedHintKey, AssistedHintEnglish);

    /// <summary>True when assisted mode shows the public prompt, allowed only because it has no "you", "your", "I", "me" or "my".</summary>
    public bool AssistedPromptIsPublic => AssistedPromptEnglish is null;

    /// <summary>True when assisted mode shows the public hint (or there is none), allowed only because it has no "you", "your", "I", "me" or "my".</summary>
    public bool AssistedHintIsPublic => AssistedHintEnglish is null;

    /// <summary>The assisted texts this question has of its own (prompt, hint, options), for completeness tests; the public texts it falls back to are in <see cref="TextKeys"/>.</summary>
    public IEnumerable<string> AssistedTextKeys =>
        [.. AssistedPromptEnglish is null ? Array.Empty<string>() : [AssistedPromptKey],
         .. AssistedHintEnglish is null ? Array.Empty<string>() : [AssistedHintKey],
         .. Options.Where(o => o.AssistedTextKey is not null).Select(o => o.AssistedTextKey!)];

    private string AssistedPromptKey => $"question.{Key.Value}.assisted.prompt";

    private string AssistedHintKey => $"question.{Key.Value}.assisted.hint";

    /// <summary>
    /// This question with its assisted-mode wording. A null <paramref name="prompt"/> or <paramref name="hint"/>, or an
    /// option left out of <paramref name="options"/>, says "the public text reads the same for a helper": that is
    /// allowed only where the public English has no first or second person in it ("you", "your", "I", "me", "my"; for
    /// options also "we", "our"), and anything else throws, so the catalog cannot show a helper "Did you…?". The
    /// "not-sure" option always gets its own text ("Not sure"): other languages say it in the first person
    /// ("No estoy seguro"). No assisted text may speak to or as the person either, except "your client".
    /// </summary>
    /// <param name="prompt">The prompt about "your client", or null for the public prompt.</param>
    /// <param name="hint">The hint for a helper, or null for the public hint.</param>
    /// <param name="options">Assisted labels by option value ("Yes, they signed a joint return").</param>
    public Question Assisted(string? prompt, string? hint, params (string Value, string Label)[] options)
    {
        Check(prompt, _prompt, "prompt");
        if (hint is not null && _hint.Length == 0)
        {
            throw new ArgumentException($"Question {Key}: an assisted hint needs a public hint.", nameof(hint));
        }

        Check(hint, _hint, "hint");
        var byValue = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (value, label) in options)
        {
            if (!AllowedValues.Contains(value) || !byValue.TryAdd(value, label))
            {
                throw new ArgumentException($"Question {Key}: assisted option '{value}' is not an option, or is given twice.", nameof(options));
            }
        }

        var assistedOptions = Options.Select(o =>
        {
            var english = byValue.GetValueOrDefault(o.Value) ?? (o.Value == AnswerValues.NotSure ? AssistedWording.NotSure : null);
            Check(english, o.TextKey is null ? o.Label : OptionEnglish(o), $"option '{o.Value}'", plural: true);
            return english is null ? o : o with { AssistedEnglish = english, AssistedTextKey = $"question.{Key.Value}.assisted.option.{o.Value}" };
        });
        return this with
        {
            AssistedPromptEnglish = prompt,
            AssistedHintEnglish = hint,
            Options = [.. assistedOptions],
            HasAssistedWording = true,
        };
    }

    private void Check(string? assisted, string publicEnglish, string what, bool plural = false)
    {
        if (assisted is null ? AssistedWording.HasPersonWord(publicEnglish, plural) : AssistedWording.HasPersonWord(assisted, plural))
        {
            throw new ArgumentException(assisted is null
                ? $"Question {Key}: the public {what} \"{publicEnglish}\" speaks to or as the person; give assisted mode its own text."
                : $"Question {Key}: the assisted {what} \"{assisted}\" speaks to or as the person; say \"your client\" or \"they\".");
        }
    }

    /// <summary>
    /// How a stored value reads to a clinic's helper in assisted mode: <see cref="Display"/> with the options' assisted
    /// labels ("Yes, they signed a joint return") and "not sure" said of the client (key <c>answer.not-sure.assisted</c>;
    /// the public Spanish says it in the first person).
    /// </summary>
    /// <param name="value">A valid stored value.</param>
    public string AssistedDisplay(string value)
    {
        foreach (var option in Options)
        {
            if (option.Value == value)
            {
                return option.AssistedLabel;
            }
        }

        return value == AnswerValues.NotSure ? DomainText.Get(AssistedNotSureKey, AssistedWording.NotSure) : Display(value);
    }

    /// <summary>The key of "Not sure" said of the client, for a date or number answered "not sure" (<see cref="AssistedDisplay"/>).</summary>
    public const string AssistedNotSureKey = "answer.not-sure.assisted";

    // The English written in the catalog, whatever the current culture (Label reads the reader's language).
    private static string OptionEnglish(AnswerOption option) => (option with { TextKey = null }).Label;

    /// <summary>The authority that makes this fact matter.</summary>
    public SourceRef Source { get; }

    /// <summary>Allowed values with labels (yes/no and choice questions); empty otherwise.</summary>
    public ImmutableArray<AnswerOption> Options { get; private init; }

    /// <summary>The allowed values alone, in option order; empty for date, money and integer questions.</summary>
    public ImmutableArray<string> AllowedValues { get; }

    /// <summary>Whether "not-sure" is accepted.</summary>
    public bool AllowsNotSure { get; }

    /// <summary>Whether a month without the day (<see cref="AnswerValues.MonthFormat"/>, e.g. "2024-03") is accepted (date questions only).</summary>
    public bool AllowsApproximate { get; }

    /// <summary>Smallest allowed number (money and integer questions).</summary>
    public long Minimum { get; }

    /// <summary>Largest allowed number (money and integer questions).</summary>
    public long Maximum { get; }

    /// <summary>
    /// How a stored value reads to a person: the option label, "March 2024 (day not known)" for a month,
    /// or the value itself for exact dates and numbers.
    /// </summary>
    /// <param name="value">A valid stored value.</param>
    public string Display(string value)
    {
        foreach (var option in Options)
        {
            if (option.Value == value)
            {
                return option.Label;
            }
        }

        if (value == AnswerValues.NotSure)
        {
            return DomainText.Get("answer.not-sure", "Not sure");
        }

        if (Kind == AnswerKind.Date && AnswerParsing.TryMonth(value, out var month))
        {
            return DomainText.Get("answer.month-only", "{0} (day not known)").Replace("{0}", DateText.Month(month), StringComparison.Ordinal);
        }

        return Kind == AnswerKind.Money ? "$" + value : value;
    }
}
