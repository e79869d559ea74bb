using System.Reflection;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Tests.Report;

/// <summary>
/// The worksheet's shape for every answer set (truth tables played through the interview, and hand-built sets): the
/// form's parts in order, stable ids, line numbers only where confirmed, registry citations, and text that holds no
/// question key, no stored value and no name.
/// </summary>
public class Form8857WorksheetShapeTests
{
    /// <summary>
    /// The confirmed line numbers (docs/rules/form-8857-worksheet.md): lines 1, 2 and 3 (Part I) and 6 (Part II), from
    /// the Rev. June 2021 instructions and the form's "Important things you should know" (shared/domain/rules.md §12).
    /// </summary>
    private static readonly Dictionary<string, int> ConfirmedLines = new(StringComparer.Ordinal)
    {
        ["relief-situation"] = 1,
        ["community-property"] = 1,
        ["injured-spouse-refund"] = 2,
        ["tax-years"] = 3,
        ["other-person"] = 6,
    };

    private static readonly int[] AllowedLines = [1, 2, 3, 6];

    private static readonly string[] FormDocuments = ["Form 8857", "Instructions for Form 8857"];

    /// <summary>Every item, in the form's order (the order docs/rules/form-8857-worksheet.md documents).</summary>
    private static readonly string[] FormOrder =
    [
        "relief-situation", "community-property", "injured-spouse-refund", "tax-years", "do-not-file-situations",
        "your-information", "other-person", "marital-status", "living-apart", "education", "abuse", "health",
        "return-preparation", "signature-and-duress", "knowledge-of-items", "belief-tax-would-be-paid", "household-finances", "benefit-and-transfers",
        "financial-situation",
        "divorce-decree", "later-years-compliance", "refund",
        "sign-and-attach",
    ];

    public static TheoryData<string> AnswerSets() => WorksheetAnswers.Names();

    [Theory]
    [MemberData(nameof(AnswerSets))]
    public void Parts_FollowTheForm_PartsIToIIIThenTheTopicsWithUnconfirmedNumbers(string answerSet)
    {
        var worksheet = WorksheetAnswers.Worksheet(WorksheetAnswers.Named(answerSet));

        Assert.Equal(Enum.GetValues<Form8857Part>(), worksheet.Parts.Select(p => p.Part));
        Assert.Equal(["Part I", "Part II", "Part III", null, null, null], worksheet.Parts.Select(p => p.Number));
        Assert.All(worksheet.Parts, part => Assert.All(part.Items, item => Assert.Equal(part.Part, item.Part)));
        Assert.Equal(FormOrder, worksheet.Items.Select(i => i.Id));
    }

    [Theory]
    [MemberData(nameof(AnswerSets))]
    public void ItemIds_AreUniqueKebabCase_AndTheSameForEveryAnswerSet(string answerSet)
    {
        var ids = WorksheetAnswers.Worksheet(WorksheetAnswers.Named(answerSet)).Items.Select(i => i.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", id));
        Assert.Equal(FormOrder, ids);
    }

    [Theory]
    [MemberData(nameof(AnswerSets))]
    public void LineNumbers_AppearOnlyForConfirmedLines(string answerSet)
    {
        var worksheet = WorksheetAnswers.Worksheet(WorksheetAnswers.Named(answerSet));

        Assert.All(worksheet.Items, item => Assert.Equal(ConfirmedLines.TryGetValue(item.Id, out var line) ? line : null, item.Line));
        Assert.All(worksheet.Items.Where(i => i.Line is not null), item => Assert.Contains(item.Line!.Value, AllowedLines));
    }

    [Fact]
    public void LineNumbers_EachConfirmedLine_IsCitedAtThatLine()
    {
        var worksheet = WorksheetAnswers.Worksheet(WorksheetAnswers.Named("figure-a"));

        Assert.All(worksheet.Items.Where(i => i.Line is not null), item =>
            Assert.EndsWith($"line {item.Line}", item.Sources[0].Locator, StringComparison.Ordinal));
        Assert.All(worksheet.Items.Where(i => i.Line is null), item =>
            Assert.DoesNotMatch(@"(^|, )[Ll]ine \d", item.Sources[0].Locator));
    }

    [Theory]
    [MemberData(nameof(AnswerSets))]
    public void EveryItem_CitesTheFormOrItsInstructionsFirst_AndOnlyRegistryCitations(string answerSet)
    {
        var registry = typeof(Citations).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(SourceRef))
            .Select(p => (SourceRef)p.GetValue(null)!)
            .ToHashSet();
        var worksheet = WorksheetAnswers.Worksheet(WorksheetAnswers.Named(answerSet));

        Assert.All(worksheet.Items, item =>
        {
            Assert.NotEmpty(item.Sources);
            Assert.Contains(item.Sources[0].Document, FormDocuments);
            Assert.All(item.Sources, source => Assert.True(registry.Contains(source), $"{item.Id}: {source} is not a Citations entry"));
        });
    }

