using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Tests.Interview;

/// <summary>
/// Issue 14, assisted mode: the clinic's helper asks every question of the public interview about "your client". The
/// English assisted texts never speak to or as the person, the public texts assisted mode falls back to have no first
/// or second person in them, and the public interview's English is byte-for-byte what it was.
/// </summary>
public sealed partial class AssistedWordingTests
{
    /// <summary>
    /// SHA-256 of every public key, prompt, hint and option (English, catalog order) as they were before assisted mode
    /// (computed from the catalog's source at that commit, f792161, independently of this code), changed on purpose
    /// since, in session 11 only: <c>property-transferred-to-you</c> asks about transfers "at any time since one year
    /// before the IRS first proposed more tax" (§6015(c)(4) presumes those made after the letter too; rules.md §3), and
    /// the hint of <c>income-belongs-to-other-spouse</c> adds "any other income that community-property law treats as
    /// theirs" (rules.md §9.2 #3), and the hint of <c>knew-of-item</c> says that for a deduction or credit what counts
    /// is knowing the facts that made it wrong (King v. Commissioner, 116 T.C. 198 (2001); rules.md §3).
    /// </summary>
    private const string PublicEnglishFingerprint = "61225D926A7B7093461CDF31F9DCCFF1359F90AA1E16F48993480A68F315E6B9";

    [Fact]
    public void EveryQuestion_HasAnAssistedPrompt_ThatIsAQuestion() =>
        Assert.All(QuestionCatalog.All, q =>
        {
            var prompt = InEnglish(() => q.AssistedPrompt);
            Assert.False(string.IsNullOrWhiteSpace(prompt), q.Key.Value);
            Assert.EndsWith("?", prompt, StringComparison.Ordinal);
        });

    [Fact]
    public void AssistedEnglish_NeverSaysYouYourIMeOrMy_ExceptYourClient()
    {
        var found = AssistedEnglish()
            .Where(t => PersonWord().IsMatch(YourClient().Replace(t.Text, "the client")))
            .Select(t => $"{t.Where}: \"{t.Text}\"");

        Assert.Equal([], found);
    }

    [Fact]
    public void AssistedOptions_NeverAnswerAsTheCouple_WeOrOur()
    {
        var found = from q in QuestionCatalog.All
                    from o in q.Options
                    let label = InEnglish(() => o.AssistedLabel)
                    where PluralPersonWord().IsMatch(label)
                    select $"{q.Key}.{o.Value}: \"{label}\"";

        Assert.Equal([], found);
    }

    [Fact]
    public void AssistedPrompts_OfTheirOwn_AskAboutYourClient() =>
        Assert.All(QuestionCatalog.All.Where(q => !q.AssistedPromptIsPublic), q =>
            Assert.Contains("your client", InEnglish(() => q.AssistedPrompt), StringComparison.Ordinal));

    /// <summary>The fallback is a claim the catalog makes ("SameAsPublic"), so each public text it shows must hold it.</summary>
    [Fact]
    public void PublicTextsShownInAssistedMode_HaveNoFirstOrSecondPerson()
    {
        var found = new List<string>();
        foreach (var q in QuestionCatalog.All)
        {
            var (prompt, hint, assistedPrompt, assistedHint) = InEnglish(() => (q.Prompt, q.Hint, q.AssistedPrompt, q.AssistedHint));
            if (q.AssistedPromptIsPublic)
            {
                Assert.Equal(prompt, assistedPrompt);
                found.AddRange(PersonWord().IsMatch(prompt) ? [$"{q.Key}.prompt: \"{prompt}\""] : []);
            }

            if (q.AssistedHintIsPublic)
            {
                Assert.Equal(hint, assistedHint);
                found.AddRange(PersonWord().IsMatch(hint) ? [$"{q.Key}.hint: \"{hint}\""] : []);
            }

            foreach (var o in q.Options.Where(o => o.AssistedTextKey is null))
            {
                var label = InEnglish(() => o.Label);
                Assert.Equal(label, InEnglish(() => o.AssistedLabel));
                found.AddRange(PersonWord().IsMatch(label) || PluralPersonWord().IsMatch(label) ? [$"{q.Key}.{o.Value}: \"{label}\""] : []);
            }
        }

        Assert.Equal([], found);
    }

