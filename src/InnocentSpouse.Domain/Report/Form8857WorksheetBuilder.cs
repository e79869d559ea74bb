using System.Collections.Immutable;
using System.Globalization;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Report;

/// <summary>
/// Builds <see cref="Form8857Worksheet"/>: the reading helpers here, one method per item in
/// <c>Form8857WorksheetBuilder.Items.cs</c>. Every sentence is built from an answer that is present; a missing answer
/// gives a blank ("[…]") or a "not asked" note, never a guess.
/// </summary>
internal sealed partial class Form8857WorksheetBuilder
{
    private readonly AnswerIndex _answers;
    private readonly ScreeningResult _result;
    private readonly ImmutableArray<int> _years;

    // "2019, 2020 and 2021": most sentences hold for every year, so the list of all years is written once.
    private readonly string _allYears;

    public Form8857WorksheetBuilder(AnswerIndex answers, ScreeningResult result)
    {
        _answers = answers;
        _result = result;
        _years = answers.TaxYears;
        _allYears = YearList(_years);
    }

    public Form8857Worksheet Build()
    {
        Form8857WorksheetItem[] items =
        [
            ReliefSituation(), CommunityProperty(), InjuredSpouseRefund(), TaxYears(), DoNotFileSituations(),
            YourInformation(), OtherPerson(), MaritalStatus(), LivingApart(), Education(), Abuse(), Health(),
            ReturnPreparation(), SignatureAndDuress(), KnowledgeOfItems(), BeliefTaxWouldBePaid(), HouseholdFinances(), BenefitAndTransfers(),
            FinancialSituation(),
            DivorceDecree(), LaterYearsCompliance(), Refund(),
            SignAndAttach(),
        ];

        var parts = Enum.GetValues<Form8857Part>()
            .Select(part => new Form8857WorksheetPart(part, PartNumber(part), PartTitle(part), [.. items.Where(i => i.Part == part)]))
            .ToImmutableArray();
        return new Form8857Worksheet(F("worksheet.form-revision", "Form 8857 ({0})", Citations.Form8857Revision), _result.AsOf, _years,
        [
            T("worksheet.note.1", "This worksheet helps you fill in Form 8857, Request for Innocent Spouse Relief. It is not the form, and it is not legal advice."),
            T("worksheet.note.2", "It is built only from your answers. Blanks in square brackets are for what only you know."),
            T("worksheet.note.3", "A line number is given only where it was checked against the form. Elsewhere, look for the topic in the part named."),
            T("worksheet.note.4", "This tool never asks for names, social security numbers, addresses or phone numbers. You add them on the form yourself."),
        ], parts);
    }

    private static string? PartNumber(Form8857Part part) => part switch
    {
        Form8857Part.PartI => T("worksheet.part.PartI.number", "Part I"),
        Form8857Part.PartII => T("worksheet.part.PartII.number", "Part II"),
        Form8857Part.PartIII => T("worksheet.part.PartIII.number", "Part III"),
        _ => null,
    };

    private static string PartTitle(Form8857Part part) => part switch
    {
        Form8857Part.PartI => T("worksheet.part.PartI.title", "Should you file this form?"),
        Form8857Part.PartII => T("worksheet.part.PartII.title", "Tell us about yourself and the person on line 6"),
        Form8857Part.PartIII => T("worksheet.part.PartIII.title", "Tell us about your involvement in finances and preparing returns"),
        Form8857Part.FinancialSituation => T("worksheet.part.FinancialSituation.title", "Your current financial situation"),
        Form8857Part.AdditionalInformation => T("worksheet.part.AdditionalInformation.title", "Additional information"),
        Form8857Part.SignAndAttach => T("worksheet.part.SignAndAttach.title", "Signing the form and attaching documents"),
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };

    // ---- Texts in the reader's language (ReportText) ----------------------------------------------------

    private static string T(string key, string english) => ReportText.Get(key, english);

    private static string F(string key, string english, params object?[] args) => ReportText.Format(key, english, args);

    // ---- Reading answers -------------------------------------------------------------------------

    private string? Household(Question question) => _answers.Household(question);

    private string? Year(Question question, int year) => _answers.Get(question, year);

    private bool AnyYear(Question question, params string[] values) =>
        _years.Any(y => Year(question, y) is { } v && values.Contains(v));

    /// <summary>Whether the year has the kind of tax <paramref name="kind"/> names, or the kind is not known (unanswered or not sure).</summary>
    private bool MayHave(int year, string kind)
    {
        var type = Year(QuestionCatalog.LiabilityType, year);
        return type is null || type == AnswerValues.NotSure || type == "both" || type == kind;
    }

