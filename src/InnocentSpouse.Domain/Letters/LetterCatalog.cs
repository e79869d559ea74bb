using System.Collections.Immutable;
using System.Text;
using InnocentSpouse.Domain.Texts;

namespace InnocentSpouse.Domain.Letters;

/// <summary>
/// The letter guide: every letter in issue 4, lookup by number, and narrowing by wording when the number is
/// missing or unconfirmed.
/// </summary>
/// <remarks>
/// Numbers are normalized before matching: case, spaces, hyphens and dots are ignored, and the words "letter",
/// "notice", "form", "irs" and "no." are dropped, so "Letter 3284-C", "3284C" and "3284 c" all match 3284-C, and
/// "lt 11", "Letter 11" and "LT-11" match LT11. A number that is not in the guide returns suggestions, the wording
/// questions and help, never an exception (letters-deadlines.md §0 rule 7).
/// </remarks>
public static partial class LetterCatalog
{
    /// <summary>Where to get free help, shown whenever a letter is not found (key <c>letter.help</c>).</summary>
    public static string Help => DomainText.Get("letter.help", EnglishHelp);

    /// <summary>The English of <see cref="Help"/>.</summary>
    internal const string EnglishHelp =
        "If you cannot find your letter, the Taxpayer Advocate Service (taxpayeradvocate.irs.gov) helps for free, and a Low Income "
        + "Taxpayer Clinic (see IRS Publication 4134) can give free or low-cost advice. Bring the whole letter and its envelope.";

    private static readonly string[] _noiseWords = ["letter", "notice", "form", "irs", "no.", "number", "#"];

    private static readonly ImmutableArray<LetterEntry> _all = BuildEntries();

    private static readonly ImmutableDictionary<string, LetterEntry> _byKey = BuildIndex(_all);

    /// <summary>Every letter, in process order within each group.</summary>
    public static ImmutableArray<LetterEntry> All => _all;

    /// <summary>The wording questions, most telling first.</summary>
    public static ImmutableArray<WordingQuestion> WordingQuestions { get; } =
    [
        new("preliminary-determination", "Does your letter say \"preliminary determination\"?", "Often near the top; it may mention Form 12509 or a Statement of Disagreement."),
        new("final-determination", "Does it say \"final determination\"?", "Look for \"final determination\" or \"final Appeals determination\"."),
        new("tax-court", "Does it mention the United States Tax Court or a petition?", "Look for \"petition the United States Tax Court\"."),
        new("innocent-spouse", "Does it mention innocent spouse relief, Form 8857 or relief from joint liability?", "Also \"separation of liability\" or \"equitable relief\"."),
        new("other-spouse-asked", "Does it say your spouse or former spouse asked for relief?", "Letters to the other spouse invite them to give information."),
        new("cannot-process", "Does it say the IRS cannot process or will not consider your request?", "Words like \"unprocessable\" or \"no consideration\"."),
        new("cdp-hearing", "Does it offer a Collection Due Process hearing (Form 12153)?", "Look for \"your right to a hearing\" or \"Collection Due Process\"."),
        new("equivalent-hearing", "Does it talk about an equivalent hearing?", "An equivalent hearing follows a late request for a CDP hearing."),
        new("intent-to-levy", "Does it say \"intent to levy\"?", "A levy takes wages, bank accounts or refunds."),
        new("lien", "Does it mention a federal tax lien?", "Look for \"Notice of Federal Tax Lien\"."),
        new("deficiency", "Does it say \"notice of deficiency\" or propose more tax?", "Often called the \"90-day letter\"."),
        new("balance-due", "Does it just say you owe a balance and ask you to pay?", "Balance-due notices and reminders."),
        new("refund-kept", "Is it about a refund that was kept (offset) to pay a debt?", "From the IRS or the Treasury's Bureau of the Fiscal Service."),
    ];

    /// <summary>
    /// Every text key of the letter guide with its English (letters, wording questions, stages, help), for the
    /// completeness tests and translators (docs/localisation.md).
    /// </summary>
    public static IEnumerable<(string Key, string English)> TextKeys() =>
        _all.SelectMany(l => l.TextKeys())
            .Concat(WordingQuestions.SelectMany(q => q.TextKeys()))
            .Concat(ProcessStages.Ordered.SelectMany(s => s.TextKeys()))
            .Append(("letter.help", EnglishHelp));

    /// <summary>The letter with this id (URL slug), or null.</summary>
    public static LetterEntry? ById(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _all.FirstOrDefault(l => string.Equals(l.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Finds a letter by what the user typed: an id, a number or an alias. Never throws for unknown input.
    /// </summary>
    public static LetterLookupResult Find(string? query)
    {
        var text = query ?? "";
        var key = Normalize(text);
        if (key.Length > 0 && _byKey.TryGetValue(key, out var letter))
        {
            return new LetterLookupResult(text, key, letter, [], WordingQuestions, Help);
        }

        return new LetterLookupResult(text, key, null, Suggest(key), WordingQuestions, Help);
    }

    /// <summary>
    /// Narrows the catalog by wording answers. "Yes" keeps letters with that wording; "No" drops them;
    /// "Not sure" is ignored. With no usable answers the whole catalog is returned.
    /// </summary>
    public static ImmutableArray<LetterEntry> Narrow(IReadOnlyDictionary<string, WordingAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return [.. _all.Where(l => answers.All(a => a.Value switch
        {
            WordingAnswer.Yes => l.WordingCues.Contains(a.Key),
            WordingAnswer.No => !l.WordingCues.Contains(a.Key),
            _ => true,
        }))];
    }

    /// <summary>The matching key for a typed number, e.g. "Letter 3284-C" → "3284c", "lt 11" → "lt11".</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var lower = text.Trim().ToLowerInvariant();
        foreach (var word in _noiseWords)
        {
            lower = lower.Replace(word, " ", StringComparison.Ordinal);
        }

        var builder = new StringBuilder();
        foreach (var c in lower.Where(char.IsLetterOrDigit))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static ImmutableDictionary<string, LetterEntry> BuildIndex(ImmutableArray<LetterEntry> all)
    {
        var index = new Dictionary<string, LetterEntry>(StringComparer.Ordinal);
        foreach (var letter in all)
        {
            foreach (var name in letter.Aliases.Add(letter.Id).AddRange(letter.EnglishNumber.Any(char.IsDigit) ? [letter.EnglishNumber] : Array.Empty<string>()))
            {
                var key = Normalize(name);
                if (key.Length > 0 && !index.ContainsKey(key))
                {
                    index[key] = letter;
                }
            }
        }

        return index.ToImmutableDictionary(StringComparer.Ordinal);
    }

    private static ImmutableArray<LetterEntry> Suggest(string key)
    {
        if (key.Length == 0)
        {
            return [];
        }

        var digits = new string([.. key.Where(char.IsDigit)]);
        return [.. _byKey
            .Where(kv => Distance(kv.Key, key) <= (key.Length >= 4 ? 2 : 1)
                || (digits.Length >= 3 && kv.Key.Contains(digits, StringComparison.Ordinal))
                || (digits.Length >= 3 && new string([.. kv.Key.Where(char.IsDigit)]) is { Length: >= 3 } d && Distance(d, digits) <= 1))
            .Select(kv => kv.Value)
            .Distinct()
            .OrderBy(l => _all.IndexOf(l))
            .Take(5)];
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