    [Fact]
    public void PublicEnglish_IsByteForByteWhatItWasBeforeAssistedMode()
    {
        var all = string.Join("\n", QuestionCatalog.All.SelectMany(q => InEnglish(() =>
            (IEnumerable<string>)[q.Key.Value, q.Prompt, q.Hint, .. q.Options.Select(o => o.Value + "=" + o.Label)])));

        Assert.Equal(PublicEnglishFingerprint, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all))));
    }

    [Fact]
    public void FiledJointReturn_InAssistedMode_AsksAboutYourClient_AndThePublicTextStays()
    {
        var q = QuestionCatalog.FiledJointReturn;

        var (prompt, publicPrompt, yes, publicYes, duress) = InEnglish(() =>
            (q.AssistedPrompt, q.Prompt, q.Options[0].AssistedLabel, q.Options[0].Label, q.Options.Single(o => o.Value == "duress").AssistedLabel));

        Assert.Equal("Did your client file a joint return with their spouse for this year?", prompt);
        Assert.Equal("Did you file a joint return with your spouse for this year?", publicPrompt);
        Assert.Equal("Yes, they signed a joint return", yes);
        Assert.Equal("Yes, I signed a joint return", publicYes);
        Assert.Equal("They signed only because they were forced (under duress)", duress);
        Assert.Equal("question.filed-joint-return.assisted.option.yes", q.Options[0].AssistedTextKey);
    }

    [Fact]
    public void LiabilityType_WithNoYouInItsPrompt_ShowsThePublicPrompt_ButItsOwnHint()
    {
        var q = QuestionCatalog.LiabilityType;

        Assert.True(q.AssistedPromptIsPublic);
        Assert.False(q.AssistedHintIsPublic);
        Assert.Equal("What kind of tax problem is it?", InEnglish(() => q.AssistedPrompt));
        Assert.StartsWith("If the IRS says your client owes more", InEnglish(() => q.AssistedHint), StringComparison.Ordinal);
        Assert.Equal(["question.liability-type.assisted.hint", "question.liability-type.assisted.option.not-sure"], q.AssistedTextKeys);
    }

    /// <summary>
    /// "Not sure" has no person in English, but the Spanish public text does ("No estoy seguro"), so the option always has
    /// its own key. (Date questions' "not sure" is not an option: the page's own text, outside the Domain's catalog.)
    /// </summary>
    [Fact]
    public void NotSureOption_HasItsOwnAssistedText_OnEveryQuestionThatAllowsIt() =>
        Assert.All(QuestionCatalog.All.Where(q => q.AllowsNotSure && !q.Options.IsEmpty), q =>
        {
            var notSure = q.Options.Single(o => o.Value == AnswerValues.NotSure);
            Assert.Equal($"question.{q.Key.Value}.assisted.option.not-sure", notSure.AssistedTextKey);
            Assert.Equal("Not sure", InEnglish(() => notSure.AssistedLabel));
        });

    [Fact]
    public void Assisted_WithoutOwnPrompt_WherePublicPromptSaysYou_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Sample("Did you sign it?", "Look at the return.").Assisted(prompt: null, hint: null));

        Assert.Contains("the public prompt \"Did you sign it?\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assisted_WithoutOwnOption_WhereLabelSaysI_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Sample("Did the IRS sign it?", "Look at the return.", ("yes", "Yes, I did"), ("no", "No")).Assisted(prompt: null, hint: null));

        Assert.Contains("option 'yes'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assisted_WhoseOwnTextSaysYou_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Sample("Did you sign it?", "Look at the return.").Assisted("Did your client sign it?", "Look at your copy."));

        Assert.Contains("the assisted hint \"Look at your copy.\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assisted_WithAnOptionTheQuestionDoesNotHave_Throws() =>
        Assert.Throws<ArgumentException>(() =>
            Sample("Did the IRS sign it?", "Look at the return.", ("yes", "Yes"), ("no", "No")).Assisted(null, null, ("maybe", "Maybe")));

    [Fact]
    public void Assisted_WithOwnTexts_ReadsThemAndKeepsThePublicOnes()
    {
        var q = Sample("Did you sign it?", "Look at your copy.", ("yes", "Yes, I did"), ("no", "No"))
            .Assisted("Did your client sign it?", "Look at your client's copy.", ("yes", "Yes, they did"));

        Assert.Equal(("Did your client sign it?", "Look at your client's copy.", "Yes, they did", "No"),
            InEnglish(() => (q.AssistedPrompt, q.AssistedHint, q.Options[0].AssistedLabel, q.Options[1].AssistedLabel)));
        Assert.Equal(("Did you sign it?", "Look at your copy.", "Yes, I did"), InEnglish(() => (q.Prompt, q.Hint, q.Options[0].Label)));
        Assert.Equal(["question.sample.assisted.prompt", "question.sample.assisted.hint", "question.sample.assisted.option.yes"], q.AssistedTextKeys);
    }

    [Theory]
    [InlineData("filed-joint-return", "forged", "Their signature was forged or they never agreed to a joint return")]
    [InlineData("filed-joint-return", "not-sure", "Not sure")]
    [InlineData("first-collection-date", "not-sure", "Not sure")]
    [InlineData("first-collection-date", "2024-03", "March 2024 (day not known)")]
    [InlineData("monthly-income", "2500", "$2500")]
    public void AssistedDisplay_ReadsTheAnswerAsSaidOfTheClient(string key, string value, string expected) =>
        Assert.Equal(expected, InEnglish(() => QuestionCatalog.Get(new FactKey(key)).AssistedDisplay(value)));

    [Theory]
    [InlineData(InterviewSection.Returns, "Your client's return(s)")]
    [InlineData(InterviewSection.Situation, "Your client's situation")]
    [InlineData(InterviewSection.Knowledge, "What your client knew")]
    [InlineData(InterviewSection.Finances, "Your client's finances")]
    [InlineData(InterviewSection.LettersAndDates, "Letters and dates")]
    public void SectionNames_InAssistedMode_SpeakOfYourClient(InterviewSection section, string expected)
    {
        Assert.Equal(expected, SectionText.AssistedName(section, CultureInfo.InvariantCulture));
        Assert.Equal(section == InterviewSection.LettersAndDates, SectionText.AssistedKey(section) is null);
    }

    private static IEnumerable<(string Where, string Text)> AssistedEnglish()
    {
        foreach (var q in QuestionCatalog.All)
        {
            var (prompt, hint, options) = InEnglish(() => (q.AssistedPrompt, q.AssistedHint, q.Options.Select(o => (o.Value, o.AssistedLabel)).ToList()));
            yield return ($"{q.Key}.prompt", prompt);
            yield return ($"{q.Key}.hint", hint);
            foreach (var (value, label) in options)
            {
                yield return ($"{q.Key}.option.{value}", label);
            }
        }

        foreach (var section in Enum.GetValues<InterviewSection>())
        {
            yield return ($"section.{section}", SectionText.AssistedName(section, CultureInfo.InvariantCulture));
        }
    }

    private static Question Sample(string prompt, string hint, params (string Value, string Label)[] options) =>
        new(new FactKey("sample"), QuestionScope.Household, InterviewSection.Situation, options.Length == 0 ? AnswerKind.Count : AnswerKind.YesNo,
            prompt, hint, Citations.Irc("§6015(b)"), [.. options.Select(o => new AnswerOption(o.Value, o.Label))], allowsNotSure: false);

    private static T InEnglish<T>(Func<T> read) => UiCulture.InCulture(CultureInfo.InvariantCulture, read);

    // Second person and first person singular, as whole words ("I" too; "your client" is taken out first).
    [GeneratedRegex(@"\b(you|your|yours|yourself|I|me|my|mine|myself)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonWord();

    [GeneratedRegex(@"\b(we|us|our|ours)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PluralPersonWord();

    [GeneratedRegex(@"\byour client\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YourClient();
}