    /// <summary>How the first-person drafts name the other person, from the marital status answered (never a name).</summary>
    private string MySpouse => Household(QuestionCatalog.MaritalStatus) switch
    {
        "divorced" => T("worksheet.my-spouse.divorced", "my former spouse"),
        "widowed" => T("worksheet.my-spouse.widowed", "my late spouse"),
        null or AnswerValues.NotSure => T("worksheet.my-spouse.not-known", "my spouse (or former spouse)"),
        _ => T("worksheet.my-spouse.married", "my spouse"),
    };

    private string MySpouseCapitalized => char.ToUpperInvariant(MySpouse[0]) + MySpouse[1..];

    // ---- Collecting sentences ----------------------------------------------------------------------

    /// <summary>
    /// Adds one sentence per group of tax years that give the same text: "For 2021 and 2022, you answered …". Years for
    /// which <paramref name="sentence"/> gives null add nothing.
    /// </summary>
    private void PerYear(List<string> target, Func<int, string?> sentence, string separator = ", ")
    {
        var groups = new List<(string Text, List<int> Years)>();
        foreach (var year in _years)
        {
            if (sentence(year) is not { } text)
            {
                continue;
            }

            var index = groups.FindIndex(g => g.Text == text);
            if (index < 0)
            {
                groups.Add((text, [year]));
            }
            else
            {
                groups[index].Years.Add(year);
            }
        }

        foreach (var (text, years) in groups)
        {
            var list = years.Count == _years.Length ? _allYears : YearList(years);
            target.Add(separator == ": "
                ? F("worksheet.per-year.draft", "For {0}: {1}", list, text)
                : F("worksheet.per-year", "For {0}, {1}", list, text));
        }
    }

    /// <summary>Adds what the interview could not tell about a household question: "Not sure", or not asked.</summary>
    private void NotKnown(Item item, Question question, bool relevant = true)
    {
        if (!relevant)
        {
            return;
        }

        switch (Household(question))
        {
            case null:
                item.NotKnown.Add(F("worksheet.not-known.not-asked", "The screening did not ask you: “{0}”", question.Prompt));
                break;
            case AnswerValues.NotSure:
                item.NotKnown.Add(F("worksheet.not-known.not-sure", "You answered “Not sure” to: “{0}”", question.Prompt));
                break;
        }
    }

    /// <summary>Adds what the interview could not tell about a per-year question, for the years where it is relevant.</summary>
    private void NotKnownPerYear(Item item, Question question, Func<int, bool>? relevant = null) =>
        PerYear(item.NotKnown, year => (relevant is null || relevant(year)) ? Year(question, year) switch
        {
            null => F("worksheet.not-known.year-not-asked", "the screening did not ask you: “{0}”", question.Prompt),
            AnswerValues.NotSure => F("worksheet.not-known.year-not-sure", "you answered “Not sure” to: “{0}”", question.Prompt),
            _ => null,
        } : null);

    // ---- Plain formatting ----------------------------------------------------------------------------

    /// <summary>"2021", "2021 and 2022", "2020, 2021 and 2022".</summary>
    internal static string YearList(IReadOnlyList<int> years) => years.Count switch
    {
        0 => string.Empty,
        1 => Dates.Num(years[0]),
        _ => F("worksheet.year-list", "{0} and {1}", string.Join(", ", years.Take(years.Count - 1).Select(Dates.Num)), Dates.Num(years[^1])),
    };

    /// <summary>"$2,500" from "2500"; null when the answer is missing or not a number.</summary>
    private static string? Money(string? value) =>
        AnswerParsing.TryWholeNumber(value, out var number) ? "$" + number.ToString("N0", CultureInfo.InvariantCulture) : null;

    /// <summary>"on March 1, 2024" for an exact date, "in March 2024" for a month; null otherwise.</summary>
    private static string? OnDate(string? value) =>
        AnswerParsing.TryDate(value, out var date) ? F("worksheet.on-date", "on {0}", Dates.Long(date))
        : AnswerParsing.TryMonth(value, out var month) ? F("worksheet.in-month", "in {0}", Dates.Month(month))
        : null;

    /// <summary>The option's label for a choice answer, e.g. "California"; null when missing or not an option.</summary>
    private static string? Label(Question question, string? value) =>
        value is null ? null : question.Options.FirstOrDefault(o => o.Value == value)?.Label;

    /// <summary>One item while it is being built.</summary>
    private sealed class Item(string id, Form8857Part part, int? line, string topic, string formAsks, params SourceRef[] sources)
    {
        public List<string> Support { get; } = [];

        public List<string> YouAdd { get; } = [];

        public List<string> NotKnown { get; } = [];

        public List<string> Draft { get; } = [];

        public List<string> Notes { get; } = [];

        public Form8857WorksheetItem Build() =>
            new(id, part, line, topic, formAsks, [.. Support], [.. YouAdd], [.. NotKnown], [.. Draft], [.. Notes], [.. sources]);
    }
}