    [Fact]
    public void FormCitations_PointToIrsGov_AtTheJune2021Revision()
    {
        Assert.Equal("Form 8857 (Rev. June 2021), Part I, line 3", Citations.Form8857Line3.Display);
        Assert.StartsWith("https://www.irs.gov/", Citations.Form8857Line3.Link, StringComparison.Ordinal);
        Assert.Equal("Instructions for Form 8857 (Rev. June 2021), Line 6", Citations.Form8857InstructionsLine6.Display);
        Assert.StartsWith("https://www.irs.gov/", Citations.Form8857InstructionsLine6.Link, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AnswerSets))]
    public void NoText_ContainsAQuestionKeyOrAStoredValue(string answerSet)
    {
        var texts = WorksheetAnswers.Worksheet(WorksheetAnswers.Named(answerSet)).Texts().ToList();
        var stored = QuestionCatalog.All.Select(q => q.Key.Value)
            .Concat(QuestionCatalog.All.SelectMany(q => q.AllowedValues).Where(v => v.Contains('-', StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal);

        Assert.All(stored, token => Assert.DoesNotContain(texts, t => Regex.IsMatch(t, $@"(?<![\w-]){Regex.Escape(token)}(?![\w-])")));
    }

    /// <summary>
    /// Capitalized words that are not at the start of a sentence or a blank: the worksheet's fixed vocabulary. A name
    /// (invented or collected) would fail this test.
    /// </summary>
    private static readonly HashSet<string> Vocabulary = new(StringComparer.Ordinal)
    {
        "I", "II", "III", "You", "IRS", "IRC", "IRS's", "Form", "Part", "Tax", "Court", "Rev", "June", "Request", "Innocent", "Spouse", "Relief", "Allocation", "Injured",
        "Not", "No", "U.S", "Alaska", "Puerto", "Rico", "Guam", "California", "Arizona", "Idaho", "Louisiana", "Nevada", "New", "Mexico", "Texas",
        "Washington", "Wisconsin", "March", "April",
    };

    [Theory]
    [MemberData(nameof(AnswerSets))]
    public void NoText_NamesAnyone(string answerSet)
    {
        var texts = WorksheetAnswers.Worksheet(WorksheetAnswers.Named(answerSet)).Texts();
        var words = texts.SelectMany(t => Regex.Matches(t, @"(?<![.:?!\[\]“(;]\s*)(?<!^)\b[A-Z][\w.'’]*").Select(m => m.Value.TrimEnd('.')))
            .Distinct(StringComparer.Ordinal);

        Assert.All(words, word => Assert.Contains(word, Vocabulary));
    }

    [Theory]
    [MemberData(nameof(AnswerSets))]
    public void Blanks_AreClosedSquareBrackets(string answerSet)
    {
        var texts = WorksheetAnswers.Worksheet(WorksheetAnswers.Named(answerSet)).Texts();

        Assert.All(texts, t => Assert.Equal(t.Count(c => c == '['), t.Count(c => c == ']')));
        Assert.All(texts, t => Assert.DoesNotMatch(@"\[[^\]]*\[", t));
    }

    [Theory]
    [MemberData(nameof(AnswerSets))]
    public void NeverCollected_NamesNumbersAndAddresses_AreAlwaysLeftForThePersonToAdd(string answerSet)
    {
        var worksheet = WorksheetAnswers.Worksheet(WorksheetAnswers.Named(answerSet));

        Assert.Contains("Your social security number.", worksheet.Item("your-information").YouAdd);
        Assert.Contains("That person's current name.", worksheet.Item("other-person").YouAdd);
        Assert.Empty(worksheet.Item("other-person").AnswersSupport);
        Assert.Empty(worksheet.Item("your-information").AnswersSupport);
    }

    [Fact]
    public void Documentation_ListsEveryItemInTheFormsOrder_WithItsLine()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", "form-8857-worksheet.md"));
        var rows = Regex.Matches(doc, @"^\| `(?<id>[a-z0-9-]+)` \| (?<line>\d|—) \|", RegexOptions.Multiline);

        Assert.Equal(FormOrder, rows.Select(m => m.Groups["id"].Value));
        Assert.All(rows, m => Assert.Equal(ConfirmedLines.TryGetValue(m.Groups["id"].Value, out var line) ? line.ToString(System.Globalization.CultureInfo.InvariantCulture) : "—", m.Groups["line"].Value));
    }

    [Fact]
    public void Worksheet_SameInputs_SameWorksheetText()
    {
        var answers = WorksheetAnswers.Named("figure-a-two-years");

        Assert.Equal(WorksheetAnswers.Worksheet(answers).Texts(), WorksheetAnswers.Worksheet(answers).Texts());
    }
}
