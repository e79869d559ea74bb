using System.Globalization;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Letters;

namespace InnocentSpouse.Domain.Tests.Letters;

public class LetterCatalogTests
{
    private static readonly string[] IssueFour =
    [
        "3284-c", "3657-c", "3658-c", "3659-c", "3662-c", "3665-c", "4390", "4439", "3288",
        "preliminary-determination", "final-determination", "lt11", "1058", "cp90", "cp77",
        "cp14", "cp501", "cp503", "cp504", "3172", "notice-of-deficiency", "cp49", "treasury-offset",
        "3193", // issue 10 §6: a CDP notice of determination without a §6015 issue
    ];

    public static TheoryData<string> IssueFourLetterIds => new(IssueFour);

    [Theory]
    [MemberData(nameof(IssueFourLetterIds))]
    public void ById_EveryLetterInIssueFour_HasACompleteEntry(string id)
    {
        var letter = LetterCatalog.ById(id);

        Assert.NotNull(letter);
        foreach (var text in new[] { letter.Number, letter.PlainName, letter.WhatItIs, letter.WhoGetsIt, letter.WhatToDoNow, letter.DeadlineRule, letter.IfMissed, letter.TwoYearClock.Reason })
        {
            Assert.False(string.IsNullOrWhiteSpace(text), id);
        }

        Assert.NotEmpty(letter.Sources);
        Assert.All(letter.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Document)));
        Assert.True(Enum.IsDefined(letter.Stage), id);
        Assert.True(Enum.IsDefined(letter.TwoYearClock.Starts), id);
        Assert.True(Enum.IsDefined(letter.DeadlineEvent), id);
        Assert.NotEmpty(letter.WordingCues);
        Assert.All(letter.WordingCues, c => Assert.Contains(LetterCatalog.WordingQuestions, q => q.Id == c));
    }

    [Fact]
    public void All_EveryEntry_IsInTheIssueListWithAUniqueIdAndComputableDeadlines()
    {
        var ids = LetterCatalog.All.Select(l => l.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(IssueFour.Order(), ids.Order());
        Assert.All(LetterCatalog.All, l =>
            Assert.NotEmpty(DeadlineCalculator.For(new DeadlineEvent(l.DeadlineEvent, new DateOnly(2026, 3, 2)))));
    }

    [Fact]
    public void CdpDetermination_TheThirtyDaysAreRealButNotJurisdictional_NeverSaysReviewIsLost()
    {
        // §6330(d)(1) is not jurisdictional and can be tolled in rare cases (Boechler; letters-deadlines.md §3.3): the
        // guide must urge day 30 without saying a late petition can never be heard.
        var entry = LetterCatalog.ById("3193")!;

        Assert.DoesNotContain("cannot be extended", entry.DeadlineRule, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot review", entry.IfMissed, StringComparison.Ordinal);
        Assert.Contains("real deadline", entry.DeadlineRule, StringComparison.Ordinal);
        Assert.Contains("rare", entry.IfMissed, StringComparison.Ordinal);
        Assert.Contains(entry.Sources, s => s.Document.Contains("Boechler", StringComparison.Ordinal));
    }

    [Fact]
    public void All_UnconfirmedNumbers_CarryACaveat()
    {
        Assert.All(LetterCatalog.All.Where(l => l.Number.Contains("not confirmed", StringComparison.Ordinal)),
            l => Assert.Contains(l.Caveats, c => c.Contains("not confirmed", StringComparison.Ordinal)));
        Assert.All(LetterCatalog.All.Where(l => l.TwoYearClock.Starts == ClockStart.Uncertain), l => Assert.NotEmpty(l.Caveats));
    }

    [Theory]
    [InlineData("Letter with suffix", "Letter 3284-C", "3284-c")]
    [InlineData("No hyphen", "3284C", "3284-c")]
    [InlineData("Bare digits", "3284", "3284-c")]
    [InlineData("Lower case with space", "lt 11", "lt11")]
    [InlineData("Letter 11", "Letter 11", "lt11")]
    [InlineData("Hyphenated CP", "cp-504", "cp504")]
    [InlineData("IRS Notice CP 90", "IRS Notice CP 90", "cp90")]
    [InlineData("Form number for the appeal", "Form 12509", "preliminary-determination")]
    [InlineData("CP3219A", "CP3219A", "notice-of-deficiency")]
    [InlineData("Letter 3219", "letter 3219", "notice-of-deficiency")]
    [InlineData("Slug", "notice-of-deficiency", "notice-of-deficiency")]
    [InlineData("Padded", "  4390  ", "4390")]
    public void Find_NumberInAnySpelling_FindsTheLetter(string name, string query, string expectedId)
    {
        var result = LetterCatalog.Find(query);

        Assert.True(result.Found, name);
        Assert.Equal(expectedId, result.Letter!.Id);
    }

    [Theory]
    [InlineData("Near miss of 3284-C", "3248C", "3284-c")]
    [InlineData("Unknown CP number close to CP504", "CP505", "cp504")]
    public void Find_UnknownNumber_SuggestsSimilarLettersAndOffersHelp(string name, string query, string suggested)
    {
        var result = LetterCatalog.Find(query);

        Assert.False(result.Found, name);
        Assert.Contains(result.Suggestions, l => l.Id == suggested);
        Assert.Equal(LetterCatalog.WordingQuestions, result.Questions);
        Assert.Contains("Taxpayer Advocate Service", result.Help, StringComparison.Ordinal);
        Assert.Contains("Low Income Taxpayer Clinic", result.Help, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("CP2000 ???")]
    [InlineData("Letter 99999")]
    public void Find_EmptyOrUnknown_NeverThrows(string? query)
    {
        var result = LetterCatalog.Find(query);

        Assert.False(result.Found);
        Assert.NotEmpty(result.Questions);
    }

    [Fact]
    public void Narrow_SaysPreliminaryDetermination_LeavesOnlyThePreliminaryLetter()
    {
        var result = LetterCatalog.Narrow(new Dictionary<string, WordingAnswer> { ["preliminary-determination"] = WordingAnswer.Yes });

        Assert.Equal("preliminary-determination", Assert.Single(result).Id);
    }

    [Fact]
    public void Narrow_MentionsTaxCourtButNotFinalDetermination_LeavesTheNoticeOfDeficiency()
    {
        var result = LetterCatalog.Narrow(new Dictionary<string, WordingAnswer>
        {
            ["tax-court"] = WordingAnswer.Yes,
            ["final-determination"] = WordingAnswer.No,
        });

        Assert.Equal("notice-of-deficiency", Assert.Single(result).Id);
    }

    [Fact]
    public void Narrow_OffersCdpHearingAndIntentToLevy_LeavesTheFourLevyNotices()
    {
        var result = LetterCatalog.Narrow(new Dictionary<string, WordingAnswer>
        {
            ["cdp-hearing"] = WordingAnswer.Yes,
            ["intent-to-levy"] = WordingAnswer.Yes,
        });

        Assert.Equal(["lt11", "1058", "cp90", "cp77"], result.Select(l => l.Id));
        Assert.All(result, l => Assert.Equal(ClockStart.Yes, l.TwoYearClock.Starts));
    }

    [Fact]
    public void Narrow_RefundKept_LeavesTheOffsetNotices()
    {
        var result = LetterCatalog.Narrow(new Dictionary<string, WordingAnswer> { ["refund-kept"] = WordingAnswer.Yes });

        Assert.Equal(["cp49", "treasury-offset"], result.Select(l => l.Id));
    }

    [Fact]
    public void Narrow_NotSureEverywhere_ReturnsTheWholeCatalog()
    {
        var answers = LetterCatalog.WordingQuestions.ToDictionary(q => q.Id, _ => WordingAnswer.NotSure);

        Assert.Equal(LetterCatalog.All.Length, LetterCatalog.Narrow(answers).Length);
    }

    [Fact]
    public void WordingQuestions_EachOne_NarrowsToAtLeastOneLetter()
    {
        Assert.All(LetterCatalog.WordingQuestions, q =>
            Assert.NotEmpty(LetterCatalog.Narrow(new Dictionary<string, WordingAnswer> { [q.Id] = WordingAnswer.Yes })));
    }

    [Theory]
    [InlineData("LT11 starts the clock", "lt11", ClockStart.Yes)]
    [InlineData("Lien notice does not", "3172", ClockStart.No)]
    [InlineData("CP504 does not", "cp504", ClockStart.No)]
    [InlineData("Notice of deficiency does not", "notice-of-deficiency", ClockStart.No)]
    [InlineData("CP49 offset is uncertain", "cp49", ClockStart.Uncertain)]
    public void TwoYearClock_KeyLetters_AnswerAsTheBriefSays(string name, string id, ClockStart expected)
    {
        Assert.True(expected == LetterCatalog.ById(id)!.TwoYearClock.Starts, name);
    }

    [Fact]
    public void Letter4390_LinksToTheCalculatorAndGivesBothDates()
    {
        var letter = LetterCatalog.ById("4390")!;
        var deadlines = DeadlineCalculator.For(new DeadlineEvent(letter.DeadlineEvent, DateOnly.Parse("2026-03-04", CultureInfo.InvariantCulture)));

        Assert.Equal(ProcessStage.CollectionDueProcess, letter.Stage);
        Assert.Equal(["tax-court-cdp", "tax-court-6015"], deadlines.Select(d => d.Id));
    }

    [Fact]
    public void ProcessStages_Ordered_RunsAToFThenCdpAndCoversEveryStage()
    {
        Assert.Equal(["A", "B", "C", "D", "E", "F", "CDP"], ProcessStages.Ordered.Select(s => s.Code));
        Assert.Equal(Enum.GetValues<ProcessStage>().Order(), ProcessStages.Ordered.Select(s => s.Stage).Order());
    }
}
